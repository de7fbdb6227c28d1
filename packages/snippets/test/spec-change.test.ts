/**
 * A changed spec gives changed snippets that still pass: the path is renamed and a required
 * header is added, the snippets are regenerated from the changed spec, and each runnable
 * language runs against a mock of the changed spec. The snippets of the old spec fail there.
 */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildModel,
  loadSpec,
  snippetsOf,
  startMockServer,
  type ApiModel,
  type MockServer,
  type Snippet,
} from "@chunked-uploads/codegen";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SNIPPETS } from "../src/index.js";
import { RUNNABLE, runSnippet } from "./run-snippet.js";

const SPEC = fileURLToPath(new URL("../../../spec/openapi.yaml", import.meta.url));

let changed: ApiModel;
let snippets: Snippet[];
let mock: MockServer;

beforeAll(async () => {
  const original = await readFile(SPEC, "utf8");
  const mutated = original
    .replace(
      "  /files/upload_sessions/{upload_session_id}:",
      "  /files/upload-sessions/{upload_session_id}/status:",
    )
    .replace(
      "      parameters:\n        - name: upload_session_id",
      "      parameters:\n        - name: x-box-trace\n          in: header\n          required: true\n          schema:\n            type: string\n          example: trace-42\n        - name: upload_session_id",
    );
  expect(mutated).not.toBe(original);
  const dir = await mkdtemp(path.join(tmpdir(), "spec-change-"));
  await writeFile(path.join(dir, "openapi.yaml"), mutated);
  changed = buildModel(await loadSpec(path.join(dir, "openapi.yaml")));
  snippets = snippetsOf(changed);
  mock = await startMockServer(changed);
});
afterAll(() => mock.close());

const atMock = (source: string) => mock.pointAt(source);

describe("after the spec renames the path and adds a required header", () => {
  it("the snippets follow", () => {
    for (const snippet of snippets.filter((s) => s.lang !== "typescript")) {
      expect(snippet.source).toContain("/api/2.0/files/upload-sessions/D5E3F7A/status");
      expect(snippet.source).toContain("x-box-trace");
      expect(snippet.source).toContain("trace-42");
    }
    expect(snippets.find((s) => s.lang === "typescript")!.source).toContain(
      'getFileUploadSessionById("D5E3F7A", { headers: { "x-box-trace": "trace-42" } })',
    );
  });

  it.each(RUNNABLE)("%s: the regenerated snippet passes the changed mock", async (lang) => {
    const before = mock.requests.length;
    const result = await runSnippet(lang, atMock(snippets.find((s) => s.lang === lang)!.source));
    expect(result.code, result.stderr).toBe(0);
    expect(mock.requests.slice(before)).toEqual([expect.objectContaining({ problems: [] })]);
  });

  it.each(["curl", "python"] as const)(
    "%s: the old snippet fails the changed mock",
    async (lang) => {
      const before = mock.requests.length;
      const old = SNIPPETS.find((s) => s.lang === lang)!.source;
      const result = await runSnippet(lang, atMock(old));
      expect(result.stdout).toMatch(/mock_mismatch|no operation of the spec has the path/);
      expect(mock.requests.slice(before)[0]!.problems).toEqual([
        "no operation of the spec has the path /api/2.0/files/upload_sessions/D5E3F7A",
      ]);
    },
  );
});

describe("the mock is strict", () => {
  it.each([
    [
      "a wrong path-parameter value",
      (s: string) => s.replace("D5E3F7A", "OTHER"),
      /path parameter upload_session_id is "OTHER", the spec's example is "D5E3F7A"/,
    ],
    [
      "a missing Bearer token",
      (s: string) => s.replace(/\n\s*--header 'Authorization: Bearer <ACCESS_TOKEN>' \\/, ""),
      /Authorization: Bearer/,
    ],
    [
      "a missing required header",
      (s: string) => s.replace(/ \\\n\s*--header 'x-box-trace: trace-42'/, ""),
      /header x-box-trace is undefined/,
    ],
    [
      "a wrong method",
      (s: string) => s.replace("--request GET", "--request DELETE"),
      /DELETE is not a method of/,
    ],
  ])("rejects %s", async (_name, breakIt, problem) => {
    const source = atMock(snippets.find((s) => s.lang === "curl")!.source);
    const broken = breakIt(source);
    expect(broken).not.toBe(source);
    const before = mock.requests.length;
    await runSnippet("curl", broken);
    expect(mock.requests.slice(before)[0]!.problems.join("\n")).toMatch(problem);
  });
});
