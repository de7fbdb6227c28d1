/**
 * The folders under node_modules/.cache where generation keeps what it can reuse (see
 * format-files.ts and generation-cache.ts): written atomically, bounded in size, and turned off
 * together by `CHUNKED_CODEGEN_CACHE=0` (benchmarks' cold runs; check:spec's scratch roots,
 * whose outputs no later run asks for).
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

import { REPO_ROOT } from "./package-paths.js";

/** `CHUNKED_CODEGEN_CACHE_DIR` moves every cache (tests give each run its own). */
export function cacheDir(name: string): string {
  return path.join(
    process.env.CHUNKED_CODEGEN_CACHE_DIR ?? path.join(REPO_ROOT, "node_modules/.cache"),
    name,
  );
}

export function cacheEnabled(): boolean {
  return process.env.CHUNKED_CODEGEN_CACHE !== "0";
}

/**
 * Writes `contents` as `name` in `dir` through a temporary file and a rename, so that a reader
 * never sees half an entry; then, given `keep`, prunes (see pruneCache). Never throws: a cache
 * that cannot be written only costs the next run time.
 */
export function writeCacheEntry(
  dir: string,
  name: string,
  contents: string | Uint8Array,
  keep?: number,
): void {
  try {
    mkdirSync(dir, { recursive: true });
    const temporary = path.join(dir, `${name}.${process.pid}.tmp`);
    writeFileSync(temporary, contents);
    renameSync(temporary, path.join(dir, name));
  } catch {
    // A read-only or full disk.
    return;
  }
  if (keep !== undefined) pruneCache(dir, keep);
}

/**
 * Past `keep` entries, removes the oldest down to three quarters of it: a run that writes
 * hundreds of entries (a large spec's formatted files) prunes once, not on every write.
 */
export function pruneCache(dir: string, keep: number): void {
  try {
    const entries = readdirSync(dir);
    if (entries.length <= keep) return;
    const byAge = entries
      .map((entry) => ({ entry, time: statSync(path.join(dir, entry)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const { entry } of byAge.slice(Math.floor(keep * 0.75)))
      rmSync(path.join(dir, entry), { force: true });
  } catch {
    // Another run pruning at the same time.
  }
}
