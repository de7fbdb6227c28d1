/**
 * Every way of writing a parameter or a form field (the codegen fixture `parameter-styles.yaml`:
 * each style in each location, lists and objects, explode on and off, cookies, a URL-encoded
 * form with `encoding`, a multipart form with files and a JSON part), and strings each
 * language must escape (`tricky-strings.yaml`: quotes, backslashes, line breaks, non-ASCII, in
 * a JSON body, the query and a header, checked by `const`), sent by the snippet of every
 * language that runs here and read back by the mock.
 */
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
import { RUNNABLE, runSnippet } from "./run-snippet.js";

const FIXTURES = ["parameter-styles.yaml", "tricky-strings.yaml"].map((name) =>
  fileURLToPath(new URL(`../../codegen/test/fixtures/${name}`, import.meta.url)),
);

interface Fixture {
  model: ApiModel;
  snippets: Snippet[];
  mock: Mock;
}
const fixtures: Fixture[] = [];
beforeAll(async () => {
  for (const file of FIXTURES) {
    const model = buildModel(await loadSpec(file));
    fixtures.push({ model, snippets: snippetsOf(model), mock: await startMock({ spec: file }) });
  }
});
afterAll(() => Promise.all(fixtures.map((f) => f.mock.close())));

describe.each(RUNNABLE)("%s", (lang) => {
  it("every operation's parameters, form fields and strings reach the mock as the spec says", async () => {
    for (const { model, snippets, mock } of fixtures)
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
