// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/servers/relative.yaml
// (Relative server 1). Change the spec and run `pnpm generate` instead.

import type { paths } from "./openapi.generated.js";

/**
 * Path, query, header and cookie parameters of `getThing` — GET /things/{id}.
 */
export type GetThingParams = paths["/things/{id}"]["get"]["parameters"];

/**
 * The body of a successful response to `getThing` — GET /things/{id} (200).
 */
export type GetThingResponse =
  paths["/things/{id}"]["get"]["responses"]["200"]["content"]["application/json"];

/**
 * The body of an error response to `getThing` — GET /things/{id} (none declared).
 */
export type GetThingError = unknown;
