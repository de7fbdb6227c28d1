/**
 * The errors a call can end with. Each names what went wrong and where (method and URL), never
 * carries the access token, and keeps the original `cause` when there is one.
 *
 * Each must stay readable wherever it travels: `String(error)` and `structuredClone` keep only
 * the message (so it ends with the cause's message), and JSON, `util.inspect` and test runners'
 * serialisers (vitest turns a cause into a plain object before it calls `toJSON`) must get the
 * fields and the cause without throwing, whatever the cause is.
 */

/**
 * The base of every error this package throws: the cause's message appended to the message
 * (unless it already ends with it), and a JSON form that never throws.
 */
export class SdkError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    const why = (options?.cause as { message?: unknown } | undefined)?.message;
    super(
      typeof why === "string" && why && !message.endsWith(why) ? `${message}: ${why}` : message,
      options,
    );
  }

  /** The error's fields, name, message and cause as plain data that JSON.stringify never fails on. */
  toJSON(): object {
    return { ...this, name: this.name, message: this.message, cause: summarise(this.cause) };
  }
}

/**
 * A JSON-safe view of a cause: its own JSON form when it has one that serialises, else its name,
 * message and (a few levels of) its own cause. Never calls `String` on an object: a cause a
 * serialiser has already copied into a prototype-less object has no `toString`.
 */
function summarise(cause: unknown, depth = 0): unknown {
  if (!cause || typeof cause !== "object") return cause == null ? undefined : String(cause);
  const { name, message, cause: inner, toJSON } = cause as Record<string, unknown>;
  if (typeof toJSON === "function")
    try {
      return JSON.parse(JSON.stringify(cause));
    } catch {
      // its own form fails (a cycle): the fields below
    }
  return { name, message, cause: depth < 4 ? summarise(inner, depth + 1) : undefined };
}

/**
 * Where the API's error bodies hold what an ApiError reports, as the spec says (the generated
 * `ERRORS`): the property names of the code, the message, the request id, the help URL and
 * the context, then the response header the request id travels in; "" for what it lacks.
 */
export type ErrorShape = [
  code: string,
  message: string,
  requestId: string,
  helpUrl: string,
  contextInfo: string,
  requestIdHeader: string,
];

interface ApiErrorFields {
  /** HTTP status of the response. */
  status: number;
  /** The API's error code (Box's `not_found`, `too_many_requests`, …); new codes are kept as they are. */
  code?: string;
  /** The request id (from the body, else the spec's request-id header: Box's `box-request-id`), for support. */
  requestId?: string;
  /** A page that explains the error, when the API gives one (Box's `help_url`). */
  helpUrl?: string;
  /** What the API adds about the error's context (Box's `context_info`: the conflicting file, the field). */
  contextInfo?: Record<string, unknown> | null;
  /** The request's method (`GET`, `PUT`, …). */
  method: string;
  /** The URL the request went to (the last one, after redirects). */
  url: string;
  /** The error body: JSON when it was JSON, else its text; the token is redacted from it. */
  body?: unknown;
  /** The response's headers (`retry-after`, the request id): read them with `headers.get(name)`. */
  headers?: Headers;
}

/**
 * The API answered, but not with a usable success: any non-2xx status, or an unreadable 2xx
 * body. The common statuses have their own subclasses (`NotFoundError`, `RateLimitError`, …):
 * catch those with `instanceof`, or read `status`.
 */
export class ApiError extends SdkError {
  /** `"ApiError"`, whatever a minifier makes of the class's name. */
  override name = "ApiError";
  /** HTTP status of the response. */
  declare status: number;
  /** The API's error code (Box's `not_found`, `too_many_requests`, …); new codes are kept as they are. */
  declare code?: string;
  /** The request id (from the body, else the spec's request-id header: Box's `box-request-id`), for support. */
  declare requestId?: string;
  /** A page that explains the error, when the API gives one (Box's `help_url`). */
  declare helpUrl?: string;
  /** What the API adds about the error's context (Box's `context_info`: the conflicting file, the field). */
  declare contextInfo?: Record<string, unknown> | null;
  /** The request's method (`GET`, `PUT`, …). */
  declare method: string;
  /** The URL the request went to (the last one, after redirects). */
  declare url: string;
  /** The error body: JSON when it was JSON, else its text; the token is redacted from it. */
  declare body?: unknown;
  /** The response's headers (`retry-after`, the request id): read them with `headers.get(name)`. */
  declare headers?: Headers;

