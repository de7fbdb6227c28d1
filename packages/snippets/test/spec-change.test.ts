/**
 * A changed spec gives changed snippets that still pass. On a fixture spec of its own (one
 * operation per request kind), every snippet runs against the mock of that spec; then the spec
 * renames a path and adds a required header, the snippets are regenerated, and the regenerated
 * ones pass a mock of the changed spec while the old ones fail it.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  buildModel,
  loadSpec,
  snippetsOf,
  type ApiModel,
  type Snippet,
} from "@chunked-uploads/codegen";
import { startMock, type Mock } from "@chunked-uploads/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RUNNABLE, runSnippet, type Runnable } from "./run-snippet.js";

const FIXTURE = fileURLToPath(
  new URL("../../codegen/test/fixtures/request-kinds/openapi.yaml", import.meta.url),
);

interface Generated {
  model: ApiModel;
  snippets: Snippet[];
  mock: Mock;
}
let before: Generated;
let after: Generated;
let dir: string;

async function generated(file: string): Promise<Generated> {
  const model = buildModel(await loadSpec(file));
  return { model, snippets: snippetsOf(model), mock: await startMock({ spec: file }) };
}

beforeAll(async () => {
  before = await generated(FIXTURE);
  const original = await readFile(FIXTURE, "utf8");
  const mutated = original
    .replace("  /widgets/{widget_id}:\n", "  /gadgets/{widget_id}:\n")
    .replace(
      "    get:\n      operationId: get_widget\n",
      "    get:\n      operationId: get_widget\n      parameters:\n        - name: x-trace\n          in: header\n          required: true\n          schema:\n            type: string\n          example: trace-42\n",
    );
  expect(mutated).not.toBe(original);
  dir = await mkdtemp(path.join(tmpdir(), "spec-change-"));
  await writeFile(path.join(dir, "openapi.yaml"), mutated);
  after = await generated(path.join(dir, "openapi.yaml"));
});
afterAll(async () => {
  await Promise.all([before.mock.close(), after.mock.close()]);
  await rm(dir, { recursive: true, force: true });
});

async function run(side: Generated, lang: Runnable, snippet: Snippet) {
  const start = side.mock.requests.length;
  const result = await runSnippet(lang, side.mock.pointAt(snippet.source));
  return { result, received: side.mock.requests.slice(start) };
}
const find = (side: Generated, id: string, lang: string) =>
  side.snippets.find((s) => s.operationId === id && s.lang === lang)!;

describe.each(RUNNABLE)("%s", (lang) => {
  it("every operation of the fixture passes its mock", async () => {
    for (const operation of before.model.operations) {
      const { result, received } = await run(before, lang, find(before, operation.key, lang));
      expect(received.map((r) => [r.operation, r.problems])).toEqual([[operation.key, []]]);
      expect(result.code, result.stderr).toBe(0);
    }
  });

  it("the regenerated snippet of a changed operation passes the changed mock", async () => {
    const snippet = find(after, "get_widget", lang);
    expect(snippet.source).toContain("/v1/gadgets/w-1");
    expect(snippet.source).toContain("trace-42");
    const { result, received } = await run(after, lang, snippet);
    expect(received.map((r) => r.problems)).toEqual([[]]);
    expect(result.code, result.stderr).toBe(0);
  });

  it("the old snippet fails the changed mock", async () => {
    const { received } = await run(after, lang, find(before, "get_widget", lang));
    expect(received.map((r) => r.problems)).toEqual([
      ["no operation of the spec has the path /v1/widgets/w-1"],
    ]);
  });
});

it("the TypeScript snippet follows the change", () => {
  expect(find(after, "get_widget", "typescript").source).toContain(
    'getWidget("w-1", { headers: { "x-trace": "trace-42" } })',
  );
});
