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

/** A success as the reader hands it over: the response, and its body read (or left unread). */
export interface Outcome<T> {
  response: Response;
  requestId: string | undefined;
  /** Set when the body was read: the parsed value. */
  read?: { data: T };
}

/** What the caller asked of the promise so far (read when the response arrives). */
export interface Wanted {
  /** `asResponse()` was called. */
  raw: boolean;
  /** `withResponse()` was called: the body is read even when `asResponse()` was called too. */
  parsed: boolean;
}

/** An ApiPromise over `send`, which reads the response as `wanted` says when it arrives. */
export function apiPromise<T>(send: (wanted: Wanted) => Promise<Outcome<T>>): ApiPromise<T> {
  const wanted: Wanted = { raw: false, parsed: false };
  const outcome = send(wanted);
  const parsed = (o: Outcome<T>): { data: T } => {
    if (o.read) return o.read;
    throw new TypeError(
      "the response went to asResponse() with its body unread: read it there, or use withResponse() for the body and the response",
    );
  };
  const data = outcome.then((o) => parsed(o).data);
  // Its failure is the caller's to see when it awaits the promise; a caller that only asked
  // for asResponse() sees it there, and no unhandled rejection is reported twice.
  data.catch(() => {});
  return Object.assign(data, {
    withResponse() {
      wanted.parsed = true;
      return outcome.then((o) => ({
        data: parsed(o).data,
        response: o.response,
        requestId: o.requestId,
      }));
    },
    asResponse() {
      wanted.raw = true;
      return outcome.then((o) => o.response);
    },
  });
}

/** An ApiPromise that fails with `error` (a call refused before sending). */
export function failedApiPromise<T>(error: unknown): ApiPromise<T> {
  return apiPromise<T>(() => Promise.reject(error));
}
