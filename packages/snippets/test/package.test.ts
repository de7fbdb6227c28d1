/** The package's outputs, as a docs site or a downstream user reads them. */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { getSnippet, LANGUAGES, OPERATIONS, SNIPPETS } from "../src/index.js";

const require = createRequire(import.meta.url);
const generated = (file: string) =>
  readFile(new URL(`../src/generated/${file}`, import.meta.url), "utf8");

describe("getSnippet", () => {
  it("returns the snippet of an operation in a language", () => {
    const snippet = getSnippet("get_files_upload_sessions_id", "python");
    expect(snippet).toMatchObject({
      operationId: "get_files_upload_sessions_id",
      lang: "python",
      label: "Python (requests)",
    });
    expect(snippet.source).toMatch(/^import requests/);
  });

  it("names what does not exist", () => {
    expect(() => getSnippet("nope" as never, "python")).toThrow(
      /no operation "nope"; operations: get_files_upload_sessions_id/,
    );
    expect(() => getSnippet("get_files_upload_sessions_id", "cobol" as never)).toThrow(
      /no "cobol" snippet; languages: curl, typescript/,
    );
  });

  it.each([
    ["ESM", () => import("@chunked-uploads/snippets")],
    ["CJS", async () => require("@chunked-uploads/snippets")],
  ])("works from the built %s entry", async (_name, load) => {
    const built = await load();
    expect(built.getSnippet("get_files_upload_sessions_id", "curl").source).toContain(
      "curl --request GET",
    );
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
    const spec = (read as (text: string) => any)(await generated(file));
    const samples = spec.paths["/files/upload_sessions/{upload_session_id}"].get["x-codeSamples"];
    expect(samples.map((s: { lang: string }) => s.lang)).toEqual([
      "Shell",
      "TypeScript",
      "JavaScript",
      "Python",
      "Java",
      "C#",
      "Swift",
      "Go",
    ]);
    expect(samples[0].source).toBe(getSnippet("get_files_upload_sessions_id", "curl").source);
    expect(spec.paths["/files/upload_sessions/{upload_session_id}"].get.operationId).toBe(
      "get_files_upload_sessions_id",
    );
  });
});

describe("the Markdown page", () => {
  it("has a heading and a fenced block per language for each operation", async () => {
    for (const operationId of OPERATIONS) {
      const page = await generated(`docs/${operationId}.md`);
      expect(page).toMatch(/^<!-- generated — do not edit/);
      expect(page).toContain("# Get upload session");
      for (const lang of LANGUAGES) {
        const snippet = getSnippet(operationId, lang);
        expect(page).toContain(`## ${snippet.label}\n\n\`\`\``);
        expect(page).toContain(snippet.source.trimEnd());
      }
    }
  });
});
