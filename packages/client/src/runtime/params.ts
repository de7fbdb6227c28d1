import { serializeArrayParam, serializeObjectParam, serializePrimitiveParam } from "openapi-fetch";
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

/** openapi-fetch's options; each of its serializers takes the styles that apply to it. */
type Written = { style: never; explode: boolean; allowReserved?: boolean };

const written = (
  styles: Record<string, string> | undefined,
  name: string,
  fallback: string,
): Written => {
  const style = styles?.[name] ?? fallback;
  return { style: style.replace("*", "") as never, explode: style.endsWith("*") };
};

/** One value by its style, with openapi-fetch's serializers: `name=a&name=b`, `.a.b`, `a,b`. */
function serialize(name: string, value: unknown, how: Written): string {
  if (Array.isArray(value)) return serializeArrayParam(name, value, how);
  if (value && typeof value === "object")
    return serializeObjectParam(name, value as Record<string, unknown>, how);
  const style: string = how.style;
  if (style === "simple" || style === "label")
    return (style === "label" ? "." : "") + encodeURIComponent(value as string);
  return (style === "matrix" ? ";" : "") + serializePrimitiveParam(name, value as string, how);
}

/** A query string, a URL-encoded form or (joined by `; `) a Cookie header: `form*` by default. */
export function serializeForm(values: unknown, styles?: Record<string, string>): string {
  return Object.entries(values ?? {})
    .flatMap(([name, value]) =>
      value == null ? [] : [serialize(name, value, written(styles, name, "form*"))],
    )
    .filter(Boolean)
    .join("&");
}

/** Header values: lists and objects by their style (`simple`), never percent-encoded. */
export function serializeHeaders(
  values: unknown,
  styles?: Record<string, string>,
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
              typeof value === "object"
                ? serialize(name, value, {
                    ...written(styles, name, "simple"),
                    allowReserved: true,
                  })
                : String(value),
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
): string {
  return url.replace(TEMPLATE_VARIABLE, (_, name: string) => {
    const value = params[name];
    // throws URIError for lone surrogates
    const text = value == null ? "" : serialize(name, value, written(styles, name, "simple"));
    if (value == null || text === "" || text === "." || text === "..") {
      throw new TypeError(
        `path parameter ${name} ${value == null ? "is required" : `must not be ${JSON.stringify(String(value))}: it would change the request path`}`,
      );
    }
    return text;
  });
}
