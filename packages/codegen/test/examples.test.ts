/**
 * Example bodies: the spec's example when its schema accepts it, else one synthesised from the
 * properties' examples, else one synthesised from the schema alone — so that a spec whose
 * examples contradict its schema still gets requests the mock (and the API) accept.
 */
import { describe, expect, it } from "vitest";
import { exampleBody } from "../src/index.js";
import { withSpec } from "./helpers.js";

function bodyOf(schema: object, example?: unknown): Promise<unknown> {
  const document = {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    components: {
      schemas: {
        Cat: {
          type: "object",
          required: ["kind", "lives"],
          properties: { kind: { type: "string", enum: ["Cat"] }, lives: { const: 9 } },
        },
        Dog: {
          type: "object",
          required: ["kind", "bark"],
          properties: { kind: { type: "string", enum: ["Dog"] }, bark: { type: "boolean" } },
        },
      },
    },
    paths: {
      "/x": {
        post: {
          requestBody: {
            content: { "application/json": { schema, ...(example !== undefined && { example }) } },
          },
          responses: { "204": { description: "ok" } },
        },
      },
    },
  };
  return withSpec(document, (model) =>
    exampleBody(model, model.operations[0]!.requestBody!.mediaTypes[0]!, "request"),
  );
}

const ROLE = { type: "string", enum: ["editor", "viewer"] };

describe("exampleBody", () => {
  it.each([
    [
      "the media type's example, when valid",
      { type: "object", properties: { role: ROLE } },
      { role: "viewer" },
      { role: "viewer" },
    ],
    [
      "the properties' examples, when the media example lacks a required property",
      { type: "object", required: ["id"], properties: { id: { type: "string", example: "7" } } },
      {},
      { id: "7" },
    ],
    [
      "the schema alone, when a property's example is not one of its enum values",
      { type: "object", properties: { role: { ...ROLE, example: "string" } } },
      undefined,
      { role: "editor" },
    ],
    [
      "every required property, with a value of its format",
      {
        type: "object",
        required: ["at", "n"],
        properties: { at: { type: "string", format: "date-time" }, n: { type: "integer" } },
      },
      undefined,
      { at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), n: expect.any(Number) },
    ],
    [
      "a synthesised one, when the example holds a property the schema does not declare",
      { type: "object", properties: { multi_select: { type: "boolean", example: true } } },
      { multiSelect: true },
      { multi_select: true },
    ],
    [
      "the example with extra properties, where the schema allows them",
      { type: "object", properties: { a: { type: "string" } }, additionalProperties: true },
      { a: "x", extra: 1 },
      { a: "x", extra: 1 },
    ],
    [
      "a readOnly required property left out of a request",
      {
        type: "object",
        required: ["id", "name"],
        properties: {
          id: { type: "string", readOnly: true },
          name: { type: "string", example: "n" },
        },
      },
      undefined,
      { name: "n" },
    ],
    [
      "a synthesised one, when the example holds a property no member of an allOf declares",
      {
        allOf: [
          { type: "object", properties: { multi_select: { type: "boolean", example: true } } },
          { description: "notes only" },
        ],
      },
      { multiSelect: true },
      { multi_select: true },
    ],
    [
      "a stand-in for a property the schema requires but does not declare",
      {
        type: "object",
        required: ["grant_type"],
        properties: { token: { type: "string", example: "t" } },
      },
      undefined,
      { token: "t", grant_type: "example" },
    ],
    [
      "stand-ins at any depth",
      {
        type: "object",
        properties: {
          lock: {
            type: "object",
            required: ["type"],
            properties: { access: { type: "string", example: "lock" } },
          },
        },
      },
      undefined,
      { lock: { access: "lock", type: "example" } },
    ],
    [
      "a string its pattern matches, where synthesis writes one the pattern refuses",
      {
        type: "object",
        required: ["uri"],
        properties: { uri: { type: "string", pattern: "^/images/[a-f0-9]{24}$" } },
      },
      undefined,
      { uri: expect.stringMatching(/^\/images\/[a-f0-9]{24}$/) },
    ],
    [
      "a value of the type where a default of null does not fit it",
      { type: "object", properties: { note: { type: "string", default: null } } },
      undefined,
      { note: expect.any(String) },
    ],
    [
      "a nested const and a discriminator that names its branch",
      {
        type: "object",
        required: ["pet"],
        properties: {
          pet: {
            oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
            discriminator: { propertyName: "kind" },
          },
        },
      },
      undefined,
      { pet: { kind: "Cat", lives: 9 } },
    ],
  ])("%s", async (_name, schema, example, want) => {
    expect(await bodyOf(schema, example)).toEqual(want);
  });
});
