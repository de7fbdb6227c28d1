/** Redirects, aborts and non-idempotent requests, against real servers on 127.0.0.1. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, createRawClient } from "../src/index.js";
import { createTransport } from "../src/runtime/transport.js";
import { SESSION, sendJson, startServer, type TestServer } from "./http-server.js";

const PATH = "/api/2.0/files/upload_sessions/";
let api: TestServer;
let other: TestServer;
/**
 * Called once when a request reaches the route: tests abort from here, so that an abort lands
 * while the request is in flight (or the retry wait has begun) however slow the machine is.
 */
const onArrival: Record<string, () => void> = {};
const arrived = (route: string) => {
  onArrival[route]?.();
  delete onArrival[route];
};

beforeAll(async () => {
  other = await startServer(
    () => (_q, response) => sendJson(response, 200, { ...SESSION, id: "from-other-host" }),
  );
  api = await startServer((path) => {
    if (path === `${PATH}to-other-host`)
      return (_q, r) =>
        r
          .writeHead(302, { location: `${other.origin.replace("127.0.0.1", "localhost")}${PATH}x` })
          .end();
    if (path === `${PATH}same-origin`)
      return (_q, r) => r.writeHead(307, { location: `${PATH}moved` }).end();
    if (path === `${PATH}moved`) return (_q, r) => sendJson(r, 200, { ...SESSION, id: "moved" });
    if (path === `${PATH}hang`) return () => arrived("hang");
    if (path === `${PATH}echo-token`)
      return (request, r) =>
        sendJson(r, 404, {
          type: "error",
          status: 404,
          code: "not_found",
          help_url:
            "https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/",
          message: `token ${String(request.headers.authorization).slice(7)} is not valid here`,
          context_info: { errors: [{ reason: "invalid_parameter", name: "upload_session_id" }] },
        });
    if (path === `${PATH}busy`)
      return (_q, r) => {
        sendJson(r, 503, {});
        arrived("busy");
      };
    return undefined;
  });
});
afterAll(async () => {
  await api.close();
  await other.close();
});

const client = (extra = {}) =>
  createClient({
    baseUrl: `${api.origin}/api/2.0`,
    token: "secret-token",
    retryDelayMs: 10,
    ...extra,
  });

describe("redirects", () => {
  it("follow a redirect to another host without the Authorization header", async () => {
    const session = await client().chunkedUploads.getFileUploadSessionById("to-other-host");
    expect(session.id).toBe("from-other-host");
    expect(
      api.requests.find((r) => r.rawPath === `${PATH}to-other-host`)?.headers.authorization,
    ).toBe("Bearer secret-token");
    expect(other.requests).toHaveLength(1);
    expect(other.requests[0]!.headers.authorization).toBeUndefined();
  });

  it("keep the token on a redirect within the same origin", async () => {
    const session = await client().chunkedUploads.getFileUploadSessionById("same-origin");
    expect(session.id).toBe("moved");
    expect(api.requests.find((r) => r.rawPath === `${PATH}moved`)?.headers.authorization).toBe(
      "Bearer secret-token",
    );
  });
});

