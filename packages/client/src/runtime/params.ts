import { TEMPLATE_VARIABLE } from "./template.js";

/**
 * Where an operation's parameters (and URL-encoded form fields) are not written the way their
 * location writes them by default, OpenAPI's `style` for each, with `*` when exploded:
 * `{ query: { ids: "pipeDelimited" }, path: { id: "matrix*" } }`. The defaults are OpenAPI's:
 * `form*` in the query, a cookie and a form body; `simple` in the path and a header.
 */
export type Styles = Partial<
  Record<"path" | "query" | "header" | "cookie" | "body", Record<string, string>>
>;

/**
 * Writes one value in a style (`form*`, `simple`, `deepObject`…): `name=a&name=b`, `.a.b`,
 * `R=1,G=2`. `reserved`: reserved characters stay as they are (a header). The generated code
 * hands one (styled-params.ts) only to the operations that need it, those with an object
 * parameter, a style that is not its location's default, or a URL-encoded form body: an API
 * whose parameters are plain values does not bundle it.
 */
export type Writer = (name: string, value: unknown, style: string, reserved?: boolean) => string;

/** A single value or a list, in its location's default style (`form*` or `simple`). */
const plain: Writer = (name, value, style) =>
  style === "form*"
    ? [value]
        .flat()
        .map((item) => `${name}=${encodeURIComponent(item as string)}`)
        .join("&")
    : [value]
        .flat()
        .map((item) => encodeURIComponent(item as string))
        .join(",");

/** A query string, a URL-encoded form or (joined by `; `) a Cookie header: `form*` by default. */
export function serializeForm(
  values: unknown,
  styles?: Record<string, string>,
  write: Writer = plain,
): string {
  return Object.entries(values ?? {})
    .flatMap(([name, value]) =>
      value == null ? [] : [write(name, value, styles?.[name] ?? "form*")],
    )
    .filter(Boolean)
    .join("&");
}

/**
 * Header values: text as it is, lists joined by commas, objects by their style (`simple`)
 * where the operation has a writer; never percent-encoded.
 */
export function serializeHeaders(
  values: unknown,
  styles?: Record<string, string>,
  write?: Writer,
): Record<string, string> {
  // A Headers object is taken as it is.
  if (values instanceof Headers) return Object.fromEntries(values);
  return Object.fromEntries(
    Object.entries(values ?? {}).flatMap(([name, value]) =>
      value == null
        ? []
        : [
            [
              name,
              write && typeof value === "object"
                ? write(name, value, styles?.[name] ?? "simple", true)
                : [value].flat().join(","),
            ],
          ],
    ),
  );
}

/**
 * Path parameters, by their style (`simple`, `label`, `matrix`). `encodeURIComponent` alone is
 * not enough: it leaves `.` alone, and URL parsers treat a `.` or `..` segment (also spelled
 * `%2e%2e`) as a directory move, while an empty value drops the segment. Those values are
 * refused; everything else is percent-encoded, so `/`, `?`, `#`, `%`, spaces and non-ASCII stay
 * inside their own segment.
 */
export function serializePath(
  url: string,
  params: Record<string, unknown>,
  styles?: Record<string, string>,
  write: Writer = plain,
): string {
  return url.replace(TEMPLATE_VARIABLE, (_, name: string) => {
    const value = params[name];
    // throws URIError for lone surrogates
    const text = value == null ? "" : write(name, value, styles?.[name] ?? "simple");
    if (value == null || text === "" || text === "." || text === "..") {
      throw new TypeError(
        `path parameter ${name} ${value == null ? "is required" : `must not be ${JSON.stringify(String(value))}: it would change the request path`}`,
      );
    }
    return text;
  });
}

/** Headers from sources in order, a later one winning; `null` removes a header. */
export function mergeHeaders(...sources: unknown[]): Headers {
  const merged = new Headers();
  for (const source of sources)
    for (const [name, value] of source instanceof Headers ? source : Object.entries(source ?? {}))
      if (value === null) merged.delete(name);
      else if (value !== undefined) merged.set(name, value as string);
  return merged;
}
