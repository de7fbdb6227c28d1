// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/empty-enum.yaml
// (Empty enums 1). Change the spec and run `pnpm generate` instead.

import type {
  CreateWidgetParams,
  CreateWidgetRequestBody,
  CreateWidgetResponse,
  ListWidgetsParams,
  ListWidgetsResponse,
} from "@chunked-uploads/types";
import {
  callOperation,
  type ApiPromise,
  type Operation,
  type OperationOptions,
} from "../runtime/call.js";
import { bindOperations, clientTransport } from "../runtime/client-transport.js";
import type { CoreClient } from "./client.generated.js";

/**
 * Method, path template, index in SERVERS, request media type and (where it is not SECURITY) security requirements of each operation.
 */
const listWidgetsEndpoint: Operation = ["get", "/widgets", 0];
const createWidgetEndpoint: Operation = ["post", "/widgets", 0, "application/json"];

/**
 * The `default` resource (default).
 */

export interface DefaultResource {
  /**
   * List widgets
   *
   * `GET https://api.example.com/v1/widgets`
   *
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns The widgets. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  listWidgets(options?: OperationOptions<ListWidgetsParams>): ApiPromise<ListWidgetsResponse>;
  /**
   * Create a widget
   *
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
    options?: OperationOptions<CreateWidgetParams>,
  ): ApiPromise<CreateWidgetResponse>;
}

/**
 * List widgets
 *
 * `GET https://api.example.com/v1/widgets`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns The widgets. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function listWidgets(
  client: CoreClient,
  options?: OperationOptions<ListWidgetsParams>,
): ApiPromise<ListWidgetsResponse> {
  return callOperation(clientTransport(client), listWidgetsEndpoint, {}, options);
}

/**
 * Create a widget
 *
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
  options?: OperationOptions<CreateWidgetParams>,
): ApiPromise<CreateWidgetResponse> {
  return callOperation(clientTransport(client), createWidgetEndpoint, {}, { ...options, body });
}

/**
 * The `default` resource of `client`: each of its standalone functions, with the client bound.
 */

export function defaultResource(client: CoreClient): DefaultResource {
  return bindOperations(client, {
    listWidgets,
    createWidget,
  });
}
