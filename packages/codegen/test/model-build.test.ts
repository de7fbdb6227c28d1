/**
 * The model's build modules, each as a table of given/want rows on inline documents: what a
 * piece of OpenAPI becomes, and what a wrong one is reported as (pointer and message).
 */
import { describe, expect, it } from "vitest";
import { scalarExample } from "../src/model/build/parameter-examples.js";
import { checkPathParameters, parameters } from "../src/model/build/parameters.js";
import { carrierOf, securityRequirements, securitySchemes } from "../src/model/build/security.js";
import { serialization } from "../src/model/build/serialization.js";
import { inlineContext } from "./inline-spec.js";

describe("security: what each scheme's credential travels in", () => {
  it.each([
    [{ type: "oauth2", flows: {} }, { kind: "bearer" }],
    [{ type: "openIdConnect", openIdConnectUrl: "https://x" }, { kind: "bearer" }],
    [{ type: "http", scheme: "Bearer" }, { kind: "bearer" }],
    [{ type: "http", scheme: "basic" }, { kind: "basic" }],
    [
      { type: "apiKey", in: "header", name: "X-Key" },
      { kind: "header", name: "X-Key" },
    ],
    [
      { type: "apiKey", in: "query", name: "key" },
      { kind: "query", name: "key" },
    ],
    [
      { type: "apiKey", in: "cookie", name: "sid" },
      { kind: "cookie", name: "sid" },
    ],
    [{ type: "mutualTLS" }, { kind: "tls" }],
    [
      { type: "http", scheme: "digest" },
      { kind: "unsupported", reason: expect.stringMatching(/"digest"/) },
    ],
    [
      { type: "apiKey", in: "header" },
      { kind: "unsupported", reason: expect.stringMatching(/without a `name`/) },
    ],
    [
      { type: "apiKey", in: "body", name: "k" },
      { kind: "unsupported", reason: expect.stringMatching(/`in: body`/) },
    ],
    [{ type: "magic" }, { kind: "unsupported", reason: expect.stringMatching(/"magic"/) }],
  ])("%j → %j", (scheme, want) => {
    expect(carrierOf(scheme)).toEqual(want);
  });

  it("warns, at the scheme, of one the packages cannot send; never for one they can", () => {
    const ctx = inlineContext({
      components: {
        securitySchemes: {
          digest: { type: "http", scheme: "digest" },
          token: { $ref: "#/components/securitySchemes/real" },
          real: { type: "http", scheme: "bearer" },
        },
      },
    });
    expect(securitySchemes(ctx).map((s) => [s.name, s.carrier.kind])).toEqual([
      ["digest", "unsupported"],
      ["token", "bearer"],
      ["real", "bearer"],
    ]);
    expect(ctx.said().warnings).toEqual([
      expect.stringMatching(
        /^#\/components\/securitySchemes\/digest: security scheme "digest" is the HTTP scheme "digest".*leave its credential to the caller$/,
      ),
    ]);
  });

  it.each([
    [
      ["basic", "oauth"],
      /needs basic and oauth at once, which all travel in the Authorization header/,
    ],
    [["keyA", "keyB"], /needs keyA and keyB at once, which all travel in the X-Key header/],
    [["keyA", "queryKey"], undefined],
    [["tls", "oauth"], undefined],
  ])("a requirement of %j: %s", (names, warning) => {
    const ctx = inlineContext({
      components: {
        securitySchemes: {
          basic: { type: "http", scheme: "basic" },
          oauth: { type: "oauth2", flows: {} },
          keyA: { type: "apiKey", in: "header", name: "X-Key" },
          keyB: { type: "apiKey", in: "header", name: "x-key" },
          queryKey: { type: "apiKey", in: "query", name: "X-Key" },
          tls: { type: "mutualTLS" },
        },
      },
    });
    const requirement = Object.fromEntries(names.map((n) => [n, []]));
    securityRequirements(ctx, [requirement], "#/security", true);
    expect(ctx.said().warnings).toEqual(warning ? [expect.stringMatching(warning)] : []);
  });

  it("reports a scheme no component declares, at the requirement's entry", () => {
    const ctx = inlineContext();
    expect(securityRequirements(ctx, [{ nope: ["read"] }], "#/security", true)).toEqual([
      { schemes: [{ name: "nope", scopes: ["read"] }] },
    ]);
    expect(ctx.said().errors).toEqual([
      expect.stringMatching(/^#\/security\/0\/nope: security requirement names the scheme "nope"/),
    ]);
  });
});

describe("serialization: the spec's style and explode, else the location's defaults", () => {
  it.each([
    ["path", {}, { type: "string" }, { style: "simple", explode: false, shape: "primitive" }],
    ["header", {}, { type: "array" }, { style: "simple", explode: false, shape: "array" }],
    ["query", {}, { type: "array" }, { style: "form", explode: true, shape: "array" }],
    ["cookie", {}, { type: "string" }, { style: "form", explode: true, shape: "primitive" }],
    [
      "query",
      { style: "pipeDelimited" },
      { items: {} },
      { style: "pipeDelimited", explode: false, shape: "array" },
    ],
    [
      "query",
      { style: "form", explode: false },
      { type: "array" },
      { style: "form", explode: false, shape: "array" },
    ],
    [
      "query",
      { style: "nonsense" },
      { type: "string" },
      { style: "form", explode: true, shape: "primitive" },
    ],
    [
      "query",
      { style: "deepObject", explode: true },
      { properties: { a: {}, b: {} } },
      { style: "deepObject", explode: true, shape: "object", propertyNames: ["a", "b"] },
    ],
  ] as const)("in %s, written %j, schema %j", (where, written, schema, want) => {
    expect(serialization(inlineContext(), where, written, schema)).toEqual(want);
  });
});

describe("parameters", () => {
  it("merges the path item's and the operation's, the operation's winning in place", () => {
    const ctx = inlineContext();
    const item = {
      parameters: [
        { name: "id", in: "path", required: true, schema: { type: "string" }, description: "item" },
        { name: "q", in: "query", schema: { type: "integer" } },
      ],
    };
    const op = { parameters: [{ name: "id", in: "path", required: true, description: "op" }] };
    const found = parameters(ctx, item, op, "#/paths/~1x~1{id}/get");
    expect(found.map(({ model, pointer }) => [model.name, model.description, pointer])).toEqual([
      ["id", "op", "#/paths/~1x~1{id}/get/parameters/0"],
      ["q", undefined, "#/paths/~1x~1{id}/parameters/1"],
    ]);
    expect(found[1]!.model.exampleValue).toBe(1);
  });

  it.each([
    [{ name: "Authorization", in: "header" }, [], [/header parameter Authorization is ignored/]],
    [
      { name: "x", in: "body" },
      [/needs a `name` and an `in` of path, query, header or cookie/],
      [],
    ],
    [{ in: "query" }, [/needs a `name`/], []],
  ])("%j is reported", (parameter, errors, warnings) => {
    const ctx = inlineContext();
    expect(parameters(ctx, {}, { parameters: [parameter] }, "#/paths/~1x/get")).toEqual([]);
    const said = ctx.said();
    expect(said.errors).toEqual(errors.map((e) => expect.stringMatching(e)));
    expect(said.warnings).toEqual(warnings.map((w) => expect.stringMatching(w)));
    for (const line of [...said.errors, ...said.warnings])
      expect(line).toMatch(/^#\/paths\/~1x\/get\/parameters\/0: /);
  });

  it.each([
    ["/a/{id}", [], [/path template parameter \{id\} in \/a\/\{id\} is not declared/]],
    ["/a", [{ name: "id", in: "path", required: true }], [/declared but \/a has no \{id\}/]],
    ["/a/{id}", [{ name: "id", in: "path" }], [/must have `required: true`/]],
    ["/a/{id}", [{ name: "id", in: "path", required: true }], []],
  ])("path %s with %j", (path, declared, errors) => {
    const ctx = inlineContext();
    const located = parameters(ctx, {}, { parameters: declared }, "#/paths/~1a/get");
    checkPathParameters(ctx, path, located, "#/paths/~1a/get");
    expect(ctx.said().errors).toEqual(errors.map((e) => expect.stringMatching(e)));
  });

  it.each([
    ["an example", "abc", { type: "string" }, "abc"],
    ["a quoted number", "23456", { type: "integer" }, 23456],
    ["a quoted boolean", "false", { type: "boolean" }, false],
    ["the schema's default", undefined, { type: "string", default: "d" }, "d"],
    ["the first enum value", undefined, { enum: ["b", "c"] }, "b"],
    ["a bounded number", undefined, { type: "integer", minimum: 5 }, 5],
    ["a stand-in", undefined, { type: "string" }, "example-name"],
    ["a boolean stand-in", undefined, { type: "boolean" }, true],
  ])("a scalar example from %s", (_why, example, schema, want) => {
    expect(scalarExample(example, schema, "name")).toBe(want);
  });
});
