/**
 * Runs JavaScript snippets one after another, each in a worker thread of one Node process.
 *
 * Starting Node is most of a snippet's run; a worker starts in a fraction of that with its own
 * globals, module graph and `process.exit`. The folder is this process's cwd while its snippet
 * runs (one at a time), so relative paths resolve as under `node FILE`.
 *
 * Protocol, one JSON object per line: on stdin {"dir", "file"}; on stdout {"code", "stdout",
 * "stderr"} once the worker has ended.
 */
import { createInterface } from "node:readline";
import { finished } from "node:stream/promises";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

const LIMIT_MS = Number(process.argv[2] ?? 300_000);

async function run({ dir, file }) {
  process.chdir(dir);
  const worker = new Worker(pathToFileURL(file), { stdout: true, stderr: true, argv: [] });
  const out = [];
  const err = [];
  worker.stdout.on("data", (chunk) => out.push(chunk));
  worker.stderr.on("data", (chunk) => err.push(chunk));
  // An uncaught error ends the worker with code 1; `node FILE` prints its stack to stderr.
  worker.on("error", (error) => err.push(Buffer.from(`${error?.stack ?? error}\n`)));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void worker.terminate();
  }, LIMIT_MS);
  const code = await new Promise((resolve) => worker.on("exit", resolve));
  clearTimeout(timer);
  await Promise.all([finished(worker.stdout), finished(worker.stderr)]).catch(() => {});
  return {
    code: timedOut ? 124 : code,
    stdout: Buffer.concat(out).toString(),
    stderr: Buffer.concat(err).toString() + (timedOut ? `timed out after ${LIMIT_MS} ms\n` : ""),
  };
}

for await (const line of createInterface({ input: process.stdin })) {
  process.stdout.write(`${JSON.stringify(await run(JSON.parse(line)))}\n`);
}
