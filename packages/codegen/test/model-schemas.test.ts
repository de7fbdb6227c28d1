import { describe, expect, it } from "vitest";
import { EMITTERS, runInputs, snippetRequest } from "../src/index.js";
import { emitTypes } from "../src/emit/types-package.js";
import { withSpec } from "./helpers.js";

describe("format: binary", () => {
  it("is a Blob in raw-bytes media types and a string inside a JSON body", async () => {
    const spec = [
      "openapi: 3.0.3",
      "info: { title: t, version: '1' }",
      "paths:",
      "  /x:",
      "    post:",
      "      requestBody:",
      "        content:",
      "          application/json: { schema: { type: object, properties: { inJson: { type: string, format: binary } } } }",
      "          multipart/form-data: { schema: { type: object, properties: { inForm: { type: string, format: binary } } } }",
      "      responses: { '204': { description: ok } }",
    ].join("\n");
    const types = await withSpec(spec, async (model) => (await emitTypes(model))[0]!.contents);
    expect(types).toMatch(/inJson\?: string;/);
    expect(types).toMatch(/inForm\?: Blob;/);
  });
});

describe("a schema that two discriminators name differently", () => {
  it("is typed by its own properties, so that each operation's name for it compiles", async () => {
    const spec = [
      "openapi: 3.0.3",
      "info: { title: t, version: '1' }",
      "paths:",
      "  /mapped:",
      "    post:",
      "      requestBody:",
      "        content:",
      "          application/json:",
      "            schema:",
      "              oneOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }]",
      "              discriminator: { propertyName: kind, mapping: { Option A: '#/components/schemas/A', Option B: '#/components/schemas/B' } }",
      "      responses: { '204': { description: ok } }",
      "  /implicit:",
      "    post:",
      "      requestBody:",
      "        content:",
      "          application/json:",
      "            schema:",
      "              oneOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }]",
      "              discriminator: { propertyName: kind }",
      "      responses: { '204': { description: ok } }",
      "components:",
      "  schemas:",
      "    A: { type: object, required: [kind], properties: { kind: { type: string }, a: { type: string } } }",
      "    B: { type: object, required: [kind], properties: { kind: { type: string }, b: { type: string } } }",
    ].join("\n");
    const types = await withSpec(spec, async (model) => (await emitTypes(model))[0]!.contents);
    expect(types).not.toContain('kind: "Option A"');
    expect(types).toMatch(/A: \{\s+kind: string;/);
  });
});

describe("request types accept what the schema allows", () => {
  it("a property with a default is optional, and an object without properties is open", async () => {
    const spec = [
      "openapi: 3.0.3",
      "info: { title: t, version: '1' }",
      "paths: {}",
      "components:",
      "  schemas:",
      "    Check: { type: object, properties: { timeout: { type: integer, default: 10 }, labels: { type: object } } }",
    ].join("\n");
    const types = await withSpec(spec, async (model) => (await emitTypes(model))[0]!.contents);
    expect(types).toMatch(/timeout\?: number;/);
    expect(types).toMatch(/labels\?: Record<string, unknown>;/);
  });
});

describe("a discriminator mapping that names schemas instead of $refs", () => {
  it("loads, and the names mean the schemas' refs", async () => {
    const spec = [
      "openapi: 3.0.3",
      "info: { title: t, version: '1' }",
      "paths:",
      "  /x:",
      "    post:",
      "      requestBody:",
      "        content:",
      "          application/json:",
      "            schema:",
      "              oneOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }]",
      "              discriminator: { propertyName: kind, mapping: { Option A: A, Option B: B } }",
      "      responses: { '204': { description: ok } }",
      "components:",
      "  schemas:",
      "    A: { type: object, required: [kind], properties: { kind: { type: string }, a: { type: string } } }",
      "    B: { type: object, required: [kind], properties: { kind: { type: string }, b: { type: string } } }",
    ].join("\n");
    const mapping = await withSpec(
      spec,
      (model) =>
        (
          model.operations[0]!.requestBody!.mediaTypes[0]!.schema as {
            discriminator: { mapping: object };
          }
        ).discriminator.mapping,
    );
    expect(mapping).toEqual({
      "Option A": "#/components/schemas/A",
      "Option B": "#/components/schemas/B",
    });
  });
});

describe("a path item that is a $ref to another path", () => {
  it("gives two operations, each with its own code samples in the published spec", async () => {
    const spec = [
      "openapi: 3.0.3",
      "info: { title: t, version: '1' }",
      "servers: [{ url: 'https://api.example.com' }]",
      "paths:",
      "  /alias:",
      "    $ref: '#/paths/~1source'",
      "  /source:",
      "    get:",
      "      responses: { '204': { description: ok } }",
    ].join("\n");
    const samples = await withSpec(spec, async (model) => {
      const snippets = EMITTERS.find((e) => e.name === "snippets")!;
      const files = await snippets.emit(model, runInputs(model)(snippets));
      const published = JSON.parse(
        files.find((f) => f.path.endsWith("openapi.code-samples.json"))!.contents,
      );
      return ["/alias", "/source"].map(
        (p) =>
          published.paths[p].get["x-codeSamples"].find((s: { lang: string }) => s.lang === "Shell")
            ?.source as string,
      );
    });
    expect(samples[0]).toContain("https://api.example.com/alias");
    expect(samples[1]).toContain("https://api.example.com/source");
  });
});

describe("parameter examples meet their schemas' constraints", () => {
  it.each([
    [
      "a pattern (Twilio's Sids)",
      { type: "string", pattern: "^AC[0-9a-fA-F]{32}$" },
      /^AC[0-9a-fA-F]{32}$/,
    ],
    [
      "a pattern with a minimum length",
      { type: "string", pattern: "^s-[0-9]+$", minLength: 6 },
      /^s-[0-9]{4,}$/,
    ],
    ["a format", { type: "string", format: "date-time" }, /^\d{4}-\d\d-\d\dT/],
    ["a minimum length", { type: "string", minLength: 12 }, /^.{12,}$/],
    ["a minimum", { type: "integer", minimum: 5 }, /^([5-9]|\d\d+)$/],
    ["an integer example written as text", { type: "integer", example: "23456" }, /^23456$/],
  ])("%s", async (_name, schema, want) => {
    const spec = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {
        "/things": {
          get: {
            parameters: [{ name: "Sid", in: "query", required: true, schema }],
            responses: { "204": { description: "ok" } },
          },
        },
      },
    };
    const values = await Promise.all(
      [1, 2].map(() => withSpec(spec, (model) => model.operations[0]!.parameters[0]!.exampleValue)),
    );
    expect(String(values[0])).toMatch(want);
    if (schema.type === "integer") expect(typeof values[0]).toBe("number");
    expect(values[1]).toEqual(values[0]); // the same on every run
  });
});

