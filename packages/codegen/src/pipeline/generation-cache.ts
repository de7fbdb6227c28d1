/**
 * A whole generation by the content of everything it reads: the spec's files, the generator's
 * own modules, the lockfile (every dependency's version) and prettier's config. A run whose
 * inputs are byte for byte those of a cached run, under an output root that still holds that
 * run's files byte for byte, has nothing to do and does not load the pipeline
 * (openapi-typescript and TypeScript alone take most of a second to import); any change to an
 * input, or to a generated file, generates in full. Like turbo's cache, it can only answer
 * what generation would.
 *
 * An entry holds the inputs' hashes and the outputs' (a few kB), not the outputs: keeping Box's
 * 25 MB of them took 0.1 to 0.3 s of every run after an edit, to save a full generation only
 * where a generated file was edited by hand. Entries live under node_modules/.cache (git
 * ignores it, a clean clone has none), one per spec path and output root (see cache-dir.ts).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { GeneratedFile } from "../emit/generated-file.js";
import { generatorHash } from "../generator-hash.js";
import { REPO_ROOT } from "../package-paths.js";
import { cacheDir, cacheEnabled, writeCacheEntry } from "../cache-dir.js";
import { listFiles } from "./output-plan.js";

const CACHE = "chunked-uploads-generate";
/** Entries kept: a few specs and output roots. */
const KEEP = 64;
/** Inputs besides the spec: the lockfile pins every dependency, .prettierrc the layout. */
const TOOL_FILES = [path.join(REPO_ROOT, "pnpm-lock.yaml"), path.join(REPO_ROOT, ".prettierrc")];

/** What the CLI says of a generation besides its files. */
export interface GenerationReport {
  /** The spec's path as the CLI shows it. */
  specFile: string;
  /** Every file the spec is made of (the CLI watches them). */
  specFiles: string[];
  ownedDirs: string[];
  warnings: string[];
}

/** A generation as the cache keeps it: each output's path and content hash. */
export interface CachedGeneration extends GenerationReport {
  outputs: Array<[path: string, sha: string]>;
}

interface Entry extends CachedGeneration {
  generator: string;
  /** Each input file's content hash, the spec's files first. */
  inputs: Array<[file: string, sha: string]>;
}

/**
 * The cached generation for these inputs, if every input is as it was and `root` holds its
 * outputs as they were written, and no other file in the folders it owns.
 */
export async function cachedGeneration(
  specPath: string,
  root: string,
): Promise<CachedGeneration | undefined> {
  if (!cacheEnabled()) return undefined;
  let entry: Entry;
  try {
    entry = JSON.parse(
      readFileSync(path.join(cacheDir(CACHE), entryName(specPath, root)), "utf8"),
    ) as Entry;
  } catch {
    return undefined;
  }
  if (entry.generator !== generatorHash()) return undefined;
  for (const [file, sha] of entry.inputs) if (hashFile(file) !== sha) return undefined;
  for (const [file, sha] of entry.outputs)
    if (hashFile(path.join(root, file)) !== sha) return undefined;
  const outputs = new Set(entry.outputs.map(([file]) => file));
  for (const dir of entry.ownedDirs)
    for (const file of await listFiles(root, dir)) if (!outputs.has(file)) return undefined;
  const { generator: _generator, inputs: _inputs, ...generation } = entry;
  return generation;
}

/** Keeps a generation for the next run with the same inputs. Never fails the run. */
export function cacheGeneration(
  specPath: string,
  root: string,
  generation: GenerationReport & { files: GeneratedFile[] },
): void {
  if (!cacheEnabled()) return;
  try {
    const inputs = [...generation.specFiles, ...TOOL_FILES].map((file): [string, string] => [
      file,
      hashFile(file) ?? "",
    ]);
    const { files, ...report } = generation;
    const outputs = files.map((file): [string, string] => [file.path, hash(file.contents)]);
    const entry: Entry = { ...report, outputs, generator: generatorHash(), inputs };
    writeCacheEntry(cacheDir(CACHE), entryName(specPath, root), JSON.stringify(entry), KEEP);
  } catch {
    // An input that cannot be read now: the next run generates in full, nothing is lost.
  }
}

function entryName(specPath: string, root: string): string {
  const key = createHash("sha256").update(`${path.resolve(specPath)}\0${path.resolve(root)}`);
  return `${key.digest("hex")}.json`;
}

function hash(contents: string | Buffer): string {
  return createHash("sha256").update(contents).digest("hex");
}

function hashFile(file: string): string | undefined {
  try {
    return hash(readFileSync(file));
  } catch {
    return undefined;
  }
}
