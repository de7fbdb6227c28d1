import { mergeHeaders } from "openapi-fetch";
import { ApiError, NetworkError, TimeoutError, UnsafeRequestError } from "./errors.js";
import { credentialsFor, type Credentials, type Scheme } from "./credentials.js";
import type { CallOptions, ClientOptions } from "./options.js";
import {
  decide,
  REFRESH,
  RETURN,
  THROW,
  type Decision,
  type RetryPolicy,
} from "./retry-decision.js";

export { retryDelay } from "./retry-decision.js";

/** A server of the spec: its URL template and the defaults of its variables. */
export type ServerTemplate = [url: string, defaults: Record<string, string>];

/** What the transport sends: a Request (from openapi-fetch), or the same fields without building one. */
export interface Outgoing {
  url: string;
  method: string;
  headers: Headers;
  body?: BodyInit | null;
  signal?: AbortSignal | null;
  /** What the operation's security asks for; without it, the token goes with every request. */
  auth?: Credentials;
}

/** Reads a final response inside the attempt's time limit; `redact` removes the token from text. */
export type Reader<T> = (response: Response, redact: (text: string) => string) => Promise<T>;

export interface Transport {
  /** The base URL of spec server `index`, with `baseUrl` and `serverVariables` applied. */
  server(index: number): string;
  /** Throws an UnsafeRequestError unless the token may be sent to `url`. */
  check(url: URL): void;
  /** The credentials an operation's security requirements (default: the spec's) ask for. */
  credentials(requirements: string[][] | undefined, where: string): Credentials | undefined;
  /**
   * Sends with auth, per-attempt timeouts, retries and token-safe redirects, and returns what
   * `read` makes of the final response (by default the response, its body buffered).
   */
  send<T = Response>(request: Outgoing, call?: CallOptions, read?: Reader<T>): Promise<T>;
}

/** Statuses whose Response cannot carry a body. */
const NULL_BODY = [101, 204, 205, 304];

/**
 * Node's fetch (undici) copies a byte body into a new buffer for every Request, as the Fetch
 * standard says; a one-chunk stream of the same bytes, its length declared, goes to the socket
 * as it is. Only there: browsers send stream bodies over HTTP/2 alone.
 */
const copiesBytes = !!(globalThis as { process?: { versions?: { undici?: string } } }).process
  ?.versions?.undici;

/** The body one attempt sends: byte bodies as a stream where fetch would copy them. */
function attemptBody(body: BodyInit | undefined, headers: Headers): BodyInit | undefined {
  if (
    !copiesBytes ||
    !(body instanceof ArrayBuffer || ArrayBuffer.isView(body)) ||
    !body.byteLength
  )
    return body;
  // An ArrayBuffer has no `buffer` or `byteOffset`: it is its own buffer, from 0.
  const { buffer = body, byteOffset = 0, byteLength } = body as Partial<ArrayBufferView>;
  headers.set("content-length", `${byteLength}`);
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new Uint8Array(buffer as ArrayBuffer, byteOffset, byteLength));
      controller.close();
    },
  });
}

