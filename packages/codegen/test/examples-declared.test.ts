/**
 * Example bodies, continued: what the TypeScript snippet declares of them (declaredOnly), the
 * checker on a oneOf nothing tells apart, and the working memory synthesis keeps.
 */
import { describe, expect, it } from "vitest";
import { declaredOnly } from "../src/model/examples.js";
import { exampleBody } from "../src/index.js";
import { releaseWorkingMemory } from "../src/cached.js";
import { checkerFor } from "../src/model/schema-checker.js";
import { withSpec } from "./helpers.js";

describe("declaredOnly (the TypeScript snippet's body)", () => {
  it("keeps what some branch of a oneOf of closed objects declares, and drops the rest", async () => {
    const document = {
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      paths: {},
      components: {
        schemas: {
          Attach: {
            type: "object",
            properties: { type: { type: "string" }, droplet_id: { type: "integer" } },
          },
          Detach: {
            type: "object",
            properties: { type: { type: "string" }, region: { type: "string" } },
          },
        },
      },
    };
    const schema = {
      anyOf: [{ $ref: "#/components/schemas/Attach" }, { $ref: "#/components/schemas/Detach" }],
    };
    const typed = await withSpec(document, (model) =>
      declaredOnly(
        model,
        { type: "attach", droplet_id: 1, region: "nyc1", volume_name: "v" },
        schema,
      ),
    );
    expect(typed).toEqual({ type: "attach", droplet_id: 1, region: "nyc1" });
  });
});

describe("declaredOnly on a union whose branches share a property name", () => {
  it("reads the shared property by the branch the value fits", async () => {
    // GitHub's ruleset rules: each rule type declares `parameters` of its own shape.
    const rule = (type: string, parameters: Record<string, unknown>, required: string[]) => ({
      type: "object",
      required: ["type"],
      properties: {
        type: { type: "string", enum: [type] },
        parameters: { type: "object", required, properties: parameters },
      },
    });
    const document = {
      openapi: "3.0.3",
      info: { title: "t", version: "1" },
      paths: {},
      components: {
        schemas: {
          Pattern: rule("pattern", { operator: { type: "string" }, pattern: { type: "string" } }, [
            "operator",
            "pattern",
          ]),
          Size: rule("size", { max_size: { type: "integer" } }, ["max_size"]),
        },
      },
    };
    const schema = {
      type: "array",
      items: {
        oneOf: [{ $ref: "#/components/schemas/Pattern" }, { $ref: "#/components/schemas/Size" }],
      },
    };
    const rules = [
      { type: "pattern", parameters: { operator: "contains", pattern: "github" } },
      { type: "size", parameters: { max_size: 5 } },
    ];
    const typed = await withSpec(document, (model) => declaredOnly(model, rules, schema));
    expect(typed).toEqual(rules);
  });
});

describe("a discriminator without a mapping, whose branches pin the property", () => {
  it("takes the pinned values, since the implicit names could never pass", async () => {
    // OpenAI's chunking strategies: `type` is "auto" or "static", not the schemas' names.
    const strategy = (type: string, extra: Record<string, unknown> = {}) => ({
      type: "object",
      additionalProperties: false,
      required: ["type", ...Object.keys(extra)],
      properties: { type: { type: "string", enum: [type] }, ...extra },
    });
    const document = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      components: {
        schemas: {
          StaticStrategy: strategy("static", { size: { type: "integer" } }),
          AutoStrategy: strategy("auto"),
        },
      },
      paths: {
        "/x": {
          post: {
            requestBody: {
              content: {
                "application/json": {
                  schema: {
                    oneOf: [
                      { $ref: "#/components/schemas/StaticStrategy" },
                      { $ref: "#/components/schemas/AutoStrategy" },
                    ],
                    discriminator: { propertyName: "type" },
                  },
                },
              },
            },
            responses: { "204": { description: "ok" } },
          },
        },
      },
    };
    const [example, accepted, refused] = await withSpec(document, (model) => {
      const media = model.operations[0]!.requestBody!.mediaTypes[0]!;
      const check = (value: unknown) => checkerFor(model).body(media, value);
      return [
        exampleBody(model, media, "request"),
        check({ type: "auto" }),
        check({ type: "AutoStrategy" }),
      ];
    });
    expect(accepted).toEqual([]);
    expect(refused).not.toEqual([]);
    expect(example).toMatchObject({ type: expect.stringMatching(/^(static|auto)$/) });
  });
});

describe("the checker's word on a oneOf nothing tells apart", () => {
  it("names the branches that both accept the value, and where the oneOf is", async () => {
    const problems = await withSpec(
      {
        openapi: "3.0.3",
        info: { title: "t", version: "1" },
        paths: {},
        components: {
          schemas: {
            Either: {
              oneOf: [
                { type: "object" },
                { type: "object", properties: { a: { type: "string" } } },
              ],
            },
          },
        },
      },
      (model) =>
        checkerFor(model).body(
          {
            type: "application/json",
            json: true,
            kind: "json",
            schema: { $ref: "#/components/schemas/Either" },
          },
          { a: "x" },
        ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /branches 0 and 1 of the oneOf at #\/components\/schemas\/Either\/oneOf both accept it/,
      ),
    ]);
  });
});

describe("declaredOnly within an index signature", () => {
  it("drops an optional declared property the additional properties' schema refuses", async () => {
    const schema = {
      type: "object",
      properties: { empty: { type: "boolean" } },
      additionalProperties: { type: "array", items: { type: "string" } },
    };
    const typed = await withSpec(
      { openapi: "3.0.3", info: { title: "t", version: "1" }, paths: {} },
      (model) => declaredOnly(model, { empty: true, a: ["x"] }, schema),
    );
    expect(typed).toEqual({ a: ["x"] });
  });
});

describe("the working memory of example synthesis", () => {
  it("is dropped when released, and made again when asked for", async () => {
    await withSpec(
      {
        openapi: "3.1.0",
        info: { title: "t", version: "1" },
        paths: {
          "/x": {
            post: {
              requestBody: {
                content: { "application/json": { schema: { type: "integer", minimum: 3 } } },
              },
              responses: { "204": { description: "ok" } },
            },
          },
        },
      },
      (model) => {
        const checker = checkerFor(model);
        expect(checkerFor(model)).toBe(checker);
        releaseWorkingMemory(model);
        const again = checkerFor(model);
        expect(again).not.toBe(checker);
        const media = model.operations[0]!.requestBody!.mediaTypes[0]!;
        expect(again.body(media, 2)).not.toEqual([]);
        expect(again.body(media, 3)).toEqual([]);
      },
    );
  });
});
