/**
 * `pnpm test`: the drift check, then every task of the turbo pipeline (tests, type-checks,
 * budgets, lints), continuing past a failing task so that one failure never hides the others,
 * and ending with the list of the tasks that failed. Extra arguments go to the second turbo run
 * (`pnpm test --force`, `--filter …`).
 *
 * Output is for reading: a passing task prints nothing but turbo's summary, a failing one its
 * own log (vitest prints only its failures when not on a terminal, see each vitest.config.ts),
 * and nothing carries colour codes unless stdout is a terminal.
 */
import { spawn } from "node:child_process";

const TASKS = [
  "test",
  "lint",
  "size",
  "check:package",
  "lint:spec",
  "lint:scripts",
  "lint:code",
  "format:check",
];

const env = { ...process.env };
// Vitest's colours (tinyrainbow) follow TERM and NO_COLOR, not whether stdout is a terminal.
if (!process.stdout.isTTY && !("FORCE_COLOR" in env)) env.NO_COLOR = "1";

/**
 * Runs turbo with the given arguments, its output passed through as it comes, and resolves
 * to its exit code and the tasks its summary names as failed.
 */
function turbo(args) {
  return new Promise((resolve) => {
    const child = spawn("turbo", [...args, process.stdout.isTTY ? "--color" : "--no-color"], {
      env,
      stdio: ["inherit", "pipe", "inherit"],
    });
    child.on("error", (error) => {
      console.error(`pnpm test: could not start turbo (${error.message}); run pnpm install first`);
      resolve({ code: 1, failed: [] });
    });
    let tail = "";
    child.stdout.on("data", (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString()).slice(-20_000);
    });
    child.on("close", (code, signal) => {
      // Turbo's summary ends with `Failed:    a#test, b#lint` (one line or several).
      const failed = [...tail.matchAll(/^\s*Failed:\s+(.+)$/gm)].flatMap((m) =>
        m[1].split(/[\s,]+/).filter((name) => name.includes("#")),
      );
      resolve({ code: code ?? (signal ? 1 : 0), failed });
    });
  });
}

const drift = await turbo(["run", "check:generated", "--output-logs=errors-only"]);
if (drift.code !== 0) {
  // Nothing else runs: the pipeline would regenerate the files and hide the drift.
  console.log(
    "\npnpm test: the drift check failed (the committed generated files differ from what the spec generates; run `pnpm generate` and commit): no other task ran",
  );
  process.exit(drift.code);
}
const run = await turbo([
  "run",
  ...TASKS,
  "--output-logs=errors-only",
  "--continue",
  ...process.argv.slice(2),
]);
if (run.code !== 0) {
  const list = run.failed.length > 0 ? run.failed.join(", ") : "see turbo's output above";
  console.log(`\npnpm test: FAILED — ${run.failed.length || "some"} task(s): ${list}`);
} else {
  console.log("\npnpm test: every task passed");
}
process.exit(run.code);
