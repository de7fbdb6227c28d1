// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/json-or-multipart.yaml
// (JSON or multipart 1). Change the spec and run `pnpm generate` instead.

import type { Scheme } from "../runtime/credentials.js";
import type { ErrorShape, ServerTemplate } from "../runtime/transport.js";

/**
 * The spec's servers (URL template and variable defaults) that operations use, by index.
 */

export const SERVERS: ServerTemplate[] = [["https://api.example.com/v1", {}]];

/**
 * Index in SERVERS of the default base URL of the raw openapi-fetch client.
 */

export const RAW_SERVER = 0;

/**
 * Hosts the token may be sent to by default: the spec's servers and `x-sdk-allowed-hosts`.
 */

export const ALLOWED_HOSTS: string[] = ["api.example.com"];

/**
 * The security schemes operations use, by name: how each credential travels.
 */

export const SCHEMES: Record<string, Scheme> = {};

/**
 * The security requirements of most operations (alternatives of schemes that apply together); the others carry their own.
 */

export const SECURITY: string[][] = [];

/**
 * Where an error body holds its code, message, request id, help URL and context, and the response header the request id travels in: from the spec's error schema and its `x-sdk-error-fields` and `x-sdk-request-id-header`; empty where it says nothing.
 */

export const ERRORS: ErrorShape = ["", "", "", "", "", ""];

/**
 * The environment variable a client without a `token` option reads the token from (the spec's `x-sdk-token-env`); undefined when the spec names none.
 */

export const TOKEN_ENV: string | undefined = undefined;
