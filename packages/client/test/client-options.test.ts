/**
 * What a client can be told beyond its transport's defaults: a log (where lines go, how much,
 * and never a secret), extra `fetch` options per client and per call, and a derived client with
 * other options. Against a real server on 127.0.0.1; the operations come from the raw client and
 * the transport, so these tests hold whatever the spec's operations are.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { restoreEnv, stubEnv } from "./env.js";
import { createClient, type ClientOptions } from "../src/index.js";
import { transportOf } from "../src/runtime/client-transport.js";
import { callOperation, type Operation } from "../src/runtime/call.js";
import { LOG_LEVEL_ENV, type Logger } from "../src/runtime/log.js";
import { carryCredential } from "../src/runtime/keyed-credentials.js";
import { createTransport } from "../src/runtime/transport.js";
import { startServer, type TestServer } from "./http-server.js";

const TOKEN = "sekrit-token-0123456789";
const KEY = "api-key-9876543210";
let server: TestServer;
beforeAll(async () => {
  server = await startServer((path) => (_request, response, attempt) => {
    // Every other attempt: each call gets one 503, then a 200.
    if (path === "/flaky" && attempt % 2 === 1) return response.writeHead(503).end("busy");
    response.writeHead(200, { "content-type": "application/json" }).end("{}");
  });
});
afterAll(() => server.close());
afterEach(() => restoreEnv());

/** A logger that keeps every line, by level. */
function keeping(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (level: string) => (message: string) => void lines.push(`${level} ${message}`);
  return {
    lines,
    debug: keep("debug"),
    info: keep("info"),
    warn: keep("warn"),
    error: keep("error"),
  };
}

/** One GET of `path` with an API key in the query, through a transport with `options`. */
async function get(path: string, options: ClientOptions) {
  const transport = createTransport(
    { baseUrl: server.origin, token: TOKEN, retryDelayMs: 1, ...options },
    [["", {}]],
    [],
    { Bearer: ["bearer"], Key: ["query", "key", carryCredential] },
    [["Bearer", "Key"]],
  );
  const operation: Operation = ["get", path, 0];
  return callOperation(transport, operation, {}, undefined);
}

describe("the log", () => {
  it("at debug: a line per attempt (method, URL, status, time) and the retry's reason", async () => {
    const logger = keeping();
    await get("/flaky", { logger, logLevel: "debug", credentials: { Key: KEY } });
    expect(logger.lines).toEqual([
      expect.stringMatching(
        /^debug \[chunked-uploads\] GET http:\S+\/flaky\?key=\S+ → 503 in \d+ ms$/,
      ),
      expect.stringMatching(
        /^info \[chunked-uploads\] GET \S+\/flaky\S* → 503: retry 1 of 2 in \d+ ms$/,
      ),
      expect.stringMatching(/^debug \[chunked-uploads\] GET \S+\/flaky\S* → 200 in \d+ ms$/),
    ]);
  });

  it("never holds the token or an API key", async () => {
    const logger = keeping();
    await get("/flaky", { logger, logLevel: "debug", credentials: { Key: KEY } });
    await get("/missing-is-fine", { logger, logLevel: "debug", credentials: { Key: KEY } });
    expect(logger.lines.length).toBeGreaterThanOrEqual(4);
    for (const line of logger.lines) {
      expect(line).not.toContain(TOKEN);
      expect(line).not.toContain(KEY);
    }
  });

  it("at the default level (warn), a retried call logs nothing", async () => {
    const logger = keeping();
    await get("/flaky", { logger, credentials: { Key: KEY } });
    expect(logger.lines).toEqual([]);
  });

  it(`takes its level from ${LOG_LEVEL_ENV} when the option says nothing`, async () => {
    stubEnv(LOG_LEVEL_ENV, "info");
    const logger = keeping();
    await get("/flaky", { logger, credentials: { Key: KEY } });
    expect(logger.lines).toEqual([expect.stringMatching(/^info .* retry 1 of 2/)]);
  });

  it("refuses a level that is none of the five, naming where it came from", () => {
    expect(() => createClient({ logLevel: "verbose" as never })).toThrow(
      'logLevel must be one of off, error, warn, info, debug, got "verbose"',
    );
    stubEnv(LOG_LEVEL_ENV, "loud");
    expect(() => createClient({})).toThrow(`${LOG_LEVEL_ENV} must be one of`);
  });
});

describe("fetchOptions", () => {
  it("the client's and the call's reach fetch, the call's on top; the client's own fields win", async () => {
    const seen: Request[] = [];
    const transport = createTransport(
      {
        baseUrl: server.origin,
        fetch: async (request) => {
          seen.push(request);
          return new Response(null, { status: 204 });
        },
        // Fields every runtime's Request keeps (Bun's drops `keepalive`).
        fetchOptions: { cache: "no-store", mode: "cors", method: "DELETE" },
      },
      [["", {}]],
      [],
    );
    await callOperation(transport, ["get", "/x", 0], {}, { fetchOptions: { mode: "same-origin" } });
    expect(seen[0]).toMatchObject({ cache: "no-store", mode: "same-origin", method: "GET" });
  });
});

describe("withOptions", () => {
  it("derives a client whose options replace the first's one by one; the first is unchanged", async () => {
    const box = createClient({ baseUrl: server.origin, token: "t", headers: { "x-a": "1" } });
    const derived = box.withOptions({ headers: { "x-b": "2" }, maxRetries: 0 });
    expect(Object.keys(derived)).toEqual(Object.keys(box));
    const headersOf = async (client: object) => {
      await callOperation(transportOf(client)!, ["get", "/y", 0], {}, undefined);
      return server.requests.at(-1)!.headers;
    };
    expect(await headersOf(derived)).toMatchObject({ "x-b": "2", authorization: "Bearer t" });
    expect((await headersOf(derived))["x-a"]).toBeUndefined();
    expect(await headersOf(box)).toMatchObject({ "x-a": "1" });
    expect(transportOf(derived)!.options).toMatchObject({ maxRetries: 0, baseUrl: server.origin });
    expect(transportOf(box)!.options.maxRetries).toBeUndefined();
  });
});
