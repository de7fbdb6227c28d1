/**
 * Credentials as the spec's security schemes ask for them, on the wire of a real server on
 * 127.0.0.1: Bearer tokens, HTTP basic, API keys in a header, the query or a cookie; nothing
 * for `security: []`; a TypeError naming what is missing before anything is sent; and API
 * keys kept to their origin (no cross-origin redirect, redacted from error bodies).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { restoreEnv, stubEnv } from "./env.js";
import { ApiError, createRawClient, UnsafeRequestError, type ClientOptions } from "../src/index.js";
import { TOKEN_ENV } from "../src/generated/servers.generated.js";
import { callOperation, callOperationAtUrl, type Operation } from "../src/runtime/call.js";
import type { Scheme } from "../src/runtime/credentials.js";
import { carryCredential } from "../src/runtime/keyed-credentials.js";
import { createTransport } from "../src/runtime/transport.js";
import { startServer, type TestServer } from "./http-server.js";

const SCHEMES: Record<string, Scheme> = {
  Bearer: ["bearer"],
  // As the generated code writes them: every kind but a bearer token with its carrier.
  Basic: ["basic", "Basic", carryCredential],
  HeaderKey: ["header", "X-Api-Key", carryCredential],
  // Discord's bot token: an API key whose header is Authorization itself.
  AuthorizationKey: ["header", "Authorization", carryCredential],
  QueryKey: ["query", "api_key", carryCredential],
  CookieKey: ["cookie", "session", carryCredential],
};

let server: TestServer;
let other: TestServer;
beforeAll(async () => {
  other = await startServer(() => (_request, response) => response.writeHead(204).end());
  server = await startServer((path) => (request, response) => {
    if (path === "/moved") return response.writeHead(302, { location: `${other.origin}/x` }).end();
    if (path === "/echo-error")
      return response.writeHead(400).end(`bad key ${String(request.headers["x-api-key"])}`);
    response.writeHead(204).end();
  });
});
afterAll(async () => {
  await server.close();
  await other.close();
});

async function call(
  options: ClientOptions,
  security: string[][] | undefined,
  path = "/x",
  tokenEnv?: string,
) {
  const transport = createTransport(
    { baseUrl: server.origin, maxRetries: 0, ...options },
    [["", {}]],
    [],
    SCHEMES,
    [["Bearer"]],
    undefined,
    tokenEnv,
  );
  const operation: Operation = security ? ["get", path, 0, "", security] : ["get", path, 0];
  await callOperation(transport, operation, {}, undefined);
  return server.requests.at(-1)!;
}

describe("credentials by security scheme", () => {
  it.each([
    ["the spec's default (Bearer)", { token: "tok" }, undefined, { authorization: "Bearer tok" }],
    [
      "HTTP basic",
      { credentials: { Basic: { username: "ann", password: "pw" } } },
      [["Basic"]],
      { authorization: `Basic ${btoa("ann:pw")}` },
    ],
    [
      "an API key in a header",
      { credentials: { HeaderKey: "k1" } },
      [["HeaderKey"]],
      { "x-api-key": "k1" },
    ],
    [
      "an API key in the Authorization header",
      { credentials: { AuthorizationKey: "Bot k0" } },
      [["AuthorizationKey"]],
      { authorization: "Bot k0" },
    ],
    [
      "an API key in a cookie",
      { credentials: { CookieKey: "k3" } },
      [["CookieKey"]],
      { cookie: "session=k3" },
    ],
    [
      "two schemes together",
      { token: "tok", credentials: { HeaderKey: "k1" } },
      [["HeaderKey", "Bearer"]],
      { authorization: "Bearer tok", "x-api-key": "k1" },
    ],
    [
      "the first alternative the client can meet",
      { credentials: { HeaderKey: "k1" } },
      [["Basic"], ["HeaderKey"]],
      { "x-api-key": "k1" },
    ],
  ])("%s", async (_name, options, security, headers) => {
    const received = await call(options, security);
    expect(received.headers).toMatchObject(headers);
  });

  it("an API key in the query", async () => {
    const received = await call({ credentials: { QueryKey: "k2" } }, [["QueryKey"]]);
    expect(received.rawPath).toBe("/x?api_key=k2");
  });

  it("security: [] sends no token even when the client has one", async () => {
    const received = await call({ token: "tok" }, []);
    expect(received.headers.authorization).toBeUndefined();
  });

  it.each([
    [{}, undefined, /GET \/x needs Bearer \(the token option\)/],
    [
      { token: "tok" },
      [["Basic"], ["HeaderKey"]],
      /needs credentials\.Basic, or credentials\.HeaderKey/,
    ],
  ])(
    "fails before sending when a credential is missing (%#)",
    async (options, security, message) => {
      const before = server.requests.length;
      await expect(call(options, security)).rejects.toThrow(message);
      expect(server.requests.length).toBe(before);
    },
  );

  it("never follows a redirect to another origin with an API key", async () => {
    const error = await call({ credentials: { HeaderKey: "k1" } }, [["HeaderKey"]], "/moved").catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(302);
    expect(other.requests).toHaveLength(0);
  });

  it("redacts an API key from error bodies", async () => {
    const error = (await call(
      { credentials: { HeaderKey: "sekrit" } },
      [["HeaderKey"]],
      "/echo-error",
    ).catch((e: unknown) => e)) as ApiError;
    expect(error.body).toBe("bad key [redacted]");
    expect(JSON.stringify(error)).not.toContain("sekrit");
  });

  it("refuses to send an API key to a host the token may not go to", async () => {
    const transport = createTransport(
      { credentials: { HeaderKey: "k1" } },
      [["https://api.example.com", {}]],
      ["api.example.com"],
      SCHEMES,
      [["HeaderKey"]],
    );
    await expect(
      callOperationAtUrl(transport, ["get", "/x", 0], "https://evil.example.org/x", undefined),
    ).rejects.toBeInstanceOf(UnsafeRequestError);
  });
});

describe("the token from the environment", () => {
  afterEach(() => restoreEnv());

  it("is read when the client has no token option", async () => {
    stubEnv("CU_TEST_TOKEN", "from-env");
    const received = await call({}, undefined, "/x", "CU_TEST_TOKEN");
    expect(received.headers.authorization).toBe("Bearer from-env");
  });

  it("gives way to the token option", async () => {
    stubEnv("CU_TEST_TOKEN", "from-env");
    const received = await call({ token: "given" }, undefined, "/x", "CU_TEST_TOKEN");
    expect(received.headers.authorization).toBe("Bearer given");
  });

  it("absent or empty: the call fails before sending, naming the option and the variable", async () => {
    stubEnv("CU_TEST_TOKEN", "");
    const before = server.requests.length;
    await expect(call({}, undefined, "/x", "CU_TEST_TOKEN")).rejects.toThrow(
      "GET /x needs Bearer (the token option or the CU_TEST_TOKEN environment variable)",
    );
    expect(server.requests.length).toBe(before);
  });

  it("is the variable the spec names (x-sdk-token-env) for the generated clients", async () => {
    // The raw client reaches any path, so this holds whatever operations the spec has.
    stubEnv(TOKEN_ENV ?? "API_TOKEN", "spec-env");
    const raw = createRawClient({ baseUrl: server.origin, maxRetries: 0 });
    await (raw.GET as (path: string) => Promise<unknown>)("/x");
    expect(server.requests.at(-1)!.headers.authorization).toBe(
      TOKEN_ENV === undefined ? undefined : "Bearer spec-env",
    );
  });
});