/** The default reader: the response with its body buffered (and the token redacted from error bodies). */
const buffer: Reader<Response> = async (response, redact) =>
  NULL_BODY.includes(response.status) || response.status < 200
    ? response
    : Object.defineProperty(
        new Response(
          response.ok ? await response.arrayBuffer() : redact(await response.text()),
          response,
        ),
        "url",
        { value: response.url },
      );

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
): Transport {
  const {
    token,
    maxRetries = 2,
    timeoutMs = 60_000,
    retryDelayMs = 500,
    maxRetryAfterMs = 60_000,
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
  // Plain http only to a loopback baseUrl the caller chose (local tests); everything else is https.
  const loopback =
    base && /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:|$)/.test(base.origin)
      ? base.origin
      : undefined;
  if (base && !loopback && base.protocol !== "https:")
    throw new TypeError(`baseUrl must be https, got ${base.origin}`);

  const template = (index: number) =>
    servers[index]![0].replace(
      /\{([^}]+)\}/g,
      (_, name: string) => options.serverVariables?.[name] ?? servers[index]![1][name]!,
    );
  const server = (index: number) => {
    if (base) return base.href.replace(/\/$/, "");
    const url = template(index);
    // A relative server (`/v1`, or a spec without servers) is relative to where the API is
    // deployed, which only the caller knows.
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url))
      throw new TypeError(
        `this API's server is the relative URL "${url || "/"}": pass baseUrl to createClient, e.g. baseUrl: "https://api.example.com${url}"`,
      );
    return url;
  };
  // Hosts the caller configured (baseUrl, serverVariables) are trusted like the spec's own.
  const hosts = [
    ...(options.allowedHosts ?? specHosts),
    ...(base
      ? [base.hostname]
      : servers.flatMap((_, i) => {
          try {
            return [new URL(template(i)).hostname];
          } catch {
            return []; // relative: no host of its own
          }
        })),
  ].map((h) => h.toLowerCase());

  const check = (url: URL) => {
    const known = hosts.some(
      (h) => h === url.hostname || (h[0] === "*" && url.hostname.endsWith(h.slice(1))),
    );
    if (
      url.username ||
      url.password ||
      (url.protocol === "https:" ? !known : url.origin !== loopback)
    ) {
      throw new UnsafeRequestError(`refusing to send the token to ${url.protocol}//${url.host}`);
    }
  };

  const getToken = async (refresh: boolean) => {
    const value = typeof token === "function" ? await token({ refresh }) : token;
    // Checked here, so that a malformed token never ends up in a Headers error message.
    if (value !== undefined && !/^[\x21-\x7e]+$/.test(value))
      throw new TypeError("the token must be a non-empty string of visible ASCII");
    return value;
  };

  /**
   * One attempt: follows redirects itself, so that the token never leaves its origin, and hands
   * the response to `handle` while the time limit still runs, so that a stalled body times out too.
   */
  const attempt = async <T>(
    request: Outgoing,
    body: BodyInit | undefined,
    bearer: string | undefined,
    limit: number,
    handle: (response: Response) => Promise<T>,
  ): Promise<T> => {
    const caller = request.signal;
    const controller = new AbortController();
    const onAbort = () => controller.abort(caller!.reason);
    // A signal aborted before the call (or in the same tick) fires no event: read its state.
    if (caller?.aborted) controller.abort(caller.reason);
    else caller?.addEventListener("abort", onAbort);
    const timer = setTimeout(
      () =>
        controller.abort(
          new TimeoutError(`${request.method} ${request.url} timed out after ${limit} ms`),
        ),
      limit,
    );
    let url = new URL(request.url);
    let method = request.method;
    const credentials = request.auth;
    let auth = bearer !== undefined && (!credentials || credentials.bearer);
    // API keys and basic credentials ride in the request itself: they never follow a redirect
    // to another origin, and go only where the token may.
    const secret =
      !!credentials && (credentials.authorization !== undefined || credentials.secrets.length > 0);
    try {
      for (let hops = 0; ; hops++) {
        // The client's default headers, under the call's own.
        const headers = mergeHeaders(options.headers, request.headers);
        headers.delete("authorization");
        if (auth || secret) check(url);
        if (auth) headers.set("authorization", `Bearer ${bearer}`);
        else if (credentials?.authorization)
          headers.set("authorization", credentials.authorization);
        if (options.userAgent) headers.set("user-agent", options.userAgent);
        const init: RequestInit & { duplex: "half" } = {
          method,
          headers,
          body: attemptBody(body, headers),
          signal: controller.signal,
          redirect: "manual",
          duplex: "half", // required with a stream body; ignored without one
        };
        let response = await fetchImpl(url, init);
        // Browsers hide "manual" redirects; they drop Authorization across origins themselves.
        if (response.type === "opaqueredirect")
          response = await fetchImpl(url, { ...init, redirect: "follow" });
        const location = response.headers.get("location");
        const next = location ? new URL(location, url) : undefined;
        if (
          next &&
          response.status > 299 &&
          response.status < 400 &&
          !body &&
          hops < 5 &&
          !(secret && next.origin !== url.origin)
        ) {
          await response.body?.cancel();
          auth &&= next.origin === url.origin; // a redirect to another origin never carries the token
          url = next;
          if (response.status === 303) method = "GET";
          continue;
        }
        return await handle(response);
      }
    } catch (error) {
      if (controller.signal.aborted) throw controller.signal.reason; // the caller's abort, or our TimeoutError
      if (error instanceof ApiError || error instanceof UnsafeRequestError) throw error;
      throw new NetworkError(`${request.method} ${url.href} failed: ${(error as Error).message}`, {
        cause: error,
      });
    } finally {
      clearTimeout(timer);
      caller?.removeEventListener("abort", onAbort);
    }
  };

  const send = async <T>(
    request: Outgoing,
    call: CallOptions = {},
    read: Reader<T> = buffer as Reader<T>,
  ): Promise<T> => {
    // An aborted call sends nothing (openapi-fetch's behaviour, and fetch's own).
    request.signal?.throwIfAborted();
    const retries = call.maxRetries ?? maxRetries;
    // Only idempotent methods (RFC 9110 §9.2.2) are repeated unless the caller opts in.
    const repeatable =
      (call.retryNonIdempotent ?? options.retryNonIdempotent) ||
      !/^(POST|PATCH)$/.test(request.method);
    // Only a stream cannot be sent twice: it is read once into memory so that every attempt
    // can send it. Bytes, Blobs, text and forms go out as they are.
    const body =
      request.body instanceof ReadableStream
        ? await new Response(request.body).arrayBuffer()
        : (request.body ?? undefined);
    let bearer = await getToken(false);
    const redact = (text: string) => redacted(text, [bearer, ...(request.auth?.secrets ?? [])]);
    // canRefresh turns false once the token function has been asked for a fresh token.
    const policy: RetryPolicy = {
      retries,
      repeatable,
      canRefresh: typeof token === "function",
      baseMs: retryDelayMs,
      maxRetryAfterMs,
    };
    for (let n = 0; ;) {
      // The attempt reads the final response inside its time limit, or says what comes next.
      const step = await attempt(
        request,
        body,
        bearer,
        call.timeoutMs ?? timeoutMs,
        async (response): Promise<{ value: T } | Decision> => {
          const retryAfter = response.headers.get("retry-after");
          const decision = decide({ status: response.status, retryAfter }, n, policy);
          if (decision === RETURN) return { value: await read(response, redact) };
          await response.body?.cancel();
          return decision;
        },
      ).catch((error: unknown): Decision => {
        const decision = decide({ error, aborted: !!request.signal?.aborted }, n, policy);
        if (decision === THROW) throw error;
        return decision;
      });
      if (typeof step === "object") return step.value;
      if (step === REFRESH) {
        policy.canRefresh = false; // one fresh token and one more attempt, outside the budget
        bearer = await getToken(true);
      } else {
        n++;
        if (step) await sleep(step, request.signal);
      }
    }
  };

  return {
    server,
    check,
    send,
    credentials: (requirements, where) =>
      security && credentialsFor(requirements ?? security, schemes, options, where),
  };
}

/**
 * `text` with each secret replaced by `[redacted]`: everywhere when the secret is long enough
 * to be nothing else (8 characters and more; real tokens are dozens), and only where a shorter
 * one stands as a whole word (not inside a run of letters and digits), so that a token `"t"`
 * never turns `not_found` into `no[redacted]_found`, while `Bearer t` is still redacted.
 */
export const redacted = (text: string, secrets: Array<string | undefined>): string =>
  secrets.reduce<string>(
    (result, secret) =>
      secret
        ? result
            .split(secret)
            .reduce(
              (out, part) =>
                out +
                (secret.length > 7 || !(/[a-z\d]$/i.test(out) || /^[a-z\d]/i.test(part))
                  ? "[redacted]"
                  : secret) +
                part,
            )
        : result,
    text,
  );

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (signal?.removeEventListener("abort", stop), resolve()), ms);
    const stop = () => (clearTimeout(timer), reject(signal!.reason));
    if (signal?.aborted) stop();
    else signal?.addEventListener("abort", stop, { once: true });
  });
}
