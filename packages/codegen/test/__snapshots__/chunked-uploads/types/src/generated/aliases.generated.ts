// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/chunked-uploads/openapi.yaml
// (Chunked uploads fixture 1.0). Change the spec and run `pnpm generate` instead.

import type { components, paths } from "./openapi.generated.js";

/**
 *
 */
export type UploadSession = components["schemas"]["UploadSession"];

/**
 *
 */
export type ClientError = components["schemas"]["ClientError"];

/**
 *
 */
export type Files = components["schemas"]["Files"];

/**
 *
 */
export type UploadPart = components["schemas"]["UploadPart"];

/**
 *
 */
export type UploadParts = components["schemas"]["UploadParts"];

/**
 * Path, query, header and cookie parameters of `createFileUploadSession` — POST /files/upload_sessions.
 */
export type CreateFileUploadSessionParams = paths["/files/upload_sessions"]["post"]["parameters"];

/**
 * The body of a successful response to `createFileUploadSession` — POST /files/upload_sessions (201).
 */
export type CreateFileUploadSessionResponse =
  paths["/files/upload_sessions"]["post"]["responses"]["201"]["content"]["application/json"];

/**
 * The body of an error response to `createFileUploadSession` — POST /files/upload_sessions (400, 409, default).
 */
export type CreateFileUploadSessionError =
  | paths["/files/upload_sessions"]["post"]["responses"]["400"]["content"]["application/json"]
  | paths["/files/upload_sessions"]["post"]["responses"]["409"]["content"]["application/json"]
  | paths["/files/upload_sessions"]["post"]["responses"]["default"]["content"]["application/json"];

/**
 * The request body of `createFileUploadSession` — POST /files/upload_sessions (application/json).
 */
export type CreateFileUploadSessionRequestBody = NonNullable<
  paths["/files/upload_sessions"]["post"]["requestBody"]
>["content"]["application/json"];

/**
 * Path, query, header and cookie parameters of `createFileUploadSessionForExistingFile` — POST /files/{file_id}/upload_sessions.
 */
export type CreateFileUploadSessionForExistingFileParams =
  paths["/files/{file_id}/upload_sessions"]["post"]["parameters"];

/**
 * The body of a successful response to `createFileUploadSessionForExistingFile` — POST /files/{file_id}/upload_sessions (201).
 */
export type CreateFileUploadSessionForExistingFileResponse =
  paths["/files/{file_id}/upload_sessions"]["post"]["responses"]["201"]["content"]["application/json"];

/**
 * The body of an error response to `createFileUploadSessionForExistingFile` — POST /files/{file_id}/upload_sessions (default).
 */
export type CreateFileUploadSessionForExistingFileError =
  paths["/files/{file_id}/upload_sessions"]["post"]["responses"]["default"]["content"]["application/json"];

/**
 * The request body of `createFileUploadSessionForExistingFile` — POST /files/{file_id}/upload_sessions (application/json).
 */
export type CreateFileUploadSessionForExistingFileRequestBody = NonNullable<
  paths["/files/{file_id}/upload_sessions"]["post"]["requestBody"]
>["content"]["application/json"];

/**
 * Path, query, header and cookie parameters of `getFileUploadSessionById` — GET /files/upload_sessions/{upload_session_id}.
 */
export type GetFileUploadSessionByIdParams =
  paths["/files/upload_sessions/{upload_session_id}"]["get"]["parameters"];

/**
 * The body of a successful response to `getFileUploadSessionById` — GET /files/upload_sessions/{upload_session_id} (200).
 */
export type GetFileUploadSessionByIdResponse =
  paths["/files/upload_sessions/{upload_session_id}"]["get"]["responses"]["200"]["content"]["application/json"];

/**
 * The body of an error response to `getFileUploadSessionById` — GET /files/upload_sessions/{upload_session_id} (default).
 */
export type GetFileUploadSessionByIdError =
  paths["/files/upload_sessions/{upload_session_id}"]["get"]["responses"]["default"]["content"]["application/json"];

/**
 * Path, query, header and cookie parameters of `uploadFilePart` — PUT /files/upload_sessions/{upload_session_id}.
 */
export type UploadFilePartParams =
  paths["/files/upload_sessions/{upload_session_id}"]["put"]["parameters"];

