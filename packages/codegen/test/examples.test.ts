/**
 * Example bodies: the spec's example when its schema accepts it, else one synthesised from the
 * properties' examples, else one synthesised from the schema alone — so that a spec whose
 * examples contradict its schema still gets requests the mock (and the API) accept.
 */
import { describe, expect, it } from "vitest";
import { exampleBody } from "../src/index.js";
import { checkerFor } from "../src/model/schema-checker.js";
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
      "the value of a nullable union (3.1's oneOf of null and a type), its pattern matched",
      {
        type: "object",
        required: ["team_id", "kind"],
        properties: {
          // Discord's snowflakes: a null, or digits.
          team_id: { oneOf: [{ type: "null" }, { type: "string", pattern: "^(0|[1-9][0-9]*)$" }] },
          kind: { oneOf: [{ type: "null" }, { type: "integer", enum: [1, 4] }] },
        },
      },
      undefined,
      { team_id: expect.stringMatching(/^(0|[1-9][0-9]*)$/), kind: 1 },
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

/**
 * Schemas the sampler's first guesses fail, where the validator's complaints mend the guess
 * (guided repair), and OpenAPI's discriminator tells open branches apart. Each body must be
 * one the mock's checker accepts, so each row could fail.
 */
describe("exampleBody, mended by the validator's complaints", () => {
  const components = {
    Person: {
      type: "object",
      required: ["name"],
      properties: { name: { type: "string" }, employer: { $ref: "#/components/schemas/Company" } },
    },
    Company: {
      type: "object",
      required: ["name", "ceo"],
      properties: { name: { type: "string" }, ceo: { $ref: "#/components/schemas/Person" } },
    },
    Pet: {
      type: "object",
      required: ["pet_type"],
      properties: { pet_type: { type: "string" } },
      discriminator: { propertyName: "pet_type" },
    },
    Cat: {
      allOf: [{ $ref: "#/components/schemas/Pet" }, { properties: { hunts: { type: "boolean" } } }],
    },
    Dog: {
      allOf: [{ $ref: "#/components/schemas/Pet" }, { properties: { bark: { type: "boolean" } } }],
    },
    OpenCat: {
      type: "object",
      properties: { kind: { type: "string" }, hunts: { type: "boolean" } },
    },
    OpenDog: {
      type: "object",
      properties: { kind: { type: "string" }, bark: { type: "boolean" } },
    },
  };
  const checked = (schema: object) =>
    withSpec(
      {
        openapi: "3.0.3",
        info: { title: "t", version: "1" },
        components: { schemas: components },
        paths: {
          "/x": {
            post: {
              requestBody: { content: { "application/json": { schema } } },
              responses: { "204": { description: "ok" } },
            },
          },
        },
      },
      (model) => {
        const media = model.operations[0]!.requestBody!.mediaTypes[0]!;
        const value = exampleBody(model, media, "request");
        return { value, problems: checkerFor(model).body(media, value) };
      },
    );

  it.each([
    [
      "a recursive schema whose required properties go two levels down",
      { $ref: "#/components/schemas/Company" },
    ],
    [
      "format: url, which the sampler writes as a plain string",
      { type: "object", required: ["u"], properties: { u: { type: "string", format: "url" } } },
    ],
    [
      "an allOf member that closes the object against another member's properties",
      {
        allOf: [
          { type: "object", properties: { a: { type: "string" } }, additionalProperties: false },
          { type: "object", properties: { b: { type: "string" } } },
        ],
      },
    ],
    [
      "a oneOf of required sets that the sample satisfies both of",
      {
        type: "object",
        properties: {
          title: { type: "string" },
          category: { type: "string" },
          slug: { type: "string" },
        },
        oneOf: [{ required: ["title", "category"] }, { required: ["title", "slug"] }],
      },
    ],
    [
      "an optional property whose oneOf branches are identical, left out",
      {
        type: "object",
        properties: {
          id: { type: "string" },
          either: {
            oneOf: [
              { $ref: "#/components/schemas/OpenCat" },
              { $ref: "#/components/schemas/OpenCat" },
            ],
          },
        },
      },
    ],
    [
      "a discriminator inherited from an allOf member (Cat and Dog are Pets)",
      { oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }] },
    ],
    [
      "a discriminator over open objects with a mapping",
      {
        oneOf: [{ $ref: "#/components/schemas/OpenCat" }, { $ref: "#/components/schemas/OpenDog" }],
        discriminator: {
          propertyName: "kind",
          mapping: { cat: "#/components/schemas/OpenCat", dog: "#/components/schemas/OpenDog" },
        },
      },
    ],
  ])("%s", async (_name, schema) => {
    const { value, problems } = await checked(schema);
    expect(problems).toEqual([]);
    expect(value).toBeDefined();
  });

  it("names the branch by the discriminator's mapping, which the mock requires", async () => {
    const { value } = await checked({
      oneOf: [{ $ref: "#/components/schemas/OpenCat" }, { $ref: "#/components/schemas/OpenDog" }],
      discriminator: {
        propertyName: "kind",
        mapping: { cat: "#/components/schemas/OpenCat", dog: "#/components/schemas/OpenDog" },
      },
    });
    expect(["cat", "dog"]).toContain((value as { kind: string }).kind);
  });
});
