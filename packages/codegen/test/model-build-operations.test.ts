/**
 * The model's build modules for operations, bodies, servers, names, extensions and the
 * whole-document checks, as given/want tables on inline documents.
 */
import { describe, expect, it } from "vitest";
import { mediaKind, requestBody, responses } from "../src/model/build/bodies.js";
import { checkSelfRequiring } from "../src/model/build/checks.js";
import { extraAllowedHosts, tokenEnvironmentVariable } from "../src/model/build/extensions.js";
import { methodName, resourceName, urlMethodName } from "../src/model/build/names.js";
import { operations } from "../src/model/build/operations.js";
import { allowedHosts, servers } from "../src/model/build/servers.js";
import { inlineContext } from "./inline-spec.js";

describe("bodies and responses", () => {
  it.each([
    ["application/json", "json"],
    ["application/problem+json; charset=utf-8", "json"],
    ["text/csv", "text"],
    ["application/vnd.x+xml", "text"],
    ["application/x-www-form-urlencoded", "form"],
    ["multipart/form-data", "multipart"],
    ["application/octet-stream", "binary"],
    ["image/png", "binary"],
  ])("%s is written as %s", (type, kind) => {
    expect(mediaKind(type)).toBe(kind);
  });

  it.each(["get", "head"] as const)("a %s body is left out, with a warning at it", (method) => {
    const ctx = inlineContext();
    expect(requestBody(ctx, { content: {} }, method, "#/paths/~1a/get/requestBody")).toEqual({});
    expect(ctx.said().warnings).toEqual([
      expect.stringMatching(
        /^#\/paths\/~1a\/get\/requestBody: a .* request cannot carry a body in fetch/,
      ),
    ]);
  });

  it("a form body's fields: encoding applied, files found, refs followed", () => {
    const ctx = inlineContext({
      components: { schemas: { Tags: { type: "array", items: { type: "string" } } } },
    });
    const body = requestBody(
      ctx,
      {
        required: true,
        content: {
          "application/x-www-form-urlencoded": {
            schema: {
              properties: { tags: { $ref: "#/components/schemas/Tags" }, n: { type: "integer" } },
            },
            encoding: { tags: { style: "pipeDelimited" } },
          },
          "multipart/form-data": {
            schema: {
              properties: {
                file: { type: "string", format: "binary" },
                files: { type: "array", items: { format: "binary" } },
              },
            },
          },
        },
      },
      "post",
      "#/x",
    ).requestBody!;
    expect(body.required).toBe(true);
    expect(body.mediaTypes[0]!.fields).toEqual({
      tags: { style: "pipeDelimited", explode: false, shape: "array", binary: false },
      n: { style: "form", explode: true, shape: "primitive", binary: false },
    });
    expect(body.mediaTypes[1]!.fields).toEqual({
      file: { style: "form", explode: true, shape: "primitive", binary: true },
      files: { style: "form", explode: true, shape: "array", binary: true },
    });
  });

  it.each([
    ["3.0", undefined, [], ["operation has no `responses`"]],
    ["3.1", undefined, [], []],
    ["3.1", {}, [], ["operation has no `responses`"]],
    [
      "3.0",
      { 200: { description: "ok" }, "2XX": {}, 302: {}, default: {} },
      // JavaScript orders integer-like keys first.
      ["200:true", "302:false", "2XX:true", "default:false"],
      [],
    ],
  ] as const)("OpenAPI %s, responses %j", (version, written, want, errors) => {
    const ctx = inlineContext({}, version);
    const found = responses(ctx, written === undefined ? {} : { responses: written }, "#/op");
    expect(found.map((r) => `${r.status}:${r.success}`)).toEqual(want);
    expect(ctx.said().errors).toEqual(errors.map((e) => expect.stringContaining(e)));
  });
});

