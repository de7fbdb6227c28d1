import { spawn } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, expect, it } from "vitest";
import { DEFAULT_SPEC, scratchRoot } from "./helpers.js";

// The launcher `pnpm generate` runs (compiled JavaScript): it starts in a fraction of tsx's time.
const LAUNCHER = fileURLToPath(new URL("../bin/codegen.mjs", import.meta.url));
/** Generous and bounded: a loaded two-core machine takes seconds where an idle one takes one. */
const WAIT_MS = 60_000;

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

it(
  "--watch regenerates when the spec changes and keeps going after a broken save",
  async () => {
    const spec = path.join(root, "spec/openapi.yaml");
    await mkdir(path.dirname(spec), { recursive: true });
    const original = await readFile(DEFAULT_SPEC, "utf8");
    await writeFile(spec, original);
    const types = path.join(root, "packages/types/src/generated/openapi.generated.ts");

    const child = spawn(process.execPath, [LAUNCHER, "--watch", "--spec", spec, "--root", root], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    try {
      await waitFor(
        () => output.includes("watching"),
        WAIT_MS,
        "the first generation",
        () => output,
      );

      await writeFile(spec, "openapi: 3.1.0\ninfo: [broken\n");
      await waitFor(
        () => output.includes("invalid YAML"),
        WAIT_MS,
        "the error for a broken save",
        () => output,
      );

      await writeFile(
        spec,
        original.replace("summary: Get upload session", "summary: Get an upload session"),
      );
      await waitFor(
        async () => (await readFile(types, "utf8")).includes("Get an upload session"),
        WAIT_MS,
        "regeneration",
        () => output,
      );
    } finally {
      child.kill("SIGTERM");
    }
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(0);
    expect(output).toMatch(/No files were written/);
  },
  4 * WAIT_MS,
);
