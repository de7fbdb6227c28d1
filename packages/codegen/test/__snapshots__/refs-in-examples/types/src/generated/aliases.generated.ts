// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/refs-in-examples.yaml
// (t 1). Change the spec and run `pnpm generate` instead.

import type { paths } from "./openapi.generated.js";

/**
 * Path, query, header and cookie parameters of `getSchema` — GET /schemas.
 */
export type GetSchemaParams = paths["/schemas"]["get"]["parameters"];

/**
 * The body of a successful response to `getSchema` — GET /schemas (200).
 */
export type GetSchemaResponse =
  paths["/schemas"]["get"]["responses"]["200"]["content"]["application/json"];

/**
 * The body of an error response to `getSchema` — GET /schemas (none declared).
 */
export type GetSchemaError = unknown;
