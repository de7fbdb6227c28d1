/**
 * The fault table: how the client must behave against a server that misbehaves in a different
 * way for each upload-session id. Each row is a server handler (run by a Node server on
 * 127.0.0.1) and what the call must come to: its outcome, how many attempts reached the server,
 * and, where a wait is the behaviour, the least time it must take. Every fault is the server's
 * doing (it stalls, resets, answers 5xx or 429); none is a client time limit that a slow
 * machine could reach without a fault. `observe` makes the call and reports what happened as plain data,
 * so the same rows run in Node, Deno and Bun (faults.test.ts) and in a browser page
 * (browser.test.ts), and `expectRow` (fault-expectations.ts) judges every runtime alike.
 */
import type { ServerResponse } from "node:http";
import {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  createClient,
  InternalServerError,
  NetworkError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  UnprocessableEntityError,
  type ClientOptions,
} from "../src/index.js";
import type { Handler } from "./http-server.js";

/** An error class a call may reject with (checked with instanceof). */
type ErrorClass = abstract new (...args: never[]) => unknown;
import { boxError, SESSION, sendJson } from "./responses.js";

export const PATH = "/api/2.0/files/upload_sessions/";
const ok = (response: ServerResponse) => sendJson(response, 200, SESSION);
const failThen =
  (failures: number, fail: Handler): Handler =>
  (request, response, attempt) =>
    attempt <= failures ? fail(request, response, attempt) : ok(response);
const status =
  (code: number, headers: Record<string, string> = {}): Handler =>
  (_req, response) =>
    sendJson(response, code, boxError(code, "some_error", "It failed"), headers);
const reset: Handler = (request) => request.socket.destroy();
const hang: Handler = () => {};

export interface Row {
  server: Handler;
  options?: ClientOptions;
  /** "ok", or the error class and fields the call must reject with (a RegExp matches a string). */
  want: "ok" | { error: ErrorClass; fields?: Record<string, unknown> };
  attempts: number;
  /**
   * The call must not end before this many ms (a Retry-After, or time limits that ran out). No
   * row has an upper bound: how soon a call ends depends on the machine, and a client that
   * waits too long is caught by the retry-decision tests, which compute its delays exactly.
   */
  minMs?: number;
  token?: ClientOptions["token"];
}

