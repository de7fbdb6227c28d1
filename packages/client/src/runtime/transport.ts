import { attempt, type Outgoing } from "./attempt.js";
import {
  credentialsFor,
  environmentVariable,
  type Credentials,
  type Scheme,
} from "./credentials.js";
import { createHostCheck, expandServer, type ServerTemplate } from "./host-check.js";
import type { ErrorShape } from "./errors.js";
import type { CallOptions, ClientOptions } from "./options.js";
import { createLog } from "./log.js";
import { redacted } from "./redaction.js";
import {
  decide,
  REFRESH,
  RETRY_DEFAULTS,
  RETURN,
  THROW,
  type Decision,
  type RetryPolicy,
} from "./retry-decision.js";

export { RETRY_DEFAULTS, RETRY_STATUSES, retryDelay } from "./retry-decision.js";
export type { Outgoing } from "./attempt.js";
export type { ServerTemplate } from "./host-check.js";
export type { ErrorShape } from "./errors.js";

/** Reads a final response inside the attempt's time limit; `redact` removes the token from text. */
export type Reader<T> = (response: Response, redact: (text: string) => string) => Promise<T>;

export interface Transport {
  /** The base URL of spec server `index`, with `baseUrl` and `serverVariables` applied. */
  server(index: number): string;
  /** The client's options, as given: the uploader follows its retry settings too. */
  options: ClientOptions;
  /** Where error bodies hold what an ApiError reports (the spec's; none for the raw client). */
  errors?: ErrorShape | undefined;
  /** Throws an UnsafeRequestError unless the token may be sent to `url`. */
  check(url: URL): void;
  /** The credentials an operation's security requirements (default: the spec's) ask for. */
  credentials(requirements: string[][] | undefined, where: string): Credentials | undefined;
  /**
   * Sends with auth, per-attempt timeouts, retries and token-safe redirects, and returns what
   * `read` makes of the final response.
   */
  send<T>(request: Outgoing, call: CallOptions, read: Reader<T>): Promise<T>;
}

/**
 * The part of a client that sends requests: authentication, host checks, per-attempt timeouts,
 * retries with backoff, one token refresh after a 401, and redirects that never carry the token
 * to another origin. Shared by the generated methods and the raw openapi-fetch client.
 */
