/**
 * The caches behind a fast `pnpm generate`: a run whose inputs are byte for byte those of an
 * earlier run takes that run's output without loading the pipeline, and any change to an input
 * generates in full. Each test has its own cache folder (CHUNKED_CODEGEN_CACHE_DIR).
 */
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pruneCache, writeCacheEntry } from "../src/cache-dir.js";
import { formatFiles, HEAP_GROWTH, heapBound } from "../src/pipeline/format-files.js";
import { DEFAULT_SPEC, runCli, scratchRoot, snapshotTree } from "./helpers.js";

const TYPES = "packages/types/src/generated/openapi.generated.ts";
let cache: string;
let scratch: { root: string; cleanup: () => Promise<void> };
let spec: string;

beforeEach(async () => {
  cache = await mkdtemp(path.join(tmpdir(), "codegen-cache-"));
  process.env.CHUNKED_CODEGEN_CACHE_DIR = cache;
  scratch = await scratchRoot();
  spec = path.join(scratch.root, "openapi.yaml");
  await writeFile(spec, await readFile(DEFAULT_SPEC, "utf8"));
});
afterEach(async () => {
  delete process.env.CHUNKED_CODEGEN_CACHE_DIR;
  delete process.env.CHUNKED_CODEGEN_CACHE;
  await scratch.cleanup();
  await rm(cache, { recursive: true, force: true });
});

const generate = () => runCli(["--spec", spec, "--root", scratch.root]);

describe("the generation cache", () => {
  it("answers a run with the same inputs, with the same bytes", async () => {
    const first = await generate();
    expect(first.code).toBe(0);
    expect(first.stdout).not.toContain("from the cache");
    const written = await snapshotTree(scratch.root);
    const second = await generate();
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("from the cache of an identical run");
    expect(await snapshotTree(scratch.root)).toEqual(written);
  });

  it("generates in full to put back a generated file edited by hand", async () => {
    await generate();
    const original = await readFile(path.join(scratch.root, TYPES), "utf8");
    await writeFile(path.join(scratch.root, TYPES), "// edited\n");
    const again = await generate();
    expect(again.stdout).not.toMatch(/from the cache/);
    expect(again.stdout).toMatch(/1 written/);
    expect(await readFile(path.join(scratch.root, TYPES), "utf8")).toBe(original);
  });

  it("misses when the spec changes, and generates from the new spec", async () => {
    await generate();
    const text = await readFile(spec, "utf8");
    await writeFile(spec, text.replace(/^(\s+title: ).*$/m, "$1Renamed API"));
    const edited = await generate();
    expect(edited.stdout).not.toContain("from the cache");
    expect(await readFile(path.join(scratch.root, TYPES), "utf8")).toContain("Renamed API");
  });

  it("generates in full where a generated file is gone or a stray one is in its folder", async () => {
    await generate();
    const written = await snapshotTree(scratch.root);
    await rm(path.join(scratch.root, TYPES));
    const restored = await generate();
    expect(restored.stdout).not.toContain("from the cache");
    expect(restored.stdout).toMatch(/1 written/);
    const stray = path.join(scratch.root, path.dirname(TYPES), "stray.ts");
    await writeFile(stray, "// not generated\n");
    const cleaned = await generate();
    expect(cleaned.stdout).not.toContain("from the cache");
    expect(cleaned.stdout).toMatch(/1 removed/);
    expect(await snapshotTree(scratch.root)).toEqual(written);
    expect((await generate()).stdout).toContain("from the cache");
  });

  it("answers --check from the cache only while the files are as generated", async () => {
    await generate();
    const check = () => runCli(["--spec", spec, "--root", scratch.root, "--check"]);
    expect((await check()).code).toBe(0);
    await writeFile(path.join(scratch.root, TYPES), "// edited\n");
    const stale = await check();
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain(`stale   ${TYPES}`);
  });

  it("keeps what parts of the spec decide (examples, schema trees), for the next edit", async () => {
    await generate();
    for (const kept of ["chunked-uploads-examples", "chunked-uploads-schema-trees"])
      expect((await readdir(path.join(cache, kept))).length, kept).toBeGreaterThan(0);
  });

  it("is off with CHUNKED_CODEGEN_CACHE=0", async () => {
    await generate();
    process.env.CHUNKED_CODEGEN_CACHE = "0";
    expect((await generate()).stdout).not.toContain("from the cache");
  });
});

