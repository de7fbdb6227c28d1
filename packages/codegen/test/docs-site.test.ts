/**
 * The reference site's emitter, given a model: what each page holds, schema trees (refs
 * followed, allOf merged, alternatives, recursion), and that nothing from the spec reaches a page
 * as markup. The browser tests in packages/docs check the pages as a person uses them.
 */
import { describe, expect, it } from "vitest";
import { emitDocs } from "../src/emit/docs-site.js";
import { snippetsOf } from "../src/emit/snippets/write-snippets.js";
import { schemaView, sharedComponents } from "../src/model/schema-view.js";
import { FULL_SIDEBAR_OPERATIONS } from "../src/emit/docs/sidebar.js";
import { withSpec } from "./helpers.js";

const spec = (schemas: object, paths: object = {}) => ({
  openapi: "3.1.0",
  info: { title: "Docs <test>", version: "1" },
  servers: [{ url: "https://{region}.example.com/v1", variables: { region: { default: "eu" } } }],
  paths,
  components: { schemas },
});

describe("schemaView", () => {
  it("follows refs, merges allOf members and marks required fields", async () => {
    await withSpec(
      spec({
        Base: { type: "object", required: ["id"], properties: { id: { type: "string" } } },
        Item: {
          allOf: [
            { $ref: "#/components/schemas/Base" },
            { type: "object", properties: { size: { type: "integer", format: "int64" } } },
          ],
        },
      }),
      (model) => {
        const tree = schemaView(model, { $ref: "#/components/schemas/Item" });
        expect(tree.ref).toBe("Item");
        expect(tree.children.map((c) => [c.name, c.type, c.required])).toEqual([
          ["id", "string", true],
          ["size", "integer (int64)", false],
        ]);
      },
    );
  });

  it("names a schema met again on its own path instead of expanding it forever", async () => {
    await withSpec(
      spec({
        Node: {
          type: "object",
          properties: {
            parent: { $ref: "#/components/schemas/Node" },
            children: { type: "array", items: { $ref: "#/components/schemas/Node" } },
          },
        },
      }),
      (model) => {
        const tree = schemaView(model, { $ref: "#/components/schemas/Node" });
        expect(tree.children.map((c) => [c.name, c.type, c.recursive])).toEqual([
          ["parent", "object", true],
          ["children", "array of Node", true],
        ]);
      },
    );
  });

  it("shows oneOf branches as alternatives, and a list's entries' fields", async () => {
    await withSpec(
      spec({
        Cat: { type: "object", properties: { meows: { type: "boolean" } } },
        Dog: { type: "object", properties: { barks: { type: "boolean" } } },
        Pets: {
          type: "array",
          items: {
            oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
          },
        },
      }),
      (model) => {
        const tree = schemaView(model, { $ref: "#/components/schemas/Pets" });
        expect(tree.type).toBe("array of one of");
        expect(tree.childKind).toBe("oneOf");
        expect(tree.children.map((c) => [c.name, c.children.map((f) => f.name)])).toEqual([
          ["Cat", ["meows"]],
          ["Dog", ["barks"]],
        ]);
      },
    );
  });

  it("finds the components more than one tree expands, and leaves them unexpanded when asked", async () => {
    await withSpec(
      spec({
        User: { type: "object", properties: { id: { type: "string" } } },
        Error: { type: "object", properties: { code: { type: "string" } } },
        File: {
          type: "object",
          properties: {
            created_by: { $ref: "#/components/schemas/User" },
            modified_by: { $ref: "#/components/schemas/User" },
            shared_with: { type: "array", items: { $ref: "#/components/schemas/User" } },
          },
        },
      }),
      (model) => {
        const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
        // Error under two responses, User three times in File; File once.
        expect(sharedComponents(model, [ref("File"), ref("Error"), ref("Error")])).toEqual([
          "User",
          "Error",
        ]);
        expect(sharedComponents(model, [ref("File"), ref("Error")])).toEqual(["User"]);
        const tree = schemaView(model, ref("File"), new Set(["User"]));
        expect(tree.children.map((c) => [c.name, c.shownApart, c.children.length])).toEqual([
          ["created_by", "User", 0],
          ["modified_by", "User", 0],
          ["shared_with", "User", 0],
        ]);
        // Its own block draws it whole.
        expect(schemaView(model, ref("User"), new Set()).children).toHaveLength(1);
      },
    );
  });

  it("stops at a size a page can hold", async () => {
    const properties = Object.fromEntries(
      Array.from({ length: 400 }, (_, i) => [`field${i}`, { type: "string" }]),
    );
    await withSpec(spec({ Wide: { type: "object", properties } }), (model) => {
      const tree = schemaView(model, { $ref: "#/components/schemas/Wide" });
      expect(tree.truncated).toBe(true);
      expect(tree.children.length).toBeLessThan(400);
    });
  });
});

