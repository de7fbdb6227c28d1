/**
 * A hash of the generator as it runs: its own modules (src/ under tsx and vitest, dist/ when
 * compiled) and the lockfile, which pins every dependency's version (openapi-typescript,
 * openapi-sampler, ajv…). Whatever the caches keep was made by one generator; a different one
 * may make it differently, so every cache key starts with this.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { GENERATOR_DIR, REPO_ROOT } from "./package-paths.js";

const LOCKFILE = path.join(REPO_ROOT, "pnpm-lock.yaml");

let hash: string | undefined;
/** Read once per process: the modules cannot change under a running generator. */
export function generatorHash(): string {
  if (hash === undefined) {
    const digest = createHash("sha256");
    for (const file of moduleFiles(GENERATOR_DIR)) digest.update(file).update(readFileSync(file));
    try {
      digest.update(readFileSync(LOCKFILE));
    } catch {
      // No lockfile (a scratch copy): the modules alone.
    }
    hash = digest.digest("hex");
  }
  return hash;
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
