/**
 * The uploader calls the generated client's methods by the names the model gives them: Box's
 * chunked-upload operations, found by operationId, renamed with the spec.
 */
import { describe, expect, it } from "vitest";
import { uploadMethods } from "../src/emit/client/upload-methods.js";
import { buildModel, loadSpec } from "../src/index.js";
import { DEFAULT_SPEC, withSpec } from "./helpers.js";

const BOX_NAMES = {
  resource: "chunkedUploads",
  createSession: "createFileUploadSession",
  createVersionSession: "createFileUploadSessionForExistingFile",
  getSession: "getFileUploadSessionById",
  uploadPart: "uploadFilePartByUrl",
  listParts: "getFileUploadSessionPartsByUrl",
  commit: "createFileUploadSessionCommitByUrl",
  abort: "deleteFileUploadSessionById",
  abortAtUrl: "deleteFileUploadSessionByUrl",
};

const session = (id: string, extra: object = {}) => ({
  operationId: id,
  tags: ["Uploads"],
  responses: { 200: { description: "ok" } },
  ...extra,
});

describe("the methods the uploader calls", () => {
  it("are the project spec's, by role", async () => {
    expect(uploadMethods(buildModel(await loadSpec(DEFAULT_SPEC)))).toEqual(BOX_NAMES);
  });

  it("follow the spec's names: a renamed part upload, another resource", async () => {
    const document = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      servers: [{ url: "https://{host}/api", variables: { host: { default: "up.example.com" } } }],
      paths: {
        "/sessions/{id}": {
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          put: session("put_files_upload_sessions_id", { "x-sdk-method-name": "sendPart" }),
          get: session("get_files_upload_sessions_id"),
        },
      },
    };
    await withSpec(document, (model) =>
      expect(uploadMethods(model)).toEqual({
        ...BOX_NAMES,
        resource: "uploads",
        uploadPart: "sendPartByUrl",
        getSession: "getFilesUploadSessionsId",
      }),
    );
  });

  it("are Box's names for a spec without those operations", async () => {
    const document = {
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: { "/a": { get: session("other") } },
    };
    await withSpec(document, (model) => expect(uploadMethods(model)).toEqual(BOX_NAMES));
  });
});
