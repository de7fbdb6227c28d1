import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildModel, loadSpec } from "../src/index.js";
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
