// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/empty-enum.yaml
// (Empty enums 1). Change the spec and run `pnpm generate` instead.

import type { components, paths } from "./openapi.generated.js";

/**
 *
 */
export type Widget = components["schemas"]["Widget"];

/**
 * Path, query, header and cookie parameters of `listWidgets` — GET /widgets.
 */
export type ListWidgetsParams = paths["/widgets"]["get"]["parameters"];

/**
 * The body of a successful response to `listWidgets` — GET /widgets (200).
 */
export type ListWidgetsResponse =
  paths["/widgets"]["get"]["responses"]["200"]["content"]["application/json"];

/**
 * The body of an error response to `listWidgets` — GET /widgets (none declared).
 */
export type ListWidgetsError = unknown;

/**
 * Path, query, header and cookie parameters of `createWidget` — POST /widgets.
 */
export type CreateWidgetParams = paths["/widgets"]["post"]["parameters"];

/**
 * The body of a successful response to `createWidget` — POST /widgets (201).
 */
export type CreateWidgetResponse =
  paths["/widgets"]["post"]["responses"]["201"]["content"]["application/json"];

/**
 * The body of an error response to `createWidget` — POST /widgets (none declared).
 */
export type CreateWidgetError = unknown;

/**
 * The request body of `createWidget` — POST /widgets (application/json).
 */
export type CreateWidgetRequestBody = NonNullable<
  paths["/widgets"]["post"]["requestBody"]
>["content"]["application/json"];
