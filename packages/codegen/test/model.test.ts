import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildModel, EMITTERS, loadSpec, runInputs, snippetRequest } from "../src/index.js";
import { emitTypes } from "../src/emit/types-package.js";
import { FIXTURES, REPO_ROOT, withSpec } from "./helpers.js";

const load = async (file: string) => buildModel(await loadSpec(file, { displayRoot: REPO_ROOT }));

describe("a multi-file spec with seven operations", () => {
  it("bundles every file and names every operation", async () => {
    const spec = await loadSpec(path.join(FIXTURES, "chunked-uploads/openapi.yaml"));
    expect(spec.files.map((f) => path.basename(f))).toEqual(
      expect.arrayContaining([
        "openapi.yaml",
        "upload-session.yaml",
        "parameters.yaml",
        "UploadSession.yaml",
        "UploadPart.yaml",
      ]),
    );
    expect(JSON.stringify(spec.document)).not.toMatch(/"\$ref":"\.{0,2}\//);
    const model = buildModel(spec);
    expect(
      model.operations.map((o) => `${o.method.toUpperCase()} ${o.path} ${o.methodName}`),
    ).toEqual([
      "POST /files/upload_sessions createFileUploadSession",
      "POST /files/{file_id}/upload_sessions createFileUploadSessionForExistingFile",
      "GET /files/upload_sessions/{upload_session_id} getFileUploadSessionById",
      "PUT /files/upload_sessions/{upload_session_id} uploadFilePart",
      "DELETE /files/upload_sessions/{upload_session_id} deleteFileUploadSessionById",
      "GET /files/upload_sessions/{upload_session_id}/parts getFileUploadSessionParts",
      "POST /files/upload_sessions/{upload_session_id}/commit createFileUploadSessionCommit",
    ]);
    expect(model.resources).toEqual([
      expect.objectContaining({
        name: "chunkedUploads",
        operations: model.operations.map((o) => o.key),
      }),
    ]);
  });

  it("inherits path-item parameters and servers, and resolves parameter refs", async () => {
    const model = buildModel(await loadSpec(path.join(FIXTURES, "chunked-uploads/openapi.yaml")));
    const byName = new Map(model.operations.map((o) => [o.methodName, o]));
    const upload = byName.get("uploadFilePart")!;
    expect(upload.parameters.map((p) => `${p.in}:${p.name}:${p.required}`)).toEqual([
      "path:upload_session_id:true",
      "header:digest:true",
      "header:content-range:true",
    ]);
    expect(upload.servers[0]!.url).toBe("https://{box-upload-server}/api/2.0");
    expect(upload.requestBody?.mediaTypes.map((m) => m.type)).toEqual(["application/octet-stream"]);
    expect(byName.get("createFileUploadSession")!.servers[0]!.url).toBe(
      "https://upload.box.com/api/2.0",
    );
    expect(
      byName
        .get("createFileUploadSessionCommit")!
        .responses.map((r) => `${r.status}:${r.success}:${r.headers.join()}`),
    ).toEqual(["201:true:", "202:true:Retry-After", "default:false:"]);
  });
});

describe("naming falls back when vendor extensions are absent", () => {
  it("uses tags for resources and operationIds (or method and path) for methods", async () => {
    const model = await load(path.join(FIXTURES, "no-extensions/openapi.json"));
    expect(model.openapiVersion).toBe("3.0");
    expect(model.operations.map((o) => [o.resource, o.methodName, o.typeName])).toEqual([
      ["uploadSessions", "getSessionById", "GetSessionById"],
      ["uploadSessions", "deleteSessionsBySessionId", "DeleteSessionsBySessionId"],
      ["files", "downloadFile", "DownloadFile"],
      ["default", "health", "Health"],
    ]);
    expect(model.operations[1]!.key).toBe("DELETE /sessions/{session_id}");
    expect(model.resources.map((r) => [r.name, r.source, r.description])).toEqual([
      ["uploadSessions", "Upload Sessions", "Sessions."],
      ["files", "Files", undefined],
      ["default", "default", undefined],
    ]);
    expect(model.schemas.map((s) => [s.name, s.typeName])).toEqual([
      ["Session", "Session"],
      ["Problem", "Problem"],
      ["File--Full", "FileFull"],
    ]);
  });

  it("resolves servers, security and media types the way the spec says", async () => {
    const model = await load(path.join(FIXTURES, "no-extensions/openapi.json"));
    const [get, remove, download] = model.operations;
    expect(get!.parameters.map((p) => `${p.in}:${p.name}`)).toEqual([
      "path:session_id",
      "query:fields",
    ]);
    expect(get!.parameters[0]!.example).toBe("S1");
    expect(get!.responses[1]!.mediaTypes[0]).toMatchObject({
      type: "application/problem+json",
      json: true,
      schemaRef: "Problem",
    });
    expect(remove!.servers).toEqual([
      {
        url: "https://{region}.example.com/v2",
        defaultUrl: "https://eu.example.com/v2",
        exampleUrl: "https://eu.example.com/v2",
        variables: [{ name: "region", default: "eu", enum: ["eu", "us"] }],
      },
    ]);
    expect(get!.servers[0]!.url).toBe("https://api.example.com/v2");
    expect(get!.pathParameters.map((p) => p.name)).toEqual(["session_id"]);
    expect(download!.security).toEqual([]);
    expect(download!.responses[0]!.mediaTypes[0]).toMatchObject({
      type: "application/octet-stream",
      json: false,
    });
  });
});

describe("a path template that names a parameter twice", () => {
  it("takes it once: one value fills both places", async () => {
    const spec = [
      "openapi: 3.0.3",
      "info: { title: t, version: '1' }",
      "paths:",
      "  /a/{id}/b/{id}:",
      "    get:",
      "      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]",
      "      responses: { '204': { description: ok } }",
    ].join("\n");
    const names = await withSpec(spec, (model) =>
      model.operations[0]!.pathParameters.map((p) => p.name),
    );
    expect(names).toEqual(["id"]);
  });
});

describe("a GET with a request body (OpenAPI 3.1 allows it, fetch cannot send it)", () => {
  it("is generated without the body, and the model says so with the body's location", async () => {
    const spec = [
      "openapi: 3.1.0",
      "info: { title: t, version: '1' }",
      "paths:",
      "  /search:",
      "    get:",
      "      requestBody: { content: { application/json: { schema: { type: object } } } }",
      "      responses: { '204': { description: ok } }",
    ].join("\n");
    const { body, warnings } = await withSpec(spec, (model) => ({
      body: model.operations[0]!.requestBody,
      warnings: model.warnings,
    }));
    expect(body).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /openapi\.yaml:6:\d+ #\/paths\/~1search\/get\/requestBody: a GET request cannot carry a body in fetch/,
    );
  });
});

