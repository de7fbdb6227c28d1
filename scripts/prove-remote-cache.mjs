#!/usr/bin/env node
/**
 * `pnpm test:remote-cache`: proves that turbo's remote cache (see cache-serve.mjs) gives a
 * clean clone every cacheable task of `pnpm test`. Run it after a `pnpm test` that had
 * TURBO_API, TURBO_TEAM and TURBO_TOKEN set (CI's own run fills the cache): it clones this
 * commit into a scratch folder, installs from pnpm's store, runs `pnpm test` there against the
 * same cache and fails unless every turbo run in it says `N cached, N total`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("..", import.meta.url));
for (const name of ["TURBO_API", "TURBO_TEAM", "TURBO_TOKEN"])
  if (!process.env[name]) {
    console.error(
      `test:remote-cache: ${name} is not set; start \`pnpm cache:serve\` and run \`pnpm test\` with its settings first`,
    );
    process.exit(2);
  }

const scratch = mkdtempSync(path.join(tmpdir(), "remote-cache-proof-"));
const clone = path.join(scratch, "main");
try {
  execFileSync("git", ["clone", "--quiet", "--no-hardlinks", repo, clone], { stdio: "inherit" });
  // Tests read the seed and public specs beside the repository, as in a checkout.
  const shared = path.resolve(repo, "../shared");
  if (existsSync(shared)) symlinkSync(shared, path.join(scratch, "shared"));
  const run = (args, timeout) => {
    const result = spawnSync("pnpm", args, {
      cwd: clone,
      encoding: "utf8",
      timeout,
      env: process.env,
    });
    if (result.error) throw result.error;
    return result;
  };
  const install = run(["install", "--frozen-lockfile", "--offline", "--reporter=silent"], 300_000);
  if (install.status !== 0) throw new Error(`pnpm install in the clone failed:\n${install.stderr}`);
  // --summarize: turbo writes each task's cache status to .turbo/runs, to name the misses.
  const test = run(["test", "--summarize"], 600_000);
  const output = `${test.stdout}\n${test.stderr}`;
  const summaries = [...output.matchAll(/Cached:\s+(\d+) cached, (\d+) total/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  const misses = missedTasks(path.join(clone, ".turbo/runs"));
  console.log(
    `clean clone, pnpm test against ${process.env.TURBO_API}: ${summaries.map(([c, t]) => `${c} of ${t} cached`).join("; ")}`,
  );
  if (test.status !== 0)
    throw new Error(`pnpm test in the clone exited ${test.status}:\n${output.slice(-2000)}`);
  if (summaries.length < 2 || summaries.some(([cached, total]) => cached !== total))
    throw new Error(
      `tasks not from the cache: ${misses.join(", ") || "(turbo's run summary names none)"}; a task that failed in the run that filled the cache is not cached`,
    );
  console.log("every cacheable task came from the remote cache");
} catch (error) {
  console.error(`test:remote-cache: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** The tasks turbo's run summaries (`--summarize`) in `dir` say it did not find in a cache. */
function missedTasks(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .flatMap((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")).tasks ?? [])
    .filter((task) => task.cache?.status !== "HIT")
    .map((task) => task.taskId);
}
