// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/identifiers.yaml
// (Identifiers on two lines 1). Change the spec and run `pnpm generate` instead.

import type { components, paths } from "./openapi.generated.js";

/**
 *
 */
export type Package = components["schemas"]["Package"];

/**
 * Path, query, header and cookie parameters of `call` — POST /things/{class}/{options}/{body}/{transport}.
 */
export type CallParams =
  paths["/things/{class}/{options}/{body}/{transport}"]["post"]["parameters"];

/**
 * The body of a successful response to `call` — POST /things/{class}/{options}/{body}/{transport} (200).
 */
export type CallResponse =
  paths["/things/{class}/{options}/{body}/{transport}"]["post"]["responses"]["200"]["content"]["application/json"];

/**
 * The body of an error response to `call` — POST /things/{class}/{options}/{body}/{transport} (none declared).
 */
export type CallError = unknown;

/**
 * The request body of `call` — POST /things/{class}/{options}/{body}/{transport} (application/json).
 */
export type CallRequestBody = NonNullable<
  paths["/things/{class}/{options}/{body}/{transport}"]["post"]["requestBody"]
>["content"]["application/json"];

/**
 * Path, query, header and cookie parameters of `listOneClickApps` — GET /one-click/apps.
 */
export type ListOneClickAppsParams = paths["/one-click/apps"]["get"]["parameters"];

/**
 * The body of a successful response to `listOneClickApps` — GET /one-click/apps (200).
 */
export type ListOneClickAppsResponse =
  paths["/one-click/apps"]["get"]["responses"]["200"]["content"]["application/json"];

/**
 * The body of an error response to `listOneClickApps` — GET /one-click/apps (none declared).
 */
export type ListOneClickAppsError = unknown;
