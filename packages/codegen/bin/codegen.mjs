#!/usr/bin/env node
/**
 * `pnpm generate`: the codegen CLI run as compiled JavaScript. Through tsx, compiling the
 * TypeScript sources at every start cost more than generating the project's spec. The sources
 * and their dependencies (openapi-typescript, TypeScript, redocly, ajv…; not prettier, which
 * loads its plugins itself) are bundled by esbuild into dist/ whenever the contents of the
 * sources, the lockfile or this launcher differ from those the bundle was made from (a hash,
 * not modification times: a tree restored with older times, by `cp -p` or `tar`, must not run
 * a stale bundle): a fresh clone, an edited generator or an updated dependency compiles once
 * (about 2 s), every other run starts straight away after hashing them (a few milliseconds). One bundle
 * instead of hundreds of modules: Node 20 resolves each module, and parses each CommonJS one
 * twice over (to detect its format and to find its exports), which cost 0.4 s of every run.
 * The pipeline is a chunk of its own, loaded only to generate: `--help` stays fast.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const sourceDir = path.join(packageDir, "src");
const outputDir = path.join(packageDir, "dist");
// Written last by a compile: the hash of the inputs the bundle was made from.
const stamp = path.join(outputDir, ".compiled");

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return entry.name.endsWith(".ts") ? [file] : [];
  });
}

function compiledFrom() {
  try {
    return readFileSync(stamp, "utf8");
  } catch {
    return "";
  }
}

// The client runtime's path-template matcher is one of the sources (model/path-template.ts).
const sharedRuntime = [path.join(packageDir, "../client/src/runtime/template.ts")];
const files = [...sources(sourceDir).sort(), ...sharedRuntime];
// This launcher counts as a source too (a change to how it compiles must recompile), and so
// does the lockfile: the bundle holds the dependencies' code.
const lockfile = path.join(packageDir, "../../pnpm-lock.yaml");
const inputs = createHash("sha256");
for (const file of [...files, fileURLToPath(import.meta.url), lockfile]) {
  // The name and the length before the bytes: no two different trees hash alike.
  const bytes = readFileSync(file);
  inputs.update(`${path.relative(packageDir, file)}\0${bytes.length}\0`).update(bytes);
}
const digest = inputs.digest("hex");
if (compiledFrom() !== digest) {
  const { build } = await import("esbuild");
  // Into a fresh folder, then swapped in: a half-compiled dist/ is never run.
  const next = `${outputDir}.next-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  await build({
    // The emit worker is an entry of its own: it runs in a thread apart (emit/worker/in-worker.ts).
    entryPoints: {
      cli: path.join(sourceDir, "cli.ts"),
      "emit-worker": path.join(sourceDir, "emit/worker/emit-worker.ts"),
    },
    outdir: next,
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // ESM builds where a package has one (jsonc-parser's CommonJS one requires its files at run time).
    mainFields: ["module", "main"],
    external: ["prettier", "esbuild"],
    // CommonJS dependencies inside an ES module still ask for require and __dirname.
    banner: {
      js: [
        'import { createRequire as __createRequire } from "node:module";',
        'import { fileURLToPath as __fileURLToPath } from "node:url";',
        "const require = __createRequire(import.meta.url);",
        "const __filename = __fileURLToPath(import.meta.url);",
        'const __dirname = __fileURLToPath(new URL(".", import.meta.url));',
      ].join(" "),
    },
    logLevel: "error",
  });
  mkdirSync(next, { recursive: true });
  // Stamped with the inputs as read before compiling: a source saved during the compile
  // differs from them, and compiles next time.
  writeFileSync(path.join(next, ".compiled"), digest);
  rmSync(outputDir, { recursive: true, force: true });
  renameSync(next, outputDir);
}

const { main } = await import(pathToFileURL(path.join(outputDir, "cli.js")).href);
process.exitCode = await main(process.argv.slice(2));
