/** Returns the access token; asked again with `refresh: true` once after a 401. */
export type TokenProvider = (context: { refresh: boolean }) => string | Promise<string>;

export interface ClientOptions {
  /** The access token, or a function that returns one (called per request, and again after a 401). */
  token?: string | TokenProvider;
  /** Overrides the spec's servers for every operation: `https://upload.box.com/api/2.0`. */
  baseUrl?: string;
  /** Values for server variables, e.g. `{ "box-upload-server": "upload.box.com" }`. */
  serverVariables?: Record<string, string>;
  /** Retries after the first attempt for retryable failures (429, 5xx gateways, network). Default 2; 0 disables. */
  maxRetries?: number;
  /** Time limit of each attempt, in milliseconds. Default 60 000. */
  timeoutMs?: number;
  /** First backoff delay, doubled per retry (capped at 32×) when the server sends no Retry-After. Default 500. */
  retryDelayMs?: number;
  /** A longer Retry-After than this ends the retries instead of waiting. Default 60 000. */
  maxRetryAfterMs?: number;
  /** Also retry POST and PATCH (only when the operation is known to be safe to repeat). Default false. */
  retryNonIdempotent?: boolean;
  /** A fetch implementation; default `globalThis.fetch`. */
  fetch?: (request: Request) => Promise<Response>;
  /** Sent as `User-Agent` where the runtime allows it. */
  userAgent?: string;
  /** Hosts (or `*.suffix` patterns) the token may be sent to; default: the spec's hosts. */
  allowedHosts?: string[];
  /**
   * Credentials of the spec's other security schemes, by scheme name: an API key as a string,
   * HTTP basic as `{ username, password }`. (Bearer, OAuth 2 and OpenID Connect use `token`.)
   */
  credentials?: Record<string, string | { username: string; password: string }>;
}

/** Per-call settings; they override the client's. */
export interface CallOptions {
  signal?: AbortSignal;
  /**
   * Sees the final response before its body is read: its status and headers (a 202's
   * `Retry-After`, `box-request-id`). Not called for a request that never got an answer.
   */
  onResponse?: (response: Response) => void;
  timeoutMs?: number;
  maxRetries?: number;
  retryNonIdempotent?: boolean;
}
