// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/responses.yaml
// (Responses 1). Change the spec and run `pnpm generate` instead.

import type { paths } from "./openapi.generated.js";

/**
 * Path, query, header and cookie parameters of `ping` — POST /ping.
 */
export type PingParams = paths["/ping"]["post"]["parameters"];

/**
 * The body of a successful response to `ping` — POST /ping (none declared).
 */
export type PingResponse = unknown;

/**
 * The body of an error response to `ping` — POST /ping (none declared).
 */
export type PingError = unknown;

/**
 * Path, query, header and cookie parameters of `downloadFile` — GET /files/{id}/content.
 */
export type DownloadFileParams = paths["/files/{id}/content"]["get"]["parameters"];

/**
 * The body of a successful response to `downloadFile` — GET /files/{id}/content (none declared).
 */
export type DownloadFileResponse = unknown;

/**
 * The body of an error response to `downloadFile` — GET /files/{id}/content (302).
 */
export type DownloadFileError = undefined;

/**
 * Path, query, header and cookie parameters of `getThumbnail` — GET /files/{id}/thumbnail.
 */
export type GetThumbnailParams = paths["/files/{id}/thumbnail"]["get"]["parameters"];

/**
 * The body of a successful response to `getThumbnail` — GET /files/{id}/thumbnail (200).
 */
export type GetThumbnailResponse =
  paths["/files/{id}/thumbnail"]["get"]["responses"]["200"]["content"]["image/png"];

/**
 * The body of an error response to `getThumbnail` — GET /files/{id}/thumbnail (none declared).
 */
export type GetThumbnailError = unknown;
