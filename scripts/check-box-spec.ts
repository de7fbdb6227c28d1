/**
 * Generality check: generates every package from Box's complete public spec (296 operations,
 * read from ../shared/specs, never committed) and from the codegen's test fixtures (a multi-file
 * 3.1 spec, a 3.0 JSON spec without vendor extensions), each into a scratch copy of the
 * repository, then type-checks every generated package. Proves the generators assume neither
 * one operation, one tag, nor Box's extensions.
 *
 *   pnpm check:box-spec [spec ...]      (KEEP_SCRATCH=1 keeps the scratch folders)
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
const specs =
  process.argv.length > 2
    ? process.argv.slice(2).map((spec) => path.resolve(spec))
    : [
        path.resolve(repo, "../shared/specs/box-openapi-2024.0.json"),
        path.join(repo, "packages/codegen/test/fixtures/chunked-uploads/openapi.yaml"),
        path.join(repo, "packages/codegen/test/fixtures/no-extensions/openapi.json"),
      ];
const packages = [
  ...new Set(EMITTERS.map((emitter) => emitter.outputDir.split("/").slice(0, 2).join("/"))),
];

/** A scratch copy of the repository: each generated package's sources, sharing the installed modules. */
async function scratchCopy(): Promise<string> {
  const scratch = await mkdtemp(path.join(tmpdir(), "chunked-uploads-check-"));
  await cp(path.join(repo, "tsconfig.base.json"), path.join(scratch, "tsconfig.base.json"));
  await symlink(path.join(repo, "node_modules"), path.join(scratch, "node_modules"), "dir");
  // Workspace packages resolve to their scratch sources, so that the client is checked against
  // the types generated from the same spec, not against the repository's built ones.
  const paths = Object.fromEntries(
    packages.map((p) => [
      `@chunked-uploads/${path.basename(p)}`,
      [`../${path.basename(p)}/src/index.ts`],
    ]),
  );
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
        compilerOptions: { noEmit: true, types: [], paths },
        include: ["src"],
      }),
    );
  }
  return scratch;
}

let failed = 0;
for (const spec of specs) {
  const name = path.relative(repo, spec);
  const scratch = await scratchCopy();
  try {
    let started = performance.now();
    const code = await generate(["--spec", spec, "--root", scratch], {
      log: () => {},
      error: console.error,
    });
    if (code !== 0) throw new Error(`generation failed (exit ${code})`);
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
      `ok   ${name}: generated in ${generateMs} ms, ${packages.join(" and ")} type-checked in ${typecheckMs} ms`,
    );
  } catch (error) {
    failed++;
    console.error(`FAIL ${name}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    if (!process.env.KEEP_SCRATCH) await rm(scratch, { recursive: true, force: true });
  }
}
process.exitCode = failed > 0 ? 1 : 0;
