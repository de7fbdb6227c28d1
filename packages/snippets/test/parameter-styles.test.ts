/**
 * Every way of writing a parameter or a form field (the codegen fixture `parameter-styles.yaml`:
 * each style in each location, lists and objects, explode on and off, cookies, a URL-encoded
 * form with `encoding`, a multipart form with a file and a JSON part), sent by the snippet of
 * every language that runs here, and read back by the mock by its style.
 */
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
import { RUNNABLE, runSnippet } from "./run-snippet.js";

const FIXTURE = fileURLToPath(
  new URL("../../codegen/test/fixtures/parameter-styles.yaml", import.meta.url),
);

let model: ApiModel;
let snippets: Snippet[];
let mock: MockServer;
beforeAll(async () => {
  model = buildModel(await loadSpec(FIXTURE));
  snippets = snippetsOf(model);
  mock = await startMockServer(model);
});
afterAll(() => mock.close());

describe.each(RUNNABLE)("%s", (lang) => {
  it("every operation's parameters and form fields reach the mock as their styles say", async () => {
    for (const operation of model.operations) {
      const snippet = snippets.find((s) => s.operationId === operation.key && s.lang === lang)!;
      const start = mock.requests.length;
      const result = await runSnippet(lang, mock.pointAt(snippet.source));
      const received = mock.requests.slice(start);
      expect(received.map((r) => [r.operation, r.problems])).toEqual([[operation.key, []]]);
      expect(result.code, result.stderr).toBe(0);
    }
  });
});
