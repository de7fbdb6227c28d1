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
 * Client error
 *
 * A generic error.
 */
export type ClientError = components["schemas"]["ClientError"];

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
