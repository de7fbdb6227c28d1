// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/parameter-styles.yaml
// (Parameter styles 1.0.0). Change the spec and run `pnpm generate` instead.

import type { components, paths } from "./openapi.generated.js";

/**
 *
 */
export type Point = components["schemas"]["Point"];

/**
 * Path, query, header and cookie parameters of `matrixPath` — GET /matrix/{ids}/{point}.
 */
export type MatrixPathParams = paths["/matrix/{ids}/{point}"]["get"]["parameters"];

/**
 * The body of a successful response to `matrixPath` — GET /matrix/{ids}/{point} (204).
 */
export type MatrixPathResponse = undefined;

/**
 * The body of an error response to `matrixPath` — GET /matrix/{ids}/{point} (none declared).
 */
export type MatrixPathError = unknown;

/**
 * Path, query, header and cookie parameters of `labelPath` — GET /label/{ids}/{point}/{plain}.
 */
export type LabelPathParams = paths["/label/{ids}/{point}/{plain}"]["get"]["parameters"];

/**
 * The body of a successful response to `labelPath` — GET /label/{ids}/{point}/{plain} (204).
 */
export type LabelPathResponse = undefined;

/**
 * The body of an error response to `labelPath` — GET /label/{ids}/{point}/{plain} (none declared).
 */
export type LabelPathError = unknown;

/**
 * Path, query, header and cookie parameters of `queryStyles` — GET /query.
 */
export type QueryStylesParams = paths["/query"]["get"]["parameters"];

/**
 * The body of a successful response to `queryStyles` — GET /query (204).
 */
export type QueryStylesResponse = undefined;

/**
 * The body of an error response to `queryStyles` — GET /query (none declared).
 */
export type QueryStylesError = unknown;

/**
 * Path, query, header and cookie parameters of `headerStyles` — GET /headers.
 */
export type HeaderStylesParams = paths["/headers"]["get"]["parameters"];

/**
 * The body of a successful response to `headerStyles` — GET /headers (204).
 */
export type HeaderStylesResponse = undefined;

/**
 * The body of an error response to `headerStyles` — GET /headers (none declared).
 */
export type HeaderStylesError = unknown;

/**
 * Path, query, header and cookie parameters of `cookieStyles` — GET /cookies.
 */
export type CookieStylesParams = paths["/cookies"]["get"]["parameters"];

/**
 * The body of a successful response to `cookieStyles` — GET /cookies (204).
 */
export type CookieStylesResponse = undefined;

/**
 * The body of an error response to `cookieStyles` — GET /cookies (none declared).
 */
export type CookieStylesError = unknown;

/**
 * Path, query, header and cookie parameters of `urlencodedForm` — POST /forms/urlencoded.
 */
export type UrlencodedFormParams = paths["/forms/urlencoded"]["post"]["parameters"];

/**
 * The body of a successful response to `urlencodedForm` — POST /forms/urlencoded (204).
 */
export type UrlencodedFormResponse = undefined;

/**
 * The body of an error response to `urlencodedForm` — POST /forms/urlencoded (none declared).
 */
export type UrlencodedFormError = unknown;

/**
 * The request body of `urlencodedForm` — POST /forms/urlencoded (application/x-www-form-urlencoded).
 */
export type UrlencodedFormRequestBody = NonNullable<
  paths["/forms/urlencoded"]["post"]["requestBody"]
>["content"]["application/x-www-form-urlencoded"];

/**
 * Path, query, header and cookie parameters of `multipartForm` — POST /forms/multipart.
 */
export type MultipartFormParams = paths["/forms/multipart"]["post"]["parameters"];

/**
 * The body of a successful response to `multipartForm` — POST /forms/multipart (204).
 */
export type MultipartFormResponse = undefined;

/**
 * The body of an error response to `multipartForm` — POST /forms/multipart (none declared).
 */
export type MultipartFormError = unknown;

/**
 * The request body of `multipartForm` — POST /forms/multipart (multipart/form-data).
 */
export type MultipartFormRequestBody = NonNullable<
  paths["/forms/multipart"]["post"]["requestBody"]
>["content"]["multipart/form-data"];
