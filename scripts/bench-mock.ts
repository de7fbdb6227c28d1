/**
 * The mock under load, as a downstream team's test suite would load it: `--uploads` (16)
 * uploads of `--mib` (64) MiB each, all at once, through one `chunked-uploads-mock` process
 * (the built command, stateful, Box's 8 MiB parts), each from a stream with the built client's
 * `uploadFile`. Every committed SHA-1 must equal its source's. Prints the mock's peak resident
 * memory (Linux's VmHWM of its process), the wall time and the throughput.
 *
 *   pnpm bench:mock [--uploads 16] [--mib 64]
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const repo = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({
  options: { uploads: { type: "string", default: "16" }, mib: { type: "string", default: "64" } },
});
const uploads = Number(values.uploads);
const size = Number(values.mib) << 20;
/** The budget the issue sets for the mock's peak memory under this load. */
const BUDGET_MB = 300;

/** Deterministic chunks of 1 MiB, different for every upload, and their SHA-1 on the way. */
function source(seed: number) {
  const hash = createHash("sha1");
  async function* chunks() {
    for (let at = 0; at < size; at += 1 << 20) {
      const chunk = new Uint8Array(Math.min(1 << 20, size - at));
      for (let i = 0; i < chunk.length; i++) chunk[i] = ((at + i) * 2654435761 + seed) >>> 24;
      hash.update(chunk);
      yield chunk;
    }
  }
  return { chunks, sha1: () => hash.digest("hex") };
}

const mock = spawn(process.execPath, [`${repo}packages/mock/dist/cli.js`, "--port", "0"], {
  stdio: ["ignore", "pipe", "inherit"],
});
try {
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`the mock did not start: ${out}`)), 30_000);
    mock.stdout.on("data", (chunk) => {
      out += chunk;
      const found = /client baseUrl: (\S+)/.exec(out)?.[1];
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    });
    mock.on("exit", (code) => reject(new Error(`the mock exited (${code}): ${out}`)));
  });
  const { createClient } = (await import(
    `${repo}packages/client/dist/index.js`
  )) as typeof import("../packages/client/src/index.js");
  const { uploadFile } = (await import(
    `${repo}packages/client/dist/upload.js`
  )) as typeof import("../packages/client/src/upload/index.js");
  const box = createClient({ baseUrl, token: "bench" });

  const started = performance.now();
  const results = await Promise.all(
    Array.from({ length: uploads }, async (_, i) => {
      const { chunks, sha1 } = source(i);
      const file = await uploadFile(box, chunks(), {
        folderId: "0",
        fileName: `load-${i}.bin`,
        fileSize: size,
      });
      return file.sha1 === sha1() && file.size === size;
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const status = await readFile(`/proc/${mock.pid}/status`, "utf8");
  const peakMb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
  const exact = results.filter(Boolean).length;
  console.log(
    `bench:mock: ${uploads} uploads of ${values.mib} MiB at once through one mock: ` +
      `${exact} of ${uploads} committed with the source's SHA-1, in ${seconds.toFixed(1)} s ` +
      `(${((uploads * size) / (1 << 20) / seconds).toFixed(0)} MiB/s); ` +
      `the mock's peak RSS ${peakMb.toFixed(0)} MB (budget ${BUDGET_MB} MB)`,
  );
  if (exact !== uploads || !(peakMb < BUDGET_MB)) process.exitCode = 1;
} finally {
  mock.kill("SIGTERM");
}
