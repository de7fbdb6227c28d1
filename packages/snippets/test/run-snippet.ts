import { execFile } from "node:child_process";
import { BINARY_BODY_FILE } from "@chunked-uploads/codegen";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Languages the tests run; Swift has no toolchain here and TypeScript is type-checked instead. */
export const RUNNABLE = ["curl", "javascript", "python", "java", "csharp", "go"] as const;
export type Runnable = (typeof RUNNABLE)[number];

/** A bound against a hung toolchain, far above a cold Go build on a loaded machine. */
const LIMIT_MS = 300_000;

function run(command: string, args: string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
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

async function runIn(dir: string, lang: Runnable, source: string): Promise<RunResult> {
  const file = (name: string) => path.join(dir, name);
  switch (lang) {
    case "curl":
      await writeFile(file("snippet.sh"), source);
      return run("bash", ["-eu", file("snippet.sh")], dir);
    case "javascript":
      await writeFile(file("snippet.mjs"), source);
      return run(process.execPath, [file("snippet.mjs")], dir);
    case "python":
      // Debian's python3, where python3-requests is installed (not a pyenv one without it).
      await writeFile(file("snippet.py"), source);
      return run("/usr/bin/python3", [file("snippet.py")], dir);
    case "java":
      await writeFile(file("Snippet.java"), source);
      return run("java", [file("Snippet.java")], dir);
    case "csharp": {
      await writeFile(file("Snippet.cs"), source);
      const compiled = await run(
        "mcs",
        ["-r:System.Net.Http.dll", `-out:${file("snippet.exe")}`, file("Snippet.cs")],
        dir,
      );
      return compiled.code === 0 ? run("mono", [file("snippet.exe")], dir) : compiled;
    }
    case "go":
      await writeFile(file("main.go"), source);
      return run("go", ["run", file("main.go")], dir);
  }
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
