/**
 * The snippets package's YAML is assembled from pieces kept across runs (yaml-text.ts): it must
 * be the very text `yaml` prints for the whole document, first time and from the cache.
 */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { yamlText } from "../src/emit/worker/yaml-text.js";
import { scratchCacheDir } from "./helpers.js";

const whole = (document: object) => stringify(document, { lineWidth: 0 });

/** Keys and values that make `yaml` quote, fold, indent or write blocks. */
function document(summary = "Get a thing"): object {
  return {
    openapi: "3.1.0",
    info: {
      title: "t: a title with a colon",
      version: "1",
      description: "line one\n\nline three\n",
    },
    paths: {
      "/things/{id}": {
        get: {
          summary,
          "x-codeSamples": [
            {
              lang: "Shell",
              source: 'curl -X GET "https://api.example.com/things/1" \\\n  -H "a: b"\n',
            },
            {
              lang: "Python",
              source: "import requests\n\n\nresponse = requests.get(url)\n    \nprint(response)",
            },
          ],
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: { "200": { description: "ok" }, default: { description: "# not a comment" } },
        },
      },
      "/empty": {},
      "/'quoted'": { get: { responses: { "204": { description: "" } } } },
      "/a long path that has no reason to be this long but is all the same, to see that nothing folds":
        {
          get: { responses: { "204": { description: "x".repeat(300) } } },
        },
    },
    components: {
      schemas: {
        Thing: {
          type: "object",
          properties: { "key with spaces": { type: "string", enum: ["yes", "no", "null", "1"] } },
        },
        Empty: {},
      },
      responses: {},
      "x-list": [1, "two", { three: 3 }, [4]],
    },
    webhooks: { created: { post: { responses: { "200": { description: "ok" } } } } },
    tags: [],
  };
}

describe("a document's YAML assembled from kept pieces", () => {
  const cacheDir = scratchCacheDir();

  it("is yaml's text of the whole document, the first time and from the cache", async () => {
    expect(yamlText(document())).toBe(whole(document()));
    // One piece per path item and component (and the other top-level keys): kept for next time.
    const kept = await readdir(path.join(cacheDir(), "chunked-uploads-yaml"));
    expect(kept.length).toBeGreaterThan(8);
    expect(yamlText(document())).toBe(whole(document()));
  });

  it("changes with a piece, the other pieces from the cache", () => {
    yamlText(document());
    const edited = document("Get one thing");
    expect(yamlText(edited)).toBe(whole(edited));
    expect(yamlText(edited)).not.toBe(whole(document()));
  });

  it("prints a document with an object in two places whole, with yaml's anchors", () => {
    const shared = { type: "string", description: "shared" };
    const withAlias = {
      paths: {
        "/a": { get: { parameters: [{ name: "a", in: "query", schema: shared }] } },
        "/b": { get: { parameters: [{ name: "b", in: "query", schema: shared }] } },
      },
    };
    expect(whole(withAlias)).toContain("&a1");
    expect(yamlText(withAlias)).toBe(whole(withAlias));
  });
});
