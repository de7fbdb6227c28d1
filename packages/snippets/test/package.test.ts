/**
 * The package's outputs, as a docs site or a downstream user reads them; expectations come from
 * the operation model of the spec, so that a new operation needs no change here.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { buildModel, loadSpec, SNIPPET_LANGUAGES, type ApiModel } from "@chunked-uploads/codegen";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { getSnippet, LANGUAGES, OPERATIONS, SNIPPETS } from "../src/index.js";

const SPEC = fileURLToPath(new URL("../../../spec/openapi.yaml", import.meta.url));
let model: ApiModel;
beforeAll(async () => {
  model = buildModel(await loadSpec(SPEC));
});
const FIRST = OPERATIONS[0];

const require = createRequire(import.meta.url);
const generated = (file: string) =>
  readFile(new URL(`../src/generated/${file}`, import.meta.url), "utf8");

describe("getSnippet", () => {
  it("returns the snippet of an operation in a language", () => {
    const snippet = getSnippet(FIRST, "python");
    expect(snippet).toMatchObject({
      operationId: FIRST,
      lang: "python",
      label: "Python (requests)",
    });
    expect(snippet.source).toMatch(/^import requests/);
  });

  it("names what does not exist", () => {
    expect(() => getSnippet("nope" as never, "python")).toThrow(
      `no operation "nope"; operations: ${OPERATIONS.join(", ")}`,
    );
    expect(() => getSnippet(FIRST, "cobol" as never)).toThrow(
      /no "cobol" snippet; languages: curl, typescript/,
    );
  });

  it.each([
    ["ESM", () => import("@chunked-uploads/snippets")],
    ["CJS", async () => require("@chunked-uploads/snippets")],
  ])("works from the built %s entry", async (_name, load) => {
    const built = await load();
    expect(built.getSnippet(FIRST, "curl").source).toBe(getSnippet(FIRST, "curl").source);
    expect(built.LANGUAGES).toEqual(LANGUAGES);
  });
});

describe("snippets.json", () => {
  it("holds the same snippets with the x-codeSamples keys", async () => {
    const json = JSON.parse(await generated("snippets.json"));
    expect(json).toEqual(SNIPPETS);
    for (const entry of json)
      expect(Object.keys(entry)).toEqual(["operationId", "lang", "label", "source"]);
  });
});

describe("the spec with x-codeSamples", () => {
  it.each([
    ["YAML", "openapi.code-samples.yaml", parse],
    ["JSON", "openapi.code-samples.json", JSON.parse],
  ])("%s has every snippet on its operation", async (_name, file, read) => {
    // biome-ignore lint/suspicious/noExplicitAny: the parsed spec is walked by the operations' pointers
    const spec = (read as (text: string) => any)(await generated(file));
    for (const operation of model.operations) {
      const target = spec.paths[operation.path][operation.method];
      expect(target.operationId).toBe(operation.operationId);
      const samples = target["x-codeSamples"];
      expect(samples.map((s: { lang: string }) => s.lang)).toEqual(
        SNIPPET_LANGUAGES.map((l) => l.codeSampleLang),
      );
      expect(samples.map((s: { source: string }) => s.source)).toEqual(
        LANGUAGES.map((lang) => getSnippet(operation.key as never, lang).source),
      );
    }
  });
});

describe("the Markdown page", () => {
  it("has a heading and a fenced block per language for each operation", async () => {
    for (const operationId of OPERATIONS) {
      const page = await generated(`docs/${operationId}.md`);
      expect(page).toMatch(/^<!-- generated — do not edit/);
      const operation = model.operations.find((o) => o.key === operationId)!;
      expect(page).toContain(`# ${operation.summary ?? operation.key}\n`);
      for (const lang of LANGUAGES) {
        const snippet = getSnippet(operationId, lang);
        expect(page).toContain(`## ${snippet.label}\n\n\`\`\``);
        expect(page).toContain(snippet.source.trimEnd());
      }
    }
  });
});
