/**
 * The error shape the model reads from a spec: the error schema most error responses use, its
 * fields found by their usual names, a declared request-id header, and the `x-sdk-*`
 * extensions that say what inference cannot; a wrong extension is an error at it.
 */
import { describe, expect, it } from "vitest";
import { errorShape } from "../src/model/build/errors.js";
import { operations } from "../src/model/build/operations.js";
import { inlineContext } from "./inline-spec.js";

const schemaOf = (properties: string[]) => ({
  type: "object",
  properties: Object.fromEntries(properties.map((p) => [p, { type: "string" }])),
});

function shapeOf(document: Record<string, unknown>, errorSchema?: object, headers?: object) {
  const error = (status: string) => ({
    [status]: {
      description: "error",
      ...(headers && { headers }),
      ...(errorSchema && { content: { "application/json": { schema: errorSchema } } }),
    },
  });
  const ctx = inlineContext({
    ...document,
    paths: {
      "/a": {
        get: { responses: { 200: { description: "ok" }, ...error("404"), ...error("default") } },
      },
      "/b": {
        get: {
          responses: {
            200: {
              description: "ok",
              content: { "application/json": { schema: schemaOf(["message"]) } },
            },
          },
        },
      },
    },
  });
  return { shape: errorShape(ctx, operations(ctx)), said: ctx.said() };
}

describe("the error shape", () => {
  it.each([
    [
      "Box's ClientError",
      schemaOf(["type", "status", "code", "message", "context_info", "help_url", "request_id"]),
      {
        code: "code",
        message: "message",
        requestId: "request_id",
        helpUrl: "help_url",
        contextInfo: "context_info",
      },
    ],
    [
      "OAuth's names",
      schemaOf(["error", "error_description"]),
      { code: "error", message: "error_description" },
    ],
    [
      "RFC 9457 problem details",
      schemaOf(["type", "title", "status", "detail"]),
      { message: "detail" },
    ],
    [
      "properties through allOf",
      { allOf: [schemaOf(["code"]), schemaOf(["trace_id"])] },
      { code: "code", requestId: "trace_id" },
    ],
    ["no error body", undefined, {}],
  ])("%s", (_name, schema, want) => {
    expect(shapeOf({}, schema).shape).toEqual(want);
  });

  it("takes a declared request-id header, lower-cased", () => {
    expect(
      shapeOf({}, undefined, { "X-Request-Id": { schema: { type: "string" } } }).shape,
    ).toEqual({ requestIdHeader: "x-request-id" });
  });

  it("lets the extensions say what inference cannot, and override it", () => {
    const { shape, said } = shapeOf(
      {
        "x-sdk-error-fields": { requestId: "rid", message: "msg" },
        "x-sdk-request-id-header": "Box-Request-Id",
      },
      schemaOf(["code", "message"]),
    );
    expect(shape).toEqual({
      code: "code",
      message: "msg",
      requestId: "rid",
      requestIdHeader: "box-request-id",
    });
    expect(said.errors).toEqual([]);
  });

  it.each([
    [{ "x-sdk-error-fields": { reqId: "x" } }, /^#\/x-sdk-error-fields: .*"reqId" is not one/],
    [
      { "x-sdk-error-fields": ["code"] },
      /^#\/x-sdk-error-fields: x-sdk-error-fields must map code, message/,
    ],
    [
      { "x-sdk-request-id-header": "not a header" },
      /^#\/x-sdk-request-id-header: .* a header name, got "not a header"/,
    ],
  ])("%j is an error at it", (document, error) => {
    expect(shapeOf(document, schemaOf(["code"])).said.errors).toEqual([
      expect.stringMatching(error),
    ]);
  });
});