describe("the format cache", () => {
  it("gives prettier's bytes, the same from the cache as fresh", async () => {
    const file = { path: "packages/types/src/x.ts", contents: "const a = {b:1,\n c: [1,2]}" };
    const [fresh] = await formatFiles([file]);
    expect(fresh!.contents).toBe("const a = { b: 1, c: [1, 2] };\n");
    const [cached] = await formatFiles([file]);
    expect(cached!.contents).toBe(fresh!.contents);
  });
});

describe("the format cache and the generated header", () => {
  const header = (version: string) =>
    `// generated — do not edit: @chunked-uploads/codegen wrote this file from spec.yaml\n// (API ${version}). Change the spec and run \`pnpm generate\` instead.\n\n`;
  const file = (version: string) => ({
    path: "packages/client/src/generated/x.generated.ts",
    contents: `${header(version)}export const a = {b:1}`,
  });

  it("keeps a TypeScript file's code apart from its header: a version bump formats nothing", async () => {
    const [first] = await formatFiles([file("1.0")]);
    expect(first!.contents).toBe(`${header("1.0")}export const a = { b: 1 };\n`);
    const dir = path.join(cache, "chunked-uploads-format");
    const [entry] = await readdir(dir);
    // What a later run reads tells a hit from a miss.
    await writeFile(path.join(dir, entry!), "export const fromTheCache = true;\n");
    const [bumped] = await formatFiles([file("1.1")]);
    expect(bumped!.contents).toBe(`${header("1.1")}export const fromTheCache = true;\n`);
  });

  it("formats a file whole where its first lines are not the generated header", async () => {
    const plain = {
      path: "packages/client/src/x.ts",
      contents: "// a note\n// another\n\nconst a = {b:1}",
    };
    const [formatted] = await formatFiles([plain]);
    expect(formatted!.contents).toBe("// a note\n// another\n\nconst a = { b: 1 };\n");
    const dir = path.join(cache, "chunked-uploads-format");
    const [entry] = await readdir(dir);
    expect(await readFile(path.join(dir, entry!), "utf8")).toBe(formatted!.contents);
  });
});

describe("formatting's bound on the heap", () => {
  it("collects each time the heap has grown by HEAP_GROWTH since the last collection", () => {
    let used = 100;
    let collections = 0;
    const bounded = heapBound(
      () => {
        collections++;
        used = 110; // what the collection leaves
      },
      () => used,
    );
    used = 100 + HEAP_GROWTH - 1;
    bounded();
    expect(collections).toBe(0);
    used = 100 + HEAP_GROWTH;
    bounded();
    expect(collections).toBe(1);
    used = 110 + HEAP_GROWTH - 1; // measured from what the collection left, not from the start
    bounded();
    expect(collections).toBe(1);
    used = 110 + HEAP_GROWTH;
    bounded();
    expect(collections).toBe(2);
  });
});

describe("a cache folder past its limit", () => {
  it("keeps the newest three quarters of the limit, in one pruning, and never the oldest", async () => {
    const dir = path.join(cache, "prune");
    // Ten entries, one second apart, oldest first; no pruning while writing.
    for (let i = 0; i < 10; i++) {
      writeCacheEntry(dir, `entry-${i}`, String(i));
      const when = new Date(Date.UTC(2026, 0, 1, 0, 0, i));
      await utimes(path.join(dir, `entry-${i}`), when, when);
    }
    pruneCache(dir, 12); // under the limit: nothing goes
    expect((await readdir(dir)).length).toBe(10);
    pruneCache(dir, 8); // over it: down to 6, the newest
    expect((await readdir(dir)).sort()).toEqual([4, 5, 6, 7, 8, 9].map((i) => `entry-${i}`));
  });
});
