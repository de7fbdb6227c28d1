import {
  apiPromise,
  failedApiPromise,
  UNREAD,
  type ApiPromise,
  type Outcome,
  type Wanted,
} from "./api-promise.js";
import { ApiError, apiErrorClass } from "./errors.js";

export type { ApiPromise, WithResponse } from "./api-promise.js";
import type { CallOptions } from "./options.js";
import {
  mergeHeaders,
  serializeForm,
  serializeHeaders,
  serializePath,
  type Styles,
  type Writer,
} from "./params.js";
import type { Transport } from "./transport.js";
import { TEMPLATE_VARIABLE, templatePattern } from "./template.js";

/**
 * The last argument of every generated method: query, headers, cookies, and per-call settings.
 * `headers` takes the operation's header parameters and any extra header (`x-request-id`), on
 * every operation, whether or not the spec declares headers for it.
 */
export type OperationOptions<Params> = CallOptions & {
  [
    K in keyof Params as K extends "query" ? "query" : K extends "cookie" ? "cookies" : never
  ]: Params[K];
} & HeadersOption<Params>;

/** Extra headers: any name; a value is written as header parameters are (text, lists joined by commas). */
export type ExtraHeaders = Record<string, unknown>;

type HeadersOption<Params> = Params extends { header: infer Declared }
  ? [Declared] extends [never]
    ? {
        /** The operation's header parameters by the spec's names, and any other header (`x-request-id`). */ headers?:
          ExtraHeaders | undefined;
      }
    : {
        /** The operation's header parameters by the spec's names, and any other header (`x-request-id`). */ headers: Declared &
          ExtraHeaders;
      }
  : Params extends { header?: infer Declared }
    ? [NonNullable<Declared>] extends [never]
      ? {
          /** The operation's header parameters by the spec's names, and any other header (`x-request-id`). */ headers?:
            ExtraHeaders | undefined;
        }
      : {
          /** The operation's header parameters by the spec's names, and any other header (`x-request-id`). */ headers?:
            (NonNullable<Declared> & ExtraHeaders) | undefined;
        }
    : {
        /** The operation's header parameters by the spec's names, and any other header (`x-request-id`). */ headers?:
          ExtraHeaders | undefined;
      };

/** A raw-bytes request body (`application/octet-stream` and the like), sent byte-exact. */
export type BinaryBody = Blob | ArrayBuffer | ArrayBufferView;

/** How a success body is read; `json` is parsed here so that a broken body gets a clear error. */
export type ParseAs = "json" | "text" | "blob";

type Options =
  | (CallOptions & { query?: unknown; headers?: unknown; cookies?: unknown; body?: unknown })
  | undefined;

/** An operation as the generated code describes it: method, path template, spec server (or base URL), body media type. */
export type Operation = [
  method: string,
  path: string,
  server: number | string,
  contentType?: string,
  /** Its security requirements, when they differ from the spec's default (null: the default). */
  security?: string[][] | null,
  /** Parameters and form fields not written their location's default way. */
  styles?: Styles,
  /** How its objects and styled values are written, where it has any (styled-params.ts). */
  write?: Writer | null,
  /** How a plain object becomes its form body, where it has one (form-bodies.ts). */
  encode?: BodyEncoder,
];

/**
 * Encodes a plain-object body as the operation's form media type says, with its fields'
 * styles; undefined leaves the body as it is.
 */
export type BodyEncoder = (
  body: unknown,
  contentType: string,
  styles: Record<string, string> | undefined,
  write: Writer | undefined,
) => [BodyInit | undefined, string | undefined] | undefined;

/**
 * Calls one operation and returns its parsed success body (an {@link ApiPromise}: the response
 * too, on request). The URL, query string and headers are written by params.ts (objects and
 * styles by the operation's writer); the request goes through the transport. Rejects with an
 * {@link ApiError} (its subclass for the status) for any other status, or for a 2xx body that
 * is not the JSON it should be.
 */
export function callOperation<T>(
  transport: Transport,
  operation: Operation,
  pathParams: Record<string, unknown>,
  options: Options,
  parseAs: ParseAs = "json",
): ApiPromise<T> {
  return apiPromise<T>((wanted, keep) =>
    send(transport, operation, pathParams, options, parseAs, wanted, keep),
  );
}

