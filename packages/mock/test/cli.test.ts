/**
 * `chunked-uploads-mock`, the built command as a downstream team runs it: it prints its URL,
 * serves the embedded spec with state until stopped, and says what is wrong with a bad
 * argument or spec.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));

/** Runs the command; its URL once it has said it (or undefined if it exits), and a way to stop it. */
function run(args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  // The exit code, or the signal that ended it (a bound the test set is the only one sent).
  const exited = new Promise<number | string | null>((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? signal)),
  );
  const url = new Promise<string | undefined>((resolve) => {
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      // Both lines, however the output is cut into chunks.
      const found = /listening on (http:\/\/\S+)\n[\s\S]*client baseUrl: \S+\n/.exec(stdout)?.[1];
      if (found) resolve(found);
    });
    child.stderr.on("data", (chunk) => (stderr += chunk));
    void exited.then(() => resolve(undefined));
  });
  return { url, exited, output: () => stdout + stderr, stop: () => child.kill("SIGTERM") };
}

describe("chunked-uploads-mock", () => {
  it("serves the embedded spec with state on 127.0.0.1 until stopped", async () => {
    const mock = run(["--port", "0"]);
    try {
      const url = await mock.url;
      expect(url, mock.output()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(mock.output()).toContain(`client baseUrl: ${url}/api/2.0`);
      const created = await fetch(`${url}/api/2.0/files/upload_sessions`, {
        method: "POST",
        headers: { authorization: "Bearer t", "content-type": "application/json" },
        body: JSON.stringify({ folder_id: "0", file_size: 20_000_000, file_name: "a.bin" }),
      });
      expect(await created.json()).toMatchObject({ part_size: 8 << 20, total_parts: 3 });
    } finally {
      mock.stop();
    }
    expect(await mock.exited).toBe(0);
  });

  it.each([
    [["--port", "x"], 2, /--port must be a whole number from 0 to 65535, not "x"/],
    [["--bogus"], 2, /Unknown option '--bogus'[\s\S]*usage: chunked-uploads-mock/],
    [["--spec", "no-such-spec.yaml"], 1, /cannot serve no-such-spec\.yaml: .*spec file not found/],
  ])("%j: exit %i and a message", async (args, code, says) => {
    const mock = run(args);
    expect(await mock.exited).toBe(code);
    expect(mock.output()).toMatch(says);
  });
});
