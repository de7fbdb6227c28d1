// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/request-kinds/openapi.yaml
// (Request kinds 1.0). Change the spec and run `pnpm generate` instead.

import type { paths } from "@chunked-uploads/types";
import type { Client } from "openapi-fetch";
import { withTransport } from "../runtime/client-transport.js";
import type { ClientOptions } from "../runtime/options.js";
import { createRawClientFor } from "../runtime/raw-client.js";
import { createTransport } from "../runtime/transport.js";
import {
  ALLOWED_HOSTS,
  ERRORS,
  RAW_SERVER,
  SCHEMES,
  SECURITY,
  SERVERS,
  TOKEN_ENV,
} from "./servers.generated.js";
import { defaultResource, type DefaultResource } from "./default.generated.js";
export type { DefaultResource } from "./default.generated.js";
export {
  createWidget,
  getWidget,
  deleteWidget,
  putWidgetImage,
  listMyWidgets,
} from "./default.generated.js";

/**
 * Creates a client for Request kinds 1.0, with one property per resource.
 */

export function createClient(options: ClientOptions = {}): ApiClient {
  const client = withTransport(
    { withOptions: (more: ClientOptions) => createClient({ ...options, ...more }) },
    createTransport(options, SERVERS, ALLOWED_HOSTS, SCHEMES, SECURITY, ERRORS, TOKEN_ENV),
  ) as ApiClient;
  client.default = defaultResource(client);
  return client;
}

/**
 * Creates a client for Request kinds 1.0 without its resources, for the standalone functions: `createWidget(client, …)` instead of `client.default.createWidget(…)`.
 *
 * The same options, authentication, retries, timeouts and host checks as {@link createClient}; a bundle then holds only the functions it calls, where `createClient` brings every method of every resource.
 */

export function createCoreClient(options: ClientOptions = {}): CoreClient {
  return withTransport(
    { withOptions: (more: ClientOptions) => createCoreClient({ ...options, ...more }) },
    createTransport(options, SERVERS, ALLOWED_HOSTS, SCHEMES, SECURITY, ERRORS, TOKEN_ENV),
  );
}

/**
 * A client for Request kinds 1.0 without its resources: what the standalone functions take (one from `createCoreClient` or `createClient`).
 */
export interface CoreClient {
  /**
   * A client with these options over this one's: `core.withOptions({ timeoutMs: 5_000 })`. The same spec and the same `fetch` (and its connections); this client is unchanged.
   */
  withOptions(options: ClientOptions): CoreClient;
}

/**
 * A client for Request kinds 1.0: one property per resource.
 */
export interface ApiClient extends CoreClient {
  /**
   * The `default` resource (default).
   */
  default: DefaultResource;
  /**
   * A client with these options over this one's: `box.withOptions({ timeoutMs: 5_000 })`. The same spec and the same `fetch` (and its connections); this client is unchanged.
   */
  withOptions(options: ClientOptions): ApiClient;
}

/**
 * Creates openapi-fetch's typed client for the whole spec, with the same options and the same authentication, retries, timeouts and host checks as {@link createClient}.
 *
 * A separate export, so that code that only calls the generated methods does not bundle it.
 */

export function createRawClient(options: ClientOptions = {}): Client<paths> {
  return createRawClientFor<paths>(
    createTransport(options, SERVERS, ALLOWED_HOSTS, {}, undefined, undefined, TOKEN_ENV),
    RAW_SERVER,
  );
}
