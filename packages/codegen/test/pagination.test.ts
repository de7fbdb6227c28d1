/**
 * The model recognises an operation that returns one page of a longer list by its shape (query
 * parameters in, body properties out, allOf members merged), one row per shape; `x-pagination`
 * declares or overrides it, or turns it off, and a wrong one is an error at its pointer.
 */
import { describe, expect, it } from "vitest";
import { buildModel } from "../src/model/build-model.js";
import { pagination } from "../src/model/build/pagination.js";
import { inlineContext, inlineSpec } from "./inline-spec.js";

const q = (name: string) => ({ name, in: "query", schema: { type: "integer" } });
const list = (properties: Record<string, unknown>, headers?: Record<string, unknown>) => ({
  "200": {
    description: "A page.",
    ...(headers && { headers }),
    content: { "application/json": { schema: { type: "object", properties } } },
  },
});
const array = { type: "array", items: { type: "object" } };

function pagesOf(operation: Record<string, unknown>) {
  const model = buildModel(inlineSpec({ paths: { "/things": { get: operation } } }));
  return model.operations[0]!.pagination;
}

describe("pagination, from the operation's shape", () => {
  it.each<[string, Record<string, unknown>, unknown]>([
    [
      "offset and limit in, entries and total_count out (Box's list parts)",
      {
        parameters: [q("offset"), q("limit")],
        responses: list({ total_count: {}, entries: array }),
      },
      { kind: "offset", request: "offset", next: "total_count", items: "entries", limit: "limit" },
    ],
    [
      "marker in, next_marker out",
      { parameters: [q("marker")], responses: list({ next_marker: {}, entries: array }) },
      { kind: "marker", request: "marker", next: "next_marker", items: "entries" },
    ],
    [
      "cursor in, next_cursor out",
      { parameters: [q("cursor")], responses: list({ next_cursor: {}, data: array }) },
      { kind: "cursor", request: "cursor", next: "next_cursor", items: "data" },
    ],
    [
      "starting_after in, has_more out",
      { parameters: [q("starting_after")], responses: list({ has_more: {}, data: array }) },
      { kind: "cursor", request: "starting_after", next: "", hasMore: "has_more", items: "data" },
    ],
    [
      "page in (its minimum the first page), a list out",
      {
        parameters: [{ name: "page", in: "query", schema: { type: "integer", minimum: 0 } }],
        responses: list({ droplets: array }),
      },
      { kind: "page", request: "page", next: "", items: "droplets", firstPage: 0 },
    ],
    [
      "a Link header on a body that is the list",
      {
        responses: {
          "200": {
            description: "A page.",
            headers: { Link: { schema: { type: "string" } } },
            content: { "application/json": { schema: array } },
          },
        },
      },
      { kind: "link", request: "", next: "", items: "" },
    ],
    [
      "the next page's URL in the body (Twilio's next_page_uri), whatever the query",
      {
        parameters: [q("PageSize"), q("Page"), q("PageToken")],
        responses: list({
          calls: array,
          next_page_uri: { type: "string", format: "uri", nullable: true },
          page: { type: "integer" },
        }),
      },
      { kind: "link", request: "", next: "next_page_uri", items: "calls" },
    ],
    [
      "a page number and the next page's URL (Laravel's): the URL",
      {
        parameters: [q("page")],
        responses: list({ data: array, next_page_url: { type: "string" } }),
      },
      { kind: "link", request: "", next: "next_page_url", items: "data" },
    ],
    [
      "allOf members merged: the list's fields from one member, the items from another",
      {
        parameters: [q("marker")],
        responses: {
          "200": {
            description: "A page.",
            content: {
              "application/json": {
                schema: {
                  allOf: [
                    { type: "object", properties: { next_marker: {} } },
                    { type: "object", properties: { entries: array } },
                  ],
                },
              },
            },
          },
        },
      },
      { kind: "marker", request: "marker", next: "next_marker", items: "entries" },
    ],
    [
      "x-pagination declares what the shape does not say",
      {
        "x-pagination": { kind: "cursor", request: "after", next: "paging_next", items: "rows" },
        parameters: [q("after")],
        responses: list({ rows: array }),
      },
      { kind: "cursor", request: "after", next: "paging_next", items: "rows" },
    ],
    [
      "x-pagination: false turns a recognised shape off",
      {
        "x-pagination": false,
        parameters: [q("marker")],
        responses: list({ next_marker: {}, entries: array }),
      },
      undefined,
    ],
    [
      "no list in the body: no pagination, whatever the query",
      { parameters: [q("offset"), q("limit")], responses: list({ total_count: {} }) },
      undefined,
    ],
  ])("%s", (_name, operation, expected) => {
    expect(pagesOf(operation)).toEqual(expected);
  });

  it("a wrong x-pagination is an error at its pointer", () => {
    const ctx = inlineContext();
    pagination(
      ctx,
      { "x-pagination": { kind: "scroll" } },
      { method: "get", parameters: [], responses: [] },
      "#/paths/~1x/get",
    );
    expect(ctx.said().errors).toEqual([
      expect.stringMatching(
        /^#\/paths\/~1x\/get\/x-pagination: x-pagination must be false or \{ kind: offset \| marker/,
      ),
    ]);
  });
});
