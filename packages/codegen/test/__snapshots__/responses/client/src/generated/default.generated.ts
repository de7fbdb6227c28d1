// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/responses.yaml
// (Responses 1). Change the spec and run `pnpm generate` instead.

import type {
  DownloadFileParams,
  DownloadFileResponse,
  GetThumbnailParams,
  GetThumbnailResponse,
  PingParams,
  PingResponse,
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
const pingEndpoint: Operation = ["post", "/ping", 0];
const downloadFileEndpoint: Operation = ["get", "/files/{id}/content", 0];
const getThumbnailEndpoint: Operation = ["get", "/files/{id}/thumbnail", 0];

/**
 * The `default` resource (default).
 */

export interface DefaultResource {
  /**
   * `POST https://api.example.com/ping`
   *
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns The response body. (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  ping(options?: OperationOptions<PingParams>): ApiPromise<PingResponse>;
  /**
   * `GET https://api.example.com/files/{id}/content`
   *
   * @param id The `id` path parameter. Example: `f-1`.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns The response body. (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  downloadFile(
    id: string,
    options?: OperationOptions<DownloadFileParams>,
  ): ApiPromise<DownloadFileResponse>;
  /**
   * `GET https://api.example.com/files/{id}/thumbnail`
   *
   * @param id The `id` path parameter. Example: `f-1`.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns The image. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  getThumbnail(
    id: string,
    options?: OperationOptions<GetThumbnailParams>,
  ): ApiPromise<GetThumbnailResponse>;
}

/**
 * `POST https://api.example.com/ping`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns The response body. (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function ping(
  client: CoreClient,
  options?: OperationOptions<PingParams>,
): ApiPromise<PingResponse> {
  return callOperation(clientTransport(client), pingEndpoint, {}, options);
}

/**
 * `GET https://api.example.com/files/{id}/content`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param id The `id` path parameter. Example: `f-1`.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns The response body. (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function downloadFile(
  client: CoreClient,
  id: string,
  options?: OperationOptions<DownloadFileParams>,
): ApiPromise<DownloadFileResponse> {
  return callOperation(clientTransport(client), downloadFileEndpoint, { id: id }, options, "blob");
}

/**
 * `GET https://api.example.com/files/{id}/thumbnail`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param id The `id` path parameter. Example: `f-1`.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns The image. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function getThumbnail(
  client: CoreClient,
  id: string,
  options?: OperationOptions<GetThumbnailParams>,
): ApiPromise<GetThumbnailResponse> {
  return callOperation(clientTransport(client), getThumbnailEndpoint, { id: id }, options, "blob");
}

/**
 * The `default` resource of `client`: each of its standalone functions, with the client bound.
 */

export function defaultResource(client: CoreClient): DefaultResource {
  return bindOperations(client, {
    ping,
    downloadFile,
    getThumbnail,
  });
}
