/**
 * The standalone functions: each generated method as a function of its own that takes the
 * client first (`getFileUploadSessionById(client, id)`), so that a bundle takes only the
 * functions it calls. They are the resources' methods themselves (a resource binds them to
 * its client), so these tests hold the two together. Against a real server on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as entry from "../src/index.js";
import {
  createClient,
  createCoreClient,
  getFileUploadSessionById,
  getFileUploadSessionParts,
  NotFoundError,
} from "../src/index.js";
import { startServer, type TestServer } from "./http-server.js";
import { boxError, SESSION, sendJson } from "./responses.js";

const PARTS = Array.from({ length: 5 }, (_, i) => ({ part_id: `P${i}`, offset: i, size: 1 }));

let server: TestServer;
beforeAll(async () => {
  server = await startServer((path) => {
    if (path.endsWith("/missing"))
      return (_q, response) => sendJson(response, 404, boxError(404, "not_found", "No session"));
    if (path.endsWith("/parts"))
      return (request, response) => {
        // Pages of two, as Box's list parts pages by offset and limit.
        const offset = Number(new URL(request.url!, server.origin).searchParams.get("offset") ?? 0);
        sendJson(response, 200, {
          entries: PARTS.slice(offset, offset + 2),
          offset,
          limit: 2,
          total_count: PARTS.length,
        });
      };
    return (_q, response) => sendJson(response, 200, SESSION, { "box-request-id": "req-7" });
  });
});
afterAll(() => server.close());

const options = () => ({ token: "t", baseUrl: `${server.origin}/api/2.0`, maxRetries: 0 });

describe("standalone functions", () => {
  it("call through a core client: the body, the URL and the credential of the method", async () => {
    const core = createCoreClient(options());
    const before = server.requests.length;
    expect(await getFileUploadSessionById(core, "S1")).toEqual(SESSION);
    const sent = server.requests.slice(before);
    expect(sent.map((r) => [r.method, r.rawPath])).toEqual([
      ["GET", "/api/2.0/files/upload_sessions/S1"],
    ]);
    expect(sent[0]!.headers.authorization).toBe("Bearer t");
  });

  it("return the same promise as the methods: raw responses and error classes", async () => {
    const core = createCoreClient(options());
    const { data, requestId } = await getFileUploadSessionById(core, "S2").withResponse();
    expect(data).toEqual(SESSION);
    expect(requestId).toBe("req-7");
    await expect(getFileUploadSessionById(core, "missing")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("page through every item of a paged operation", async () => {
    const core = createCoreClient(options());
    const ids: string[] = [];
    for await (const part of getFileUploadSessionParts(core, "S3")) ids.push(part.part_id!);
    expect(ids).toEqual(PARTS.map((p) => p.part_id));
  });

  it("take a client from createClient too, and a derived core client's options", async () => {
    const box = createClient(options());
    expect(await getFileUploadSessionById(box, "S4")).toEqual(SESSION);
    const core = createCoreClient(options());
    const other = core.withOptions({ token: "other" });
    const before = server.requests.length;
    await getFileUploadSessionById(other, "S5");
    await getFileUploadSessionById(core, "S6");
    expect(server.requests.slice(before).map((r) => r.headers.authorization)).toEqual([
      "Bearer other",
      "Bearer t",
    ]);
  });

  it("refuse anything but a client, before sending, with what was passed", () => {
    const before = server.requests.length;
    const call = getFileUploadSessionById as (client: unknown, id: string) => unknown;
    expect(() => call({}, "S7")).toThrow(
      new TypeError(
        "the first argument must be a client from createClient() or createCoreClient(), not another object",
      ),
    );
    expect(() => call(undefined, "S7")).toThrow(/createCoreClient\(\), not undefined$/);
    expect(() => call(null, "S7")).toThrow(/createCoreClient\(\), not null$/);
    expect(server.requests.length).toBe(before);
  });

  it("are exported for every method of every resource", () => {
    const box = createClient({ token: "t" });
    const resources = Object.entries(box).filter(([name]) => name !== "withOptions");
    expect(resources.length).toBeGreaterThan(0);
    for (const [resource, methods] of resources) {
      for (const name of Object.keys(methods as object)) {
        // This spec's method names are all free to name functions (none is renamed).
        const standalone = (entry as Record<string, unknown>)[name];
        expect(typeof standalone, `${resource}.${name}`).toBe("function");
      }
    }
  });
});
