#!/usr/bin/env node
/**
 * `pnpm generate [--spec <file>] [--check] [--watch] [--root <dir>]`
 *
 * Exit codes: 0 done (or up to date), 1 bad spec or stale files, 2 bad arguments.
 */
import { watch, type FSWatcher } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  cachedGeneration,
  cacheGeneration,
  type GenerationReport,
} from "./pipeline/generation-cache.js";
import { CONSOLE, type CliOutput } from "./cli-output.js";
import { REPO_ROOT } from "./package-paths.js";
import { applyPlan, planOutput, type OutputPlan } from "./pipeline/output-plan.js";
import { SpecError, SpecErrors } from "./load/spec-error.js";

const USAGE = `usage: pnpm generate [options]

  --spec <file>   spec to generate from (YAML or JSON, OpenAPI 3.0/3.1); default spec/openapi.yaml
  --check         write nothing; exit 1 and list stale files if the output differs from the spec
  --watch         regenerate whenever the spec (or a file it references) changes
  --root <dir>    output root (a scratch copy of the repo); default: this repository
  -h, --help      show this help`;

class UsageError extends Error {}

export type { CliOutput } from "./cli-output.js";

interface CliOptions {
  specPath: string;
  root: string;
  check: boolean;
  watch: boolean;
}

function parseCli(argv: string[]): CliOptions | "help" {
  const parsed = (() => {
    try {
      return parseArgs({
        args: argv,
        strict: true,
        allowPositionals: false,
        options: {
          spec: { type: "string" },
          check: { type: "boolean", default: false },
          watch: { type: "boolean", default: false },
          root: { type: "string" },
          help: { type: "boolean", short: "h", default: false },
        },
      });
    } catch (cause) {
      throw new UsageError((cause as Error).message);
    }
  })();
  const { values } = parsed;
  if (values.help) return "help";
  if (values.check && values.watch) throw new UsageError("--check and --watch cannot be combined");
  // pnpm runs scripts from the repository root; resolve user paths from where they typed the command.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const root = values.root === undefined ? REPO_ROOT : path.resolve(cwd, values.root);
  if (values.spec === "") throw new UsageError("--spec needs a file path");
  const specPath =
    values.spec === undefined
      ? path.join(root, "spec/openapi.yaml")
      : path.resolve(cwd, values.spec);
  return { specPath, root, check: values.check, watch: values.watch };
}

/** One generation: returns the exit code. */
async function runOnce(
  options: CliOptions,
  { log, error: logError }: CliOutput,
): Promise<{ code: number; files: string[] }> {
  const started = performance.now();
  let report: GenerationReport;
  let plan: OutputPlan;
  let fileCount: number;
  let timings = "from the cache of an identical run";
  try {
    const cached = await cachedGeneration(options.specPath, options.root);
    if (cached) {
      // The root holds this generation's files as they were written: nothing to do.
      report = cached;
      fileCount = cached.outputs.length;
      plan = {
        root: options.root,
        writes: [],
        deletes: [],
        unchanged: cached.outputs.map(([file]) => file),
      };
    } else {
      // Imported here, not at the top: the pipeline's modules (openapi-typescript, redocly,
      // httpsnippet…) take most of a second to load, which `--help`, a bad argument and a
      // cached run need not wait.
      const { generate } = await import("./pipeline/generate.js");
      const generated = await generate({
        specPath: options.specPath,
        root: options.root,
        keepWorker: options.watch,
      });
      report = {
        specFile: generated.spec.file,
        specFiles: generated.spec.files,
        ownedDirs: generated.ownedDirs,
        warnings: generated.model.warnings,
      };
      cacheGeneration(options.specPath, options.root, { ...report, files: generated.files });
      const { load, model, emit, format, worker } = generated.timings;
      timings = `load ${load} ms, model ${model} ms, emit ${emit} ms${worker ? " (types and YAML in a worker)" : ""}, format ${format} ms`;
      fileCount = generated.files.length;
      plan = await planOutput(options.root, generated.files, generated.ownedDirs);
    }
  } catch (error) {
    reportError(error, logError);
    logError(options.check ? "The drift check could not run." : "No files were written.");
    return { code: 1, files: [options.specPath] };
  }
  const done = (code: number) => ({ code, files: report.specFiles });
  for (const warning of report.warnings) logError(`warning: ${warning}`);
  const specName = report.specFile;
  const stale = plan.writes.length + plan.deletes.length;

  if (options.check) {
    if (stale === 0) {
      log(`generated files are up to date with ${specName} (${fileCount} files checked)`);
      return done(0);
    }
    logError(`generated files are stale: they differ from what ${specName} produces:`);
    for (const line of describePlan(plan, "check")) logError(`  ${line}`);
    logError("Run `pnpm generate` and commit the result.");
    return done(1);
  }

  try {
    await applyPlan(plan);
  } catch (error) {
    reportError(error, logError);
    return done(1);
  }
  for (const line of describePlan(plan, "write")) log(`  ${line}`);
  log(
    `generated ${fileCount} files from ${specName}: ${plan.writes.length} written, ` +
      `${plan.deletes.length} removed, ${plan.unchanged.length} unchanged in ` +
      `${Math.round(performance.now() - started)} ms (${timings})`,
  );
  return done(0);
}

