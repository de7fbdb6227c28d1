/**
 * Proves that the suite does not depend on how fast the machine is: runs the whole `pnpm test`
 * (turbo's cache off, so every task really runs) while other processes keep every core busy,
 * several times in a row, and fails at the first run that fails.
 *
 *   pnpm test:under-load [--runs 3] [--per-core 2]
 *
 * The busy processes are plain `node` loops, two per core by default: each is bounded in time by
 * itself (so none outlives a killed parent by long) and is stopped when the runs end.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    "per-core": { type: "string", default: "2" },
  },
});
const runs = Number(values.runs);
const perCore = Number(values["per-core"]);
for (const [name, value] of [
  ["--runs", runs],
  ["--per-core", perCore],
] as const) {
  if (!Number.isInteger(value) || value < 1) {
    console.error(`test:under-load: ${name} must be a whole number ≥ 1, got ${value}`);
    process.exit(2);
  }
}

/** The longest a busy loop may spin on its own: longer than any run of the suite needs. */
const BUSY_LIFETIME_MS = 2 * 60 * 60 * 1000;
const cores = availableParallelism();
const busy: ChildProcess[] = Array.from({ length: cores * perCore }, () =>
  spawn(
    process.execPath,
    ["-e", `const end = Date.now() + ${BUSY_LIFETIME_MS}; while (Date.now() < end) {}`],
    { stdio: "ignore" },
  ),
);
const stopBusy = () => {
  for (const child of busy) child.kill("SIGKILL");
};
process.on("exit", stopBusy);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    stopBusy();
    process.exit(130);
  });

console.log(
  `test:under-load: ${busy.length} busy processes on ${cores} cores; ${runs} run${runs > 1 ? "s" : ""} of pnpm test, turbo's cache off`,
);

/** Runs `pnpm test` with turbo's local and remote caches off; resolves to its exit code. */
function runSuite(): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...process.env, TURBO_FORCE: "true" };
  for (const name of ["TURBO_API", "TURBO_TEAM", "TURBO_TOKEN"]) delete env[name];
  return new Promise((resolve) => {
    const child = spawn("pnpm", ["test"], { stdio: "inherit", env });
    child.on("close", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

let passed = 0;
for (let run = 1; run <= runs; run++) {
  const started = performance.now();
  console.log(`\ntest:under-load: run ${run} of ${runs}`);
  const code = await runSuite();
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  if (code !== 0) {
    console.log(`test:under-load: run ${run} of ${runs} FAILED (exit ${code}) after ${seconds} s`);
    break;
  }
  passed++;
  console.log(`test:under-load: run ${run} of ${runs} passed in ${seconds} s`);
}
stopBusy();
console.log(`test:under-load: ${passed} of ${runs} runs passed in a row under load`);
process.exit(passed === runs ? 0 : 1);
