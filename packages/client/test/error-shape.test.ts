/**
 * An ApiError reads the error body where the spec says its fields are (the generated `ERRORS`),
 * not by Box's names: another API's shape is read by its own names, a spec that names nothing
 * leaves the fields unset, and the request id falls back to the spec's header.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError } from "../src/index.js";
import { callOperation } from "../src/runtime/call.js";
import type { ErrorShape } from "../src/runtime/errors.js";
import { createTransport } from "../src/runtime/transport.js";
import { sendJson, startServer, type TestServer } from "./http-server.js";

const BOX: ErrorShape = [
  "code",
  "message",
  "request_id",
  "help_url",
  "context_info",
  "box-request-id",
];
const OTHER: ErrorShape = ["error_code", "error_description", "trace_id", "", "", "x-request-id"];
const NONE: ErrorShape = ["", "", "", "", "", ""];

const BOX_BODY = {
  code: "not_found",
  message: "No such session",
  request_id: "r-body",
  help_url: "https://h",
  context_info: { a: 1 },
};
const OTHER_BODY = {
  error_code: "E42",
  error_description: "Bad thing",
  code: "not-this",
  message: "not this",
};

let server: TestServer;
beforeAll(async () => {
  server = await startServer((path) => (_request, response) => {
    response.setHeader("box-request-id", "r-box-header");
    response.setHeader("x-request-id", "r-other-header");
    sendJson(response, 404, path === "/box" ? BOX_BODY : OTHER_BODY);
  });
});
afterAll(() => server.close());

async function errorOf(shape: ErrorShape | undefined, path: string): Promise<ApiError> {
  const transport = createTransport(
    { baseUrl: server.origin, maxRetries: 0 },
    [],
    [],
    {},
    undefined,
    shape,
  );
  const error = await callOperation(transport, ["get", path, 0], {}, undefined).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe("the error body, read by the spec's names", () => {
  it.each([
    [
      "Box's ClientError",
      BOX,
      "/box",
      {
        code: "not_found",
        message: "No such session",
        requestId: "r-body",
        helpUrl: "https://h",
        contextInfo: { a: 1 },
      },
    ],
    [
      "another API's names; the request id from its header",
      OTHER,
      "/other",
      {
        code: "E42",
        message: "Bad thing",
        requestId: "r-other-header",
        helpUrl: undefined,
        contextInfo: undefined,
      },
    ],
    [
      "a spec that names nothing: nothing read, the status text as the message",
      NONE,
      "/other",
      {
        code: undefined,
        message: "Not Found",
        requestId: undefined,
        helpUrl: undefined,
        contextInfo: undefined,
      },
    ],
    [
      "the raw client (no shape)",
      undefined,
      "/box",
      { code: undefined, message: "Not Found", requestId: undefined },
    ],
  ] as const)("%s", async (_name, shape, path, want) => {
    const error = await errorOf(shape, path);
    const { message, ...fields } = want;
    expect(error).toMatchObject(fields);
    expect(error.message).toContain(message);
    expect(error.body).toEqual(path === "/box" ? BOX_BODY : OTHER_BODY);
  });
});
