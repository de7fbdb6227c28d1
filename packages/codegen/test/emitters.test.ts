/**
 * Each emitter given a model, its output read as text: no disk, no formatter. What a method's
 * signature requires, what the types package names, what the snippets module holds. The file
 * snapshots (file-snapshots.test.ts) show every other line of the output for review.
 */
import { describe, expect, it } from "vitest";
import { emitClient } from "../src/emit/client-package.js";
import { emitSnippets } from "../src/emit/snippets-package.js";
import { snippetsOf } from "../src/emit/snippets/write-snippets.js";
import { emitTypes } from "../src/emit/types-package.js";
import { withSpec } from "./helpers.js";

/** A spec of one operation with the given parameters and, optionally, a JSON body. */
const spec = (parameters: object[], body?: object) => ({
  openapi: "3.1.0",
  info: { title: "Emitters", version: "1" },
  servers: [{ url: "https://api.example.com" }],
  paths: {
    "/things/{thing_id}": {
      post: {
        operationId: "update_thing",
        tags: ["Things"],
        summary: "Update a thing",
        parameters: [
          { name: "thing_id", in: "path", required: true, schema: { type: "string" } },
          ...parameters,
        ],
        ...(body && {
          requestBody: { required: true, content: { "application/json": { schema: body } } },
        }),
        responses: {
          "200": {
            description: "The thing.",
            content: {
              "application/json": {
                schema: { type: "object", properties: { id: { type: "string" } } },
              },
            },
          },
        },
      },
    },
  },
});

const contentsOf = (files: Array<{ path: string; contents: string }>, end: string) =>
  files.find((f) => f.path.endsWith(end))!.contents;

describe("the client emitter", () => {
  it.each([
    [
      "a required header",
      "options:",
      [{ name: "digest", in: "header", required: true, schema: { type: "string" } }],
    ],
    [
      "a required query parameter",
      "options:",
      [{ name: "fields", in: "query", required: true, schema: { type: "string" } }],
    ],
    [
      "only optional parameters",
      "options?:",
      [{ name: "fields", in: "query", schema: { type: "string" } }],
    ],
    ["no parameter besides the path", "options?:", []],
  ])("with %s, the options argument is written `%s`", async (_name, want, parameters) => {
    await withSpec(spec(parameters), (model) => {
      const resource = contentsOf(emitClient(model), "things.generated.ts");
      const signature =
        /updateThing\(thingId: string, (options\??:) OperationOptions<UpdateThingParams>\)/.exec(
          resource,
        );
      expect(signature?.[1], resource).toBe(want);
    });
  });

  it("puts the body after the path parameters, typed by the request body alias", async () => {
    await withSpec(
      spec([], { type: "object", required: ["name"], properties: { name: { type: "string" } } }),
      (model) => {
        const resource = contentsOf(emitClient(model), "things.generated.ts");
        expect(resource).toMatch(
          /updateThing\(\s*thingId: string,\s*body: UpdateThingRequestBody,\s*options\?: OperationOptions<UpdateThingParams>,?\s*\): ApiPromise<UpdateThingResponse>/,
        );
        // The descriptor the transport reads: method, path, server index, media type.
        expect(resource).toContain(
          'const updateThingEndpoint: Operation = ["post","/things/{thing_id}",0,"application/json"];',
        );
      },
    );
  });

  it("exports a standalone function per method, renamed where the method's name cannot name one", async () => {
    const operation = (operationId: string) => ({
      operationId,
      tags: ["Things"],
      responses: { "204": { description: "Done." } },
    });
    const document = {
      ...spec([]),
      paths: {
        "/things/{thing_id}": {
          parameters: [
            { name: "thing_id", in: "path", required: true, schema: { type: "string" } },
          ],
          delete: operation("delete"),
          get: operation("createClient"),
          put: operation("deleteOperation"),
        },
      },
    };
    await withSpec(document, (model) => {
      const files = emitClient(model);
      const resource = contentsOf(files, "things.generated.ts");
      // `delete` is a reserved word and `createClient` the entry's own export; the suffix counts
      // past a method that already has the first choice.
      expect(resource).toMatch(/export function deleteOperation2\(\s*client: CoreClient,/);
      expect(resource).toMatch(/export function createClientOperation\(\s*client: CoreClient,/);
      expect(resource).toMatch(/export function deleteOperation\(\s*client: CoreClient,/);
      // The resource keeps the methods' names, each bound to its function.
      expect(resource).toContain("delete: deleteOperation2,");
      expect(resource).toContain("createClient: createClientOperation,");
      expect(resource).toMatch(/\n\s+deleteOperation,\n/);
      expect(contentsOf(files, "client.generated.ts")).toContain(
        "export { deleteOperation2, createClientOperation, deleteOperation } from",
      );
    });
  });

  it("names the spec's servers and allowed hosts in servers.generated.ts", async () => {
    await withSpec(spec([]), (model) => {
      const servers = contentsOf(emitClient(model), "servers.generated.ts");
      expect(servers).toContain('["https://api.example.com", {}]');
      expect(servers).toMatch(/ALLOWED_HOSTS[^\n]*"api\.example\.com"/);
    });
  });
});

describe("the types emitter", () => {
  it("exports per operation its parameters, body and response, and per schema a name", async () => {
    const document = {
      ...spec([], { $ref: "#/components/schemas/Thing" }),
      components: {
        schemas: { Thing: { type: "object", properties: { name: { type: "string" } } } },
      },
    };
    await withSpec(document, async (model) => {
      const files = await emitTypes(model);
      const aliases = contentsOf(files, "aliases.generated.ts");
      expect(aliases).toContain('export type Thing = components["schemas"]["Thing"];');
      expect(aliases).toMatch(
        /export type UpdateThingParams = paths\["\/things\/\{thing_id\}"\]\["post"\]\["parameters"\]/,
      );
      expect(aliases).toMatch(/export type UpdateThingRequestBody = /);
      expect(aliases).toMatch(/export type UpdateThingResponse = /);
      const types = contentsOf(files, "openapi.generated.ts");
      expect(types).toContain('"/things/{thing_id}": {');
      expect(files.find((f) => f.path.endsWith("openapi.generated.ts"))!.preformatted).toBe(true);
    });
  });
});

describe("the snippets emitter", () => {
  it("writes the data once, in snippets.json, and a module that imports it", async () => {
    await withSpec(spec([]), async (model) => {
      const files = await emitSnippets(model, { snippets: snippetsOf(model) });
      const data = JSON.parse(contentsOf(files, "snippets.json")) as Array<{
        operationId: string;
        lang: string;
      }>;
      expect(new Set(data.map((s) => s.operationId))).toEqual(new Set(["update_thing"]));
      expect(data).toHaveLength(8);
      const module = contentsOf(files, "snippets.generated.ts");
      expect(module).toContain('import json from "./snippets.json" with { type: "json" };');
      expect(module).not.toContain("curl --request");
      expect(module).toContain('export const OPERATIONS = ["update_thing"] as const;');
      // The Markdown page of the operation, one section per language.
      expect(contentsOf(files, "docs/update_thing.md").match(/^## /gm)).toHaveLength(8);
    });
  });
});
