/**
 * Examples chosen in earlier runs, by what they were chosen from: choosing one can compile
 * validators, sample and repair several candidates, which was 1.8 s of Box's 5.8 s after a
 * one-line edit, although the edit left every schema as it was. A key covers everything the
 * choice reads (see exampleKey), so a hit is the very value choosing would give; values are kept
 * with v8's serializer, which keeps what JSON would not (undefined, NaN, -0). Under
 * node_modules/.cache with the generation's other caches; `CHUNKED_CODEGEN_CACHE=0` turns it off.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { cacheDir, cacheEnabled, pruneCache, writeCacheEntry } from "../cache-dir.js";
import { generatorHash } from "../generator-hash.js";
import type { ApiModel, MediaTypeModel } from "./api-model.js";
import { closureDigest } from "./schema-closure.js";

const CACHE = "chunked-uploads-examples";
/** Entries kept: Box's spec chooses about 600; room for several specs and their edits. */
const KEEP = 8192;
let written = false;

/**
 * What the choice of an example reads: the generator, the spec's OpenAPI version (the
 * validator's dialect), the media type's own example, kind and direction, and its schema
 * with every node its refs reach.
 */
function exampleKey(model: ApiModel, media: MediaTypeModel, direction: string): string {
  return createHash("sha256")
    .update(
      `${generatorHash()}\0${model.openapiVersion}\0${direction}\0${media.kind}\0${media.json}\0`,
    )
    .update(serialize(media.example))
    .update(closureDigest(model.document, media.schema))
    .digest("hex");
}

/** The example `choose` gives for this media type, from the cache when an earlier run chose it. */
export function persistedExample(
  model: ApiModel,
  media: MediaTypeModel,
  direction: string,
  choose: () => unknown,
): unknown {
  if (!cacheEnabled()) return choose();
  const key = exampleKey(model, media, direction);
  const file = path.join(cacheDir(CACHE), key);
  try {
    return (deserialize(readFileSync(file)) as { value: unknown }).value;
  } catch {
    // Not chosen before (or an entry another version wrote): choose it now.
  }
  const value = choose();
  let bytes: Buffer;
  try {
    bytes = serialize({ value });
  } catch {
    return value; // Not plain data: nothing to keep.
  }
  writeCacheEntry(cacheDir(CACHE), key, bytes);
  written = true;
  return value;
}

/** Bounds the cache once per generation, after it has written what it chose. */
export function pruneExampleCache(): void {
  if (written) pruneCache(cacheDir(CACHE), KEEP);
  written = false;
}
