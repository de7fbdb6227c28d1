/**
 * The errors a call can end with. Each names what went wrong and where (method and URL), never
 * carries the access token, and keeps the original `cause` when there is one.
 */

interface ApiErrorFields {
  /** HTTP status of the response. */
  status: number;
  /** Box's error code (`not_found`, `too_many_requests`, …); codes Box adds later are kept as they are. */
  code?: string;
  /** Box's request id (from the body, else the `box-request-id` header), for Box support. */
  requestId?: string;
  helpUrl?: string;
  contextInfo?: Record<string, unknown> | null;
  method: string;
  url: string;
  /** The error body: JSON when it was JSON, else its text; the token is redacted from it. */
  body?: unknown;
}

/** The API answered, but not with a usable success: any non-2xx status, or an unreadable 2xx body. */
export class ApiError extends Error {
  override name = "ApiError";
  declare status: number;
  declare code?: string;
  declare requestId?: string;
  declare helpUrl?: string;
  declare contextInfo?: Record<string, unknown> | null;
  declare method: string;
  declare url: string;
  declare body?: unknown;

  constructor(fields: ApiErrorFields, detail?: string, options?: { cause?: unknown }) {
    super(
      `${fields.method} ${fields.url} failed with ${fields.status}${fields.code ? ` ${fields.code}` : ""}${detail ? `: ${detail}` : ""}`,
      options,
    );
    Object.assign(this, fields);
  }

  toJSON(): object {
    return { ...this, message: this.message };
  }
}

/** No response arrived: the connection failed or was reset, or the body was cut off. */
export class NetworkError extends Error {
  override name = "NetworkError";
}

/** An attempt ran out of time (`timeoutMs`). A NetworkError, so it is retried like one. */
export class TimeoutError extends NetworkError {
  override name = "TimeoutError";
}

/** The client refused to send a request that would have taken the token where it must not go. */
export class UnsafeRequestError extends Error {
  override name = "UnsafeRequestError";
}