describe("emitDocs", () => {
  const paths = {
    "/things/{thing_id}": {
      get: {
        operationId: "get_thing",
        summary: 'Get a <script>alert("x")</script> thing',
        description: "Returns it. <img src=x onerror=alert(1)> **Bold**.",
        security: [{ Token: [] }],
        parameters: [
          {
            name: "thing_id",
            in: "path",
            required: true,
            schema: { type: "string" },
            example: "T1",
          },
          { name: "expand", in: "query", schema: { type: "string", enum: ["a", "b"] } },
        ],
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
  };
  const document = {
    ...spec({}, paths),
    components: { securitySchemes: { Token: { type: "http", scheme: "bearer" } } },
  };

  it("writes an index and a page per operation, each whole and escaped", async () => {
    await withSpec(document, (model) => {
      const files = emitDocs(model, { snippets: snippetsOf(model) });
      expect(files.map((f) => f.path)).toEqual([
        "packages/docs/src/generated/index.html",
        "packages/docs/src/generated/search-index.json",
        "packages/docs/src/generated/operations/get_thing.html",
      ]);
      const page = files[2]!.contents;
      // Method and URL template with the server variable; the default URL besides.
      expect(page).toContain(
        '<span class="method method-get">GET</span> <code class="url">https://{region}.example.com/v1/things/{thing_id}</code>',
      );
      expect(page).toContain("https://eu.example.com/v1/things/{thing_id}");
      // Spec text is never markup: the summary's script and the description's img are text.
      expect(page).not.toMatch(/<script>alert|<img src=x/);
      expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
      expect(page).toContain("<strong>Bold</strong>");
      // Parameters with their location, type, required mark and example.
      expect(page).toMatch(
        /<th scope="row"><code>thing_id<\/code><\/th><td>string<\/td><td><span class="required">required<\/span><\/td><td><code>T1<\/code>/,
      );
      expect(page).toContain("<h3>Query parameters</h3>");
      expect(page).toContain("<code>Token</code>, a bearer token");
      expect(page).toContain('id="response-200"');
      // One snippet section per language, and the try-it form aimed at the mock's route.
      expect(page.match(/<section class="snippet"/g)).toHaveLength(8);
      expect(page).toContain(
        'data-method="GET" data-path="/v1/things/{thing_id}" data-mock="../mock"',
      );
      expect(files[0]!.contents).toContain('href="operations/get_thing.html"');
      expect(files[0]!.contents).toContain("Docs &lt;test&gt;");
    });
  });

  it("draws a schema several responses share once, links it, and collapses the errors", async () => {
    const error = {
      content: { "application/json": { schema: { $ref: "#/components/schemas/Problem" } } },
    };
    await withSpec(
      {
        ...spec(
          { Problem: { type: "object", properties: { detail: { type: "string" } } } },
          {
            "/things": {
              get: {
                operationId: "list_things",
                responses: {
                  "200": { description: "OK", content: { "text/plain": {} } },
                  "404": { description: "Missing", ...error },
                  "409": { description: "Clash", ...error },
                },
              },
            },
          },
        ),
      },
      (model) => {
        const page = emitDocs(model, { snippets: snippetsOf(model) }).find((f) =>
          f.path.endsWith("list_things.html"),
        )!.contents;
        expect(page.match(/<section class="schema-block" id="schema-Problem"/g)).toHaveLength(1);
        expect(page.match(/href="#schema-Problem"/g)).toHaveLength(2);
        expect(page.match(/<code class="field">detail<\/code>/g)).toHaveLength(1);
        expect(page).toContain('<details class="response" open>\n<summary><h3 id="response-200">');
        expect(page).toContain('<details class="response">\n<summary><h3 id="response-404">');
      },
    );
  });

  it("lists every operation in every page's sidebar while the spec is small, and indexes them", async () => {
    const many = (count: number) =>
      Object.fromEntries(
        Array.from({ length: count }, (_, i) => [
          `/r${i % 2}/op${i}`,
          {
            get: {
              operationId: `op${i}`,
              tags: [`r${i % 2}`],
              summary: `Operation ${i}`,
              responses: { "204": { description: "Done" } },
            },
          },
        ]),
      );
    for (const count of [4, FULL_SIDEBAR_OPERATIONS + 2]) {
      await withSpec(spec({}, many(count)), (model) => {
        const files = emitDocs(model, { snippets: snippetsOf(model) });
        const page = files.find((f) => f.path.endsWith("/op0.html"))!.contents;
        const start = page.indexOf('<nav class="sidebar"');
        const sidebar = page.slice(start, page.indexOf("</nav>", start));
        const listed = sidebar.match(/href="\.\.\/operations\//g) ?? [];
        // Small: all of them; large: op0's resource only (every other operation), the rest
        // filled in by the script from the index.
        expect(listed).toHaveLength(count > FULL_SIDEBAR_OPERATIONS ? count / 2 : count);
        expect(sidebar).toContain('href="../operations/op0.html" aria-current="page"');
        const index = JSON.parse(files.find((f) => f.path.endsWith("search-index.json"))!.contents);
        expect(
          index.resources.flatMap((r: { operations: unknown[] }) => r.operations),
        ).toHaveLength(count);
        expect(index.resources[0].operations[0]).toEqual([
          "GET",
          "/r0/op0",
          "Operation 0",
          "op0",
          "operations/op0.html",
        ]);
      });
    }
  });

  it("keeps no state between runs: the same model gives the same bytes again", async () => {
    await withSpec(document, (model) => {
      const inputs = { snippets: snippetsOf(model) };
      expect(emitDocs(model, inputs)).toEqual(emitDocs(model, inputs));
    });
  });
});
