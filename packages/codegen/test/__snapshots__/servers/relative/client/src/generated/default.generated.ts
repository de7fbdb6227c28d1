// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/servers/relative.yaml
// (Relative server 1). Change the spec and run `pnpm generate` instead.

import type { GetThingParams, GetThingResponse } from "@chunked-uploads/types";
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
const getThingEndpoint: Operation = ["get", "/things/{id}", 0];

/**
 * The `default` resource (default).
 */

export interface DefaultResource {
  /**
   * `GET /v1/things/{id}`
   *
   * @param id The `id` path parameter. Example: `t-1`.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns A thing. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  getThing(id: string, options?: OperationOptions<GetThingParams>): ApiPromise<GetThingResponse>;
}

/**
 * `GET /v1/things/{id}`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param id The `id` path parameter. Example: `t-1`.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns A thing. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function getThing(
  client: CoreClient,
  id: string,
  options?: OperationOptions<GetThingParams>,
): ApiPromise<GetThingResponse> {
  return callOperation(clientTransport(client), getThingEndpoint, { id: id }, options);
}

/**
 * The `default` resource of `client`: each of its standalone functions, with the client bound.
 */

export function defaultResource(client: CoreClient): DefaultResource {
  return bindOperations(client, {
    getThing,
  });
}
