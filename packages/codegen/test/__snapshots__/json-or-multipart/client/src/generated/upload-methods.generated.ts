// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/json-or-multipart.yaml
// (JSON or multipart 1). Change the spec and run `pnpm generate` instead.

/**
 * The generated methods the uploader calls, by role: the resource that holds them, then each method's name (Box's chunked-upload operations, found by their operationIds).
 */

export const UPLOAD_METHODS = {
  resource: "chunkedUploads",
  createSession: "createFileUploadSession",
  createVersionSession: "createFileUploadSessionForExistingFile",
  getSession: "getFileUploadSessionById",
  uploadPart: "uploadFilePartByUrl",
  listParts: "getFileUploadSessionPartsByUrl",
  commit: "createFileUploadSessionCommitByUrl",
  abort: "deleteFileUploadSessionById",
  abortAtUrl: "deleteFileUploadSessionByUrl",
} as const;
