// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/request-kinds/openapi.yaml
// (Request kinds 1.0). Change the spec and run `pnpm generate` instead.

import type {
  CreateWidgetParams,
  CreateWidgetRequestBody,
  CreateWidgetResponse,
  DeleteWidgetParams,
  DeleteWidgetResponse,
  GetWidgetParams,
  GetWidgetResponse,
  ListMyWidgetsParams,
  ListMyWidgetsResponse,
  PutWidgetImageParams,
  PutWidgetImageResponse,
} from "@chunked-uploads/types";
import {
  callOperation,
  type ApiPromise,
  type BinaryBody,
  type Operation,
  type OperationOptions,
} from "../runtime/call.js";
import { bindOperations, clientTransport } from "../runtime/client-transport.js";
import type { CoreClient } from "./client.generated.js";

/**
 * Method, path template, index in SERVERS, request media type and (where it is not SECURITY) security requirements of each operation.
 */
const createWidgetEndpoint: Operation = ["post", "/widgets", 0, "application/json"];
const getWidgetEndpoint: Operation = ["get", "/widgets/{widget_id}", 0];
const deleteWidgetEndpoint: Operation = ["delete", "/widgets/{widget_id}", 0];
const putWidgetImageEndpoint: Operation = [
  "put",
  "/widgets/{widget_id}/image",
  0,
  "application/octet-stream",
];
const listMyWidgetsEndpoint: Operation = ["get", "/widgets/mine", 0];

/**
 * The `default` resource (default).
 */

export interface DefaultResource {
  /**
   * `POST https://api.example.com/v1/widgets`
   *
   * @param body The request body.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns Created. (201) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  createWidget(
    body: CreateWidgetRequestBody,
    options: OperationOptions<CreateWidgetParams>,
  ): ApiPromise<CreateWidgetResponse>;
  /**
   * `GET https://api.example.com/v1/widgets/{widget_id}`
   *
   * @param widgetId The `widget_id` path parameter. Example: `w-1`.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns A widget. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  getWidget(
    widgetId: string,
    options?: OperationOptions<GetWidgetParams>,
  ): ApiPromise<GetWidgetResponse>;
  /**
   * `DELETE https://api.example.com/v1/widgets/{widget_id}`
   *
   * @param widgetId The `widget_id` path parameter. Example: `w-1`.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns Deleted. (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  deleteWidget(
    widgetId: string,
    options?: OperationOptions<DeleteWidgetParams>,
  ): ApiPromise<DeleteWidgetResponse>;
  /**
   * `PUT https://api.example.com/v1/widgets/{widget_id}/image`
   *
   * @param widgetId The `widget_id` path parameter. Example: `w-1`.
   * @param body The request body: raw bytes, sent as `application/octet-stream`.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns Stored. (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  putWidgetImage(
    widgetId: string,
    body: BinaryBody,
    options: OperationOptions<PutWidgetImageParams>,
  ): ApiPromise<PutWidgetImageResponse>;
  /**
   * `GET https://api.example.com/v1/widgets/mine`
   *
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns My widgets. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  listMyWidgets(options: OperationOptions<ListMyWidgetsParams>): ApiPromise<ListMyWidgetsResponse>;
}

/**
 * `POST https://api.example.com/v1/widgets`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param body The request body.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns Created. (201) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function createWidget(
  client: CoreClient,
  body: CreateWidgetRequestBody,
  options: OperationOptions<CreateWidgetParams>,
): ApiPromise<CreateWidgetResponse> {
  return callOperation(clientTransport(client), createWidgetEndpoint, {}, { ...options, body });
}

/**
 * `GET https://api.example.com/v1/widgets/{widget_id}`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param widgetId The `widget_id` path parameter. Example: `w-1`.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns A widget. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function getWidget(
  client: CoreClient,
  widgetId: string,
  options?: OperationOptions<GetWidgetParams>,
): ApiPromise<GetWidgetResponse> {
  return callOperation(
    clientTransport(client),
    getWidgetEndpoint,
    { widget_id: widgetId },
    options,
  );
}

/**
 * `DELETE https://api.example.com/v1/widgets/{widget_id}`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param widgetId The `widget_id` path parameter. Example: `w-1`.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns Deleted. (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function deleteWidget(
  client: CoreClient,
  widgetId: string,
  options?: OperationOptions<DeleteWidgetParams>,
): ApiPromise<DeleteWidgetResponse> {
  return callOperation(
    clientTransport(client),
    deleteWidgetEndpoint,
    { widget_id: widgetId },
    options,
  );
}

/**
 * `PUT https://api.example.com/v1/widgets/{widget_id}/image`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param widgetId The `widget_id` path parameter. Example: `w-1`.
 * @param body The request body: raw bytes, sent as `application/octet-stream`.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns Stored. (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function putWidgetImage(
  client: CoreClient,
  widgetId: string,
  body: BinaryBody,
  options: OperationOptions<PutWidgetImageParams>,
): ApiPromise<PutWidgetImageResponse> {
  return callOperation(
    clientTransport(client),
    putWidgetImageEndpoint,
    { widget_id: widgetId },
    { ...options, body },
  );
}

/**
 * `GET https://api.example.com/v1/widgets/mine`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns My widgets. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function listMyWidgets(
  client: CoreClient,
  options: OperationOptions<ListMyWidgetsParams>,
): ApiPromise<ListMyWidgetsResponse> {
  return callOperation(clientTransport(client), listMyWidgetsEndpoint, {}, options);
}

/**
 * The `default` resource of `client`: each of its standalone functions, with the client bound.
 */

export function defaultResource(client: CoreClient): DefaultResource {
  return bindOperations(client, {
    createWidget,
    getWidget,
    deleteWidget,
    putWidgetImage,
    listMyWidgets,
  });
}
