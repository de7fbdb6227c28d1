#!/usr/bin/env node
/**
 * `pnpm generate`: the codegen CLI run as compiled JavaScript. Through tsx, compiling the
 * TypeScript sources at every start cost more than generating the project's spec. The sources
 * are compiled to `dist/` (esbuild, one file per source, so the paths each module reads from
 * `import.meta.url` stay where they were) whenever a source is newer than the compiled output:
 * a fresh clone or an edited generator compiles once, every other run starts straight away.
 */
import {
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const sourceDir = path.join(packageDir, "src");
const outputDir = path.join(packageDir, "dist");
// Written last by a compile: its time is when dist/ was last whole.
const stamp = path.join(outputDir, ".compiled");

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return entry.name.endsWith(".ts") ? [file] : [];
  });
}

function compiledAt() {
  try {
    return statSync(stamp).mtimeMs;
  } catch {
    return -1;
  }
}

const files = sources(sourceDir);
// This launcher counts as a source too: a change to how it compiles must recompile.
const newest = Math.max(
  ...[...files, fileURLToPath(import.meta.url)].map((file) => statSync(file).mtimeMs),
);
if (compiledAt() < newest) {
  const { build } = await import("esbuild");
  // Into a fresh folder, then swapped in: a half-compiled dist/ is never run.
  const next = `${outputDir}.next-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  await build({
    entryPoints: files,
    outdir: next,
    outbase: sourceDir,
    platform: "node",
    format: "esm",
    target: "node20",
    bundle: false,
    logLevel: "error",
  });
  mkdirSync(next, { recursive: true });
  // Stamped with the newest source's time as seen before compiling, not the clock's: a source
  // saved during the compile is newer, and compiles next time.
  const nextStamp = path.join(next, ".compiled");
  writeFileSync(nextStamp, "");
  utimesSync(nextStamp, newest / 1000, newest / 1000);
  rmSync(outputDir, { recursive: true, force: true });
  renameSync(next, outputDir);
}

const { main } = await import(pathToFileURL(path.join(outputDir, "cli.js")).href);
process.exitCode = await main(process.argv.slice(2));
