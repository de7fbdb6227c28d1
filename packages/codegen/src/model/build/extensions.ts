/**
 * The spec's `x-*` extensions the generators read: names the SDK gives, the token's
 * environment variable, extra hosts credentials may go to. Each is checked where it is read,
 * and a wrong value is an error at its own pointer.
 */
import { pointerTo } from "../../load/json-pointer.js";
import type { BuildContext } from "./context.js";

/** Box's grouping extension: the SDK namespace an operation lives in. */
export const RESOURCE_EXTENSION = "x-box-tag";
/** The SDK method name, when the spec wants one other than the operationId. */
export const METHOD_NAME_EXTENSION = "x-sdk-method-name";
/** The environment variable examples read the access token from. */
export const TOKEN_ENV_EXTENSION = "x-sdk-token-env";
/** Extra hosts (or `*.suffix` patterns) a client may send credentials to. */
export const ALLOWED_HOSTS_EXTENSION = "x-sdk-allowed-hosts";
/** The error body's property names, by role (`{ requestId: "request_id" }`), where not inferred. */
export const ERROR_FIELDS_EXTENSION = "x-sdk-error-fields";
/** The response header that carries the request id (`box-request-id`). */
export const REQUEST_ID_HEADER_EXTENSION = "x-sdk-request-id-header";

const DEFAULT_TOKEN_ENV = "API_TOKEN";

/** `x-sdk-token-env` (`BOX_ACCESS_TOKEN`), else `API_TOKEN`. */
export function tokenEnvironmentVariable(ctx: BuildContext): string {
  const name = ctx.doc[TOKEN_ENV_EXTENSION];
  if (name === undefined) return DEFAULT_TOKEN_ENV;
  if (typeof name === "string" && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return name;
  ctx.fail(
    `${TOKEN_ENV_EXTENSION} must be an environment variable name, got ${JSON.stringify(name)}`,
    pointerTo("#", TOKEN_ENV_EXTENSION),
  );
  return DEFAULT_TOKEN_ENV;
}

/** `x-sdk-allowed-hosts`, lower-cased: host names and `*.suffix` patterns. */
export function extraAllowedHosts(ctx: BuildContext): string[] {
  const extra = ctx.doc[ALLOWED_HOSTS_EXTENSION];
  if (extra === undefined) return [];
  if (
    Array.isArray(extra) &&
    extra.every((h) => typeof h === "string" && /^(\*\.)?[a-z0-9.-]+$/i.test(h))
  )
    return extra.map((host: string) => host.toLowerCase());
  ctx.fail(
    `${ALLOWED_HOSTS_EXTENSION} must be a list of host names or *.suffix patterns`,
    pointerTo("#", ALLOWED_HOSTS_EXTENSION),
  );
  return [];
}
