/**
 * The scratch copies `pnpm check:spec` generates into (each generated package's sources, the
 * installed modules shared) and the type-check it runs over them.
 */
import { execFile } from "node:child_process";
import { cp, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { EMITTERS } from "../packages/codegen/src/index.js";

const repo = fileURLToPath(new URL("..", import.meta.url));
const tsc = path.join(repo, "node_modules/.bin/tsc");

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
  // One project over every package: one tsc start-up and one parse of the shared sources.
  await writeFile(
    path.join(scratch, "tsconfig.json"),
    tsconfig(
      packages.map((pkg) => `${pkg}/src`),
      {},
      0,
    ),
  );
  return scratch;
}

/**
 * A package's tsconfig in the scratch copy, `depth` folders below its root: workspace packages
 * resolve to their scratch sources, so each is checked against the same spec's types.
 */
export function tsconfig(include: string[], extra: object = {}, depth = 2): string {
  const up = depth === 0 ? "./" : "../".repeat(depth);
  const paths = Object.fromEntries(
    packages.map((p) => [`@chunked-uploads/${path.basename(p)}`, [`${up}${p}/src/index.ts`]]),
  );
  return JSON.stringify({
    extends: `${up}tsconfig.base.json`,
    compilerOptions: { noEmit: true, types: [], paths, ...extra },
    include,
  });
}

/** tsc on `project`, run from its folder so that errors name files relative to it. */
export async function typecheck(project: string): Promise<void> {
  try {
    await promisify(execFile)(tsc, ["-p", path.basename(project)], {
      cwd: path.dirname(project),
      maxBuffer: 1 << 26,
    });
  } catch (error) {
    const { stdout } = error as { stdout?: string };
    throw new Error(stdout?.trim() || (error as Error).message);
  }
}
