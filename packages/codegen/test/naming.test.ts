import { describe, expect, it } from "vitest";
import { argumentName, camelCase, pascalCase, typeIdentifier } from "../src/model/naming.js";

describe("naming", () => {
  it.each([
    ["chunked_uploads", "chunkedUploads"],
    ["Uploads (Chunked)", "uploadsChunked"],
    ["get_files_upload_sessions_id", "getFilesUploadSessionsId"],
    ["getFileUploadSessionById", "getFileUploadSessionById"],
    ["HTTPServerError", "httpServerError"],
    ["2fa_codes", "_2faCodes"],
  ])("camelCase(%j) is %j", (given, want) => expect(camelCase(given)).toBe(want));

  it.each([
    ["getFileUploadSessionById", "GetFileUploadSessionById"],
    ["post_files_upload_sessions_id_commit", "PostFilesUploadSessionsIdCommit"],
  ])("pascalCase(%j) is %j", (given, want) => expect(pascalCase(given)).toBe(want));

  it.each([
    ["UploadSession", "UploadSession"],
    ["File--Full", "FileFull"],
    ["AiItem--Base", "AiItemBase"],
    ["metadata.template", "MetadataTemplate"],
    ["3dModel", "_3dModel"],
    ["---", "Schema"],
  ])("typeIdentifier(%j) is %j", (given, want) => expect(typeIdentifier(given)).toBe(want));

  it.each([
    ["upload_session_id", "uploadSessionId"],
    ["class", "class_"],
    ["package", "package_"],
    ["eval", "eval_"],
    ["options", "options_"],
    ["body", "body_"],
    ["client", "client_"],
    ["url", "url_"],
    ["---", "value"],
  ])("argumentName(%j) is %j", (given, want) => expect(argumentName(given)).toBe(want));
});
