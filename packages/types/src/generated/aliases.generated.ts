// generated — do not edit: @chunked-uploads/codegen wrote this file from spec/openapi.yaml
// (Box Platform API — chunked uploads 2024.0). Change the spec and run `pnpm generate` instead.

import type { components, paths } from "./openapi.generated.js";

/**
 * Upload session
 *
 * An upload session for chunk uploading a file.
 */
export type UploadSession = components["schemas"]["UploadSession"];

/**
 * Upload part (Mini)
 *
 * The basic representation of an upload
 * session chunk.
 */
export type UploadPartMini = components["schemas"]["UploadPart--Mini"];

/**
 * Upload part
 *
 * The representation of an upload
 * session chunk.
 */
export type UploadPart = components["schemas"]["UploadPart"];

/**
 * Upload parts
 *
 * A list of uploaded chunks for an upload
 * session.
 */
export type UploadParts = components["schemas"]["UploadParts"];

/**
 * Uploaded part
 *
 * A chunk of a file uploaded as part of
 * an upload session, as returned by some endpoints.
 */
export type UploadedPart = components["schemas"]["UploadedPart"];

/**
 * Files
 *
 * A list of files.
 */
export type Files = components["schemas"]["Files"];

/**
 * File (Base)
 *
 * The bare basic representation of a file, the minimal
 * amount of fields returned when using the `fields` query
 * parameter.
 */
export type FileBase = components["schemas"]["File--Base"];

/**
 * File (Mini)
 *
 * A mini representation of a file, used when
 * nested under another resource.
 */
export type FileMini = components["schemas"]["File--Mini"];

/**
 * File
 *
 * A standard representation of a file, as returned from any
 * file API endpoints by default.
 */
export type File = components["schemas"]["File"];

/**
 * File version (Base)
 *
 * The bare basic representation of a file version, the minimal
 * amount of fields returned when using the `fields` query
 * parameter.
 */
export type FileVersionBase = components["schemas"]["FileVersion--Base"];

/**
 * File version (Mini)
 *
 * A mini representation of a file version, used when
 * nested within another resource.
 */
export type FileVersionMini = components["schemas"]["FileVersion--Mini"];

/**
 * Folder (Base)
 *
 * The bare basic representation of a folder, the minimal
 * amount of fields returned when using the `fields` query
 * parameter.
 */
export type FolderBase = components["schemas"]["Folder--Base"];

/**
 * Folder (Mini)
 *
 * A mini representation of a file version, used when
 * nested under another resource.
 */
export type FolderMini = components["schemas"]["Folder--Mini"];

/**
 * User (Base)
 *
 * A mini representation of a user, used when
 * nested within another resource.
 */
export type UserBase = components["schemas"]["User--Base"];

/**
 * User (Mini)
 *
 * A mini representation of a user, as can be returned when nested within other
 * resources.
 */
export type UserMini = components["schemas"]["User--Mini"];

/**
 * Client error
 *
 * A generic error.
 */
export type ClientError = components["schemas"]["ClientError"];

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
 * The body of an error response to `createFileUploadSession` — POST /files/upload_sessions (400, 403, 404, 409, default).
 */
export type CreateFileUploadSessionError =
  | paths["/files/upload_sessions"]["post"]["responses"]["400"]["content"]["application/json"]
  | paths["/files/upload_sessions"]["post"]["responses"]["403"]["content"]["application/json"]
  | paths["/files/upload_sessions"]["post"]["responses"]["404"]["content"]["application/json"]
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
 * The body of an error response to `createFileUploadSessionForExistingFile` — POST /files/{file_id}/upload_sessions (409, default).
 */
export type CreateFileUploadSessionForExistingFileError =
  | paths["/files/{file_id}/upload_sessions"]["post"]["responses"]["409"]["content"]["application/json"]
  | paths["/files/{file_id}/upload_sessions"]["post"]["responses"]["default"]["content"]["application/json"];

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
 * The body of an error response to `createFileUploadSessionCommit` — POST /files/upload_sessions/{upload_session_id}/commit (409, 412, default).
 */
export type CreateFileUploadSessionCommitError =
  | paths["/files/upload_sessions/{upload_session_id}/commit"]["post"]["responses"]["409"]["content"]["application/json"]
  | paths["/files/upload_sessions/{upload_session_id}/commit"]["post"]["responses"]["412"]["content"]["application/json"]
  | paths["/files/upload_sessions/{upload_session_id}/commit"]["post"]["responses"]["default"]["content"]["application/json"];

/**
 * The request body of `createFileUploadSessionCommit` — POST /files/upload_sessions/{upload_session_id}/commit (application/json).
 */
export type CreateFileUploadSessionCommitRequestBody = NonNullable<
  paths["/files/upload_sessions/{upload_session_id}/commit"]["post"]["requestBody"]
>["content"]["application/json"];
