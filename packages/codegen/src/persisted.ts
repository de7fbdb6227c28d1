/**
 * Values kept across runs by a content key: what a generation computes from a part of the spec
 * (an example from a schema, a schema's HTML tree) is computed again only when that part, or
 * the generator, changes. A key covers everything the computation reads and starts with the
 * generator's hash, so a hit is the very value computing would give; values are kept with v8's
 * serializer, which keeps what JSON would not (undefined, NaN, -0). Under node_modules/.cache
 * with the generation's other caches (cache-dir.ts); `CHUNKED_CODEGEN_CACHE=0` turns it off.
 *
 * Off until the pipeline turns it on (keepAcrossRuns): the model and the emitters that call
 * `persisted` stay functions of their input, and only a generation reads and writes the disk.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { cacheDir, cacheEnabled, pruneCache, writeCacheEntry } from "./cache-dir.js";
import { generatorHash } from "./generator-hash.js";

/** Entries kept per cache: Box's spec makes about 600 examples; room for several specs. */
const KEEP = 8192;
/** The caches written to since the last prune. */
const written = new Set<string>();
let keeping = false;

/** Turns keeping values on disk on or off for this thread (the pipeline and the emit worker). */
export function keepAcrossRuns(on: boolean): void {
  keeping = on;
}

/**
 * `make()`, or what it gave in an earlier run with the same key. `key` is every input of
 * `make` (strings or bytes, in a fixed order).
 */
export function persisted<T>(cache: string, key: Array<string | Uint8Array>, make: () => T): T {
  if (!keeping || !cacheEnabled()) return make();
  const digest = createHash("sha256").update(generatorHash());
  for (const part of key) digest.update("\0").update(part);
  const dir = cacheDir(cache);
  const name = digest.digest("hex");
  try {
    return (deserialize(readFileSync(path.join(dir, name))) as { value: T }).value;
  } catch {
    // Not computed before (or an entry another version wrote): compute it now.
  }
  const value = make();
  let bytes: Buffer;
  try {
    bytes = serialize({ value });
  } catch {
    return value; // Not plain data: nothing to keep.
  }
  writeCacheEntry(dir, name, bytes);
  written.add(dir);
  return value;
}

/** Bounds the caches once per generation, after it has written what it computed. */
export function prunePersisted(): void {
  for (const dir of written) pruneCache(dir, KEEP);
  written.clear();
}
