import { createFinalURL, mergeHeaders } from "openapi-fetch";
import { ApiError } from "./errors.js";
import type { CallOptions } from "./options.js";
import { serializeForm, serializeHeaders, serializePath, type Styles } from "./params.js";
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
    ? { headers?: ExtraHeaders | undefined }
    : { headers: Declared & ExtraHeaders }
  : Params extends { header?: infer Declared }
    ? [NonNullable<Declared>] extends [never]
      ? { headers?: ExtraHeaders | undefined }
      : { headers?: (NonNullable<Declared> & ExtraHeaders) | undefined }
    : { headers?: ExtraHeaders | undefined };

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
];

/**
 * Calls one operation and returns its parsed success body. The URL, query string and headers are
 * built by openapi-fetch's serializers (with our path encoding); the request goes through the
 * transport. Throws an {@link ApiError} for any other status, or for a 2xx body that is not the
 * JSON it should be.
 */
export async function callOperation<T>(
  transport: Transport,
  [method, path, server, contentType, security, styles = {}]: Operation,
  pathParams: Record<string, unknown>,
  options: Options,
  parseAs: ParseAs = "json",
): Promise<T> {
  const { query, headers, cookies, body, signal, onResponse, ...call } = options ?? {};
  // Before anything is sent: an operation the spec secures fails here without its credentials.
  const credentials = transport.credentials(
    security ?? undefined,
    `${method.toUpperCase()} ${path}`,
  );
  const [encoded, type] = encodeBody(body, contentType, styles.body);
  const url = createFinalURL(path, {
    baseUrl: typeof server === "number" ? transport.server(server) : server,
    params: {
      path: pathParams,
      query: { ...(query as Record<string, unknown>), ...credentials?.query },
    },
    querySerializer: (values) => serializeForm(values, styles.query),
    pathSerializer: (template, values) => serializePath(template, values, styles.path),
  });
  // Cookie parameters and a cookie API key share the one Cookie header.
  const cookie = [
    credentials?.headers.cookie,
    serializeForm(cookies, styles.cookie).replaceAll("&", "; "),
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
      serializeHeaders(headers, styles.header),
    ),
    auth: credentials,
    body: encoded,
    signal,
  };
  // The body is read inside the transport's time limit, once.
  return transport.send(request, call, async (response, redact) => {
    onResponse?.(response);
    const where = { status: response.status, method: request.method, url: response.url || url };
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
      const [code, message, requestId, helpUrl, context, header] = transport.errors ?? [];
      const fields = (error && typeof error === "object" ? error : {}) as Record<string, never>;
      throw new ApiError(
        {
          ...where,
          code: fields[code!],
          requestId: fields[requestId!] ?? ((header && response.headers.get(header)) || undefined),
          helpUrl: fields[helpUrl!],
          contextInfo: fields[context!],
          body: error,
        },
        fields[message!] ?? response.statusText,
      );
    }
    if (parseAs !== "json") return response[parseAs]() as T;
    const text = await response.text();
    try {
      return (text ? JSON.parse(text) : undefined) as T;
    } catch (cause) {
      throw new ApiError(
        { ...where, code: "invalid_json" },
        "the response body is not valid JSON",
        { cause },
      );
    }
  });
}

/**
 * The body as sent, and its content type: JSON text; a plain object as a form
 * (`application/x-www-form-urlencoded`) or as multipart fields (Blobs stay files); anything
 * else as it is. Multipart bodies get no content type here: fetch writes it with the boundary.
 */
function encodeBody(
  body: unknown,
  contentType = "",
  styles?: Record<string, string>,
): [BodyInit | undefined, string | undefined] {
  if (body === undefined) return [undefined, undefined];
  if (/json/.test(contentType)) return [JSON.stringify(body), contentType];
  const plain = body && Object.getPrototypeOf(body) === Object.prototype;
  // A URL-encoded form is written as a query string is, each field by its `encoding`.
  if (plain && /^application\/x-www-form-urlencoded/i.test(contentType))
    return [serializeForm(body, styles), contentType];
  if (plain && /^multipart\/form-data/i.test(contentType)) {
    const fields = new FormData();
    for (const [name, value] of Object.entries(body))
      for (const item of Array.isArray(value) ? value : [value])
        if (item !== undefined)
          fields.append(
            name,
            item instanceof Blob
              ? (item as never)
              : typeof item === "object"
                ? JSON.stringify(item)
                : String(item),
          );
    return [fields, undefined];
  }
  return [body as BodyInit, body instanceof FormData ? undefined : contentType];
}

/**
 * Calls an operation at a URL the API returned (Box's `…ByUrl` methods). The URL must be one the
 * token may go to, and its path must be this operation's: a URL from a response may choose the
 * upload host, never another endpoint.
 */
export async function callOperationAtUrl<T>(
  transport: Transport,
  [method, path, , contentType, security, styles]: Operation,
  url: string,
  options: Options,
  parseAs?: ParseAs,
): Promise<T> {
  const target = new URL(url);
  transport.check(target);
  const names = path.split(TEMPLATE_VARIABLE).filter((_, i) => i % 2);
  const pattern = templatePattern(path);
  const match = new RegExp(`^(.*?)${pattern}/?$`).exec(target.pathname);
  if (!match)
    throw new TypeError(
      `${target.origin}${target.pathname} is not a URL of ${method.toUpperCase()} ${path}`,
    );
  const params = Object.fromEntries(
    names.map((name, i) => [name, decodeURIComponent(match[i + 2]!)]),
  );
  const query = { ...Object.fromEntries(target.searchParams), ...(options?.query as object) };
  return callOperation(
    transport,
    [method, path, target.origin + match[1], contentType, security, styles],
    params,
    { ...options, query },
    parseAs,
  );
}