/** What the plan did (`wrote`, `removed`), or under --check what is out of date (`stale`, `extra`). */
function describePlan(plan: OutputPlan, mode: "write" | "check"): string[] {
  const [changed, gone] = mode === "write" ? ["wrote  ", "removed"] : ["stale  ", "extra  "];
  return [
    ...plan.writes.map((file) => `${changed} ${file.path}`),
    ...plan.deletes.map((file) => `${gone} ${file}`),
  ];
}

function reportError(error: unknown, logError: (line: string) => void): void {
  if (error instanceof SpecErrors) {
    logError(`error: the spec has ${error.errors.length} problems:`);
    for (const problem of error.errors) logError(`  ${problem.format()}`);
  } else if (error instanceof SpecError) {
    logError(`error: ${error.format()}`);
  } else {
    // Not the spec's fault: show the whole chain of causes so nothing is swallowed.
    let current: unknown = error;
    let prefix = "error: ";
    while (current) {
      logError(
        `${prefix}${current instanceof Error ? (current.stack ?? current.message) : String(current)}`,
      );
      current = current instanceof Error ? current.cause : undefined;
      prefix = "caused by: ";
    }
  }
}

async function watchSpec(options: CliOptions, output: CliOutput): Promise<void> {
  // Watch folders, not files: editors replace files on save, which ends a file watch. A folder
  // stays watched from one cycle to the next, so that no save falls between two watchers.
  const watchers = new Map<string, FSWatcher>();
  let files = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  const onChange = (folder: string, name: string | Buffer | null) => {
    if (name && !files.has(path.join(folder, name.toString()))) return;
    clearTimeout(timer);
    // A save is often a burst of events (write, rename): one cycle after the burst.
    timer = setTimeout(() => (running = running.then(cycle)), 40);
  };
  const rewatch = (next: string[]) => {
    files = new Set(next);
    const folders = new Set(next.map((file) => path.dirname(file)));
    for (const folder of folders) {
      if (!watchers.has(folder))
        watchers.set(
          folder,
          watch(folder, (_event, name) => onChange(folder, name)),
        );
    }
    for (const [folder, watcher] of watchers) {
      if (folders.has(folder)) continue;
      watcher.close();
      watchers.delete(folder);
    }
  };
  const cycle = async () => {
    const result = await runOnce(options, output);
    rewatch(result.files);
    output.log(`watching ${result.files.length} file(s) for changes; Ctrl-C to stop`);
  };
  rewatch([options.specPath]); // before the first run, so that an early save is not missed
  await cycle();
  await new Promise<void>((resolve) => process.once("SIGINT", resolve).once("SIGTERM", resolve));
  for (const watcher of watchers.values()) watcher.close();
  clearTimeout(timer);
}

export async function main(argv: string[], output: CliOutput = CONSOLE): Promise<number> {
  let options: CliOptions | "help";
  try {
    options = parseCli(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.error(`error: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === "help") {
    output.log(USAGE);
    return 0;
  }
  if (options.watch) {
    await watchSpec(options, output);
    return 0;
  }
  return (await runOnce(options, output)).code;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.exitCode = await main(process.argv.slice(2));
}
