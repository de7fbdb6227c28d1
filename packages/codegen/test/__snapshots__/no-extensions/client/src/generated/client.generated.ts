// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/no-extensions/openapi.json
// (No extensions 2.0). Change the spec and run `pnpm generate` instead.

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
import {
  uploadSessionsResource,
  type UploadSessionsResource,
} from "./upload-sessions.generated.js";
export type { UploadSessionsResource } from "./upload-sessions.generated.js";
export {
  getSessionById,
  deleteSessionsBySessionId,
  deleteSessionsBySessionIdByUrl,
} from "./upload-sessions.generated.js";
import { filesResource, type FilesResource } from "./files.generated.js";
export type { FilesResource } from "./files.generated.js";
export { downloadFile } from "./files.generated.js";
import { defaultResource, type DefaultResource } from "./default.generated.js";
export type { DefaultResource } from "./default.generated.js";
export { health } from "./default.generated.js";

/**
 * Creates a client for No extensions 2.0, with one property per resource.
 */

export function createClient(options: ClientOptions = {}): ApiClient {
  const client = withTransport(
    { withOptions: (more: ClientOptions) => createClient({ ...options, ...more }) },
    createTransport(options, SERVERS, ALLOWED_HOSTS, SCHEMES, SECURITY, ERRORS, TOKEN_ENV),
  ) as ApiClient;
  client.uploadSessions = uploadSessionsResource(client);
  client.files = filesResource(client);
  client.default = defaultResource(client);
  return client;
}

/**
 * Creates a client for No extensions 2.0 without its resources, for the standalone functions: `getSessionById(client, …)` instead of `client.uploadSessions.getSessionById(…)`.
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
 * A client for No extensions 2.0 without its resources: what the standalone functions take (one from `createCoreClient` or `createClient`).
 */
export interface CoreClient {
  /**
   * A client with these options over this one's: `core.withOptions({ timeoutMs: 5_000 })`. The same spec and the same `fetch` (and its connections); this client is unchanged.
   */
  withOptions(options: ClientOptions): CoreClient;
}

/**
 * A client for No extensions 2.0: one property per resource.
 */
export interface ApiClient extends CoreClient {
  /**
   * The `uploadSessions` resource (Upload Sessions).
   *
   * Sessions.
   */
  uploadSessions: UploadSessionsResource;
  /**
   * The `files` resource (Files).
   */
  files: FilesResource;
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
