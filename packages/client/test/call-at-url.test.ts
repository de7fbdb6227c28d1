/**
 * `callOperationAtUrl`, the check behind Box's `…ByUrl` methods: a URL from a response may choose
 * the host, never another endpoint. The operation's path holds characters that mean something
 * in a regular expression (`.`, `+`, `(`, `)`), which must match only themselves.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callOperationAtUrl, type Operation } from "../src/runtime/call.js";
import { createTransport } from "../src/runtime/transport.js";
import { sendJson, startServer, type TestServer } from "./http-server.js";

const OPERATION: Operation = ["get", "/files/{file_id}/content.json+(v1)", 0];
let server: TestServer;
beforeAll(async () => {
  server = await startServer(() => (_q, response) => sendJson(response, 200, { ok: true }));
});
afterAll(() => server.close());

const call = (url: string) =>
  callOperationAtUrl(
    createTransport({ baseUrl: `${server.origin}/api`, token: "t" }, [], []),
    OPERATION,
    url,
    undefined,
  );

describe("a URL of this operation, on any allowed host", () => {
  it("is called, its path parameters read from the URL", async () => {
    expect(await call(`${server.origin}/api/files/F%201/content.json+(v1)`)).toEqual({ ok: true });
    expect(server.requests.at(-1)?.rawPath).toBe("/api/files/F%201/content.json+(v1)");
  });

  it.each([
    ["a dot that is another character", "/api/files/F1/contentXjson+(v1)"],
    [
      "the whole path read as a pattern (`.` any, `n+` repeated, `(v1)` a group)",
      "/api/files/F1/contentXjsonnv1",
    ],
    ["a longer path", "/api/files/F1/content.json+(v1)/versions"],
    ["another endpoint", "/api/files/F1"],
  ])("refuses a look-alike: %s", async (_name, path) => {
    const before = server.requests.length;
    await expect(call(`${server.origin}${path}`)).rejects.toThrow(
      /is not a URL of GET \/files\/\{file_id\}\/content\.json\+\(v1\)/,
    );
    expect(server.requests).toHaveLength(before);
  });
});
