/**
 * The Box chunked-upload API itself: what `spec/openapi.yaml` must say about Box's seven
 * operations (`../shared/reference/box-chunked-upload-operations.md`). The only codegen tests
 * that may name Box's operations; every other test reads its expectations from the model or
 * uses a fixture spec of its own, so that adding an operation to the spec breaks none of them.
 */
import { describe, expect, it } from "vitest";
import { buildModel, loadSpec } from "../src/index.js";
import { DEFAULT_SPEC, REPO_ROOT } from "./helpers.js";

const load = async (file: string) => buildModel(await loadSpec(file, { displayRoot: REPO_ROOT }));

describe("the operation model of the project spec", () => {
  it("describes Get upload session as the docs page does", async () => {
    const model = await load(DEFAULT_SPEC);
    expect(model.specFile).toBe("spec/openapi.yaml");
    const operation = model.operations.find((o) => o.key === "get_files_upload_sessions_id");
    expect(operation).toMatchObject({
      key: "get_files_upload_sessions_id",
      method: "get",
      path: "/files/upload_sessions/{upload_session_id}",
      summary: "Get upload session",
      resource: "chunkedUploads",
      methodName: "getFileUploadSessionById",
      typeName: "GetFileUploadSessionById",
      servers: [
        {
          url: "https://{box-upload-server}/api/2.0",
          variables: [{ name: "box-upload-server", default: "upload.box.com" }],
        },
      ],
      parameters: [
        {
          name: "upload_session_id",
          in: "path",
          required: true,
          example: "D5E3F7A",
          description: "The ID of the upload session.",
        },
      ],
      responses: [
        {
          status: "200",
          success: true,
          mediaTypes: [{ type: "application/json", json: true, schemaRef: "UploadSession" }],
        },
        {
          status: "default",
          success: false,
          mediaTypes: [{ type: "application/json", json: true, schemaRef: "ClientError" }],
        },
      ],
      security: [{ schemes: [{ name: "BearerAuth", scopes: [] }] }],
    });
    expect(operation!.responses[0]!.mediaTypes[0]!.example).toMatchObject({
      id: "F971964745A5CD0C001BBE4E58196BFD",
      total_parts: 1000,
    });
    expect(model.securitySchemes).toEqual([
      { name: "BearerAuth", type: "http", scheme: "bearer", carrier: { kind: "bearer" } },
    ]);
    expect(model.schemas.map((s) => s.typeName)).toEqual(
      expect.arrayContaining(["UploadSession", "ClientError"]),
    );
  });
});

describe("Box's seven chunked-upload operations", () => {
  // method path, SDK method (and its …ByUrl twin), required headers, body kind, success statuses
  it.each([
    ["POST /files/upload_sessions", "createFileUploadSession", undefined, [], "json", ["201"]],
    [
      "POST /files/{file_id}/upload_sessions",
      "createFileUploadSessionForExistingFile",
      undefined,
      [],
      "json",
      ["201"],
    ],
    [
      "GET /files/upload_sessions/{upload_session_id}",
      "getFileUploadSessionById",
      "getFileUploadSessionByUrl",
      [],
      undefined,
      ["200"],
    ],
    [
      "PUT /files/upload_sessions/{upload_session_id}",
      "uploadFilePart",
      "uploadFilePartByUrl",
      ["digest", "content-range"],
      "binary",
      ["200"],
    ],
    [
      "DELETE /files/upload_sessions/{upload_session_id}",
      "deleteFileUploadSessionById",
      "deleteFileUploadSessionByUrl",
      [],
      undefined,
      ["204"],
    ],
    [
      "GET /files/upload_sessions/{upload_session_id}/parts",
      "getFileUploadSessionParts",
      "getFileUploadSessionPartsByUrl",
      [],
      undefined,
      ["200"],
    ],
    [
      "POST /files/upload_sessions/{upload_session_id}/commit",
      "createFileUploadSessionCommit",
      "createFileUploadSessionCommitByUrl",
      ["digest"],
      "json",
      ["201", "202"],
    ],
  ] as const)("%s is %s", async (route, methodName, urlMethodName, headers, body, success) => {
    const model = await load(DEFAULT_SPEC);
    const operation = model.operations.find(
      (o) => `${o.method.toUpperCase()} ${o.path}` === route,
    )!;
    expect(operation).toBeDefined();
    expect(operation.methodName).toBe(methodName);
    expect(operation.urlMethodName).toBe(urlMethodName);
    expect(operation.resource).toBe("chunkedUploads");
    expect(
      operation.parameters.filter((p) => p.in === "header" && p.required).map((p) => p.name),
    ).toEqual(headers);
    expect(operation.requestBody?.mediaTypes[0]?.kind).toBe(body);
    expect(operation.responses.filter((r) => r.success).map((r) => r.status)).toEqual(success);
  });

  it("has these seven operations, in this order, and the schemas they use", async () => {
    const model = await load(DEFAULT_SPEC);
    const box = new Set(BOX_OPERATIONS);
    // Other operations may join them; these must be there, in Box's order.
    expect(model.operations.map((o) => o.operationId).filter((id) => box.has(id!))).toEqual(
      BOX_OPERATIONS,
    );
    expect(model.schemas.map((s) => s.name)).toEqual(
      expect.arrayContaining(["UploadPart", "UploadParts", "UploadedPart", "Files", "File"]),
    );
  });
});

const BOX_OPERATIONS = [
  "post_files_upload_sessions",
  "post_files_id_upload_sessions",
  "get_files_upload_sessions_id",
  "put_files_upload_sessions_id",
  "delete_files_upload_sessions_id",
  "get_files_upload_sessions_id_parts",
  "post_files_upload_sessions_id_commit",
];