export function createTransport(
  options: ClientOptions,
  servers: ServerTemplate[],
  specHosts: string[],
  schemes: Record<string, Scheme> = {},
  security?: string[][],
  errors?: ErrorShape,
  tokenEnv?: string,
): Transport {
  // No token option: the variable the spec names, where the runtime has an environment.
  const token = options.token ?? (tokenEnv && environmentVariable(tokenEnv));
  const {
    maxRetries = RETRY_DEFAULTS.maxRetries,
    timeoutMs = 60_000,
    retryDelayMs = RETRY_DEFAULTS.retryDelayMs,
    maxRetryAfterMs = RETRY_DEFAULTS.maxRetryAfterMs,
    fetch: custom,
  } = options;
  for (const [name, value, min] of [
    ["maxRetries", maxRetries, 0],
    ["timeoutMs", timeoutMs, 1],
    ["retryDelayMs", retryDelayMs, 0],
    ["maxRetryAfterMs", maxRetryAfterMs, 0],
  ] as const) {
    if (!Number.isInteger(value) || value < min)
      throw new TypeError(`${name} must be a whole number ≥ ${min}, got ${value}`);
  }
  // A custom fetch gets a Request, as its type says; the runtime's own gets the URL and init,
  // which spares building a Request per attempt (about 6% of a loopback call in Node).
  const fetchImpl = (url: URL, init: RequestInit) =>
    custom ? custom(new Request(url, init)) : fetch(url, init);
  const base = options.baseUrl ? new URL(options.baseUrl) : undefined;
  const check = createHostCheck(options, base, servers, specHosts);
  const server = (index: number) => {
    if (base) return base.href.replace(/\/$/, "");
    const url = expandServer(servers[index]!, options.serverVariables);
    // A relative server (`/v1`, or a spec without servers) is relative to where the API is
    // deployed, which only the caller knows.
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url))
      throw new TypeError(
        `this API's server is the relative URL "${url || "/"}": pass baseUrl to createClient, e.g. baseUrl: "https://api.example.com${url}"`,
      );
    return url;
  };
  const context = { fetch: fetchImpl, check, options };
  // The options with the token as found (the option, else the environment), made once.
  const withToken = { ...options, token };
  const log = createLog(options);

  const getToken = async (refresh: boolean) => {
    const value = typeof token === "function" ? await token({ refresh }) : token;
    // Checked here, so that a malformed token never ends up in a Headers error message.
    if (value !== undefined && !/^[\x21-\x7e]+$/.test(value))
      throw new TypeError("the token must be a non-empty string of visible ASCII");
    return value;
  };

  const send = async <T>(request: Outgoing, call: CallOptions, read: Reader<T>): Promise<T> => {
    // An aborted call sends nothing (openapi-fetch's behaviour, and fetch's own).
    request.signal?.throwIfAborted();
    const retries = call.maxRetries ?? maxRetries;
    // Only idempotent methods (RFC 9110 §9.2.2) are repeated unless the caller opts in.
    const repeatable =
      (call.retryNonIdempotent ?? options.retryNonIdempotent) ||
      !/^(POST|PATCH)$/.test(request.method);
    // Bytes, Blobs, text and forms go out as they are, the same on every attempt.
    const body = request.body ?? undefined;
    let bearer = await getToken(false);
    const redact = (text: string) => redacted(text, [bearer, ...(request.auth?.secrets ?? [])]);
    const outgoing = call.fetchOptions ? { ...request, fetchOptions: call.fetchOptions } : request;
    // canRefresh turns false once the token function has been asked for a fresh token.
    const policy: RetryPolicy = {
      retries,
      repeatable,
      canRefresh: typeof token === "function",
      baseMs: retryDelayMs,
      maxRetryAfterMs,
    };
    for (let n = 0; ;) {
      const started = Date.now();
      // How the attempt ended: the status, or why there was none (made into words only for a log).
      let ended: number | string = 0;
      // A log line of this attempt: the method and URL (secrets taken out), how it ended, `tail`.
      const said = (tail: string) => () =>
        redact(
          `${request.method} ${request.url} ${typeof ended === "number" ? `→ ${ended}` : ended}${tail}`,
        );
      // The attempt reads the final response inside its time limit, or says what comes next:
      // the value, a wait before the next attempt, a refresh, or the error to throw.
      const step = await attempt(
        context,
        outgoing,
        body,
        bearer,
        call.timeoutMs ?? timeoutMs,
        async (response): Promise<{ value: T } | Decision> => {
          ended = response.status;
          const retryAfter = response.headers.get("retry-after");
          const decision = decide({ status: response.status, retryAfter }, n, policy);
          if (decision === RETURN) return { value: await read(response, redact) };
          await response.body?.cancel();
          return decision;
        },
      ).catch((error: unknown): { error: unknown } | Decision => {
        ended ||= `failed (${(error as Error)?.message ?? String(error)})`;
        const decision = decide({ error, aborted: !!request.signal?.aborted }, n, policy);
        return decision === THROW ? { error } : decision;
      });
      log("debug", said(` in ${Date.now() - started} ms`));
      if (typeof step === "object") {
        if ("error" in step) throw step.error;
        return step.value;
      }
      if (step === REFRESH) {
        log("info", said(": asking the token function for a fresh token"));
        policy.canRefresh = false; // one fresh token and one more attempt, outside the budget
        bearer = await getToken(true);
      } else {
        n++;
        log("info", said(`: retry ${n} of ${retries} in ${Math.round(step)} ms`));
        if (step) await sleep(step, request.signal);
      }
    }
  };

  return {
    server,
    options,
    errors,
    check,
    send,
    credentials: (requirements, where) =>
      security && credentialsFor(requirements ?? security, schemes, withToken, where, tokenEnv),
  };
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    if (signal?.aborted) stop();
    else signal?.addEventListener("abort", stop, { once: true });
  });
}
