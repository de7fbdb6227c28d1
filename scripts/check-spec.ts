import { readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { main as generate } from "../packages/codegen/src/cli.js";
import { buildModel, loadSpec, snippetsOf, type ApiModel } from "../packages/codegen/src/index.js";
import { startSpecServer, type SpecServer } from "../packages/mock/src/spec-server.js";
import { snippetRunner } from "../packages/snippets/test/warm-runner.js";
import { callArguments, routedTo } from "./check-spec-calls.js";
import {
  errorBlocks,
  SNIPPET_DIR,
  scratchCopy,
  typecheck,
  typedPackages,
  writeTsconfig,
} from "./check-spec-scratch.js";

// Every spec is generated into a scratch root no later run reads: nothing worth caching.
process.env.CHUNKED_CODEGEN_CACHE = "0";

const repo = fileURLToPath(new URL("..", import.meta.url));
const shared = path.resolve(repo, "../shared/specs");
const RUN_LANGUAGES = ["curl", "javascript", "python"] as const;
/** Snippets of one spec run at once (see the snippets stage). */
const SNIPPET_LANES = 2;

/**
 * What CI checks: the project spec, the codegen fixtures and the corpus specs that pass every
 * stage today. Issue 10 grows this list to Box's full spec and the representative corpus as
 * their defects are fixed; `--all` runs everything, Box's spec included.
 */
const DEFAULT_SPECS = [
  path.join(repo, "spec/openapi.yaml"),
  path.join(repo, "packages/codegen/test/fixtures/chunked-uploads/openapi.yaml"),
  path.join(repo, "packages/codegen/test/fixtures/no-extensions/openapi.json"),
  path.join(repo, "packages/codegen/test/fixtures/request-kinds/openapi.yaml"),
  path.join(repo, "packages/codegen/test/fixtures/servers/relative.yaml"),
  path.join(repo, "packages/codegen/test/fixtures/servers/none.yaml"),
  path.join(repo, "packages/codegen/test/fixtures/servers/trailing-slash.yaml"),
  path.join(repo, "packages/codegen/test/fixtures/servers/variable-scheme-host.yaml"),
  path.join(repo, "packages/codegen/test/fixtures/empty-enum.yaml"),
  path.join(repo, "packages/codegen/test/fixtures/nested-forms.yaml"),
  path.join(repo, "packages/codegen/test/fixtures/json-or-multipart.yaml"),
  path.join(repo, "packages/codegen/test/fixtures/identifiers.yaml"),
  path.join(repo, "packages/codegen/test/fixtures/responses.yaml"),
  path.join(repo, "packages/codegen/test/fixtures/parameter-styles.yaml"),
  path.join(repo, "packages/codegen/test/fixtures/read-write-only.yaml"),
  path.join(repo, "packages/codegen/test/fixtures/type-name-clash.yaml"),
  path.join(repo, "packages/codegen/test/fixtures/refs-in-examples.yaml"),
  path.join(repo, "packages/codegen/test/fixtures/path-refs.yaml"),
  path.join(repo, "packages/codegen/test/fixtures/tricky-strings.yaml"),
  path.join(shared, "corpus/readme-3.0/form-data.yaml"),
  path.join(shared, "corpus/readme-3.0/circular.yaml"),
  path.join(shared, "corpus/readme-3.0/http-status-codes.yaml"),
  path.join(shared, "corpus/readme-3.0/parameters-extreme.yaml"),
  path.join(shared, "corpus/readme-3.0/parameters-common.yaml"),
  path.join(shared, "corpus/readme-3.0/callbacks.yaml"),
  path.join(shared, "corpus/readme-3.0/link-example.yaml"),
  path.join(shared, "corpus/readme-3.0/schema-visibility.yaml"),
  path.join(shared, "corpus/readme-3.0/parameters-cookies.yaml"),
  path.join(shared, "corpus/readme-3.0/petstore-expanded.yaml"),
  path.join(shared, "corpus/readme-3.0/request-examples.yaml"),
  path.join(shared, "corpus/readme-3.0/response-examples.yaml"),
  path.join(shared, "corpus/readme-3.0/response-multiple-mediatypes.yaml"),
  path.join(shared, "corpus/readme-3.0/uspto.yaml"),
  path.join(shared, "corpus/readme-3.1/readme-extensions.yaml"),
  path.join(shared, "corpus/readme-3.0/star-trek.yaml"),
  path.join(shared, "corpus/readme-3.0/security.yaml"),
  path.join(shared, "corpus/readme-3.1/security.yaml"),
  path.join(shared, "corpus/readme-3.1/train-travel.yaml"),
  path.join(shared, "corpus/readme-3.1/webhooks.yaml"),
  path.join(shared, "corpus/readme-3.0/parameters-style.yaml"),
  path.join(shared, "corpus/readme-3.1/parameters-style.yaml"),
  path.join(shared, "corpus/readme-3.0/petstore.yaml"),
  path.join(shared, "corpus/readme-3.1/petstore.yaml"),
  path.join(shared, "corpus/readme-3.0/petstore-simple.yaml"),
  path.join(shared, "corpus/readme-3.0/petstore-simple-no-tags.yaml"),
  path.join(shared, "corpus/readme-3.1/petstore-simple.yaml"),
  path.join(shared, "corpus/readme-3.0/readme-extensions.yaml"),
  path.join(shared, "corpus/readme-3.0/response-schemas.yaml"),
  path.join(shared, "corpus/readme-3.0/schema-encoding-style.yaml"),
  path.join(shared, "corpus/readme-3.1/schema-encoding-style.yaml"),
  path.join(shared, "corpus/readme-3.0/server-path-level.yaml"),
  path.join(shared, "corpus/readme-3.0/circular-paths.yaml"),
  path.join(shared, "corpus/readme-3.0/server-variables.yaml"),
  path.join(shared, "corpus/readme-3.0/file-uploads.yaml"),
  path.join(shared, "corpus/readme-3.0/schema-enums.yaml"),
  path.join(shared, "corpus/readme-3.1/schema-validation-top-level.yaml"),
  path.join(shared, "corpus/readme-3.0/schema-validation.yaml"),
  path.join(shared, "corpus/readme-3.1/schema-validation-local.yaml"),
  path.join(shared, "corpus/readme-3.0/complex-nesting.yaml"),
  path.join(shared, "corpus/readme-3.0/readme-legacy.yaml"),
  path.join(shared, "corpus/readme-3.0/schema-additional-properties.yaml"),
  path.join(shared, "corpus/readme-3.0/schema-circular.yaml"),
  path.join(shared, "corpus/readme-3.0/schema-deprecated.yaml"),
  path.join(shared, "corpus/readme-3.1/readme.yaml"),
  path.join(shared, "corpus/readme-3.0/discriminators.yaml"),
  // Twilio's 2010 API: 197 operations, HTTP basic, form bodies, Sid patterns (about 80 s).
  path.join(shared, "corpus/twilio-api-v2010.yaml"),
];

const args = process.argv.slice(2);
const all = args.includes("--all");
// `--only generate,typecheck`: the stages to run (the rest are skipped and say so).
const onlyAt = args.indexOf("--only");
const only = onlyAt === -1 ? undefined : new Set(args[onlyAt + 1]?.split(","));
const named = args
  .filter((a, i) => a !== "--all" && (onlyAt === -1 || (i !== onlyAt && i !== onlyAt + 1)))
  .map((spec) => path.resolve(spec));
const specs = named.length > 0 ? named : [...DEFAULT_SPECS, ...(all ? await corpus() : [])];

async function corpus(): Promise<string[]> {
  const found: string[] = [path.join(shared, "box-openapi-2024.0.json")];
  for (const dir of ["corpus/readme-3.0", "corpus/readme-3.1"])
    for (const file of (await readdir(path.join(shared, dir))).sort())
      found.push(path.join(shared, dir, file));
  found.push(
    path.join(shared, "corpus/twilio-api-v2010.yaml"),
    path.join(shared, "corpus/digitalocean/DigitalOcean-public.v2.yaml"),
  );
  return [...new Set(found)].filter((f) => !DEFAULT_SPECS.includes(f));
}

interface Stage {
  name: string;
  passed: number;
  failed: string[];
  ms: number;
  skipped?: boolean;
}

/**
 * A progress line on stderr while a long stage runs (the report itself is held back and
 * printed whole): when it starts, then `done/total` at most every 10 s, and when it ends.
 */
const PROGRESS_EVERY_MS = 10_000;
function progressOf(
  spec: string,
  stageName: string,
  total: number,
  unit = "operations",
): (done: number) => void {
  const label = path.relative(process.cwd(), spec);
  const started = performance.now();
  let last = started;
  const say = (done: number) =>
    process.stderr.write(
      `  … ${label}: ${stageName} ${done}/${total} ${unit} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
    );
  say(0);
  return (done) => {
    const now = performance.now();
    if (done < total && now - last < PROGRESS_EVERY_MS) return;
    last = now;
    say(done);
  };
}

async function stage(
  name: string,
  body: () => Promise<{ passed: number; failed: string[] }>,
): Promise<Stage> {
  if (only && !only.has(name)) return { name, passed: 0, failed: [], ms: 0, skipped: true };
  const started = performance.now();
  try {
    const { passed, failed } = await body();
    return { name, passed, failed, ms: performance.now() - started };
  } catch (error) {
    return {
      name,
      passed: 0,
      failed: [(error as Error).message.split("\n").slice(0, 12).join("\n")],
      ms: performance.now() - started,
    };
  }
}

async function checkSpec(spec: string, log: (line: string) => void): Promise<boolean> {
  const name = path.relative(process.cwd(), spec);
  log(`\n${name}`);
  const scratch = await scratchCopy();
  let model: ApiModel | undefined;
  let mock: SpecServer | undefined;
  const stages: Stage[] = [];
  const report = (s: Stage) => {
    stages.push(s);
    if (s.skipped) {
      log(`  skip ${s.name}`);
      return true;
    }
    const status = s.failed.length === 0 ? "ok  " : "FAIL";
    log(
      `  ${status} ${s.name.padEnd(11)} ${String(s.passed).padStart(4)} passed, ${String(s.failed.length).padStart(3)} failed  ${(s.ms / 1000).toFixed(1).padStart(6)} s`,
    );
    for (const line of s.failed.slice(0, 15))
      log(`         ${line.replaceAll("\n", "\n         ")}`);
    if (s.failed.length > 15) log(`         … and ${s.failed.length - 15} more`);
    return s.failed.length === 0;
  };
  try {
    process.stderr.write(`  … ${name}: generate\n`);
    const generated = await stage("generate", async () => {
      const errors: string[] = [];
      const code = await generate(["--spec", spec, "--root", scratch], {
        log: () => {},
        error: (l) => errors.push(l),
      });
      if (code !== 0) return { passed: 0, failed: errors };
      model = buildModel(await loadSpec(spec));
      return { passed: model.operations.length, failed: [] };
    });
    if (!report(generated) || !model) return false;
    // What the generator said of the spec itself (its faults, and what it leaves out): where a
    // later stage fails, these are often why.
    for (const warning of model.warnings)
      log(`         spec: ${warning.replaceAll("\n", "\n         ")}`);
    const ops = model.operations;

    // One tsc over the generated packages and the TypeScript snippets; each error is reported
    // under the stage its file belongs to (tsc names the file first).
    const snippets = snippetsOf(model);
    const ts = snippets.filter((s) => s.lang === "typescript");
    let tscReport = "";
    const typedPkgs = await typedPackages(scratch);
    const typed = report(
      await stage("typecheck", async () => {
        process.stderr.write(
          `  … ${name}: typecheck of ${typedPkgs.length} packages and ${ts.length} TypeScript snippets\n`,
        );
        const project = await writeTsconfig(scratch, typedPkgs);
        await Promise.all(
          ts.map((s, i) => writeFile(path.join(scratch, SNIPPET_DIR, `snippet-${i}.ts`), s.source)),
        );
        tscReport = await typecheck(project);
        const blocks = errorBlocks(tscReport);
        const failed = typedPkgs
          .map((pkg) => ({ pkg, errors: blocks.filter((b) => b.startsWith(`${pkg}/`)) }))
          .filter(({ errors }) => errors.length > 0)
          .map(({ pkg, errors }) => `${pkg}: ${errors.join("\n")}`);
        // An error tsc could not place (a bad tsconfig) fails the stage rather than vanish.
        const placed = blocks.filter(
          (b) =>
            typedPkgs.some((pkg) => b.startsWith(`${pkg}/`)) || b.startsWith(`${SNIPPET_DIR}/`),
        );
        if (placed.length < blocks.length) failed.push(tscReport);
        return { passed: typedPkgs.length - failed.length, failed };
      }),
    );
    report({
      ...(await stage("ts-snippets", async () => {
        const failed = errorBlocks(tscReport).filter((b) => b.startsWith(`${SNIPPET_DIR}/`));
        return { passed: ts.length - failed.length, failed };
      })),
      // Checked in the typecheck's tsc run: its time is there.
      ms: 0,
    });

    mock = await startSpecServer(model);
    const server = mock;
    if (typed) {
      report(
        await stage("client", async () => {
          const { createClient } = (await import(
            pathToFileURL(path.join(scratch, "packages/client/src/index.ts")).href
          )) as {
            createClient: (
              options: object,
            ) => Record<string, Record<string, (...a: unknown[]) => Promise<unknown>>>;
          };
          const failed: string[] = [];
          const progress = progressOf(spec, "client", ops.length);
          for (const [done, operation] of ops.entries()) {
            progress(done);
            const base = operation.servers[0]!.defaultUrl;
            const baseUrl = /^https?:\/\//.test(base)
              ? server.pointAt(base)
              : `${server.url}${base}`;
            const client = createClient({
              baseUrl,
              token: "check-token",
              credentials: Object.fromEntries(
                model!.securitySchemes.map((s) => [
                  s.name,
                  s.carrier.kind === "basic"
                    ? { username: "check", password: "secret" }
                    : "check-key",
                ]),
              ),
              maxRetries: 0,
            });
            const before = server.requests.length;
            try {
              const call = client[operation.resource]![operation.methodName]!(
                ...callArguments(model!, operation),
              ) as Promise<unknown>;
              await call;
              // A paginated method: every page, as a reader iterating it would ask for them
              // (the mock answers the example, then a last page with no items).
              if (operation.pagination)
                for await (const _item of call as unknown as AsyncIterable<unknown>);
            } catch (error) {
              const received = server.requests.slice(before);
              failed.push(
                `${operation.key}: ${received[0]?.problems.join("; ") || (error as Error).message}`,
              );
              continue;
            }
            const received = server.requests.slice(before);
            if (
              received.length < 1 ||
              received.length > (operation.pagination ? 2 : 1) ||
              received.some(
                (r) => !routedTo(model!, operation, r.operation) || r.problems.length > 0,
              )
            )
              failed.push(
                `${operation.key}: ${received.map((r) => `${r.operation ?? r.path}: ${r.problems.join("; ")}`).join(" | ") || "no request"}`,
              );
          }
          progress(ops.length);
          return { passed: ops.length - failed.length, failed };
        }),
      );
    }

    report(
      await stage("snippets", async () => {
        const failed: string[] = [];
        let passed = 0;
        const queue = snippets.filter((s) => (RUN_LANGUAGES as readonly string[]).includes(s.lang));
        const total = queue.length;
        const progress = progressOf(spec, "snippets", total, "snippets");
        // SNIPPET_LANES run at once, each lane against a mock of its own, so that every request
        // is told apart by the mock it reached. A lane keeps a warm interpreter per language
        // (warm-runner.ts): starting Python with requests was most of a snippet's run.
        const lane = async (laneServer: SpecServer) => {
          const runners = new Map(RUN_LANGUAGES.map((lang) => [lang, snippetRunner(lang)]));
          try {
            await runLane(laneServer, runners);
          } finally {
            await Promise.all([...runners.values()].map((runner) => runner.close()));
          }
        };
        const runLane = async (
          laneServer: SpecServer,
          runners: Map<string, ReturnType<typeof snippetRunner>>,
        ) => {
          for (let snippet = queue.shift(); snippet; snippet = queue.shift()) {
            const before = laneServer.requests.length;
            const result = await runners.get(snippet.lang)!.run(laneServer.pointAt(snippet.source));
            const received = laneServer.requests.slice(before);
            const operation = model!.operations.find((o) => o.key === snippet.operationId)!;
            const ok =
              result.code === 0 &&
              received.length === 1 &&
              routedTo(model!, operation, received[0]!.operation) &&
              received[0]!.problems.length === 0;
            progress(total - queue.length);
            if (ok) passed++;
            else
              failed.push(
                `${snippet.operationId} (${snippet.lang}): ${received.map((r) => r.problems.join("; ")).join(" | ") || result.stderr.trim().split("\n").slice(-2).join(" ") || `exit ${result.code}`}`,
              );
          }
        };
        const more = await Promise.all(
          Array.from({ length: SNIPPET_LANES - 1 }, () => startSpecServer(model!)),
        );
        try {
          await Promise.all([server, ...more].map(lane));
        } finally {
          await Promise.all(more.map((m) => m.close()));
        }
        return { passed, failed: failed.sort() };
      }),
    );
    return stages.every((s) => s.failed.length === 0);
  } finally {
    await mock?.close();
    if (!process.env.KEEP_SCRATCH) await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Two specs at a time: most of a spec's time is spent waiting on child processes (tsc, the
 * snippet interpreters), so a second spec fills the idle core. Each spec's lines are held back
 * and printed whole, in the listed order, so the report reads as if run one by one.
 */
const jobs = Math.max(1, Number(process.env.CHECK_SPEC_JOBS ?? 2) || 1);
let running = 0;
const waiting: (() => void)[] = [];
async function inSlot<T>(body: () => Promise<T>): Promise<T> {
  if (running >= jobs) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await body();
  } finally {
    running--;
    waiting.shift()?.();
  }
}
const buffers: string[][] = specs.map(() => []);
const results = specs.map((spec, i) =>
  inSlot(() =>
    checkSpec(spec, (line) => buffers[i]!.push(line)).catch((error: Error) => {
      buffers[i]!.push(`  FAIL ${error.stack ?? error.message}`);
      return false;
    }),
  ),
);
const failedSpecs: string[] = [];
for (const [i, result] of results.entries()) {
  const passed = await result;
  for (const line of buffers[i]!) console.log(line);
  if (!passed) failedSpecs.push(path.relative(process.cwd(), specs[i]!));
}
console.log(
  `\ncheck:spec: ${specs.length - failedSpecs.length} of ${specs.length} specs passed${failedSpecs.length ? `; failed: ${failedSpecs.join(", ")}` : ""}`,
);
process.exitCode = failedSpecs.length > 0 ? 1 : 0;
