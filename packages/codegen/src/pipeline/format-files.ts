import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { splitGeneratedHeader, type GeneratedFile } from "../emit/generated-file.js";
import { REPO_ROOT } from "../package-paths.js";
import { cacheDir, cacheEnabled, pruneCache, writeCacheEntry } from "../cache-dir.js";

/** The repository and its prettier config, used for every output root so that bytes never depend on where we write. */
const CONFIG_FILE = `${REPO_ROOT}.prettierrc`;

/**
 * Formatted output by content: prettier is most of a generation's time (5.8 s of Box's 7.8 s),
 * and an edit to a spec changes few of the files it formats. A file's key covers everything its
 * formatting depends on (prettier's version, the config file's text, the file's path and
 * contents), so a hit gives the very bytes prettier would; a cold cache only costs time.
 * Under node_modules, which git ignores and a clean clone does not have (see cache-dir.ts).
 */
const CACHE = "chunked-uploads-format";
/**
 * Entries kept: the formatted files of several specs and output roots at once (Box's spec alone
 * has about 380; 512 let the project spec's and the tests' runs evict them, and an edit to
 * Box's spec then formatted everything again).
 */
const KEEP = 4096;

let prettierModule: Promise<typeof import("prettier")> | undefined;
/** prettier, imported on the first cache miss: importing it alone costs a few hundred ms. */
const prettier = () => (prettierModule ??= import("prettier"));

let cacheSalt: string | undefined;
function salt(): string {
  if (cacheSalt === undefined) {
    const require = createRequire(import.meta.url);
    const version = (require("prettier/package.json") as { version: string }).version;
    let config = "";
    try {
      config = readFileSync(CONFIG_FILE, "utf8");
    } catch {
      // No config file: prettier's defaults, which the version already pins.
    }
    cacheSalt = `${version}\0${config}`;
  }
  return cacheSalt;
}

/**
 * Formats generated files with prettier (the parser is inferred from each file's name, and the
 * config's overrides match each file's path in the repository); files prettier has no parser
 * for are returned as they are.
 */
export async function formatFiles(files: GeneratedFile[]): Promise<GeneratedFile[]> {
  // One file at a time: prettier's work is synchronous anyway, and a large spec's hundreds of
  // files formatted at once held all their syntax trees in memory together.
  const formatted: GeneratedFile[] = [];
  const bounded = heapBound();
  for (const file of files) {
    formatted.push(await formatOne(file));
    bounded();
  }
  if (cacheEnabled()) pruneCache(cacheDir(CACHE), KEEP);
  return formatted;
}

/**
 * Heap growth past which formatting asks for a full collection. Prettier's work on one file is
 * all garbage once the file is formatted, but V8 grows the heap rather than collect it: a cold
 * generation of Box's spec formats 380 files and peaked at 600 MB, of which 250 MB were
 * prettier's garbage. Collecting whenever the heap has grown by this much since the last time
 * keeps it near 450 MB, for a few collections of a few tens of ms each.
 */
export const HEAP_GROWTH = 128 * 1024 * 1024;

/** A check to call after each file: collects when the heap has grown by HEAP_GROWTH. */
export function heapBound(
  collect: (() => void) | undefined = v8Collector(),
  heapUsed: () => number = () => getHeapStatistics().used_heap_size,
): () => void {
  if (!collect) return () => {}; // No collector to ask: V8's own policy.
  let floor = heapUsed();
  return () => {
    if (heapUsed() - floor < HEAP_GROWTH) return;
    collect();
    floor = heapUsed();
  };
}

/** V8's full collection, or `undefined` where it cannot be reached. */
function v8Collector(): (() => void) | undefined {
  try {
    // Node's documented way to reach V8's collector at run time is the --expose-gc flag;
    // set here, it gives a fresh context a `gc` function.
    setFlagsFromString("--expose-gc");
    return runInNewContext("gc") as () => void;
  } catch {
    return undefined;
  }
}

async function formatOne(file: GeneratedFile): Promise<GeneratedFile> {
  if (file.preformatted) return file;
  // The header names the spec's title and version: a release's version bump changes it in
  // every TypeScript file, and formatting them all again took Box's spec 1.8 s. Prettier
  // leaves line comments as they are, so the header is set aside and the code after it is
  // what is formatted and kept.
  const { header, body } = withoutHeader(file);
  const key = createHash("sha256").update(`${salt()}\0${file.path}\0${body}`).digest("hex");
  const cached = cacheEnabled() ? readCache(key) : undefined;
  if (cached !== undefined) return { ...file, contents: header + cached };
  const formatted = await formatWithPrettier({ ...file, contents: body });
  if (cacheEnabled()) writeCacheEntry(cacheDir(CACHE), key, formatted.contents);
  return { ...file, contents: header + formatted.contents };
}

/** A TypeScript file's generated header and the code after it; other files whole. */
function withoutHeader(file: GeneratedFile): { header: string; body: string } {
  if (!file.path.endsWith(".ts")) return { header: "", body: file.contents };
  const { header, code } = splitGeneratedHeader(file.contents);
  return { header, body: code };
}

async function formatWithPrettier(file: GeneratedFile): Promise<GeneratedFile> {
  const { format, getFileInfo, resolveConfig } = await prettier();
  const filepath = REPO_ROOT + file.path;
  const info = await getFileInfo(filepath);
  if (!info.inferredParser) return file;
  const config = (await resolveConfig(filepath, { config: CONFIG_FILE })) ?? {};
  try {
    return { ...file, contents: await format(file.contents, { ...config, filepath }) };
  } catch (cause) {
    // An emitter produced something unparseable: a bug in codegen, not in the spec.
    throw new Error(`codegen bug: prettier could not format ${file.path}`, { cause });
  }
}

function readCache(key: string): string | undefined {
  try {
    return readFileSync(path.join(cacheDir(CACHE), key), "utf8");
  } catch {
    return undefined;
  }
}