const rows: Record<string, Row> = {
  "429 with Retry-After in seconds (header in capitals)": {
    server: failThen(1, (_q, response) =>
      response.writeHead(429, ["RETRY-AFTER", "1", "Content-Type", "application/json"]).end("{}"),
    ),
    want: "ok",
    attempts: 2,
    minMs: 950,
  },
  "429 with Retry-After as an HTTP date": {
    server: failThen(1, (_q, response) =>
      response.writeHead(429, { "retry-after": new Date(Date.now() + 2000).toUTCString() }).end(),
    ),
    want: "ok",
    attempts: 2,
    minMs: 900,
  },
  "429 without Retry-After (exponential backoff)": {
    server: failThen(1, status(429)),
    want: "ok",
    attempts: 2,
  },
  "500 every time": {
    server: status(500),
    want: {
      error: InternalServerError,
      fields: { status: 500, code: "some_error", name: "InternalServerError" },
    },
    attempts: 3,
  },
  "502 then success": {
    server: failThen(1, status(502)),
    want: "ok",
    attempts: 2,
  },
  "503 then success": {
    server: failThen(1, status(503)),
    want: "ok",
    attempts: 2,
  },
  "504 then success": {
    server: failThen(1, status(504)),
    want: "ok",
    attempts: 2,
  },
  "connection reset, then success": {
    server: failThen(1, reset),
    want: "ok",
    attempts: 2,
  },
  "connection reset every time": {
    server: reset,
    want: { error: NetworkError },
    attempts: 3,
  },
  // The time limit is what these rows test: the server holds its answer back for good, and the
  // limit is far above what reaching it takes, so only the stall can run it out.
  "a response that never comes": {
    server: hang,
    options: { timeoutMs: 1000, maxRetries: 1 },
    want: { error: TimeoutError, fields: { name: "TimeoutError" } },
    attempts: 2,
    minMs: 1950,
  },
  "a body that stops halfway": {
    server: (_q, response) =>
      response.writeHead(200, { "content-type": "application/json" }).write('{"id": "F97'),
    options: { timeoutMs: 1000, maxRetries: 0 },
    want: { error: TimeoutError },
    attempts: 1,
    minMs: 950,
  },
  "truncated JSON in a 200": {
    server: (_q, response) =>
      response.writeHead(200, { "content-type": "application/json" }).end('{"id": "F97'),
    want: { error: ApiError, fields: { status: 200, code: "invalid_json" } },
    attempts: 1,
  },
  "an HTML error page": {
    server: (_q, response) =>
      response
        .writeHead(502, "Bad Gateway", { "content-type": "text/html" })
        .end("<html><body>502 Bad Gateway</body></html>"),
    options: { maxRetries: 1 },
    want: {
      error: InternalServerError,
      fields: {
        status: 502,
        code: undefined,
        message: /failed with 502: Bad Gateway$/,
        body: /<html>/,
      },
    },
    attempts: 2,
  },
  "an empty 404": {
    server: (_q, response) => response.writeHead(404).end(),
    want: {
      error: NotFoundError,
      fields: { status: 404, code: undefined, body: "", name: "NotFoundError" },
    },
    attempts: 1,
  },
  "401, then success with a refreshed token": {
    server: (request, response) =>
      request.headers.authorization === "Bearer fresh"
        ? ok(response)
        : status(401)(request, response, 1),
    token: ({ refresh }) => (refresh ? "fresh" : "stale"),
    want: "ok",
    attempts: 2,
  },
  "401 again after the refresh: one refresh only, then the 401": {
    server: status(401),
    token: (() => {
      let calls = 0; // bounded: a client that kept refreshing is stopped here
      return ({ refresh }: { refresh: boolean }) => {
        if (++calls > 5) throw new Error("the token function was asked too often");
        return refresh ? "fresh" : "stale";
      };
    })(),
    want: { error: AuthenticationError, fields: { status: 401 } },
    attempts: 2,
  },
  "401 with a fixed token": {
    server: status(401),
    token: "fixed",
    want: { error: AuthenticationError, fields: { status: 401, name: "AuthenticationError" } },
    attempts: 1,
  },
  "a ClientError with a code Box has not documented": {
    server: (_q, response) =>
      sendJson(
        response,
        409,
        boxError(409, "session_is_frozen_by_new_policy", "New kind of conflict"),
      ),
    want: {
      error: ConflictError,
      fields: {
        status: 409,
        code: "session_is_frozen_by_new_policy",
        requestId: "abcdef123456",
        helpUrl: "https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/",
        contextInfo: { message: "Something went wrong" },
        message: /failed with 409 session_is_frozen_by_new_policy: New kind of conflict$/,
      },
    },
    attempts: 1,
  },
  "success after 3 failures (maxRetries 3)": {
    server: failThen(3, status(503)),
    options: { maxRetries: 3 },
    want: "ok",
    attempts: 4,
  },
  "maxRetries 0 disables retries": {
    server: failThen(1, status(503)),
    options: { maxRetries: 0 },
    want: { error: InternalServerError, fields: { status: 503 } },
    attempts: 1,
  },
  "a Retry-After longer than maxRetryAfterMs": {
    server: status(429, { "retry-after": "3600" }),
    want: {
      error: RateLimitError,
      fields: { status: 429, name: "RateLimitError", headers: { "retry-after": "3600" } },
    },
    attempts: 1,
  },
  "400: a BadRequestError": {
    server: status(400),
    want: { error: BadRequestError, fields: { status: 400, name: "BadRequestError" } },
    attempts: 1,
  },
  "403: a PermissionDeniedError": {
    server: status(403),
    want: { error: PermissionDeniedError, fields: { status: 403, name: "PermissionDeniedError" } },
    attempts: 1,
  },
  "422: an UnprocessableEntityError": {
    server: status(422),
    want: {
      error: UnprocessableEntityError,
      fields: { status: 422, name: "UnprocessableEntityError" },
    },
    attempts: 1,
  },
  "418: a status without a class of its own is an ApiError": {
    server: status(418),
    want: { error: ApiError, fields: { status: 418, name: "ApiError" } },
    attempts: 1,
  },
};

export const FAULT_CASES = Object.entries(rows).map(([name, row], i) => ({
  name,
  row,
  id: `case-${i}`,
}));
export type FaultCase = (typeof FAULT_CASES)[number];

/** What a call came to, as plain data (it crosses from a browser page to the test). */
export interface Observation {
  value?: unknown;
  error?: { isWanted: boolean; name: string; fields: Record<string, unknown> };
  elapsedMs: number;
}

/** Makes the row's call against `origin`, with the row's options over the table's defaults. */
export async function observe(origin: string, { row, id }: FaultCase): Promise<Observation> {
  const box = createClient({
    baseUrl: `${origin}/api/2.0`,
    token: row.token ?? "test-token",
    retryDelayMs: 20,
    // The client's default time limit (60 s): only the rows about time limits set their own.
    ...row.options,
  });
  const started = performance.now();
  const outcome = await box.chunkedUploads.getFileUploadSessionById(id).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  const elapsedMs = performance.now() - started;
  if (!("error" in outcome)) return { value: outcome.value, elapsedMs };
  const error = outcome.error as Record<string, unknown>;
  const wanted = row.want === "ok" ? undefined : row.want;
  // Plain data: the response's headers as an object.
  const fields = Object.fromEntries(
    Object.keys(wanted?.fields ?? {}).map((key) => [
      key,
      error[key] instanceof Headers ? Object.fromEntries(error[key]) : error[key],
    ]),
  );
  return {
    error: {
      isWanted: !!wanted && error instanceof wanted.error,
      name: String(error?.name),
      fields,
    },
    elapsedMs,
  };
}