/**
 * The body of a successful response to `uploadFilePart` — PUT /files/upload_sessions/{upload_session_id} (200).
 */
export type UploadFilePartResponse =
  paths["/files/upload_sessions/{upload_session_id}"]["put"]["responses"]["200"]["content"]["application/json"];

/**
 * The body of an error response to `uploadFilePart` — PUT /files/upload_sessions/{upload_session_id} (409, 412, 416, default).
 */
export type UploadFilePartError =
  | paths["/files/upload_sessions/{upload_session_id}"]["put"]["responses"]["409"]["content"]["application/json"]
  | paths["/files/upload_sessions/{upload_session_id}"]["put"]["responses"]["412"]["content"]["application/json"]
  | paths["/files/upload_sessions/{upload_session_id}"]["put"]["responses"]["416"]["content"]["application/json"]
  | paths["/files/upload_sessions/{upload_session_id}"]["put"]["responses"]["default"]["content"]["application/json"];

/**
 * The request body of `uploadFilePart` — PUT /files/upload_sessions/{upload_session_id} (application/octet-stream).
 */
export type UploadFilePartRequestBody = NonNullable<
  paths["/files/upload_sessions/{upload_session_id}"]["put"]["requestBody"]
>["content"]["application/octet-stream"];

/**
 * Path, query, header and cookie parameters of `deleteFileUploadSessionById` — DELETE /files/upload_sessions/{upload_session_id}.
 */
export type DeleteFileUploadSessionByIdParams =
  paths["/files/upload_sessions/{upload_session_id}"]["delete"]["parameters"];

/**
 * The body of a successful response to `deleteFileUploadSessionById` — DELETE /files/upload_sessions/{upload_session_id} (204).
 */
export type DeleteFileUploadSessionByIdResponse = undefined;

/**
 * The body of an error response to `deleteFileUploadSessionById` — DELETE /files/upload_sessions/{upload_session_id} (default).
 */
export type DeleteFileUploadSessionByIdError =
  paths["/files/upload_sessions/{upload_session_id}"]["delete"]["responses"]["default"]["content"]["application/json"];

/**
 * Path, query, header and cookie parameters of `getFileUploadSessionParts` — GET /files/upload_sessions/{upload_session_id}/parts.
 */
export type GetFileUploadSessionPartsParams =
  paths["/files/upload_sessions/{upload_session_id}/parts"]["get"]["parameters"];

/**
 * The body of a successful response to `getFileUploadSessionParts` — GET /files/upload_sessions/{upload_session_id}/parts (200).
 */
export type GetFileUploadSessionPartsResponse =
  paths["/files/upload_sessions/{upload_session_id}/parts"]["get"]["responses"]["200"]["content"]["application/json"];

/**
 * The body of an error response to `getFileUploadSessionParts` — GET /files/upload_sessions/{upload_session_id}/parts (default).
 */
export type GetFileUploadSessionPartsError =
  paths["/files/upload_sessions/{upload_session_id}/parts"]["get"]["responses"]["default"]["content"]["application/json"];

/**
 * Path, query, header and cookie parameters of `createFileUploadSessionCommit` — POST /files/upload_sessions/{upload_session_id}/commit.
 */
export type CreateFileUploadSessionCommitParams =
  paths["/files/upload_sessions/{upload_session_id}/commit"]["post"]["parameters"];

/**
 * The body of a successful response to `createFileUploadSessionCommit` — POST /files/upload_sessions/{upload_session_id}/commit (201, 202).
 */
export type CreateFileUploadSessionCommitResponse =
  | paths["/files/upload_sessions/{upload_session_id}/commit"]["post"]["responses"]["201"]["content"]["application/json"]
  | undefined;

/**
 * The body of an error response to `createFileUploadSessionCommit` — POST /files/upload_sessions/{upload_session_id}/commit (default).
 */
export type CreateFileUploadSessionCommitError =
  paths["/files/upload_sessions/{upload_session_id}/commit"]["post"]["responses"]["default"]["content"]["application/json"];

/**
 * The request body of `createFileUploadSessionCommit` — POST /files/upload_sessions/{upload_session_id}/commit (application/json).
 */
export type CreateFileUploadSessionCommitRequestBody = NonNullable<
  paths["/files/upload_sessions/{upload_session_id}/commit"]["post"]["requestBody"]
>["content"]["application/json"];
