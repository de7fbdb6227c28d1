// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/parameter-styles.yaml
// (Parameter styles 1.0.0). Change the spec and run `pnpm generate` instead.

import type {
  CookieStylesParams,
  CookieStylesResponse,
  HeaderStylesParams,
  HeaderStylesResponse,
  LabelPathParams,
  LabelPathResponse,
  MatrixPathParams,
  MatrixPathResponse,
  MultipartFormParams,
  MultipartFormRequestBody,
  MultipartFormResponse,
  QueryStylesParams,
  QueryStylesResponse,
  UrlencodedFormParams,
  UrlencodedFormRequestBody,
  UrlencodedFormResponse,
} from "@chunked-uploads/types";
import {
  callOperation,
  type ApiPromise,
  type Operation,
  type OperationOptions,
} from "../runtime/call.js";
import { formBody } from "../runtime/form-bodies.js";
import { styledParams } from "../runtime/styled-params.js";
import { bindOperations, clientTransport } from "../runtime/client-transport.js";
import type { CoreClient } from "./client.generated.js";

/**
 * Method, path template, index in SERVERS, request media type and (where it is not SECURITY) security requirements of each operation.
 */
const matrixPathEndpoint: Operation = [
  "get",
  "/matrix/{ids}/{point}",
  0,
  "",
  null,
  { path: { ids: "matrix*", point: "matrix" } },
  styledParams,
];
const labelPathEndpoint: Operation = [
  "get",
  "/label/{ids}/{point}/{plain}",
  0,
  "",
  null,
  { path: { ids: "label", point: "label*" } },
  styledParams,
];
const queryStylesEndpoint: Operation = [
  "get",
  "/query",
  0,
  "",
  null,
  {
    query: { csv: "form", piped: "pipeDelimited", spaced: "spaceDelimited", filter: "deepObject*" },
  },
  styledParams,
];
const headerStylesEndpoint: Operation = [
  "get",
  "/headers",
  0,
  "",
  null,
  { header: { "x-point": "simple*" } },
  styledParams,
];
const cookieStylesEndpoint: Operation = [
  "get",
  "/cookies",
  0,
  "",
  null,
  { cookie: { ids: "form" } },
  styledParams,
];
const urlencodedFormEndpoint: Operation = [
  "post",
  "/forms/urlencoded",
  0,
  "application/x-www-form-urlencoded",
  null,
  { body: { tags: "pipeDelimited", filter: "deepObject*" } },
  styledParams,
  formBody,
];
const multipartFormEndpoint: Operation = [
  "post",
  "/forms/multipart",
  0,
  "multipart/form-data",
  null,
  {},
  null,
  formBody,
];

/**
 * The `default` resource (default).
 */

