/**
 * The README's TypeScript examples compile against the built package, as a reader would type
 * them in: strict, with `exactOptionalPropertyTypes`. A block that starts with an import starts
 * an example; a block without imports continues the one before it (in a scope of its own, so
 * that it may name a `session` again). What an example leaves to the reader (`bytes`,
 * `source`, `signal`, …) is declared for it below.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const PACKAGE = fileURLToPath(new URL("..", import.meta.url));

/** What the examples leave to the reader, by name. */
const GIVEN = `
declare const token: string;
declare const source: Blob;
declare const newSource: Uint8Array;
declare const signal: AbortSignal;
declare const bytes: Uint8Array;
declare const file_size: number;
declare const file_name: string;
declare const sha1Base64: string;
declare const wholeFileSha1Base64: string;
`;

/** The README's examples: each a module of its import-led block and the blocks after it. */
async function examples(): Promise<string[]> {
  const readme = await readFile(path.join(PACKAGE, "README.md"), "utf8");
  const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  const modules: string[] = [];
  for (const block of blocks) {
    if (/^import /m.test(block) || modules.length === 0) modules.push(`${block}\n${GIVEN}`);
    else modules[modules.length - 1] += `\n{\n${block}\n}\n`;
  }
  return modules.map((module) => `${module}\nexport {};\n`);
}

let scratch: string | undefined;
afterAll(() => scratch && rm(scratch, { recursive: true, force: true }));

describe("the README's examples", () => {
  it("compile against the built package", async () => {
    const modules = await examples();
    expect(modules.length).toBeGreaterThan(1);
    // Inside the package, so that `@chunked-uploads/client` resolves to itself (its exports).
    scratch = await mkdtemp(path.join(PACKAGE, ".readme-examples-"));
    const files = await Promise.all(
      modules.map(async (source, i) => {
        const file = path.join(scratch!, `example-${i + 1}.ts`);
        await writeFile(file, source);
        return file;
      }),
    );
    const config = ts.getParsedCommandLineOfConfigFile(
      path.join(PACKAGE, "tsconfig.json"),
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
    )!;
    const program = ts.createProgram(files, { ...config.options, noEmit: true });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file
        ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
        : "";
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
    expect(errors).toEqual([]);
  });
});
