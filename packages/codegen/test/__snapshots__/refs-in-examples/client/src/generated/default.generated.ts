// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/refs-in-examples.yaml
// (t 1). Change the spec and run `pnpm generate` instead.

import type { GetSchemaParams, GetSchemaResponse } from "@chunked-uploads/types";
import {
  callOperation,
  type ApiPromise,
  type Operation,
  type OperationOptions,
} from "../runtime/call.js";
import type { Transport } from "../runtime/transport.js";

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

export function defaultResource(transport: Transport): DefaultResource {
  return {
    getSchema(options?: OperationOptions<GetSchemaParams>) {
      return callOperation(transport, getSchemaEndpoint, {}, options);
    },
  };
}
