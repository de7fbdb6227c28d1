/**
 * The scratch copies `pnpm check:spec` generates into (each generated package's sources, the
 * installed modules shared) and the one type-check it runs over them.
 */
import { cp, mkdir, mkdtemp, readdir, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { EMITTERS } from "../packages/codegen/src/index.js";

const repo = fileURLToPath(new URL("..", import.meta.url));

/** Where the TypeScript snippets are written in a scratch copy: outside every package. */
export const SNIPPET_DIR = "snippet-check";

export const packages = [
  ...new Set(EMITTERS.map((emitter) => emitter.outputDir.split("/").slice(0, 2).join("/"))),
];

/** A scratch copy of the repository: each generated package's sources, sharing the installed modules. */
export async function scratchCopy(): Promise<string> {
  const scratch = await mkdtemp(path.join(tmpdir(), "chunked-uploads-check-"));
  await cp(path.join(repo, "tsconfig.base.json"), path.join(scratch, "tsconfig.base.json"));
  await symlink(path.join(repo, "node_modules"), path.join(scratch, "node_modules"), "dir");
  for (const pkg of packages) {
    await cp(path.join(repo, pkg, "src"), path.join(scratch, pkg, "src"), { recursive: true });
    await cp(path.join(repo, pkg, "package.json"), path.join(scratch, pkg, "package.json"));
    await symlink(
      path.join(repo, pkg, "node_modules"),
      path.join(scratch, pkg, "node_modules"),
      "dir",
    );
  }
  return scratch;
}

/**
 * The packages a spec can break the types of: those it generates TypeScript into. The others
 * (the reference site: HTML) hold the same hand-written code whatever the spec, which the
 * repository's own `pnpm lint` checks once. So does the mock: its one generated file is the
 * spec as a string, whose type is the same for every spec, and checking the mock's sources
 * (the codegen's model, ajv, yaml beneath them) again per spec doubled each spec's tsc.
 */
const SAME_TYPES_FOR_EVERY_SPEC = ["packages/mock"];

export async function typedPackages(scratch: string): Promise<string[]> {
  const typed: string[] = [];
  for (const pkg of packages) {
    if (SAME_TYPES_FOR_EVERY_SPEC.includes(pkg)) continue;
    const files = await readdir(path.join(scratch, pkg, "src/generated"), {
      recursive: true,
    }).catch(() => [] as string[]);
    if (files.some((file) => file.endsWith(".ts"))) typed.push(pkg);
  }
  return typed;
}

/**
 * The scratch copy's tsconfig: the typed packages' sources and the TypeScript snippets in one
 * program (one tsc start-up, one parse of the shared sources). Workspace packages resolve to
 * their scratch sources, so each is checked against the same spec's types.
 */
export async function writeTsconfig(scratch: string, typed: string[]): Promise<string> {
  const paths = Object.fromEntries(
    packages.map((p) => [`@chunked-uploads/${path.basename(p)}`, [`./${p}/src/index.ts`]]),
  );
  const file = path.join(scratch, "tsconfig.json");
  await mkdir(path.join(scratch, SNIPPET_DIR), { recursive: true });
  // The snippets are ES modules (top-level await), as in a downstream project.
  await writeFile(path.join(scratch, SNIPPET_DIR, "package.json"), '{ "type": "module" }\n');
  await writeFile(
    file,
    JSON.stringify({
      extends: "./tsconfig.base.json",
      compilerOptions: {
        noEmit: true,
        // The snippets are Node programs; the packages do not lean on Node's globals (each
        // package's own tsconfig, checked by `pnpm lint`, says so without them).
        types: ["node"],
        typeRoots: [path.join(repo, "node_modules/@types")],
        paths,
      },
      include: [...typed.map((pkg) => `${pkg}/src`), SNIPPET_DIR],
    }),
  );
  return file;
}

let worker: Worker | undefined;
let asked = 0;
const waiting = new Map<number, (report: string) => void>();

/**
 * `tsc -p project`'s report (file names relative to the project's folder), from one worker
 * thread kept for the whole run (typecheck-worker.mjs): the libs and installed declarations
 * every spec's program shares are parsed and bound once, not once per spec (the corpus:
 * about 3 s per small spec with a tsc each, about 1 s here). The worker is held only while a
 * check waits on it, so it never keeps the run from ending.
 */
export function typecheck(project: string): Promise<string> {
  if (!worker) {
    const started = new Worker(new URL("./typecheck-worker.mjs", import.meta.url));
    started.on("message", ({ id, report }: { id: number; report: string }) => {
      waiting.get(id)?.(report);
      waiting.delete(id);
      if (waiting.size === 0) started.unref();
    });
    started.on("error", (error) => {
      for (const answer of waiting.values()) answer(`the type-check worker failed: ${error.stack}`);
      waiting.clear();
      worker = undefined;
    });
    worker = started;
  }
  const id = ++asked;
  worker.ref();
  const answered = new Promise<string>((resolve) => waiting.set(id, resolve));
  worker.postMessage({ id, project });
  return answered;
}

/** tsc's report as one block per error: its first line names the file, the indented ones continue it. */
export function errorBlocks(report: string): string[] {
  const blocks: string[] = [];
  for (const line of report.split("\n")) {
    if (/^\S/.test(line) || blocks.length === 0) blocks.push(line);
    else blocks[blocks.length - 1] += `\n${line}`;
  }
  return blocks.filter((block) => block.trim() !== "");
}
