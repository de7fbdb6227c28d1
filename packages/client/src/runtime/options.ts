import type { Logger, LogLevel } from "./log.js";

/** Returns the access token; asked again with `refresh: true` once after a 401. */
export type TokenProvider = (context: { refresh: boolean }) => string | Promise<string>;

/**
 * Every optional field also takes `undefined`, so that `token: process.env.BOX_TOKEN` compiles
 * under `exactOptionalPropertyTypes`; `undefined` means the default.
 */
export interface ClientOptions {
  /**
   * The access token, or a function that returns one (called per request, and again after a
   * 401). Default: the environment variable the spec names (`x-sdk-token-env`, Box's
   * `BOX_ACCESS_TOKEN`), where the runtime has environment variables.
   */
  token?: string | TokenProvider | undefined;
  /** Overrides the spec's servers for every operation: `https://upload.box.com/api/2.0`. */
  baseUrl?: string | undefined;
  /** Values for server variables, e.g. `{ "box-upload-server": "upload.box.com" }`. */
  serverVariables?: Record<string, string> | undefined;
  /** Retries after the first attempt for retryable failures (429, 5xx gateways, network). Default 2; 0 disables. */
  maxRetries?: number | undefined;
  /** Time limit of each attempt, in milliseconds. Default 60 000. */
  timeoutMs?: number | undefined;
  /** First backoff delay, doubled per retry (capped at 32×) when the server sends no Retry-After. Default 500. */
  retryDelayMs?: number | undefined;
  /** A longer Retry-After than this ends the retries instead of waiting. Default 60 000. */
  maxRetryAfterMs?: number | undefined;
  /** Also retry POST and PATCH (only when the operation is known to be safe to repeat). Default false. */
  retryNonIdempotent?: boolean | undefined;
  /** A fetch implementation; default `globalThis.fetch`. */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Sent as `User-Agent` where the runtime allows it. */
  userAgent?: string | undefined;
  /** Hosts (or `*.suffix` patterns) the token may be sent to; default: the spec's hosts. */
  allowedHosts?: string[] | undefined;
  /**
   * Credentials of the spec's other security schemes, by scheme name: an API key as a string,
   * HTTP basic as `{ username, password }`. (Bearer, OAuth 2 and OpenID Connect use `token`.)
   */
  credentials?: Record<string, string | { username: string; password: string }> | undefined;
  /** Headers sent with every request (a call's own headers and the client's Authorization win). */
  headers?: Record<string, string> | undefined;
  /**
   * Extra `fetch` options for every request (`cache`, `keepalive`, `priority`, a runtime's own
   * such as Node's `dispatcher`); a call's `fetchOptions` win over them, and the client's own
   * method, headers, body, signal and redirect handling win over both.
   */
  fetchOptions?: FetchOptions | undefined;
  /** Where log lines go. Default `console`. */
  logger?: Logger | undefined;
  /**
   * What is logged: `debug` a line per attempt (method, URL, status, duration), `info` each
   * retry and its reason, `warn` and `error` only trouble; `off` nothing. Default: the
   * `CHUNKED_UPLOADS_LOG` environment variable, else `warn`. Secrets never appear in a line.
   */
  logLevel?: LogLevel | undefined;
}

/** `RequestInit` fields a caller may add; the client sets the others itself. */
export type FetchOptions = Omit<
  RequestInit,
  "method" | "headers" | "body" | "signal" | "redirect"
> &
  Record<string, unknown>;

/** Per-call settings; they override the client's. */
export interface CallOptions {
  /** Aborts the call: nothing more is sent, and it rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /**
   * Sees the final response before its body is read: its status and headers (a 202's
   * `Retry-After`, `box-request-id`). Not called for a request that never got an answer.
   */
  onResponse?: ((response: Response) => void) | undefined;
  /** Time limit of each attempt of this call, in milliseconds (the client's `timeoutMs` by default). */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt for this call (the client's `maxRetries` by default); 0 disables. */
  maxRetries?: number | undefined;
  /** Also retry this call when it is a POST or PATCH known to be safe to repeat. */
  retryNonIdempotent?: boolean | undefined;
  /** Extra `fetch` options for this call, over the client's `fetchOptions`. */
  fetchOptions?: FetchOptions | undefined;
}
