/**
 * The CLI as `pnpm generate` runs it: compiled by bin/codegen.mjs into dist/, where the emit
 * worker runs (the in-process pipeline of the other tests has none), and in watch mode.
 */
import { spawn } from "node:child_process";
import { cp, mkdir, readFile, stat, symlink, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, expect, it } from "vitest";
import { WORKER_MIN_BYTES } from "../src/emit/worker/in-worker.js";
import { DEFAULT_SPEC, runCli, scratchRoot, snapshotTree } from "./helpers.js";

// The launcher `pnpm generate` runs (compiled JavaScript): it starts in a fraction of tsx's time.
const LAUNCHER = fileURLToPath(new URL("../bin/codegen.mjs", import.meta.url));
const CODEGEN_DIR = fileURLToPath(new URL("..", import.meta.url));
/**
 * A bound against hangs, far above the work: a loaded two-core machine took over 60 s to
 * compile and generate the large spec below, which takes about 10 s idle.
 */
const WAIT_MS = 300_000;

let root: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ root, cleanup } = await scratchRoot()));
afterEach(() => cleanup());

/** Polls `check` every 100 ms until it is true or `ms` pass; bounded so a broken watch cannot hang the suite. */
async function waitFor(
  check: () => Promise<boolean> | boolean,
  ms: number,
  what: string,
  context: () => string,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}; output so far:\n${context()}`);
}

/** The compiled CLI in a child process, its stdout and stderr together; `stop` ends it. */
function launch(args: string[], env: NodeJS.ProcessEnv = process.env, launcher = LAUNCHER) {
  const child = spawn(process.execPath, [launcher, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env,
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return {
    output: () => output,
    exited,
    stop: () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}

/**
 * A spec of `count` operations whose descriptions make it large enough for the emit worker:
 * its size, not its operation count, is what sends the work there, and every operation costs
 * generation time.
 */
function largeSpec(count: number): object {
  const paths: Record<string, object> = {};
  for (let i = 0; i < count; i++)
    paths[`/things${i}/{id}`] = {
      put: {
        operationId: `put_thing_${i}`,
        tags: [`Group ${i % 7}`],
        description: `Replaces thing ${i}. ${"A description long enough to weigh. ".repeat(80)}`,
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        requestBody: {
          content: {
            "application/json": { schema: { $ref: `#/components/schemas/Thing${i % 20}` } },
          },
        },
        responses: {
          "200": {
            description: "The thing",
            content: {
              "application/json": { schema: { $ref: `#/components/schemas/Thing${i % 20}` } },
            },
          },
        },
      },
    };
  const schemas = Object.fromEntries(
    Array.from({ length: 20 }, (_, i) => [
      `Thing${i}`,
      {
        type: "object",
        required: ["name"],
        properties: {
          name: { type: "string", example: `thing ${i}` },
          size: { type: "integer", minimum: i },
          state: { type: "string", enum: ["new", "used"] },
        },
      },
    ]),
  );
  return {
    openapi: "3.1.0",
    info: { title: "Large", version: "1.0.0" },
    servers: [{ url: "https://api.example.com" }],
    paths,
    components: { schemas },
  };
}

it(
  "the compiled CLI, types and YAML in its worker, writes the bytes the in-process pipeline writes",
  async () => {
    const other = await scratchRoot();
    try {
      const text = JSON.stringify(largeSpec(100));
      expect(text.length).toBeGreaterThanOrEqual(WORKER_MIN_BYTES);
      // The same place relative to each root: the headers name the spec by that path.
      for (const at of [root, other.root]) await writeFile(path.join(at, "large.json"), text);
      const run = launch(["--spec", path.join(root, "large.json"), "--root", root], {
        ...process.env,
        CHUNKED_CODEGEN_CACHE: "0",
      });
      let stopped = "";
      const timer = setTimeout(() => {
        stopped = `\n(stopped by the test after ${WAIT_MS} ms)`;
        void run.stop();
      }, WAIT_MS);
      const compiled = { code: await run.exited, output: run.output() + stopped };
      clearTimeout(timer);
      expect(compiled.code, compiled.output).toBe(0);
      expect(compiled.output).toContain("(types and YAML in a worker)");
      const inProcess = await runCli([
        "--spec",
        path.join(other.root, "large.json"),
        "--root",
        other.root,
      ]);
      expect(inProcess.code, inProcess.stderr).toBe(0);
      expect(inProcess.stdout).not.toContain("in a worker");
      expect(await snapshotTree(root)).toEqual(await snapshotTree(other.root));
    } finally {
      await other.cleanup();
    }
  },
  4 * WAIT_MS,
);

