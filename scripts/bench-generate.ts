/**
 * Times `pnpm generate` (our whole pipeline: load, validate, model, every emitter, prettier,
 * compare with disk) next to the bare openapi-typescript CLI on the same spec, interleaved in one
 * run so both see the same machine load. Whole processes are timed, startup included, because
 * that is what a user waits for.
 *
 *   pnpm bench:generate [--runs 5]
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const repo = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 50)
  throw new Error(`--runs must be a whole number from 1 to 50, got ${values.runs}`);

const openapiTypescript = path.join(repo, "packages/codegen/node_modules/.bin/openapi-typescript");
const specs = [
  ["spec/openapi.yaml (1 operation)", path.join(repo, "spec/openapi.yaml")],
  ["Box spec (296 operations)", path.resolve(repo, "../shared/specs/box-openapi-2024.0.json")],
].filter(([, file]) => existsSync(file!)) as Array<[string, string]>;

const scratch = await mkdtemp(path.join(tmpdir(), "bench-generate-"));
// Both run from the scratch folder: the bare CLI would otherwise apply our redocly.yaml lint rules.
const time = (command: string, args: string[]) => {
  const started = performance.now();
  execFileSync(command, args, { stdio: "ignore", cwd: scratch });
  return performance.now() - started;
};
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

try {
  await cp(
    path.join(repo, "packages/types/src/generated"),
    path.join(scratch, "packages/types/src/generated"),
    { recursive: true },
  );
  console.log(`median of ${runs} interleaved runs, whole processes:`);
  for (const [label, spec] of specs) {
    const ours: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < runs; i++) {
      ours.push(
        time(process.execPath, [
          path.join(repo, "packages/codegen/bin/codegen.mjs"),
          "--spec",
          spec,
          "--root",
          scratch,
        ]),
      );
      bare.push(time(openapiTypescript, [spec, "-o", path.join(scratch, "bare.ts")]));
    }
    const [a, b] = [median(ours), median(bare)];
    console.log(
      `  ${label}: pnpm generate ${a.toFixed(0)} ms, bare openapi-typescript ${b.toFixed(0)} ms, ratio ${(a / b).toFixed(2)}x`,
    );
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
