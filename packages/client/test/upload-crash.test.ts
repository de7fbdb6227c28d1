/**
 * An upload that survives its process: a child process uploads with the built package, stores
 * the session id from `onSession`, and is killed with SIGKILL once two parts are stored (the
 * next parts stall at the mock, so nothing else can be stored before the kill, however slow
 * the machine). A second process resumes from the stored id: only the missing parts are sent,
 * one commit, and the committed bytes are the source's.
 */
import { execFile, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, expect, it } from "vitest";
import {
  bytesOf,
  committed,
  mock,
  offsetOf,
  PART,
  partRequests,
  setUp,
  stepRequests,
} from "./upload-fixtures.js";

const CHILD = fileURLToPath(new URL("upload-child.mjs", import.meta.url));
let dir = "";
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Waits for `done`, checking every 20 ms; fails after `limitMs` (a bound, not a pace). */
async function until(done: () => boolean | Promise<boolean>, what: string, limitMs = 60_000) {
  const started = Date.now();
  while (!(await done())) {
    if (Date.now() - started > limitMs) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

it("a process killed mid-upload is resumed by another from the id onSession stored", async () => {
  await setUp();
  const parts = 6;
  const source = bytesOf(parts * PART - 100, 9);
  dir = await mkdtemp(path.join(tmpdir(), "upload-crash-"));
  const sourceFile = path.join(dir, "source.bin");
  const stateFile = path.join(dir, "session.json");
  await writeFile(sourceFile, source);
  // Parts 0 and 1 are stored; parts 2 and 3 (the next two, at concurrency 2) never answered.
  mock.faults.push({ kind: "stall", part: 2 }, { kind: "stall", part: 3 });

  const child = spawn(process.execPath, [CHILD, "start", mock.baseUrl, sourceFile, stateFile], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.on("exit", (code, signal) => resolve(signal ?? code)),
  );
  const session = async () =>
    (JSON.parse(await readFile(stateFile, "utf8").catch(() => "{}")) as { id?: string }).id;
  // Two parts stored, and the two after them arrived (and stalled): the child can do no more.
  await until(async () => {
    const id = await session();
    const stalled = partRequests()
      .filter((r) => r.status === 0)
      .map(offsetOf);
    return (
      id !== undefined &&
      (mock.uploads!.sessions.get(id)?.parts.size ?? 0) >= 2 &&
      stalled.includes(2 * PART) &&
      stalled.includes(3 * PART)
    );
  }, `two stored parts and two stalled (child said: ${output})`);
  child.kill("SIGKILL");
  expect(await exited).toBe("SIGKILL");
  expect(output).not.toContain("finished");

  const id = (await session())!;
  const storedBefore = [...mock.uploads!.sessions.get(id)!.parts.keys()].sort((a, b) => a - b);
  expect(storedBefore).toEqual([0, PART]);
  const partsBefore = partRequests().length;

  const { stdout } = await promisify(execFile)(process.execPath, [
    CHILD,
    "resume",
    mock.baseUrl,
    sourceFile,
    stateFile,
  ]);
  const file = JSON.parse(stdout) as { id: string; size: number };
  const resent = partRequests()
    .slice(partsBefore)
    .map(offsetOf)
    .sort((a, b) => a! - b!);
  expect(resent).toEqual([2, 3, 4, 5].map((n) => n * PART));
  expect(stepRequests("commit").filter((r) => r.status === 201 || r.status === 200)).toHaveLength(
    1,
  );
  expect(file.size).toBe(source.length);
  expect(Buffer.compare(await committed(file.id), Buffer.from(source))).toBe(0);
});
