/**
 * Auto-pagination, shape by shape, against a real server on 127.0.0.1 that serves the same
 * seven items in pages of three: a paginated method's promise resolves to the first page, and
 * iterating it yields every item once, in order, through the same transport (a page that fails
 * once is retried), stopping at the last page, at an API that points back at a page it gave,
 * and at the caller's abort. The descriptors are written here, so these hold for any spec.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Operation } from "../src/runtime/call.js";
import {
  afterPages,
  callPaginated,
  linkPages,
  markerPages,
  offsetPages,
  pageNumbers,
  type NextPage,
} from "../src/runtime/paginate.js";
import { createTransport } from "../src/runtime/transport.js";
import { startServer, type TestServer } from "./http-server.js";

const ITEMS = ["a", "b", "c", "d", "e", "f", "g"].map((id) => ({ id }));
const SIZE = 3;
let server: TestServer;
let flakyOnce = true;

function page(
  path: string,
  query: URLSearchParams,
): { body: unknown; headers?: Record<string, string> } {
  const from = (n: number) => ITEMS.slice(n, n + SIZE);
  switch (path) {
    case "/offset": {
      const offset = Number(query.get("offset") ?? 0);
      return { body: { total_count: ITEMS.length, offset, entries: from(offset) } };
    }
    case "/marker":
    case "/cursor": {
      const at = Number(query.get(path === "/marker" ? "marker" : "cursor") ?? 0);
      const next = at + SIZE < ITEMS.length ? String(at + SIZE) : path === "/marker" ? null : "";
      return {
        body: { entries: from(at), [path === "/marker" ? "next_marker" : "next_cursor"]: next },
      };
    }
    case "/after": {
      const after = query.get("starting_after");
      const at = after ? ITEMS.findIndex((i) => i.id === after) + 1 : 0;
      return { body: { data: from(at), has_more: at + SIZE < ITEMS.length } };
    }
    case "/page":
      return { body: { items: from((Number(query.get("page") ?? 1) - 1) * SIZE) } };
    case "/link": {
      const at = Number(query.get("at") ?? 0);
      const next = at + SIZE < ITEMS.length ? `</link?at=${at + SIZE}>; rel="next", ` : "";
      return { body: from(at), headers: { link: `${next}</link?at=0>; rel="first"` } };
    }
    case "/next-uri": {
      // Twilio's shape: the next page's URI (relative, its query included) in the body.
      const at = Number(query.get("Page") ?? 0);
      const next = at * SIZE + SIZE < ITEMS.length ? `/next-uri?PageSize=3&Page=${at + 1}` : null;
      return { body: { calls: ITEMS.slice(at * SIZE, at * SIZE + SIZE), next_page_uri: next } };
    }
    case "/loop":
      return { body: { entries: from(0), next_marker: "again" } };
    default:
      return { body: {} };
  }
}

beforeAll(async () => {
  server = await startServer((path) => (request, response) => {
    const query = new URL(request.url!, "http://x").searchParams;
    if (path === "/marker" && query.get("marker") === "3" && flakyOnce) {
      flakyOnce = false;
      return response.writeHead(503).end();
    }
    const { body, headers } = page(path, query);
    response
      .writeHead(200, { "content-type": "application/json", ...headers })
      .end(JSON.stringify(body));
  });
});
afterAll(() => server.close());

const transport = () =>
  createTransport(
    { baseUrl: server.origin, retryDelayMs: 1 },
    [["", {}]],
    [server.origin.replace(/^http:\/\//, "").replace(/:\d+$/, "")],
  );

function list(
  path: string,
  [next, items]: [NextPage, string],
  query: Record<string, unknown> = {},
  signal?: AbortSignal,
) {
  const operation: Operation = ["get", path, 0];
  return callPaginated<unknown, { id: string }>(
    transport(),
    operation,
    {},
    { query, ...(signal && { signal }) },
    next,
    items,
  );
}

async function all(iterable: AsyncIterable<{ id: string }>) {
  const ids: string[] = [];
  for await (const item of iterable) ids.push(item.id);
  return ids.join("");
}

describe("auto-pagination", () => {
  // Every row has all four values: Bun's runner takes a callback's parameter past the row's
  // length for a `done` callback, and waits for it.
  it.each<[string, string, [NextPage, string], Record<string, unknown>]>([
    [
      "offset and limit, with total_count",
      "/offset",
      [offsetPages("offset", "total_count", "limit"), "entries"],
      { limit: SIZE },
    ],
    [
      "a marker, to next_marker (null at the end)",
      "/marker",
      [markerPages("marker", "next_marker"), "entries"],
      {},
    ],
    [
      "a cursor, to next_cursor (empty at the end)",
      "/cursor",
      [markerPages("cursor", "next_cursor"), "entries"],
      {},
    ],
    [
      "starting_after the last id, while has_more",
      "/after",
      [afterPages("starting_after", "has_more"), "data"],
      {},
    ],
    ["page numbers from 1, until an empty page", "/page", [pageNumbers("page", 1), "items"], {}],
    [
      "the next page's URI in the body (null at the end)",
      "/next-uri",
      [linkPages("next_page_uri"), "calls"],
      { PageSize: 3 },
    ],
    ["an RFC 8288 Link header's rel=next, the body being the list", "/link", [linkPages(), ""], {}],
  ])("%s: every item once, in order", async (_name, path, pages, query) => {
    expect(await all(list(path, pages, query))).toBe("abcdefg");
  });

  it("the promise itself is the first page's body", async () => {
    expect(await list("/offset", [offsetPages("offset", "total_count"), "entries"])).toMatchObject({
      total_count: 7,
      entries: ITEMS.slice(0, SIZE),
    });
  });

  it("a page that fails once is retried by the transport (the marker page here)", async () => {
    flakyOnce = true;
    const before = server.attempts("/marker");
    expect(await all(list("/marker", [markerPages("marker", "next_marker"), "entries"]))).toBe(
      "abcdefg",
    );
    expect(server.attempts("/marker") - before).toBe(4); // three pages, one of them twice
  });

  it("stops when the API points back at a page it gave", async () => {
    const before = server.attempts("/loop");
    expect(await all(list("/loop", [markerPages("marker", "next_marker"), "entries"]))).toBe(
      "abcabc",
    );
    expect(server.attempts("/loop") - before).toBe(2);
  });

  it("stops at the caller's abort, with its reason", async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const iterate = async () => {
      for await (const item of list(
        "/offset",
        [offsetPages("offset", "total_count"), "entries"],
        {},
        controller.signal,
      )) {
        seen.push(item.id);
        if (item.id === "b") controller.abort(new Error("enough"));
      }
    };
    await expect(iterate()).rejects.toThrow("enough");
    expect(seen).toEqual(["a", "b", "c"]);
  });
});
