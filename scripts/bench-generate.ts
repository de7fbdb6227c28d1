/**
 * Times `pnpm generate` (our whole pipeline: load, validate, model, every emitter, prettier,
 * compare with disk) next to the bare openapi-typescript CLI on the same spec, interleaved in one
 * run so that both see the same machine load. Whole processes are timed, startup included,
 * because that is what a user waits for; each process reports its own peak RSS.
 *
 *   warm  the run a platform team repeats with nothing changed (CI, a second `pnpm generate`):
 *         the generation cache answers; the first run, which fills it, is not counted
 *   edit  a copy of the spec changed in one line before each run: the generation cache
 *         misses, prettier's cache still knows the files the edit leaves alone
 *   cold  CHUNKED_CODEGEN_CACHE=0: no cache at all, as on a fresh clone
 *
 * Then a growth table: cold runs on synthetic specs of 10, 100 and 1,000 operations and on the
 * corpus' DigitalOcean spec, time against operation count.
 *
 *   pnpm bench:generate [--runs 5] [--no-growth]   (--no-growth: the first table only, as CI runs it)
 */
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const repo = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({
  options: { runs: { type: "string", default: "5" }, growth: { type: "boolean", default: true } },
  allowNegative: true,
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 50)
  throw new Error(`--runs must be a whole number from 1 to 50, got ${values.runs}`);

const codegen = path.join(repo, "packages/codegen/bin/codegen.mjs");
// The CLI's own script, not pnpm's shell shim: both sides start one node process.
const bareCli = path.join(repo, "packages/codegen/node_modules/openapi-typescript/bin/cli.js");
const shared = path.resolve(repo, "../shared/specs");
const specs = [
  ["spec/openapi.yaml", path.join(repo, "spec/openapi.yaml")],
  ["Box spec", path.join(shared, "box-openapi-2024.0.json")],
].filter(([, file]) => existsSync(file!)) as Array<[string, string]>;

const scratch = await mkdtemp(path.join(tmpdir(), "bench-generate-"));
const rssFile = path.join(scratch, "rss");
const preload = path.join(scratch, "report-rss.mjs");

interface Run {
  ms: number;
  rssMb: number;
}

/** One whole process; its peak RSS comes from a preload that writes it on exit. */
async function measured(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const started = performance.now();
  execFileSync(process.execPath, ["--import", preload, ...args], {
    stdio: "ignore",
    // From the scratch folder: the bare CLI would otherwise apply our redocly.yaml lint rules.
    cwd: scratch,
    env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
  });
  const ms = performance.now() - started;
  // maxRSS is in kilobytes.
  return { ms, rssMb: Number(await readFile(rssFile, "utf8")) / 1024 };
}

/**
 * Each mode writes into a root of its own, as a team's checkout holds the previous run's files:
 * an edit run must find the edited spec's last output on disk, not the cold run's.
 */
const roots = {
  warm: path.join(scratch, "warm"),
  edit: path.join(scratch, "edit"),
  cold: path.join(scratch, "cold"),
};
type Mode = keyof typeof roots;
const ours = (spec: string, mode: Mode, env?: Record<string, string>) =>
  measured([codegen, "--spec", spec, "--root", roots[mode]], env);
const bare = (spec: string) => measured([bareCli, spec, "-o", path.join(scratch, "bare.ts")]);
const COLD = { CHUNKED_CODEGEN_CACHE: "0" };

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const row = (cells: Array<string | number>) => `| ${cells.join(" | ")} |`;

/** A spec of `count` operations: a path parameter, a query parameter, a JSON body and response. */
function syntheticSpec(count: number): object {
  const paths: Record<string, object> = {};
  for (let i = 0; i < count; i++)
    paths[`/things${i}/{id}`] = {
      post: {
        operationId: `update_thing_${i}`,
        tags: [`Group ${i % 10}`],
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string" } },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100 } },
        ],
        requestBody: {
          required: true,
          content: {
            "application/json": { schema: { $ref: `#/components/schemas/Thing${i % 50}` } },
          },
        },
        responses: {
          "200": {
            description: "The thing",
            content: {
              "application/json": { schema: { $ref: `#/components/schemas/Thing${i % 50}` } },
            },
          },
        },
      },
    };
  const schemas: Record<string, object> = {};
  for (let i = 0; i < Math.min(count, 50); i++)
    schemas[`Thing${i}`] = {
      type: "object",
      required: ["name"],
      properties: {
        name: { type: "string", example: `thing ${i}` },
        size: { type: "integer", format: "int64" },
        tags: { type: "array", items: { type: "string" } },
        state: { type: "string", enum: ["new", "used"] },
      },
    };
  return {
    openapi: "3.0.3",
    info: { title: `Synthetic ${count}`, version: "1.0.0" },
    servers: [{ url: "https://api.example.com" }],
    paths,
    components: { schemas },
  };
}