  constructor(fields: ApiErrorFields, detail?: string, options?: { cause?: unknown }) {
    super(
      `${fields.method} ${fields.url} failed with ${fields.status}${fields.code ? ` ${fields.code}` : ""}${detail ? `: ${detail}` : ""}`,
      options,
    );
    Object.assign(this, fields);
  }

  /** The error's fields, name, message and cause as plain data, its headers as an object. */
  override toJSON(): object {
    // A serialiser may have copied the error into a plain object already: Headers only if it is one.
    const headers =
      this.headers instanceof Headers ? Object.fromEntries(this.headers) : this.headers;
    return { ...super.toJSON(), headers };
  }
}

/** 400: the request is malformed or fails the API's checks. */
export class BadRequestError extends ApiError {
  /** `"BadRequestError"`, whatever a minifier makes of the class's name. */
  override name = "BadRequestError";
}
/** 401: the access token is missing, expired or wrong. */
export class AuthenticationError extends ApiError {
  /** `"AuthenticationError"`, whatever a minifier makes of the class's name. */
  override name = "AuthenticationError";
}
/** 403: the token is valid but may not do this. */
export class PermissionDeniedError extends ApiError {
  /** `"PermissionDeniedError"`, whatever a minifier makes of the class's name. */
  override name = "PermissionDeniedError";
}
/** 404: no such resource (or the token may not see it). */
export class NotFoundError extends ApiError {
  /** `"NotFoundError"`, whatever a minifier makes of the class's name. */
  override name = "NotFoundError";
}
/** 409: the request conflicts with the resource's state (a name in use, an overlapping part). */
export class ConflictError extends ApiError {
  /** `"ConflictError"`, whatever a minifier makes of the class's name. */
  override name = "ConflictError";
}
/** 422: the request is well-formed but its content cannot be processed. */
export class UnprocessableEntityError extends ApiError {
  /** `"UnprocessableEntityError"`, whatever a minifier makes of the class's name. */
  override name = "UnprocessableEntityError";
}
/** 429: too many requests; `headers.get("retry-after")` says when to try again. */
export class RateLimitError extends ApiError {
  /** `"RateLimitError"`, whatever a minifier makes of the class's name. */
  override name = "RateLimitError";
}
/** 500 and above: the server failed. */
export class InternalServerError extends ApiError {
  /** `"InternalServerError"`, whatever a minifier makes of the class's name. */
  override name = "InternalServerError";
}

const BY_STATUS: Record<number, typeof ApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The ApiError class for a status: its own subclass where it has one, else ApiError. */
export function apiErrorClass(status: number): typeof ApiError {
  return BY_STATUS[status] ?? (status >= 500 ? InternalServerError : ApiError);
}

/** No response arrived: the connection failed or was reset, or the body was cut off. */
export class NetworkError extends SdkError {
  /** `"NetworkError"`, whatever a minifier makes of the class's name. */
  override name = "NetworkError";
}

/** An attempt ran out of time (`timeoutMs`). A NetworkError, so it is retried like one. */
export class TimeoutError extends NetworkError {
  /** `"TimeoutError"`, whatever a minifier makes of the class's name. */
  override name = "TimeoutError";
}

/** The client refused to send a request that would have taken the token where it must not go. */
export class UnsafeRequestError extends SdkError {
  /** `"UnsafeRequestError"`, whatever a minifier makes of the class's name. */
  override name = "UnsafeRequestError";
}
