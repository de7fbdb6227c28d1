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
import type { Transport } from "../runtime/transport.js";

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

export function defaultResource(transport: Transport): DefaultResource {
  return {
    matrixPath(
      ids: MatrixPathParams["path"]["ids"],
      point: MatrixPathParams["path"]["point"],
      options?: OperationOptions<MatrixPathParams>,
    ) {
      return callOperation(transport, matrixPathEndpoint, { ids: ids, point: point }, options);
    },
    labelPath(
      ids: LabelPathParams["path"]["ids"],
      point: LabelPathParams["path"]["point"],
      plain: LabelPathParams["path"]["plain"],
      options?: OperationOptions<LabelPathParams>,
    ) {
      return callOperation(
        transport,
        labelPathEndpoint,
        { ids: ids, point: point, plain: plain },
        options,
      );
    },
    queryStyles(options: OperationOptions<QueryStylesParams>) {
      return callOperation(transport, queryStylesEndpoint, {}, options);
    },
    headerStyles(options: OperationOptions<HeaderStylesParams>) {
      return callOperation(transport, headerStylesEndpoint, {}, options);
    },
    cookieStyles(options: OperationOptions<CookieStylesParams>) {
      return callOperation(transport, cookieStylesEndpoint, {}, options);
    },
    urlencodedForm(
      body: UrlencodedFormRequestBody,
      options?: OperationOptions<UrlencodedFormParams>,
    ) {
      return callOperation(transport, urlencodedFormEndpoint, {}, { ...options, body });
    },
    multipartForm(body: MultipartFormRequestBody, options?: OperationOptions<MultipartFormParams>) {
      return callOperation(transport, multipartFormEndpoint, {}, { ...options, body });
    },
  };
}
