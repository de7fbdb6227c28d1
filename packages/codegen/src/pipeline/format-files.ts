import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import type { GeneratedFile } from "../emit/generated-file.js";

/** The repository and its prettier config, used for every output root so that bytes never depend on where we write. */
const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const CONFIG_FILE = `${REPO_ROOT}.prettierrc`;

/**
 * Formats generated files with prettier (the parser is inferred from each file's name, and the
 * config's overrides match each file's path in the repository); files prettier has no parser
 * for are returned as they are.
 */
export async function formatFiles(files: GeneratedFile[]): Promise<GeneratedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      if (file.preformatted) return file;
      const filepath = REPO_ROOT + file.path;
      const info = await prettier.getFileInfo(filepath);
      if (!info.inferredParser) return file;
      const config = (await prettier.resolveConfig(filepath, { config: CONFIG_FILE })) ?? {};
      try {
        return { ...file, contents: await prettier.format(file.contents, { ...config, filepath }) };
      } catch (cause) {
        // An emitter produced something unparseable: a bug in codegen, not in the spec.
        throw new Error(`codegen bug: prettier could not format ${file.path}`, { cause });
      }
    }),
  );
}
