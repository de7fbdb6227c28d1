/**
 * Where the codegen package and the repository are, found from wherever this code runs: its
 * TypeScript source (tests, tsx), or the bundle the launcher (bin/codegen.mjs) compiles into
 * dist/, where every module shares one file's `import.meta.url`. So no module counts `../`
 * from its own place.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

function nearestPackage(dir: string): string {
  for (let at = dir; ; at = path.dirname(at)) {
    if (existsSync(path.join(at, "package.json"))) return at;
    if (path.dirname(at) === at) throw new Error(`codegen bug: no package.json above ${dir}`);
  }
}

/** The codegen package's folder. */
export const CODEGEN_DIR = nearestPackage(here);
/** The repository's root, with a trailing separator (paths are appended to it). */
export const REPO_ROOT = path.resolve(CODEGEN_DIR, "../..") + path.sep;
/** The folder of the generator's code as it runs (src/ or dist/): its contents key the caches. */
export const GENERATOR_DIR = path.join(
  CODEGEN_DIR,
  path.relative(CODEGEN_DIR, here).split(path.sep)[0]!,
);
