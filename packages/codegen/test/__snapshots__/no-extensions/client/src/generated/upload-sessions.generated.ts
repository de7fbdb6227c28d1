// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/no-extensions/openapi.json
// (No extensions 2.0). Change the spec and run `pnpm generate` instead.

import type {
  DeleteSessionsBySessionIdParams,
  DeleteSessionsBySessionIdResponse,
  GetSessionByIdParams,
  GetSessionByIdResponse,
} from "@chunked-uploads/types";
import {
  callOperation,
  callOperationAtUrl,
  type ApiPromise,
  type Operation,
  type OperationOptions,
} from "../runtime/call.js";
import { bindOperations, clientTransport } from "../runtime/client-transport.js";
import type { CoreClient } from "./client.generated.js";

/**
 * Method, path template, index in SERVERS, request media type and (where it is not SECURITY) security requirements of each operation.
 */
const getSessionByIdEndpoint: Operation = ["get", "/sessions/{session_id}", 0];
const deleteSessionsBySessionIdEndpoint: Operation = ["delete", "/sessions/{session_id}", 1];

/**
 * The `uploadSessions` resource (Upload Sessions).
 *
 * Sessions.
 */

export interface UploadSessionsResource {
  /**
   * `GET https://api.example.com/v2/sessions/{session_id}`
   *
   * @param sessionId The `session_id` path parameter. Example: `S1`.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns ok (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  getSessionById(
    sessionId: string,
    options?: OperationOptions<GetSessionByIdParams>,
  ): ApiPromise<GetSessionByIdResponse>;
  /**
   * `DELETE https://{region}.example.com/v2/sessions/{session_id}`
   *
   * @param sessionId The `session_id` path parameter. Example: `S1`.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns gone (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  deleteSessionsBySessionId(
    sessionId: string,
    options?: OperationOptions<DeleteSessionsBySessionIdParams>,
  ): ApiPromise<DeleteSessionsBySessionIdResponse>;
  /**
   * Calls `deleteSessionsBySessionId` at a URL the API returned (for example an upload session's `session_endpoints`), after checking that it is an allowed https host and this operation's path.
   *
   * `DELETE https://{region}.example.com/v2/sessions/{session_id}`
   *
   * @param url The full URL of the operation.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns gone (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  deleteSessionsBySessionIdByUrl(
    url: string,
    options?: OperationOptions<DeleteSessionsBySessionIdParams>,
  ): ApiPromise<DeleteSessionsBySessionIdResponse>;
}

/**
 * `GET https://api.example.com/v2/sessions/{session_id}`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param sessionId The `session_id` path parameter. Example: `S1`.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns ok (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function getSessionById(
  client: CoreClient,
  sessionId: string,
  options?: OperationOptions<GetSessionByIdParams>,
): ApiPromise<GetSessionByIdResponse> {
  return callOperation(
    clientTransport(client),
    getSessionByIdEndpoint,
    { session_id: sessionId },
    options,
  );
}

/**
 * `DELETE https://{region}.example.com/v2/sessions/{session_id}`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param sessionId The `session_id` path parameter. Example: `S1`.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns gone (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function deleteSessionsBySessionId(
  client: CoreClient,
  sessionId: string,
  options?: OperationOptions<DeleteSessionsBySessionIdParams>,
): ApiPromise<DeleteSessionsBySessionIdResponse> {
  return callOperation(
    clientTransport(client),
    deleteSessionsBySessionIdEndpoint,
    { session_id: sessionId },
    options,
  );
}

/**
 * Calls `deleteSessionsBySessionId` at a URL the API returned (for example an upload session's `session_endpoints`), after checking that it is an allowed https host and this operation's path.
 *
 * `DELETE https://{region}.example.com/v2/sessions/{session_id}`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param url The full URL of the operation.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns gone (204) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function deleteSessionsBySessionIdByUrl(
  client: CoreClient,
  url: string,
  options?: OperationOptions<DeleteSessionsBySessionIdParams>,
): ApiPromise<DeleteSessionsBySessionIdResponse> {
  return callOperationAtUrl(
    clientTransport(client),
    deleteSessionsBySessionIdEndpoint,
    url,
    options,
  );
}

/**
 * The `uploadSessions` resource of `client`: each of its standalone functions, with the client bound.
 */

export function uploadSessionsResource(client: CoreClient): UploadSessionsResource {
  return bindOperations(client, {
    getSessionById,
    deleteSessionsBySessionId,
    deleteSessionsBySessionIdByUrl,
  });
}
