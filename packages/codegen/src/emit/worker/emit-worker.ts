/**
 * The emit worker: runs tasks (tasks.ts) for the main thread, which meanwhile goes on emitting
 * on the other core. One worker serves every generation of a process (watch mode), each
 * request answered by its id.
 */
import { parentPort } from "node:worker_threads";
import { keepAcrossRuns } from "../../persisted.js";
import { TASKS, type TaskName } from "./tasks.js";

export interface TaskRequest {
  id: number;
  task: TaskName;
  args: unknown[];
}

export type TaskReply = { id: number; result: unknown } | { id: number; error: unknown };

// The worker runs only for the pipeline, which keeps computed values across runs.
keepAcrossRuns(true);

parentPort?.on("message", async ({ id, task, args }: TaskRequest) => {
  let reply: TaskReply;
  try {
    const run = TASKS[task] as (...a: unknown[]) => unknown;
    reply = { id, result: await run(...args) };
  } catch (error) {
    reply = { id, error };
  }
  parentPort!.postMessage(reply);
});
