/**
 * The stateless mock answers a paginated operation's pages consistently: the example is the
 * first page, any later page is the last one (no items, nothing further), so a client that
 * follows the pages reads the example's items once. One row per shape the model recognises.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock, type Mock } from "../src/index.js";

const q = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  in: "query",
  schema: { type: "integer", ...extra },
});
const page = (properties: Record<string, unknown>) => ({
  "200": {
    description: "A page.",
    content: { "application/json": { schema: { type: "object", properties } } },
  },
});
const items = { type: "array", items: { type: "string" }, example: ["x", "y"] };
const op = (parameters: unknown[], properties: Record<string, unknown>) => ({
  get: { parameters, responses: page(properties) },
});

let mock: Mock;
beforeAll(async () => {
  mock = await startMock({
    spec: {
      openapi: "3.0.3",
      info: { title: "Pages", version: "1" },
      servers: [{ url: "https://api.example.com" }],
      paths: {
        "/offset": op([q("offset"), q("limit")], {
          total_count: { type: "integer", example: 99 },
          entries: items,
        }),
        "/marker": op([{ name: "marker", in: "query", schema: { type: "string" } }], {
          next_marker: { type: "string", example: "m2" },
          entries: items,
        }),
        "/page": op([q("page", { minimum: 1 })], { things: items }),
        "/elsewhere": op([q("Page")], {
          calls: items,
          next_page_uri: { type: "string", format: "uri", example: "http://example.com" },
        }),
        "/calls": op([q("Page")], {
          calls: items,
          next_page_uri: { type: "string", example: "/calls?Page=1" },
        }),
      },
    },
  });
});
afterAll(() => mock.close());

const get = async (path: string) => (await fetch(`${mock.url}${path}`)).json();

describe("the stateless mock's pages", () => {
  it.each([
    ["offset", "/offset", "/offset?offset=2", "entries"],
    ["marker", "/marker", "/marker?marker=m2", "entries"],
    ["page number", "/page?page=1", "/page?page=2", "things"],
    ["the next page's URL in the body", "/calls", "/calls?Page=1", "calls"],
  ])("%s: the example first, then a last page with no items", async (_name, first, later, list) => {
    expect((await get(first))[list]).toEqual(["x", "y"]);
    const last = await get(later);
    expect(last[list]).toEqual([]);
    expect(last).not.toHaveProperty("next_marker");
    expect(last).not.toHaveProperty("next_page_uri");
    expect(mock.requests.every((r) => r.problems.length === 0)).toBe(true);
  });

  it("leaves out a next page's URL that leads nowhere it answers: one page", async () => {
    const first = await get("/elsewhere");
    expect(first.calls).toEqual(["x", "y"]);
    expect(first).not.toHaveProperty("next_page_uri");
  });
});
