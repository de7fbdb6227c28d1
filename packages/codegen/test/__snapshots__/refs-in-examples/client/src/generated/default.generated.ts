// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/refs-in-examples.yaml
// (t 1). Change the spec and run `pnpm generate` instead.

import type { GetSchemaParams, GetSchemaResponse } from "@chunked-uploads/types";
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
const getSchemaEndpoint: Operation = ["get", "/schemas", 0];

/**
 * The `default` resource (default).
 */

export interface DefaultResource {
  /**
   * `GET https://api.example.com/schemas`
   *
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns a JSON Schema document, whose $ref is data (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  getSchema(options?: OperationOptions<GetSchemaParams>): ApiPromise<GetSchemaResponse>;
}

/**
 * `GET https://api.example.com/schemas`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns a JSON Schema document, whose $ref is data (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function getSchema(
  client: CoreClient,
  options?: OperationOptions<GetSchemaParams>,
): ApiPromise<GetSchemaResponse> {
  return callOperation(clientTransport(client), getSchemaEndpoint, {}, options);
}

/**
 * The `default` resource of `client`: each of its standalone functions, with the client bound.
 */

export function defaultResource(client: CoreClient): DefaultResource {
  return bindOperations(client, {
    getSchema,
  });
}
