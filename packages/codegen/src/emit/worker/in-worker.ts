/**
 * Runs an emit task (tasks.ts) in the emit worker when one is running, else in this thread:
 * the same function either way, so the same bytes.
 *
 * Why a worker: on Box's spec, loading TypeScript, openapi-typescript's transform and printer
 * and the YAML of the spec with code samples were 1.3 s of the main thread's 3.3 s after a
 * one-line edit; in a worker they overlap the client, snippet and docs emitters. Why not
 * always: starting one and loading its modules costs more than a small spec's whole types
 * (the project spec generated 0.05 s slower with it), so it starts only for specs of
 * WORKER_MIN_BYTES or more. Under tsx and vitest there is no worker at all: a worker cannot
 * load TypeScript sources, and the compiled worker is what bin/codegen.mjs builds into dist/.
 * `CHUNKED_CODEGEN_WORKER=0` turns it off (to compare, or to profile one thread).
 */
import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { TaskReply, TaskRequest } from "./emit-worker.js";
import type { TaskName, Tasks } from "./tasks.js";

/** Beside the bundle's chunks in dist/ (bin/codegen.mjs compiles it as an entry of its own). */
const WORKER_FILE = fileURLToPath(new URL("./emit-worker.js", import.meta.url));
/** The spec's size (all its files) from which a worker pays for its start. */
export const WORKER_MIN_BYTES = 256 * 1024;

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<
  number,
  { resolve: (value: unknown) => void; reject: (e: unknown) => void }
>();

/**
 * Starts the worker (it loads its modules meanwhile) if the spec's files are large enough and
 * the generator runs compiled; called before the spec loads, with its root file, and after,
 * with all its files. A no-op once one runs.
 */
export function startEmitWorker(specFiles: string[]): void {
  if (worker || !existsSync(WORKER_FILE) || process.env.CHUNKED_CODEGEN_WORKER === "0") return;
  let bytes = 0;
  for (const file of specFiles) {
    try {
      bytes += statSync(file).size;
    } catch {
      // The loader reports a missing file.
    }
  }
  if (bytes < WORKER_MIN_BYTES) return;
  const started = new Worker(WORKER_FILE);
  // Idle between generations: it must not keep the CLI's process alive.
  started.unref();
  started.on("message", (reply: TaskReply) => {
    const request = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) started.unref();
    if ("result" in reply) request?.resolve(reply.result);
    else request?.reject(reply.error);
  });
  const fail = (cause: unknown) => {
    if (worker === started) worker = undefined;
    for (const request of pending.values())
      request.reject(new Error("codegen bug: the emit worker stopped", { cause }));
    pending.clear();
  };
  started.on("error", fail);
  started.on("exit", (code) => fail(new Error(`it exited with code ${code}`)));
  worker = started;
}

/** Stops the worker, if one runs; the next task starts none (see startEmitWorker). */
export async function stopEmitWorker(): Promise<void> {
  const running = worker;
  worker = undefined;
  await running?.terminate();
}

/** Whether tasks run in the worker (the CLI says so beside its timings). */
export function emitWorkerRunning(): boolean {
  return worker !== undefined;
}

/** The result of `task` on `args`, from the worker if one runs. */
export async function inWorker<K extends TaskName>(
  task: K,
  ...args: Parameters<Tasks[K]>
): Promise<Awaited<ReturnType<Tasks[K]>>> {
  type Result = Awaited<ReturnType<Tasks[K]>>;
  if (!worker) {
    // Imported on first use: TypeScript and the YAML printer load only when needed.
    const { TASKS } = await import("./tasks.js");
    return (await (TASKS[task] as (...a: unknown[]) => unknown)(...args)) as Result;
  }
  const id = nextId++;
  const reply = new Promise<unknown>((resolve, reject) => pending.set(id, { resolve, reject }));
  // Referenced while a request is out, so that the process waits for its answer.
  worker.ref();
  worker.postMessage({ id, task, args } satisfies TaskRequest);
  return (await reply) as Result;
}
