/**
 * A whole generation's output by the content of everything it reads: the spec's files, the
 * generator's own modules, the lockfile (every dependency's version) and prettier's config. A
 * run whose inputs are byte for byte those of a cached run gets that run's files without
 * loading the pipeline (openapi-typescript and TypeScript alone take most of a second to
 * import); any change to any input is a miss and generates in full. Like turbo's cache, it
 * can only give the bytes generation would.
 *
 * Entries live under node_modules/.cache (git ignores it, a clean clone has none), one per
 * spec path and output root (see cache-dir.ts), in two files: a small one with the inputs'
 * hashes, read by every run, and the outputs (tens of MB for Box's spec) in v8's serialization,
 * read only on a hit. As one JSON file, a run after an edit spent 0.4 s parsing and writing it.
 */
import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { GeneratedFile } from "../emit/generated-file.js";
import { generatorHash } from "../generator-hash.js";
import { REPO_ROOT } from "../package-paths.js";
import { cacheDir, cacheEnabled, writeCacheEntry } from "../cache-dir.js";

const CACHE = "chunked-uploads-generate";
/** Files kept: a few specs and output roots, two files each (Box's full spec's are tens of MB). */
const KEEP = 16;
/** Inputs besides the spec: the lockfile pins every dependency, .prettierrc the layout. */
const TOOL_FILES = [path.join(REPO_ROOT, "pnpm-lock.yaml"), path.join(REPO_ROOT, ".prettierrc")];

/** What the CLI needs of a generation: its files, and what it says of the spec. */
export interface CachedGeneration {
  /** The spec's path as the CLI shows it. */
  specFile: string;
  /** Every file the spec is made of (the CLI watches them). */
  specFiles: string[];
  files: GeneratedFile[];
  ownedDirs: string[];
  warnings: string[];
}

interface Entry extends Omit<CachedGeneration, "files"> {
  generator: string;
  /** Each input file's content hash, the spec's files first. */
  inputs: Array<[file: string, sha: string]>;
  /** Names the outputs file written with this entry: another run's is a miss. */
  filesId: string;
}

interface Outputs {
  id: string;
  files: GeneratedFile[];
}

/** The cached generation for these inputs, if every input is as it was. */
export function cachedGeneration(specPath: string, root: string): CachedGeneration | undefined {
  if (!cacheEnabled()) return undefined;
  const name = entryName(specPath, root);
  try {
    const entry = JSON.parse(
      readFileSync(path.join(cacheDir(CACHE), `${name}.json`), "utf8"),
    ) as Entry;
    if (entry.generator !== generatorHash()) return undefined;
    for (const [file, sha] of entry.inputs) if (hashFile(file) !== sha) return undefined;
    const outputs = deserialize(
      readFileSync(path.join(cacheDir(CACHE), `${name}.files`)),
    ) as Outputs;
    if (outputs.id !== entry.filesId) return undefined;
    const { generator: _generator, inputs: _inputs, filesId: _filesId, ...generation } = entry;
    return { ...generation, files: outputs.files };
  } catch {
    // No entry, or one half of it gone (pruned, or written by another version).
    return undefined;
  }
}

/** Keeps a generation for the next run with the same inputs. Never fails the run. */
export function cacheGeneration(
  specPath: string,
  root: string,
  generation: CachedGeneration,
): void {
  if (!cacheEnabled()) return;
  try {
    const inputs = [...generation.specFiles, ...TOOL_FILES].map((file): [string, string] => [
      file,
      hashFile(file) ?? "",
    ]);
    const { files, ...rest } = generation;
    const id = randomUUID();
    const entry: Entry = { ...rest, generator: generatorHash(), inputs, filesId: id };
    const name = entryName(specPath, root);
    // The outputs first: an entry is only ever read beside the outputs it names.
    writeCacheEntry(cacheDir(CACHE), `${name}.files`, serialize({ id, files } satisfies Outputs));
    writeCacheEntry(cacheDir(CACHE), `${name}.json`, JSON.stringify(entry), KEEP);
  } catch {
    // An input that cannot be read now: the next run generates in full, nothing is lost.
  }
}

function entryName(specPath: string, root: string): string {
  const key = createHash("sha256").update(`${path.resolve(specPath)}\0${path.resolve(root)}`);
  return key.digest("hex");
}

function hashFile(file: string): string | undefined {
  try {
    return createHash("sha256").update(readFileSync(file)).digest("hex");
  } catch {
    return undefined;
  }
}
