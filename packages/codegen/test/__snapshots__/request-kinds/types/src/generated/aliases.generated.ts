// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/request-kinds/openapi.yaml
// (Request kinds 1.0). Change the spec and run `pnpm generate` instead.

import type { components, paths } from "./openapi.generated.js";

/**
 *
 */
export type NewWidget = components["schemas"]["NewWidget"];

/**
 *
 */
export type Widget = components["schemas"]["Widget"];

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

/**
 * Path, query, header and cookie parameters of `getWidget` — GET /widgets/{widget_id}.
 */
export type GetWidgetParams = paths["/widgets/{widget_id}"]["get"]["parameters"];

/**
 * The body of a successful response to `getWidget` — GET /widgets/{widget_id} (200).
 */
export type GetWidgetResponse =
  paths["/widgets/{widget_id}"]["get"]["responses"]["200"]["content"]["application/json"];

/**
 * The body of an error response to `getWidget` — GET /widgets/{widget_id} (none declared).
 */
export type GetWidgetError = unknown;

/**
 * Path, query, header and cookie parameters of `deleteWidget` — DELETE /widgets/{widget_id}.
 */
export type DeleteWidgetParams = paths["/widgets/{widget_id}"]["delete"]["parameters"];

/**
 * The body of a successful response to `deleteWidget` — DELETE /widgets/{widget_id} (204).
 */
export type DeleteWidgetResponse = undefined;

/**
 * The body of an error response to `deleteWidget` — DELETE /widgets/{widget_id} (none declared).
 */
export type DeleteWidgetError = unknown;

/**
 * Path, query, header and cookie parameters of `putWidgetImage` — PUT /widgets/{widget_id}/image.
 */
export type PutWidgetImageParams = paths["/widgets/{widget_id}/image"]["put"]["parameters"];

/**
 * The body of a successful response to `putWidgetImage` — PUT /widgets/{widget_id}/image (204).
 */
export type PutWidgetImageResponse = undefined;

/**
 * The body of an error response to `putWidgetImage` — PUT /widgets/{widget_id}/image (none declared).
 */
export type PutWidgetImageError = unknown;

/**
 * The request body of `putWidgetImage` — PUT /widgets/{widget_id}/image (application/octet-stream).
 */
export type PutWidgetImageRequestBody = NonNullable<
  paths["/widgets/{widget_id}/image"]["put"]["requestBody"]
>["content"]["application/octet-stream"];

/**
 * Path, query, header and cookie parameters of `listMyWidgets` — GET /widgets/mine.
 */
export type ListMyWidgetsParams = paths["/widgets/mine"]["get"]["parameters"];

/**
 * The body of a successful response to `listMyWidgets` — GET /widgets/mine (200).
 */
export type ListMyWidgetsResponse =
  paths["/widgets/mine"]["get"]["responses"]["200"]["content"]["application/json"];

/**
 * The body of an error response to `listMyWidgets` — GET /widgets/mine (none declared).
 */
export type ListMyWidgetsError = unknown;