describe("a header parameter named Accept, Content-Type or Authorization", () => {
  it("is ignored, as OpenAPI says, with a located warning", async () => {
    const spec = [
      "openapi: 3.0.3",
      "info: { title: t, version: '1' }",
      "paths:",
      "  /x:",
      "    get:",
      "      parameters:",
      "        - { name: Authorization, in: header, required: true, schema: { type: string } }",
      "        - { name: accept, in: header, schema: { type: string, enum: [application/json] } }",
      "        - { name: X-Trace, in: header, schema: { type: string } }",
      "      responses: { '204': { description: ok } }",
    ].join("\n");
    const { names, warnings } = await withSpec(spec, (model) => ({
      names: model.operations[0]!.parameters.map((p) => p.name),
      warnings: model.warnings,
    }));
    expect(names).toEqual(["X-Trace"]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /openapi\.yaml:7:\d+ #\/paths\/~1x\/get\/parameters\/0: header parameter Authorization is ignored/,
    );
  });
});

describe("faults of a valid spec that no request can get around", () => {
  const warningsOf = (lines: string[]) =>
    withSpec(
      ["openapi: 3.0.3", "info: { title: t, version: '1' }", ...lines].join("\n"),
      (model) => model.warnings,
    );

  it("a schema that requires itself is named, with the chain of required properties", async () => {
    const warnings = await warningsOf([
      "paths: {}",
      "components:",
      "  schemas:",
      "    Node: { type: object, required: [box], properties: { box: { $ref: '#/components/schemas/Box' } } }",
      "    Box: { type: object, required: [node], properties: { node: { $ref: '#/components/schemas/Node' } } }",
      "    Tree: { type: object, required: [parent], properties: { parent: { allOf: [{ $ref: '#/components/schemas/Tree' }], nullable: true } } }",
      "    List: { type: object, required: [next], properties: { next: { type: array, items: { $ref: '#/components/schemas/List' } } } }",
    ]);
    expect(warnings).toEqual([
      expect.stringMatching(
        /:6:\d+ #\/components\/schemas\/Node: every Node requires box\.node, itself a Node/,
      ),
      expect.stringMatching(
        /:7:\d+ #\/components\/schemas\/Box: every Box requires node\.box, itself a Box/,
      ),
    ]);
  });

  it("an allOf of types no value has at once is named where it is", async () => {
    const warnings = await warningsOf([
      "paths: {}",
      "components:",
      "  schemas:",
      "    Odd: { allOf: [{ type: string }, { type: integer }] }",
      "    Fine: { allOf: [{ type: number }, { type: integer, minimum: 1 }] }",
    ]);
    expect(warnings).toEqual([
      expect.stringMatching(
        /#\/components\/schemas\/Odd\/allOf: the allOf asks for a value that is string and integer at once/,
      ),
    ]);
  });

  it("a security requirement of two schemes in one header is named where it is", async () => {
    const warnings = await warningsOf([
      "paths:",
      "  /x:",
      "    get:",
      "      security: [{ basic: [], token: [] }, { key: [], basic: [] }]",
      "      responses: { '204': { description: ok } }",
      "components:",
      "  securitySchemes:",
      "    basic: { type: http, scheme: basic }",
      "    token: { type: oauth2, flows: { implicit: { authorizationUrl: 'https://a.example', scopes: {} } } }",
      "    key: { type: apiKey, in: header, name: X-Key }",
    ]);
    expect(warnings).toEqual([
      expect.stringMatching(
        /#\/paths\/~1x\/get\/security\/0: the security requirement needs basic and token at once, which all travel in the Authorization header/,
      ),
    ]);
  });
});

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
