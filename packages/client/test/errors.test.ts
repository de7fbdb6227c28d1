/**
 * Every error class the client throws stays readable wherever an error travels: `String()`,
 * `structuredClone` (a worker, a message port), `JSON.stringify` (a log line), `util.inspect`
 * (Node's console) and vitest's own serialisation (what a failing test shows). Each must keep
 * its message and its cause's message, and none may throw, whatever the cause is.
 */
import { inspect } from "node:util";
import { processError } from "@vitest/utils/error";
import { describe, expect, it } from "vitest";
import { restoreEnv, stubEnv } from "./env.js";
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
  UnsafeRequestError,
} from "../src/index.js";
import { TOKEN_ENV } from "../src/generated/servers.generated.js";
import { UploadError, uploadFile } from "../src/upload/index.js";

const apiError = () =>
  new ApiError(
    {
      status: 409,
      code: "session_conflict",
      requestId: "r1",
      method: "PUT",
      url: "https://upload.box.com/api/2.0/files/upload_sessions/S1",
      body: { code: "session_conflict" },
    },
    "The part overlaps another",
  );
const parts = { sessionId: "S1", sessionKept: true, parts: [] };
const circular: Record<string, unknown> = { name: "Weird", message: "a cause that holds itself" };
circular.self = circular;
/** What vitest leaves of a cause before it asks the error for its JSON form. */
const prototypeLess = Object.assign(Object.create(null), { message: "a copied cause" });

/** Each row: an error, the text its message must hold, and its cause's message (if any). */
const rows: Array<[string, () => Error, string, string | undefined]> = [
  [
    "ApiError",
    apiError,
    "PUT https://upload.box.com/api/2.0/files/upload_sessions/S1 failed with 409 session_conflict: The part overlaps another",
    undefined,
  ],
  [
    "ApiError with a cause (a body that is not JSON)",
    () =>
      new ApiError(
        { status: 200, code: "invalid_json", method: "GET", url: "https://x.test/a" },
        "the response body is not valid JSON",
        { cause: new SyntaxError("Unexpected end of JSON input") },
      ),
    "GET https://x.test/a failed with 200 invalid_json: the response body is not valid JSON",
    "Unexpected end of JSON input",
  ],
  [
    "RateLimitError with the response's headers",
    () =>
      new RateLimitError(
        {
          status: 429,
          method: "GET",
          url: "https://x.test/a",
          headers: new Headers({ "retry-after": "30" }),
        },
        "Too Many Requests",
      ),
    "GET https://x.test/a failed with 429: Too Many Requests",
    undefined,
  ],
  [
    "NetworkError (a reset, as undici reports it)",
    () =>
      new NetworkError("GET https://x.test/a failed: fetch failed", {
        cause: new TypeError("fetch failed", {
          cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }),
        }),
      }),
    "GET https://x.test/a failed: fetch failed",
    "fetch failed",
  ],
  [
    "TimeoutError",
    () => new TimeoutError("GET https://x.test/a timed out after 200 ms"),
    "GET https://x.test/a timed out after 200 ms",
    undefined,
  ],
  [
    "UnsafeRequestError",
    () => new UnsafeRequestError("refusing to send the token to http://evil.test"),
    "refusing to send the token to http://evil.test",
    undefined,
  ],
  [
    "UploadError caused by an ApiError",
    () => new UploadError("uploadFile: part at offset 0 failed", parts, { cause: apiError() }),
    "uploadFile: part at offset 0 failed",
    "failed with 409 session_conflict: The part overlaps another",
  ],
  [
    "UploadError caused by an abort",
    () =>
      new UploadError("uploadFile: aborted", parts, {
        cause: new DOMException("This operation was aborted", "AbortError"),
      }),
    "uploadFile: aborted",
    "This operation was aborted",
  ],
  [
    "UploadError with a circular cause",
    () => new UploadError("uploadFile: x", parts, { cause: circular }),
    "uploadFile: x",
    "a cause that holds itself",
  ],
  [
    "UploadError with a prototype-less cause",
    () => new UploadError("uploadFile: y", parts, { cause: prototypeLess }),
    "uploadFile: y",
    "a copied cause",
  ],
];

/** Every view of an error, as text: what a reader would see in each place. */
const views: Array<[string, (error: Error) => string]> = [
  ["String()", (error) => String(error)],
  ["structuredClone", (error) => (structuredClone(error) as Error).message],
  ["JSON.stringify", (error) => JSON.stringify(error)],
  ["util.inspect", (error) => inspect(error)],
  // vitest copies the cause first, then the error (with its toJSON), as it does for a failure.
  ["vitest's serialisation", (error) => JSON.stringify(processError(error))],
];

describe("every error stays readable wherever it travels", () => {
  it.each(
    rows.flatMap(([name, make, message, cause]) =>
      views.map(([view, show]) => [`${name} through ${view}`, make, message, cause, show] as const),
    ),
  )("%s", (_name, make, message, cause, show) => {
    const text = show(make());
    // JSON escapes nothing in these messages but quotes, which none holds.
    expect(text).toContain(message);
    if (cause) expect(text).toContain(cause);
  });

  it("a class per common status, each an ApiError named after itself, with the headers in JSON", () => {
    const classes = [
      [BadRequestError, 400],
      [AuthenticationError, 401],
      [PermissionDeniedError, 403],
      [NotFoundError, 404],
      [ConflictError, 409],
      [UnprocessableEntityError, 422],
      [RateLimitError, 429],
      [InternalServerError, 500],
    ] as const;
    for (const [Class, status] of classes) {
      const error = new Class({
        status,
        method: "GET",
        url: "https://x.test/a",
        headers: new Headers({ "box-request-id": "r9" }),
      });
      expect(error).toBeInstanceOf(ApiError);
      expect(error.name).toBe(Class.name);
      expect(JSON.parse(JSON.stringify(error))).toMatchObject({
        name: Class.name,
        status,
        headers: { "box-request-id": "r9" },
      });
    }
  });

  it("keeps the fields in JSON: an ApiError's status and code, an UploadError's session", () => {
    expect(JSON.parse(JSON.stringify(apiError()))).toMatchObject({
      name: "ApiError",
      status: 409,
      code: "session_conflict",
      requestId: "r1",
    });
    const upload = new UploadError("uploadFile: z", parts, { cause: apiError() });
    expect(JSON.parse(JSON.stringify(upload))).toMatchObject({
      name: "UploadError",
      sessionId: "S1",
      sessionKept: true,
      cause: { name: "ApiError", status: 409 },
    });
  });
});

it("an UploadError names what failed and why: a missing token", async () => {
  stubEnv(TOKEN_ENV ?? "API_TOKEN", ""); // none in the environment either
  const box = createClient({});
  const error = await uploadFile(box, new Uint8Array(10), { folderId: "0", fileName: "a" })
    .catch((e: unknown) => e)
    .finally(restoreEnv);
  expect(error).toBeInstanceOf(UploadError);
  expect((error as Error).message).toMatch(
    /^uploadFile: could not create the upload session: POST \S*\/files\/upload_sessions needs \w+ \(the token option( or the \w+ environment variable)?\)$/,
  );
});
