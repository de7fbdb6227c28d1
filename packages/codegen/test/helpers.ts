import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach } from "vitest";
import { main, type CliOutput } from "../src/cli.js";
import { buildModel, EMITTERS, loadSpec, type ApiModel } from "../src/index.js";
import { keepAcrossRuns } from "../src/persisted.js";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
export const DEFAULT_SPEC = path.join(REPO_ROOT, "spec/openapi.yaml");
/** The project spec as it was with one operation, frozen: the base of the spec-diff tables. */
export const ONE_OPERATION_SPEC = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "fixtures/one-operation/openapi.yaml",
);

/** A temporary output root holding a copy of the committed generated files. */
export async function scratchRoot(): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), "codegen-test-"));
  for (const { outputDir } of EMITTERS) {
    await cp(path.join(REPO_ROOT, outputDir), path.join(root, outputDir), { recursive: true });
  }
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}

/** Every file under `root` with its bytes, to prove a failed run changed nothing. */
export async function snapshotTree(root: string): Promise<Map<string, string>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const entry of entries
    .filter((e) => e.isFile())
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(root, full), await readFile(full, "utf8"));
  }
  return files;
}

/** Runs the CLI in-process and captures what it prints. */
export async function runCli(
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const output: CliOutput = {
    log: (line) => stdout.push(line),
    error: (line) => stderr.push(line),
  };
  const code = await main(args, output);
  return { code, stdout: stdout.join("\n"), stderr: stderr.join("\n") };
}

/** Type-checks the given files (strict, NodeNext) and returns the diagnostics as text. */
export async function typecheck(rootNames: string[]): Promise<string[]> {
  const ts = (await import("typescript")).default;
  const program = ts.createProgram(rootNames, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: [],
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) =>
        `${d.file ? path.basename(d.file.fileName) : ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
    );
}

/**
 * Runs `use` with the model of a spec written to a temporary file (JSON for an object, as
 * given for a string), and removes the file afterwards: for tests whose spec is one table row.
 */
export async function withSpec<T>(
  document: object | string,
  use: (model: ApiModel) => Promise<T> | T,
): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), "spec-"));
  try {
    const file = path.join(dir, typeof document === "string" ? "openapi.yaml" : "openapi.json");
    await writeFile(file, typeof document === "string" ? document : JSON.stringify(document));
    return await use(buildModel(await loadSpec(file)));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Gives each test of the calling suite a cache folder of its own (CHUNKED_CODEGEN_CACHE_DIR)
 * and values kept across runs, as a generation keeps them (see persisted.ts); returns a getter
 * for the folder.
 */
export function scratchCacheDir(): () => string {
  let dir = "";
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "codegen-cache-"));
    process.env.CHUNKED_CODEGEN_CACHE_DIR = dir;
    keepAcrossRuns(true);
  });
  afterEach(async () => {
    keepAcrossRuns(false);
    delete process.env.CHUNKED_CODEGEN_CACHE_DIR;
    delete process.env.CHUNKED_CODEGEN_CACHE;
    await rm(dir, { recursive: true, force: true });
  });
  return () => dir;
}
