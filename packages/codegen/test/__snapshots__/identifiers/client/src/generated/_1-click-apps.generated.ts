// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/identifiers.yaml
// (Identifiers on two lines 1). Change the spec and run `pnpm generate` instead.

import type { ListOneClickAppsParams, ListOneClickAppsResponse } from "@chunked-uploads/types";
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
const listOneClickAppsEndpoint: Operation = ["get", "/one-click/apps", 0];

/**
 * The `_1ClickApps` resource (1-Click Apps).
 */

export interface _1ClickAppsResource {
  /**
   * `GET https://api.example.com/one-click/apps`
   *
   * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
   * @returns The apps. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
   * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
   * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
   */
  listOneClickApps(
    options?: OperationOptions<ListOneClickAppsParams>,
  ): ApiPromise<ListOneClickAppsResponse>;
}

/**
 * `GET https://api.example.com/one-click/apps`
 *
 * @param client The client to call through: one from `createCoreClient` (or `createClient`).
 * @param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.
 * @returns The apps. (200) (`.withResponse()` adds the response and its request id; `.asResponse()` gives the response, its body unread.)
 * @throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).
 * @throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).
 */
export function listOneClickApps(
  client: CoreClient,
  options?: OperationOptions<ListOneClickAppsParams>,
): ApiPromise<ListOneClickAppsResponse> {
  return callOperation(clientTransport(client), listOneClickAppsEndpoint, {}, options);
}

/**
 * The `_1ClickApps` resource of `client`: each of its standalone functions, with the client bound.
 */

export function make_1ClickAppsResource(client: CoreClient): _1ClickAppsResource {
  return bindOperations(client, {
    listOneClickApps,
  });
}
