// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/identifiers.yaml
// (Identifiers on two lines 1). Change the spec and run `pnpm generate` instead.

import type { CallParams, CallRequestBody, CallResponse } from "@chunked-uploads/types";
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
const callEndpoint: Operation = [
  "post",
  "/things/{class}/{options}/{body}/{transport}",
  0,
  "application/json",
];

/**
 * The `default` resource (default).
 */

export interface DefaultResource {
  /**
   * `POST https://api.example.com/things/{class}/{options}/{body}/{transport}`
   *
   * @param class_ The `class` path parameter. Example: `c`.
   * @param options_ The `options` path parameter. Example: `o`.
   * @param body_ The `body` path parameter. Example: `b`.
   * @param transport The `transport` path parameter. Example: `t`.
   * @param body The request body.
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns The package. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  call(
    class_: string,
    options_: string,
    body_: string,
    transport: string,
    body: CallRequestBody,
    options?: OperationOptions<CallParams>,
  ): ApiPromise<CallResponse>;
}

/**
 * `POST https://api.example.com/things/{class}/{options}/{body}/{transport}`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param class_ The `class` path parameter. Example: `c`.
 * @param options_ The `options` path parameter. Example: `o`.
 * @param body_ The `body` path parameter. Example: `b`.
 * @param transport The `transport` path parameter. Example: `t`.
 * @param body The request body.
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns The package. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function call(
  client: CoreClient,
  class_: string,
  options_: string,
  body_: string,
  transport: string,
  body: CallRequestBody,
  options?: OperationOptions<CallParams>,
): ApiPromise<CallResponse> {
  return callOperation(
    clientTransport(client),
    callEndpoint,
    { class: class_, options: options_, body: body_, transport: transport },
    { ...options, body },
  );
}

/**
 * The `default` resource of `client`: each of its standalone functions, with the client bound.
 */

export function defaultResource(client: CoreClient): DefaultResource {
  return bindOperations(client, {
    call,
  });
}
