// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/no-extensions/openapi.json
// (No extensions 2.0). Change the spec and run `pnpm generate` instead.

import type { components, paths } from "./openapi.generated.js";

/**
 *
 */
export type Session = components["schemas"]["Session"];

/**
 *
 */
export type Problem = components["schemas"]["Problem"];

/**
 *
 */
export type FileFull = components["schemas"]["File--Full"];

/**
 * Path, query, header and cookie parameters of `getSessionById` — GET /sessions/{session_id}.
 */
export type GetSessionByIdParams = paths["/sessions/{session_id}"]["get"]["parameters"];

/**
 * The body of a successful response to `getSessionById` — GET /sessions/{session_id} (200).
 */
export type GetSessionByIdResponse =
  paths["/sessions/{session_id}"]["get"]["responses"]["200"]["content"]["application/json"];

/**
 * The body of an error response to `getSessionById` — GET /sessions/{session_id} (404).
 */
export type GetSessionByIdError =
  paths["/sessions/{session_id}"]["get"]["responses"]["404"]["content"]["application/problem+json"];

/**
 * Path, query, header and cookie parameters of `deleteSessionsBySessionId` — DELETE /sessions/{session_id}.
 */
export type DeleteSessionsBySessionIdParams =
  paths["/sessions/{session_id}"]["delete"]["parameters"];

/**
 * The body of a successful response to `deleteSessionsBySessionId` — DELETE /sessions/{session_id} (204).
 */
export type DeleteSessionsBySessionIdResponse = undefined;

/**
 * The body of an error response to `deleteSessionsBySessionId` — DELETE /sessions/{session_id} (none declared).
 */
export type DeleteSessionsBySessionIdError = unknown;

/**
 * Path, query, header and cookie parameters of `downloadFile` — GET /files/{file_id}/content.
 */
export type DownloadFileParams = paths["/files/{file_id}/content"]["get"]["parameters"];

/**
 * The body of a successful response to `downloadFile` — GET /files/{file_id}/content (200).
 */
export type DownloadFileResponse =
  paths["/files/{file_id}/content"]["get"]["responses"]["200"]["content"]["application/octet-stream"];

/**
 * The body of an error response to `downloadFile` — GET /files/{file_id}/content (none declared).
 */
export type DownloadFileError = unknown;

/**
 * Path, query, header and cookie parameters of `health` — GET /health.
 */
export type HealthParams = paths["/health"]["get"]["parameters"];

/**
 * The body of a successful response to `health` — GET /health (200).
 */
export type HealthResponse = undefined;

/**
 * The body of an error response to `health` — GET /health (none declared).
 */
export type HealthError = unknown;