describe("a path key with a #fragment (Box's variants of one endpoint)", () => {
  it("is sent without the fragment, so that the query string is not swallowed", async () => {
    const spec = [
      "openapi: 3.0.3",
      "info: { title: t, version: '1' }",
      "servers: [{ url: 'https://api.example.com' }]",
      "paths:",
      "  /folders/{id}#remove_link:",
      "    put:",
      "      parameters:",
      "        - { name: id, in: path, required: true, schema: { type: string }, example: f-1 }",
      "        - { name: fields, in: query, required: true, schema: { type: string }, example: link }",
      "      responses: { '204': { description: ok } }",
    ].join("\n");
    const { requestPath, url, endpoint } = await withSpec(spec, async (model) => {
      const client = EMITTERS.find((e) => e.name === "client")!;
      const source = (await client.emit(model, runInputs(model)(client)))
        .map((f) => f.contents)
        .join("\n");
      return {
        requestPath: model.operations[0]!.requestPath,
        url: snippetRequest(model, model.operations[0]!).url,
        endpoint: /Endpoint: Operation = \[\s*"put",\s*"([^"]*)"/.exec(source)?.[1],
      };
    });
    expect(requestPath).toBe("/folders/{id}");
    expect(url).toBe("https://api.example.com/folders/f-1?fields=link");
    expect(endpoint).toBe("/folders/{id}");
  });
});