try {
  await writeFile(
    preload,
    `import { writeFileSync } from "node:fs";\nprocess.on("exit", () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n`,
  );
  for (const root of Object.values(roots))
    await cp(
      path.join(repo, "packages/types/src/generated"),
      path.join(root, "packages/types/src/generated"),
      { recursive: true },
    );

  console.log(
    `median of ${runs} interleaved runs, whole processes (time in ms, peak RSS in MB):\n`,
  );
  console.log(
    row([
      "spec",
      "generate, warm",
      "after a one-line edit",
      "generate, cold",
      "bare openapi-typescript",
      "warm / bare",
      "edit / bare",
      "cold / bare",
    ]),
  );
  console.log(row(["---", "---", "---", "---", "---", "---", "---", "---"]));
  for (const [label, spec] of specs) {
    await ours(spec, "warm"); // fills the generation cache: the warm runs are the ones after it
    // A copy edited in one line before each run: the generation cache misses, prettier's
    // cache still knows the files the edit does not change (a platform team's every save).
    const text = await readFile(spec, "utf8");
    const copy = path.join(scratch, `edited${path.extname(spec)}`);
    const edit = (i: number) =>
      writeFile(copy, text.replace(/(description"?:\s*"?)/, `$1(edit ${i}) `));
    await edit(-1);
    await ours(copy, "edit");
    const warm: Run[] = [];
    const edited: Run[] = [];
    const cold: Run[] = [];
    const plain: Run[] = [];
    for (let i = 0; i < runs; i++) {
      warm.push(await ours(spec, "warm"));
      await edit(i);
      edited.push(await ours(copy, "edit"));
      cold.push(await ours(spec, "cold", COLD));
      plain.push(await bare(spec));
    }
    const [w, e, c, b] = [warm, edited, cold, plain].map((list) => median(list.map((r) => r.ms)));
    const rss = (list: Run[]) => Math.max(...list.map((r) => r.rssMb)).toFixed(0);
    console.log(
      row([
        label,
        `${w!.toFixed(0)} (${rss(warm)} MB)`,
        `${e!.toFixed(0)} (${rss(edited)} MB)`,
        `${c!.toFixed(0)} (${rss(cold)} MB)`,
        `${b!.toFixed(0)} (${rss(plain)} MB)`,
        `${(w! / b!).toFixed(2)}x`,
        `${(e! / b!).toFixed(2)}x`,
        `${(c! / b!).toFixed(2)}x`,
      ]),
    );
  }

  console.log(`\nwatch mode, project spec: ${await watchEdits(5)}`);
  const help: number[] = [];
  const bad: number[] = [];
  for (let i = 0; i < runs; i++) {
    help.push((await measured([codegen, "--help"])).ms);
    bad.push(await exitTime([codegen, "--no-such-flag"]));
  }
  console.log(
    `--help answers in ${median(help).toFixed(0)} ms, a bad argument in ${median(bad).toFixed(0)} ms (whole node processes; \`pnpm generate\` adds pnpm's own start-up)`,
  );

  if (values.growth) {
    // Growth: cold runs only (a cache hit costs the same at any size).
    const growth: Array<[string, number, string]> = [];
    for (const count of [10, 100, 1000]) {
      const file = path.join(scratch, `synthetic-${count}.json`);
      await writeFile(file, JSON.stringify(syntheticSpec(count)));
      growth.push([`synthetic, ${count} operations`, count, file]);
    }
    const digitalOcean = path.join(shared, "corpus/digitalocean/DigitalOcean-public.v2.yaml");
    if (existsSync(digitalOcean)) growth.push(["DigitalOcean", 0, digitalOcean]);
    console.log(`\ngrowth, cold, one run each:\n`);
    console.log(
      row([
        "spec",
        "operations",
        "generate ms",
        "ms per operation",
        "peak RSS MB",
        "bare ms",
        "cold / bare",
      ]),
    );
    console.log(row(["---", "---", "---", "---", "---", "---", "---"]));
    for (const [label, knownCount, file] of growth) {
      const c = await ours(file, "cold", COLD);
      const b = await bare(file);
      const count = knownCount || (await operationCount(file));
      console.log(
        row([
          label,
          count,
          c.ms.toFixed(0),
          (c.ms / count).toFixed(1),
          c.rssMb.toFixed(0),
          b.ms.toFixed(0),
          `${(c.ms / b.ms).toFixed(2)}x`,
        ]),
      );
    }
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}

/** A process that is meant to fail (exit 2): its time to answer. */
async function exitTime(args: string[]): Promise<number> {
  const started = performance.now();
  try {
    execFileSync(process.execPath, args, { stdio: "ignore", cwd: scratch });
  } catch {
    // exit 2 is the answer being timed
  }
  return performance.now() - started;
}

/**
 * `pnpm generate --watch` on a copy of the project spec: each of `edits` saves changes one line
 * (an operation's summary); the time from the save to the CLI's "generated" line, median and
 * worst. Bounded: 20 s per step.
 */
async function watchEdits(edits: number): Promise<string> {
  const spec = path.join(scratch, "watched.yaml");
  const original = await readFile(path.join(repo, "spec/openapi.yaml"), "utf8");
  await writeFile(spec, original);
  const child = spawn(process.execPath, [codegen, "--watch", "--spec", spec, "--root", scratch], {
    cwd: scratch,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const until = async (check: () => boolean) => {
    const deadline = Date.now() + 20_000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`watch mode did not answer:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  };
  try {
    await until(() => output.includes("watching"));
    const times: number[] = [];
    for (let i = 0; i < edits; i++) {
      const seen = output.split("\ngenerated ").length;
      const started = performance.now();
      await writeFile(spec, original.replace(/summary: (.*)/, `summary: $1 (edit ${i})`));
      await until(() => output.split("\ngenerated ").length > seen);
      times.push(performance.now() - started);
      await until(() => output.trimEnd().endsWith("Ctrl-C to stop"));
    }
    return `a one-line edit regenerated in ${median(times).toFixed(0)} ms (median of ${edits}; worst ${Math.max(...times).toFixed(0)} ms), from the save to the CLI's report`;
  } finally {
    child.kill();
  }
}

/** Operations in a spec, as the generator counts them (the snippets file has one entry per language). */
async function operationCount(spec: string): Promise<number> {
  const { buildModel, loadSpec } = await import("../packages/codegen/src/index.js");
  return buildModel(await loadSpec(spec)).operations.length;
}
