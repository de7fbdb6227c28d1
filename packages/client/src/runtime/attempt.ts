import { ApiError, NetworkError, TimeoutError, UnsafeRequestError } from "./errors.js";
import type { Credentials } from "./credentials.js";
import type { ClientOptions, FetchOptions } from "./options.js";
import { mergeHeaders } from "./params.js";

/** What the transport sends: a Request (from openapi-fetch), or the same fields without building one. */
export interface Outgoing {
  url: string;
  method: string;
  headers: Headers;
  body?: BodyInit | null;
  signal?: AbortSignal | null;
  /** What the operation's security asks for; without it, the token goes with every request. */
  auth?: Credentials;
  /** The call's extra fetch options (over the client's). */
  fetchOptions?: FetchOptions | undefined;
}

/** What every attempt of a client shares. */
export interface AttemptContext {
  fetch: (url: URL, init: RequestInit) => Promise<Response>;
  /** Throws unless credentials may go to the URL (host-check.ts). */
  check: (url: URL) => void;
  options: Pick<ClientOptions, "headers" | "userAgent" | "fetchOptions">;
}

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

/**
 * One attempt of a request: its own time limit and the caller's signal, credentials set per hop,
 * redirects followed here so that the token never leaves its origin, and the response handed to
 * `handle` while the time limit still runs, so that a stalled body times out too. Fails with the
 * caller's abort reason, a TimeoutError, or a NetworkError whose cause is the runtime's error.
 */
export async function attempt<T>(
  context: AttemptContext,
  request: Outgoing,
  body: BodyInit | undefined,
  bearer: string | undefined,
  limit: number,
  handle: (response: Response) => Promise<T>,
): Promise<T> {
  const { fetch, check, options } = context;
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
      else if (credentials?.authorization) headers.set("authorization", credentials.authorization);
      if (options.userAgent) headers.set("user-agent", options.userAgent);
      const init: RequestInit & { duplex: "half" } = {
        ...options.fetchOptions,
        ...request.fetchOptions,
        method,
        headers,
        body: attemptBody(body, headers),
        signal: controller.signal,
        redirect: "manual",
        duplex: "half", // required with a stream body; ignored without one
      };
      let response = await fetch(url, init);
      // Browsers hide "manual" redirects; they drop Authorization across origins themselves.
      if (response.type === "opaqueredirect")
        response = await fetch(url, { ...init, redirect: "follow" });
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
}