describe("servers and hosts", () => {
  it.each([
    [undefined, "", "https://api.example.com"],
    [[{ url: "/v1/" }], "/v1", "https://api.example.com/v1"],
    [
      [{ url: "https://{h}/api", variables: { h: { default: "up.example.com" } } }],
      "https://up.example.com/api",
      "https://up.example.com/api",
    ],
  ])("%j: default %s, example %s", (written, defaultUrl, exampleUrl) => {
    expect(servers(written)[0]).toMatchObject({ defaultUrl, exampleUrl });
  });

  it("hosts credentials may go to: each variable's default and enum values, and the extension's", () => {
    const ctx = inlineContext({
      servers: [
        {
          url: "https://{region}.example.com",
          variables: { region: { default: "eu", enum: ["eu", "us"] } },
        },
      ],
      "x-sdk-allowed-hosts": ["*.Example.org"],
    });
    expect(allowedHosts(ctx, [])).toEqual(["eu.example.com", "us.example.com", "*.example.org"]);
  });

  it.each([[["ok.com", "bad host"]], ["one.com"], [[1]]])(
    "x-sdk-allowed-hosts %j is an error at it",
    (written) => {
      const ctx = inlineContext({ "x-sdk-allowed-hosts": written });
      expect(extraAllowedHosts(ctx)).toEqual([]);
      expect(ctx.said().errors).toEqual([
        expect.stringMatching(/^#\/x-sdk-allowed-hosts: .* host names or \*\.suffix patterns/),
      ]);
    },
  );
});

describe("names", () => {
  it.each([
    [{ "x-sdk-method-name": "custom" }, "anId", "get", "/a", "custom"],
    [{}, "get-file_by.id", "get", "/a", "getFileById"],
    [{}, undefined, "get", "/files/{file_id}/content", "getFilesByFileIdContent"],
    [{}, "!!!", "post", "/files", "postFiles"],
  ] as const)("%j, operationId %s, %s %s → %s", (op, operationId, method, path, want) => {
    expect(methodName(inlineContext(), op, operationId, method, path, "#/op")).toBe(want);
  });

  it("a method name that is not an identifier is an error at the extension", () => {
    const ctx = inlineContext();
    expect(methodName(ctx, { "x-sdk-method-name": "not one" }, "getIt", "get", "/a", "#/op")).toBe(
      "getIt",
    );
    expect(ctx.said().errors).toEqual([
      expect.stringMatching(/^#\/op\/x-sdk-method-name: .* JavaScript identifier, got "not one"/),
    ]);
  });

  it.each([
    ["getFileUploadSessionById", "getFileUploadSessionByUrl"],
    ["uploadFilePart", "uploadFilePartByUrl"],
  ])("%s → %s", (name, want) => {
    expect(urlMethodName(name)).toBe(want);
  });

  it.each([
    [{ "x-box-tag": "chunked_uploads", tags: ["Uploads"] }, "chunkedUploads"],
    [{ tags: ["Tagged"] }, "boxName"],
    [{ tags: ["Plain words"] }, "plainWords"],
    [{}, "default"],
  ])("%j lives in %s", (op, want) => {
    const ctx = inlineContext({ tags: [{ name: "Tagged", "x-box-tag": "box_name" }] });
    expect(resourceName(ctx, op)).toBe(want);
  });
});

describe("operations", () => {
  it("a duplicate operationId is an error at the second, pointing at the first", () => {
    const ctx = inlineContext({
      paths: {
        "/a": { get: { operationId: "same", responses: { 200: {} } } },
        "/b": { get: { operationId: "same", responses: { 200: {} } } },
      },
    });
    expect(operations(ctx).map((o) => o.key)).toEqual(["same", "same"]);
    expect(
      ctx.errors.map((e) => [e.location.pointer, e.message, e.related.map((r) => r.pointer)]),
    ).toEqual([
      [
        "#/paths/~1b/get/operationId",
        'duplicate operationId "same"',
        ["#/paths/~1a/get/operationId"],
      ],
    ]);
  });

  it("inherits the document's servers and security, checking the document's security once", () => {
    const ctx = inlineContext({
      servers: [{ url: "https://api.example.com" }],
      security: [{ undeclared: [] }],
      paths: {
        "/a": { get: { responses: { 200: {} } }, put: { responses: { 200: {} } } },
        "/b": { get: { security: [], responses: { 200: {} } } },
      },
    });
    const found = operations(ctx);
    expect(found.map((o) => [o.key, o.servers[0]!.url, o.security.length])).toEqual([
      ["GET /a", "https://api.example.com", 1],
      ["PUT /a", "https://api.example.com", 1],
      ["GET /b", "https://api.example.com", 0],
    ]);
    expect(ctx.said().errors).toEqual([expect.stringMatching(/^#\/security\/0\/undeclared: /)]);
  });

  it.each([
    [{ paths: [] }, /^#\/paths: `paths` must be a mapping/],
    [
      { paths: { a: { get: { responses: { 200: {} } } } } },
      /^#\/paths\/a: path "a" must start with "\/"/,
    ],
  ])("%j is reported", (document, error) => {
    const ctx = inlineContext(document);
    operations(ctx);
    expect(ctx.said().errors).toEqual([expect.stringMatching(error)]);
  });

  it("warns of a query in a path key, and keeps the operation", () => {
    const ctx = inlineContext({
      paths: {
        "/r/{id}?beta=true": {
          get: {
            parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
            responses: { 200: {} },
          },
        },
      },
    });
    expect(operations(ctx).map((o) => o.requestPath)).toEqual(["/r/{id}?beta=true"]);
    expect(ctx.said().errors).toEqual([]);
    expect(ctx.said().warnings).toEqual([
      expect.stringMatching(
        /^#\/paths\/~1r~1\{id\}\?beta=true: path .* holds a query \(\?beta=true\)/,
      ),
    ]);
  });
});

describe("extensions and whole-document checks", () => {
  it.each([
    [undefined, "API_TOKEN", []],
    ["BOX_ACCESS_TOKEN", "BOX_ACCESS_TOKEN", []],
    [
      "not-a-name",
      "API_TOKEN",
      [/^#\/x-sdk-token-env: .* environment variable name, got "not-a-name"/],
    ],
  ])("x-sdk-token-env %j → %s", (written, want, errors) => {
    const ctx = inlineContext(written === undefined ? {} : { "x-sdk-token-env": written });
    expect(tokenEnvironmentVariable(ctx)).toBe(want);
    expect(ctx.said().errors).toEqual(errors.map((e) => expect.stringMatching(e)));
  });

  it.each([
    [
      "a required self",
      {
        type: "object",
        required: ["parent"],
        properties: { parent: { $ref: "#/components/schemas/Node" } },
      },
      /every Node requires parent, itself a Node/,
    ],
    [
      "a nullable self",
      {
        type: "object",
        required: ["parent"],
        properties: { parent: { allOf: [{ $ref: "#/components/schemas/Node" }], nullable: true } },
      },
      undefined,
    ],
    [
      "an optional self",
      { type: "object", properties: { parent: { $ref: "#/components/schemas/Node" } } },
      undefined,
    ],
    [
      "a list of selves",
      {
        type: "object",
        required: ["kids"],
        properties: { kids: { type: "array", items: { $ref: "#/components/schemas/Node" } } },
      },
      undefined,
    ],
  ])("a Node holding %s", (_name, Node, warning) => {
    const ctx = inlineContext({ components: { schemas: { Node } } });
    checkSelfRequiring(ctx);
    expect(ctx.said().warnings).toEqual(warning ? [expect.stringMatching(warning)] : []);
  });
});
