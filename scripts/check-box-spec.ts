/**
 * Generality check: generates every package from Box's complete public spec (296 operations,
 * read from ../shared/specs, never committed) into a scratch copy of the repository, then
 * type-checks the result. Proves the generators assume neither one operation nor one tag.
 *
 *   pnpm check:box-spec [path/to/spec.json]
 */
import { execFileSync } from "node:child_process";
import { cp, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { main as generate } from "../packages/codegen/src/cli.js";
import { EMITTERS } from "../packages/codegen/src/index.js";

const repo = fileURLToPath(new URL("..", import.meta.url));
const spec = path.resolve(repo, process.argv[2] ?? "../shared/specs/box-openapi-2024.0.json");
const scratch = await mkdtemp(path.join(tmpdir(), "chunked-uploads-box-spec-"));

try {
  // The scratch copy holds each generated package's sources and shares the installed modules.
  await cp(path.join(repo, "tsconfig.base.json"), path.join(scratch, "tsconfig.base.json"));
  await symlink(path.join(repo, "node_modules"), path.join(scratch, "node_modules"), "dir");
  const packages = [
    ...new Set(EMITTERS.map((emitter) => emitter.outputDir.split("/").slice(0, 2).join("/"))),
  ];
  for (const pkg of packages) {
    await cp(path.join(repo, pkg, "src"), path.join(scratch, pkg, "src"), { recursive: true });
    await cp(path.join(repo, pkg, "package.json"), path.join(scratch, pkg, "package.json"));
    await symlink(
      path.join(repo, pkg, "node_modules"),
      path.join(scratch, pkg, "node_modules"),
      "dir",
    );
    await writeFile(
      path.join(scratch, pkg, "tsconfig.json"),
      JSON.stringify({
        extends: "../../tsconfig.base.json",
        compilerOptions: { noEmit: true, types: [] },
        include: ["src"],
      }),
    );
  }

  let started = performance.now();
  const code = await generate(["--spec", spec, "--root", scratch]);
  if (code !== 0) throw new Error(`generation from ${spec} failed (exit ${code})`);
  const generateMs = Math.round(performance.now() - started);

  started = performance.now();
  for (const pkg of packages) {
    execFileSync(
      path.join(repo, "node_modules/.bin/tsc"),
      ["-p", path.join(scratch, pkg, "tsconfig.json")],
      { stdio: "inherit" },
    );
  }
  const typecheckMs = Math.round(performance.now() - started);
  console.log(
    `box spec check passed: generated in ${generateMs} ms, type-checked ${packages.join(", ")} in ${typecheckMs} ms`,
  );
} catch (error) {
  console.error(`box spec check failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await rm(scratch, { recursive: true, force: true });
}
