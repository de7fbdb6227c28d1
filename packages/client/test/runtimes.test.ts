/**
 * The built client and `uploadFile` in the runtimes the package claims besides Node: Deno and
 * Bun (npm's `deno` and `bun` packages, installed on first use by runtime-binaries.mjs; run by
 * `pnpm test:runtimes`, not `pnpm test`), each running one ESM
 * bundle of the built entries against servers on 127.0.0.1. Each must get an upload session
 * and upload a file byte for byte, hashing with node:crypto (all three expose it through
 * `process.getBuiltinModule`). Browsers: package.test.ts runs the same entries in a context
 * with only web globals, where the pure-JS SHA-1 takes over.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureRuntimes, RUNTIME_PATHS } from "./runtime-binaries.mjs";
import { startMock, type Mock } from "@chunked-uploads/mock";

const PACKAGE = fileURLToPath(new URL("..", import.meta.url));
const bin = (name: "deno" | "bun") => RUNTIME_PATHS[name];

let mock: Mock;
let dir: string;
let script: string;
const BYTES = 300_000;

beforeAll(async () => {
  ensureRuntimes();
  mock = await startMock({ stateful: { partSize: 64 * 1024, minFileSize: 0 } });
  dir = await mkdtemp(path.join(tmpdir(), "client-runtimes-"));
  script = path.join(dir, "upload.mjs");
  const bundle = await build({
    stdin: {
      contents: `
        import { createClient } from "./dist/index.js";
        import { uploadFile } from "./dist/upload.js";
        const bytes = new Uint8Array(${BYTES});
        for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 131) % 251;
        const box = createClient({ token: "runtime", baseUrl: ${JSON.stringify(mock.baseUrl)} });
        const file = await uploadFile(box, new Blob([bytes]), { folderId: "0", fileName: "runtime.bin", concurrency: 3 });
        const session = await box.chunkedUploads.createFileUploadSession({ folder_id: "0", file_size: 1, file_name: "x" });
        const nodeCrypto = typeof globalThis.process?.getBuiltinModule === "function";
        console.log(JSON.stringify({ id: file.id, session: session.id, nodeCrypto }));
      `,
      resolveDir: PACKAGE,
    },
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    write: false,
  });
  await writeFile(script, bundle.outputFiles[0]!.text);
});
afterAll(async () => {
  await mock.close();
  await rm(dir, { recursive: true, force: true });
});

function run(
  command: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(
      command,
      args,
      { cwd: dir, timeout: 60_000, env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code) || 1 : 0, stdout, stderr }),
    ),
  );
}

describe.each([
  ["Node", () => process.execPath, () => [script]],
  ["Deno", () => bin("deno"), () => ["run", "--allow-net=127.0.0.1", "--allow-env", script]],
  ["Bun", () => bin("bun"), () => ["run", script]],
])("%s", (_name, command, args) => {
  it("uploads a file byte for byte and calls a generated method", async () => {
    const { code, stdout, stderr } = await run(command(), args());
    expect(code, stderr).toBe(0);
    const result = JSON.parse(stdout.trim().split("\n").at(-1)!) as {
      id: string;
      session: string;
      nodeCrypto: boolean;
    };
    // All three expose node:crypto through process.getBuiltinModule: the fast SHA-1 path.
    expect(result.nodeCrypto).toBe(true);
    const expected = Buffer.alloc(BYTES);
    for (let i = 0; i < BYTES; i++) expected[i] = (i * 131) % 251;
    expect(Buffer.compare((await mock.uploads!.bytes(result.id))!, expected)).toBe(0);
    expect(mock.uploads!.sessions.has(result.session)).toBe(true);
  });
});