export interface DefaultResource {
  /**
   * `GET https://api.example.com/v1/matrix/{ids}/{point}`
   *
   * @param ids The `ids` path parameter. Example: `3,4`.
   * @param point The `point` path parameter. Example: `[object Object]`.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns No content (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  matrixPath(
    ids: MatrixPathParams["path"]["ids"],
    point: MatrixPathParams["path"]["point"],
    options?: OperationOptions<MatrixPathParams>,
  ): ApiPromise<MatrixPathResponse>;
  /**
   * `GET https://api.example.com/v1/label/{ids}/{point}/{plain}`
   *
   * @param ids The `ids` path parameter.
   * @param point The `point` path parameter. Example: `[object Object]`.
   * @param plain The `plain` path parameter. Example: `1,2,3`.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns No content (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  labelPath(
    ids: LabelPathParams["path"]["ids"],
    point: LabelPathParams["path"]["point"],
    plain: LabelPathParams["path"]["plain"],
    options?: OperationOptions<LabelPathParams>,
  ): ApiPromise<LabelPathResponse>;
  /**
   * `GET https://api.example.com/v1/query`
   *
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns No content (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  queryStyles(options: OperationOptions<QueryStylesParams>): ApiPromise<QueryStylesResponse>;
  /**
   * `GET https://api.example.com/v1/headers`
   *
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns No content (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  headerStyles(options: OperationOptions<HeaderStylesParams>): ApiPromise<HeaderStylesResponse>;
  /**
   * `GET https://api.example.com/v1/cookies`
   *
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns No content (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  cookieStyles(options: OperationOptions<CookieStylesParams>): ApiPromise<CookieStylesResponse>;
  /**
   * `POST https://api.example.com/v1/forms/urlencoded`
   *
   * @param body The request body.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns No content (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  urlencodedForm(
    body: UrlencodedFormRequestBody,
    options?: OperationOptions<UrlencodedFormParams>,
  ): ApiPromise<UrlencodedFormResponse>;
  /**
   * `POST https://api.example.com/v1/forms/multipart`
   *
   * @param body The request body.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns No content (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  multipartForm(
    body: MultipartFormRequestBody,
    options?: OperationOptions<MultipartFormParams>,
  ): ApiPromise<MultipartFormResponse>;
}

/**
 * `GET https://api.example.com/v1/matrix/{ids}/{point}`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param ids The `ids` path parameter. Example: `3,4`.
 * @param point The `point` path parameter. Example: `[object Object]`.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns No content (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function matrixPath(
  client: CoreClient,
  ids: MatrixPathParams["path"]["ids"],
  point: MatrixPathParams["path"]["point"],
  options?: OperationOptions<MatrixPathParams>,
): ApiPromise<MatrixPathResponse> {
  return callOperation(
    clientTransport(client),
    matrixPathEndpoint,
    { ids: ids, point: point },
    options,
  );
}

/**
 * `GET https://api.example.com/v1/label/{ids}/{point}/{plain}`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param ids The `ids` path parameter.
 * @param point The `point` path parameter. Example: `[object Object]`.
 * @param plain The `plain` path parameter. Example: `1,2,3`.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns No content (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function labelPath(
  client: CoreClient,
  ids: LabelPathParams["path"]["ids"],
  point: LabelPathParams["path"]["point"],
  plain: LabelPathParams["path"]["plain"],
  options?: OperationOptions<LabelPathParams>,
): ApiPromise<LabelPathResponse> {
  return callOperation(
    clientTransport(client),
    labelPathEndpoint,
    { ids: ids, point: point, plain: plain },
    options,
  );
}

/**
 * `GET https://api.example.com/v1/query`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns No content (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function queryStyles(
  client: CoreClient,
  options: OperationOptions<QueryStylesParams>,
): ApiPromise<QueryStylesResponse> {
  return callOperation(clientTransport(client), queryStylesEndpoint, {}, options);
}

/**
 * `GET https://api.example.com/v1/headers`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns No content (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function headerStyles(
  client: CoreClient,
  options: OperationOptions<HeaderStylesParams>,
): ApiPromise<HeaderStylesResponse> {
  return callOperation(clientTransport(client), headerStylesEndpoint, {}, options);
}

/**
 * `GET https://api.example.com/v1/cookies`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns No content (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function cookieStyles(
  client: CoreClient,
  options: OperationOptions<CookieStylesParams>,
): ApiPromise<CookieStylesResponse> {
  return callOperation(clientTransport(client), cookieStylesEndpoint, {}, options);
}

/**
 * `POST https://api.example.com/v1/forms/urlencoded`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param body The request body.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns No content (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function urlencodedForm(
  client: CoreClient,
  body: UrlencodedFormRequestBody,
  options?: OperationOptions<UrlencodedFormParams>,
): ApiPromise<UrlencodedFormResponse> {
  return callOperation(clientTransport(client), urlencodedFormEndpoint, {}, { ...options, body });
}

/**
 * `POST https://api.example.com/v1/forms/multipart`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param body The request body.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns No content (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function multipartForm(
  client: CoreClient,
  body: MultipartFormRequestBody,
  options?: OperationOptions<MultipartFormParams>,
): ApiPromise<MultipartFormResponse> {
  return callOperation(clientTransport(client), multipartFormEndpoint, {}, { ...options, body });
}

/**
 * The `default` resource of `client`: each of its standalone functions, with the client bound.
 */

export function defaultResource(client: CoreClient): DefaultResource {
  return bindOperations(client, {
    matrixPath,
    labelPath,
    queryStyles,
    headerStyles,
    cookieStyles,
    urlencodedForm,
    multipartForm,
  });
}