// No test here measures how long a call took: each call would hang far longer than the test's
// time limit (a server that never answers, a retry wait of minutes) unless the abort stops it.
describe("the caller's AbortSignal", () => {
  it("stops a hanging call at once and is never retried", async () => {
    const controller = new AbortController();
    const before = api.attempts(`${PATH}hang`);
    onArrival.hang = () => controller.abort();
    const error = await client({ maxRetries: 3 })
      .chunkedUploads.getFileUploadSessionById("hang", { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AbortError" });
    expect(api.attempts(`${PATH}hang`) - before).toBe(1);
  });

  it("stops the wait between retries", async () => {
    const controller = new AbortController();
    const before = api.attempts(`${PATH}busy`);
    // The 503 has been sent: the client is reading it, then waits at least 5 minutes to retry.
    onArrival.busy = () => setTimeout(() => controller.abort(new Error("user cancelled")), 50);
    const error = await client({ retryDelayMs: 600_000, maxRetryAfterMs: 3_600_000 })
      .chunkedUploads.getFileUploadSessionById("busy", { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ message: "user cancelled" });
    expect(api.attempts(`${PATH}busy`) - before).toBe(1);
  });

  it("already aborted when the call starts: rejects at once and sends nothing", async () => {
    const before = api.attempts(`${PATH}hang`);
    const error = await client()
      .chunkedUploads.getFileUploadSessionById("hang", { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AbortError" });
    expect(api.attempts(`${PATH}hang`)).toBe(before);
  });

  it("aborted in the same tick as the call: rejects at once", async () => {
    const controller = new AbortController();
    const before = api.attempts(`${PATH}hang`);
    const call = client().chunkedUploads.getFileUploadSessionById("hang", {
      signal: controller.signal,
    });
    controller.abort();
    expect(await call.catch((e: unknown) => e)).toMatchObject({ name: "AbortError" });
    expect(api.attempts(`${PATH}hang`)).toBe(before);
  });

  it("already aborted, through createRawClient: rejects at once and sends nothing", async () => {
    const before = api.attempts(`${PATH}hang`);
    const raw = createRawClient({ baseUrl: `${api.origin}/api/2.0`, token: "t" }) as unknown as {
      GET(path: string, init: object): Promise<unknown>;
    };
    const error = await raw
      .GET("/files/upload_sessions/{upload_session_id}", {
        params: { path: { upload_session_id: "hang" } },
        signal: AbortSignal.abort(),
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "AbortError" });
    expect(api.attempts(`${PATH}hang`)).toBe(before);
  });

  // The time limit is the behaviour here: the server never answers, and the message names
  // which limit ran out.
  it("per-call timeoutMs overrides the client's", async () => {
    const error = await client({ timeoutMs: 10_000, maxRetries: 0 })
      .chunkedUploads.getFileUploadSessionById("hang", { timeoutMs: 100 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "TimeoutError",
      message: expect.stringMatching(/timed out after 100 ms/),
    });
  });
});

describe("non-idempotent requests", () => {
  const raw = (extra = {}) =>
    createRawClient({ baseUrl: `${api.origin}/api/2.0`, token: "t", retryDelayMs: 10, ...extra });
  const post = (r: ReturnType<typeof raw>) =>
    (r as unknown as { POST(path: string, init: object): Promise<{ response: Response }> }).POST(
      "/files/upload_sessions/{upload_session_id}",
      {
        params: { path: { upload_session_id: "busy" } },
        body: {},
      },
    );

  it("are not retried unless the caller opts in", async () => {
    const before = api.attempts(`${PATH}busy`);
    expect((await post(raw())).response.status).toBe(503);
    expect(api.attempts(`${PATH}busy`) - before).toBe(1);
    expect((await post(raw({ retryNonIdempotent: true }))).response.status).toBe(503);
    expect(api.attempts(`${PATH}busy`) - before).toBe(1 + 3);
  });

  it("the raw openapi-fetch client shares auth and the spec's path", async () => {
    const { data, response } = await raw().GET("/files/upload_sessions/{upload_session_id}", {
      params: { path: { upload_session_id: "moved" } },
    });
    expect(response.status).toBe(200);
    expect(data?.id).toBe("moved");
    expect(api.requests.at(-1)?.headers.authorization).toBe("Bearer t");
  });
});

describe("a spec whose server is relative", () => {
  it("needs baseUrl, and says so when a call is made without one", () => {
    const transport = createTransport({ token: "t" }, [["/v1", {}]], []);
    expect(() => transport.server(0)).toThrow(
      /this API's server is the relative URL "\/v1": pass baseUrl to createClient/,
    );
    const based = createTransport({ baseUrl: "https://api.example.com/v1/" }, [["/v1", {}]], []);
    expect(based.server(0)).toBe("https://api.example.com/v1");
  });
});

describe("redaction of an error body", () => {
  it("leaves structured fields whole with a short token, and still hides the token", async () => {
    const error = (await client({ token: "t", maxRetries: 0 })
      .chunkedUploads.getFileUploadSessionById("echo-token")
      .catch((e: unknown) => e)) as Record<string, unknown>;
    expect(error).toMatchObject({
      status: 404,
      code: "not_found",
      helpUrl: "https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/",
      contextInfo: { errors: [{ reason: "invalid_parameter", name: "upload_session_id" }] },
    });
    expect((error.body as { message: string }).message).toBe("token [redacted] is not valid here");
  });

  it("hides a long token wherever it appears, even inside a longer word", async () => {
    const token = "s3cr3t-t0ken-value";
    const error = (await client({ token, maxRetries: 0 })
      .chunkedUploads.getFileUploadSessionById("echo-token")
      .catch((e: unknown) => e)) as Record<string, unknown>;
    expect(JSON.stringify(error.body)).not.toContain(token);
    expect(error.code).toBe("not_found");
  });
});

describe("extra headers", () => {
  it("a call's own and the client's defaults reach the server; the call's win, Authorization stays the client's", async () => {
    const box = client({
      headers: { "x-team": "platform", "x-request-id": "default", authorization: "Bearer forged" },
    });
    await box.chunkedUploads.getFileUploadSessionById("moved", {
      headers: { "x-request-id": "r-1" },
    });
    const sent = api.requests.filter((r) => r.rawPath === `${PATH}moved`).at(-1)!;
    expect(sent.headers["x-team"]).toBe("platform");
    expect(sent.headers["x-request-id"]).toBe("r-1");
    expect(sent.headers.authorization).toBe("Bearer secret-token");
  });
});

describe("the spec's example session URLs", () => {
  it("hold the placeholder {box-upload-server}, which is refused before sending", async () => {
    const error = await createClient({ token: "t" })
      .chunkedUploads.getFileUploadSessionByUrl(
        "https://{box-upload-server}/api/2.0/files/upload_sessions/F971964745A5CD0C001BBE4E58196BFD",
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "UnsafeRequestError" });
  });
});
