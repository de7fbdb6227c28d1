/**
 * A whole generation's output by the content of everything it reads: the spec's files, the
 * generator's own modules, the lockfile (every dependency's version) and prettier's config. A
 * run whose inputs are byte for byte those of a cached run gets that run's files without
 * loading the pipeline (openapi-typescript and TypeScript alone take most of a second to
 * import); any change to any input is a miss and generates in full. Like turbo's cache, it
 * can only give the bytes generation would.
 *
 * Entries live under node_modules/.cache (git ignores it, a clean clone has none), one per
 * spec path and output root, holding the inputs' hashes and the outputs (see cache-dir.ts).
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { GeneratedFile } from "../emit/generated-file.js";
import { GENERATOR_DIR as MODULES_DIR, REPO_ROOT } from "../package-paths.js";
import { cacheDir, cacheEnabled, writeCacheEntry } from "./cache-dir.js";

const CACHE = "chunked-uploads-generate";
/** Entries kept: a few specs and output roots (Box's full spec's is tens of MB). */
const KEEP = 8;
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

interface Entry extends CachedGeneration {
  generator: string;
  /** Each input file's content hash, the spec's files first. */
  inputs: Array<[file: string, sha: string]>;
}

/** The cached generation for these inputs, if every input is as it was. */
export function cachedGeneration(specPath: string, root: string): CachedGeneration | undefined {
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
  const { generator: _generator, inputs: _inputs, ...generation } = entry;
  return generation;
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
    const entry: Entry = { ...generation, generator: generatorHash(), inputs };
    writeCacheEntry(cacheDir(CACHE), entryName(specPath, root), JSON.stringify(entry), KEEP);
  } catch {
    // An input that cannot be read now: the next run generates in full, nothing is lost.
  }
}

function entryName(specPath: string, root: string): string {
  const key = createHash("sha256").update(`${path.resolve(specPath)}\0${path.resolve(root)}`);
  return `${key.digest("hex")}.json`;
}

let generator: string | undefined;
/** A hash of the generator's own modules (src/ under tsx, dist/ when compiled). */
function generatorHash(): string {
  if (generator === undefined) {
    const hash = createHash("sha256");
    for (const file of moduleFiles(MODULES_DIR)) hash.update(file).update(readFileSync(file));
    generator = hash.digest("hex");
  }
  return generator;
}

function moduleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) return moduleFiles(file);
      return /\.(ts|js)$/.test(entry.name) ? [file] : [];
    });
}

function hashFile(file: string): string | undefined {
  try {
    return createHash("sha256").update(readFileSync(file)).digest("hex");
  } catch {
    return undefined;
  }
}