it(
  "--watch regenerates when the spec changes and keeps going after a broken save",
  async () => {
    const spec = path.join(root, "spec/openapi.yaml");
    await mkdir(path.dirname(spec), { recursive: true });
    const original = await readFile(DEFAULT_SPEC, "utf8");
    await writeFile(spec, original);
    const types = path.join(root, "packages/types/src/generated/openapi.generated.ts");

    const cli = launch(["--watch", "--spec", spec, "--root", root]);
    try {
      await waitFor(
        () => cli.output().includes("watching"),
        WAIT_MS,
        "the first generation",
        cli.output,
      );

      await writeFile(spec, "openapi: 3.1.0\ninfo: [broken\n");
      await waitFor(
        () => cli.output().includes("invalid YAML"),
        WAIT_MS,
        "the error for a broken save",
        cli.output,
      );

      await writeFile(
        spec,
        original.replace("summary: Get upload session", "summary: Get an upload session"),
      );
      await waitFor(
        async () => (await readFile(types, "utf8")).includes("Get an upload session"),
        WAIT_MS,
        "regeneration",
        cli.output,
      );
    } finally {
      await cli.stop();
    }
    const code = await cli.exited;
    expect(code).toBe(0);
    expect(cli.output()).toMatch(/No files were written/);
  },
  4 * WAIT_MS,
);

it(
  "--watch runs every generation of a large spec with the emit worker",
  async () => {
    const spec = path.join(root, "large.json");
    const document = largeSpec(100) as { info: { title: string } };
    await writeFile(spec, JSON.stringify(document));
    const cli = launch(["--watch", "--spec", spec, "--root", root]);
    const reports = () =>
      cli
        .output()
        .split("\n")
        .filter((line) => line.startsWith("generated "));
    try {
      await waitFor(
        () => cli.output().includes("watching"),
        WAIT_MS,
        "the first generation",
        cli.output,
      );
      document.info.title = "Larger";
      await writeFile(spec, JSON.stringify(document));
      await waitFor(() => reports().length === 2, WAIT_MS, "regeneration", cli.output);
    } finally {
      await cli.stop();
    }
    expect(reports().every((line) => line.includes("(types and YAML in a worker)"))).toBe(true);
  },
  4 * WAIT_MS,
);

it(
  "recompiles when a source's contents change, even if its modification time goes back",
  async () => {
    // The launcher and the sources in a scratch package beside a copy of the lockfile, with the
    // real dependencies linked in: what a tree restored by `cp -p` or `tar` looks like.
    const codegen = path.join(root, "packages/codegen");
    await mkdir(codegen, { recursive: true });
    await cp(path.dirname(LAUNCHER), path.join(codegen, "bin"), { recursive: true });
    await cp(path.join(CODEGEN_DIR, "src"), path.join(codegen, "src"), { recursive: true });
    await cp(path.join(CODEGEN_DIR, "package.json"), path.join(codegen, "package.json"));
    // The client runtime's path-template matcher, which the model imports from its source.
    const template = "packages/client/src/runtime/template.ts";
    await mkdir(path.dirname(path.join(root, template)), { recursive: true });
    await cp(path.join(CODEGEN_DIR, "../..", template), path.join(root, template));
    await symlink(path.join(CODEGEN_DIR, "node_modules"), path.join(codegen, "node_modules"));
    await cp(path.join(CODEGEN_DIR, "../../pnpm-lock.yaml"), path.join(root, "pnpm-lock.yaml"));
    const launcher = path.join(codegen, "bin/codegen.mjs");
    const help = async () => {
      const run = launch(["--help"], process.env, launcher);
      await run.exited;
      return run.output();
    };
    expect(await help()).toMatch(/^usage: pnpm generate/);

    const cli = path.join(codegen, "src/cli.ts");
    const { mtime } = await stat(cli);
    await writeFile(
      cli,
      (await readFile(cli, "utf8")).replace(
        "usage: pnpm generate",
        "usage (edited): pnpm generate",
      ),
    );
    // Older than the bundle: a launcher that compared times would run the stale bundle.
    const past = new Date(mtime.getTime() - 86_400_000);
    await utimes(cli, past, past);
    expect(await help()).toMatch(/^usage \(edited\): pnpm generate/);
  },
  4 * WAIT_MS,
);
