import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import type { GeneratedFile } from "../emit/generated-file.js";

/** The repository's prettier config, used for every output root so that bytes never depend on where we write. */
const CONFIG_FILE = fileURLToPath(new URL("../../../../.prettierrc", import.meta.url));

/**
 * Formats generated files with prettier (the parser is inferred from each file's name); files
 * prettier has no parser for are returned as they are.
 */
export async function formatFiles(files: GeneratedFile[]): Promise<GeneratedFile[]> {
  const config = (await prettier.resolveConfig(CONFIG_FILE, { config: CONFIG_FILE })) ?? {};
  return Promise.all(
    files.map(async (file) => {
      const info = await prettier.getFileInfo(file.path);
      if (!info.inferredParser) return file;
      try {
        return {
          ...file,
          contents: await prettier.format(file.contents, { ...config, filepath: file.path }),
        };
      } catch (cause) {
        // An emitter produced something unparseable: a bug in codegen, not in the spec.
        throw new Error(`codegen bug: prettier could not format ${file.path}`, { cause });
      }
    }),
  );
}
