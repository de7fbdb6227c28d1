/**
 * What a generated method returns: a Promise of the parsed body that can also hand over the
 * response — `.withResponse()` for the body with the response and its request id, and
 * `.asResponse()` for the response alone, its body left unread (a download streamed, a body
 * read another way).
 *
 * Which one the caller wants is known by the time the response arrives: `asResponse()` is
 * called right after the method, and the answer comes later. So the body is read only when
 * someone wants it parsed, and read once.
 */

/** The parsed body, the response it came in and its request id. */
export interface WithResponse<T> {
  /** The parsed body, as the method's promise resolves to it. */
  data: T;
  /** The response: status, headers, url; its body already read into `data` (reading it again works). */
  response: Response;
  /** The request id the API sent (the spec's request-id header, Box's `box-request-id`), for support. */
  requestId: string | undefined;
}

/** A Promise of the parsed body, which can also give the response. */
export interface ApiPromise<T> extends Promise<T> {
  /** The parsed body together with the response (status, headers) and the request id. */
  withResponse(): Promise<WithResponse<T>>;
  /**
   * The response with its body unread, to stream or read another way. Call it right after the
   * method: the body is then not read for the promise's own value (awaiting the method's
   * promise too is a TypeError). Error statuses still throw their ApiError.
   */
  asResponse(): Promise<Response>;
}

/**
 * A success as the reader keeps it for withResponse() and asResponse(): the response, its body
 * as read (`undefined`: left unread), and the header its request id travels in. Plain values:
 * the copies are made only when asked for.
 */
export type Outcome = [
  response: Response,
  body: BodyInit | null | undefined,
  requestIdHeader?: string,
];

/** What the caller asked of the promise so far (read when the response arrives). */
export interface Wanted {
  /** `asResponse()` was called. */
  raw: boolean;
  /** `withResponse()` was called: the body is read even when `asResponse()` was called too. */
  parsed: boolean;
}

/** The promise's own value when its body went to asResponse() unread. */
export const UNREAD = () =>
  new TypeError(
    "the response went to asResponse() with its body unread: read it there, or use withResponse() for the body and the response",
  );

/**
 * An ApiPromise over `send`, which reads the response as `wanted` says when it arrives, hands
 * the response to `keep`, and resolves to the parsed body (or rejects with UNREAD when the body
 * went to asResponse()). The method's promise is `send`'s own: no extra step per call.
 */
export function apiPromise<T>(
  send: (wanted: Wanted, keep: (outcome: Outcome) => void) => Promise<T>,
): ApiPromise<T> {
  const wanted: Wanted = { raw: false, parsed: false };
  let kept: Outcome | undefined;
  const data = send(wanted, (outcome) => (kept = outcome));
  /** The response: the one that arrived when its body was left unread, else one of the same body. */
  const response = () => {
    const [arrived, body] = kept!;
    return body === undefined
      ? arrived
      : Object.defineProperty(new Response(body, arrived), "url", { value: arrived.url });
  };
  // A caller that asked for the response sees a failure there: the body's promise, which it
  // may never await, is then not reported as an unhandled rejection as well.
  const handled = () => data.catch(() => {});
  return Object.assign(data, {
    withResponse() {
      handled();
      wanted.parsed = true;
      return data.then((value) => ({
        data: value,
        response: response(),
        requestId: (kept![2] && kept![0].headers.get(kept![2])) || undefined,
      }));
    },
    asResponse() {
      handled();
      wanted.raw = true;
      return data.then(response, (error: unknown) => (kept ? response() : Promise.reject(error)));
    },
  });
}

/** An ApiPromise that fails with `error` (a call refused before sending). */
export function failedApiPromise<T>(error: unknown): ApiPromise<T> {
  return apiPromise<T>(() => Promise.reject(error));
}
