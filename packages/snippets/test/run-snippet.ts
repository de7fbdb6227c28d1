import { execFile } from "node:child_process";
import { BINARY_BODY_FILE, SNIPPET_LANGUAGES } from "@chunked-uploads/codegen";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Languages the tests run, as the language list says (`proof.kind: "run"`): TypeScript is
 * type-checked instead, and Swift has no toolchain here.
 */
export const RUNNABLE = SNIPPET_LANGUAGES.filter(({ proof }) => proof.kind === "run").map(
  ({ lang }) => lang,
);
export type Runnable = string;

/** A bound against a hung toolchain, far above a cold Go build on a loaded machine. */
const LIMIT_MS = 300_000;

function run(command: string, args: string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = execFile(
      command,
      args,
      {
        cwd,
        timeout: LIMIT_MS,
        maxBuffer: 1 << 24,
        env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1" },
      },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === "number" ? error.code : 1) : 0,
          stdout,
          stderr,
        }),
    );
    // Nothing is typed at a snippet: one that reads stdin reads nothing, rather than hang.
    child.stdin?.end();
  });
}

/** The bytes of the file a snippet with a binary body reads: every byte value, so none is mangled. */
export const BINARY_BODY = Uint8Array.from({ length: 1024 }, (_, i) => (i * 7) % 256);

/**
 * Writes a snippet to a fresh folder (beside the file a binary body is read from) and runs it
 * with its language's own toolchain, compiling first where the language needs it. The snippet
 * is run exactly as generated, except for one rewrite the caller made: the server's origin,
 * pointed at the mock.
 */
export async function runSnippet(lang: Runnable, source: string): Promise<RunResult> {
  const dir = await mkdtemp(path.join(tmpdir(), `snippet-${lang}-`));
  try {
    await writeFile(path.join(dir, BINARY_BODY_FILE), BINARY_BODY);
    return await runIn(dir, lang, source);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs the language's steps in `dir`, in order, until one fails: the last one's result. */
async function runIn(dir: string, lang: Runnable, source: string): Promise<RunResult> {
  const proof = SNIPPET_LANGUAGES.find((language) => language.lang === lang)?.proof;
  if (proof?.kind !== "run")
    throw new Error(`${lang} snippets are not run (${proof?.kind ?? "unknown language"})`);
  const file = path.join(dir, proof.file);
  await writeFile(file, source);
  const fill = (arg: string) =>
    arg.replaceAll("{file}", file).replaceAll("{dir}", dir).replaceAll("{node}", process.execPath);
  let result: RunResult = { code: 0, stdout: "", stderr: "" };
  for (const [command, ...args] of proof.steps) {
    result = await run(fill(command), args.map(fill), dir);
    if (result.code !== 0) break;
  }
  return result;
}

/** The first string in an example value: something a snippet that printed the response must show. */
export function marker(example: unknown): string {
  if (typeof example === "string") return example;
  if (example && typeof example === "object") {
    for (const value of Object.values(example)) {
      const found = marker(value);
      if (found) return found;
    }
  }
  return "";
}
