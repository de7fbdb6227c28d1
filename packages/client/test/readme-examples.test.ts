/**
 * The README's TypeScript examples, and the reference site index's, compile against the built
 * package, as a reader would type them in: strict, with `exactOptionalPropertyTypes`. A block that starts with an import starts
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
  return [...modules, ...(await referenceExamples())].map((module) => `${module}\nexport {};\n`);
}

const HTML_ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/**
 * The reference site's index (packages/docs, generated from the spec) shows TypeScript too: a
 * first call and `uploadFile`. Each block is a whole example.
 */
async function referenceExamples(): Promise<string[]> {
  const index = await readFile(path.join(PACKAGE, "../docs/src/generated/index.html"), "utf8");
  return [...index.matchAll(/<code class="language-ts">([\s\S]*?)<\/code>/g)].map((m) =>
    m[1]!.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => HTML_ENTITIES[entity]!),
  );
}

let scratch: string | undefined;
afterAll(() => scratch && rm(scratch, { recursive: true, force: true }));

describe("the README's examples", () => {
  it("compile against the built package", async () => {
    const modules = await examples();
    expect(modules.length).toBeGreaterThan(1);
    expect((await referenceExamples()).some((m) => m.includes("uploadFile("))).toBe(true);
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