async function send<T>(
  transport: Transport,
  [method, path, server, contentType, security, styles = {}, written, encode]: Operation,
  pathParams: Record<string, unknown>,
  options: Options,
  parseAs: ParseAs,
  wanted: Wanted,
  keep: (outcome: Outcome) => void,
): Promise<T> {
  const { query, headers, cookies, body, signal, onResponse, ...call } = options ?? {};
  // Before anything is sent: an operation the spec secures fails here without its credentials.
  const credentials = transport.credentials(
    security ?? undefined,
    `${method.toUpperCase()} ${path}`,
  );
  const write = written ?? undefined;
  const [encoded, type] = encodeBody(body, contentType, styles.body, write, encode);
  const search = serializeForm(
    { ...(query as Record<string, unknown>), ...credentials?.query },
    styles.query,
    write,
  );
  const url =
    (typeof server === "number" ? transport.server(server) : server) +
    serializePath(path, pathParams, styles.path, write) +
    (search ? `?${search}` : "");
  // Cookie parameters and a cookie API key share the one Cookie header.
  const cookie = [
    credentials?.headers.cookie,
    serializeForm(cookies, styles.cookie, write).replaceAll("&", "; "),
  ]
    .filter(Boolean)
    .join("; ");
  // A plain description rather than a Request: the transport builds the one Request per attempt.
  const request = {
    url,
    method: method.toUpperCase(),
    headers: mergeHeaders(
      type === undefined ? {} : { "content-type": type },
      credentials?.headers,
      cookie ? { cookie } : {},
      serializeHeaders(headers, styles.header, write),
    ),
    auth: credentials,
    body: encoded,
    signal,
  };
  const [code, message, requestIdField, helpUrl, context, requestIdHeader] = transport.errors ?? [];
  // The body is read inside the transport's time limit, once.
  return transport.send(request, call, async (response, redact): Promise<T> => {
    onResponse?.(response);
    const where = { status: response.status, method: request.method, url: response.url || url };
    const requestIdOf = (answer: Response) =>
      (requestIdHeader && answer.headers.get(requestIdHeader)) || undefined;
    if (!response.ok) {
      // Parsed before redacting: a JSON body keeps its structure, and the secrets are taken out
      // of its strings (`code`, `help_url` and `context_info` stay whole).
      const text = await response.text();
      let error: unknown;
      try {
        error = JSON.parse(text, (_key, value) =>
          typeof value === "string" ? redact(value) : value,
        );
      } catch {
        error = redact(text); // not JSON (empty, truncated, an HTML error page): the text
      }
      // The fields the spec's error body has, where the spec says they are (a cast: the
      // server says what it is). `[""]` reads nothing: a field the spec lacks stays unset.
      const fields = (error && typeof error === "object" ? error : {}) as Record<string, never>;
      throw new (apiErrorClass(response.status))(
        {
          ...where,
          code: fields[code!],
          requestId: fields[requestIdField!] ?? requestIdOf(response),
          helpUrl: fields[helpUrl!],
          contextInfo: fields[context!],
          body: error,
          headers: response.headers,
        },
        fields[message!] ?? response.statusText,
      );
    }
    if (wanted.raw && !wanted.parsed) {
      keep([response, undefined]);
      throw UNREAD();
    }
    // The body once: parsed for the value, and kept for a response of the same body that
    // withResponse() (or a late asResponse()) asks for.
    const body = NULL_BODY.includes(response.status)
      ? null
      : await response[parseAs === "blob" ? "blob" : "text"]();
    keep([response, body, requestIdHeader]);
    return parseAs === "json" ? parseJson<T>(body as string, where, response.headers) : (body as T);
  });
}

/** A success body's JSON (undefined for none); an ApiError naming the call when it is not JSON. */
function parseJson<T>(
  text: string | null,
  where: { status: number; method: string; url: string },
  headers: Headers,
): T {
  try {
    return (text ? JSON.parse(text) : undefined) as T;
  } catch (cause) {
    throw new ApiError(
      { ...where, code: "invalid_json", headers },
      "the response body is not valid JSON",
      { cause },
    );
  }
}

/** Statuses whose Response cannot carry a body. */
const NULL_BODY = [101, 204, 205, 304];

/**
 * The body as sent, and its content type: JSON text; a plain object as a form where the
 * operation's encoder says so (form-bodies.ts); anything else as it is. A FormData gets no
 * content type here: fetch writes it with the boundary.
 */
function encodeBody(
  body: unknown,
  contentType = "",
  styles?: Record<string, string>,
  write?: Writer,
  encode?: BodyEncoder,
): [BodyInit | undefined, string | undefined] {
  if (body === undefined) return [undefined, undefined];
  if (/json/.test(contentType)) return [JSON.stringify(body), contentType];
  return (
    encode?.(body, contentType, styles, write) ?? [
      body as BodyInit,
      body instanceof FormData ? undefined : contentType,
    ]
  );
}

/**
 * Calls an operation at a URL the API returned (Box's `…ByUrl` methods). The URL must be one the
 * token may go to, and its path must be this operation's: a URL from a response may choose the
 * upload host, never another endpoint.
 */
export function callOperationAtUrl<T>(
  transport: Transport,
  operation: Operation,
  url: string,
  options: Options,
  parseAs?: ParseAs,
): ApiPromise<T> {
  try {
    const [target, params, query] = readOperationUrl(transport, operation, url);
    const [method, path, , ...rest] = operation;
    return callOperation(
      transport,
      [method, path, target, ...rest],
      params,
      { ...options, query: { ...query, ...(options?.query as object) } },
      parseAs,
    );
  } catch (error) {
    // A refusal, as a failure of the promise (as every other failure of a call).
    return failedApiPromise(error);
  }
}

/** The base URL, path parameters and query of a URL for `operation`; throws when it is none. */
function readOperationUrl(
  transport: Transport,
  [method, path]: Operation,
  url: string,
): [base: string, params: Record<string, string>, query: Record<string, string>] {
  const target = new URL(url);
  transport.check(target);
  const names = path.split(TEMPLATE_VARIABLE).filter((_, i) => i % 2);
  const match = new RegExp(`^(.*?)${templatePattern(path)}/?$`).exec(target.pathname);
  if (!match)
    throw new TypeError(
      `${target.origin}${target.pathname} is not a URL of ${method.toUpperCase()} ${path}`,
    );
  const params = Object.fromEntries(
    names.map((name, i) => [name, decodeURIComponent(match[i + 2]!)]),
  );
  return [target.origin + match[1], params, Object.fromEntries(target.searchParams)];
}
