// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/type-name-clash.yaml
// (Type name clash 1). Change the spec and run `pnpm generate` instead.

import type { components, paths } from "./openapi.generated.js";

/**
 *
 */
export type GetThingResponse = components["schemas"]["GetThingResponse"];

/**
 *
 */
export type GetThingParams = components["schemas"]["GetThingParams"];

/**
 * Path, query, header and cookie parameters of `getThing` — GET /things/{id}.
 */
export type GetThingOperationParams = paths["/things/{id}"]["get"]["parameters"];

/**
 * The body of a successful response to `getThing` — GET /things/{id} (200).
 */
export type GetThingOperationResponse =
  paths["/things/{id}"]["get"]["responses"]["200"]["content"]["application/json"];

/**
 * The body of an error response to `getThing` — GET /things/{id} (none declared).
 */
export type GetThingOperationError = unknown;

/**
 * Path, query, header and cookie parameters of `createThing` — POST /things.
 */
export type CreateThingParams = paths["/things"]["post"]["parameters"];

/**
 * The body of a successful response to `createThing` — POST /things (204).
 */
export type CreateThingResponse = undefined;

/**
 * The body of an error response to `createThing` — POST /things (none declared).
 */
export type CreateThingError = unknown;

/**
 * The request body of `createThing` — POST /things (application/json).
 */
export type CreateThingRequestBody = NonNullable<
  paths["/things"]["post"]["requestBody"]
>["content"]["application/json"];
