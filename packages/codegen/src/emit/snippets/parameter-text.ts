/**
 * Parameters and URL-encoded form fields as a request carries them, by OpenAPI's `style` and
 * `explode` (OpenAPI 3.x "Style Examples"): the text snippets put in the URL, a header, the
 * Cookie header or a form body. The client writes the same with openapi-fetch's serializers,
 * and the mock reads them with a parser of its own, so that a disagreement fails a test.
 */
import type { ParameterValue, Serialization } from "../../model/api-model.js";

type Style = Pick<Serialization, "style" | "explode">;

const encode = encodeURIComponent;

/** The value's own shape: the example decides, whatever the schema says. */
function pairsOf(value: ParameterValue): Array<[string, string]> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? Object.entries(value).map(([key, item]) => [encode(key), encode(text(item))])
    : undefined;
}

function text(value: ParameterValue): string {
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}

const DELIMITERS: Partial<Record<Serialization["style"], string>> = {
  spaceDelimited: "%20",
  pipeDelimited: "%7C",
};

/**
 * A deepObject's fields at every depth, as large form APIs read them: `metadata[order_id]=6735`,
 * `items[0][price]=p1`, `documents[a][files][0]=f` (OpenAPI defines one level; the brackets
 * nest the same way below it, lists by index). An empty object or list is its name with an
 * empty value (`metadata=`), so that it is sent at all; the mock reads it back by the schema.
 */
function deepPairs(key: string, value: ParameterValue): string[] {
  if (value === null || typeof value !== "object") return [`${key}=${encode(text(value))}`];
  const entries: Array<[string, ParameterValue]> = Array.isArray(value)
    ? value.map((item, i) => [String(i), item as ParameterValue])
    : Object.entries(value as Record<string, ParameterValue>);
  const present = entries.filter(([, item]) => item !== undefined);
  if (present.length === 0) return [`${key}=`];
  return present.flatMap(([k, item]) => deepPairs(`${key}%5B${encode(k)}%5D`, item));
}

/** `name=value` pieces joined by `&`: a query string's part, or a URL-encoded form field. */
export function formText(name: string, value: ParameterValue, { style, explode }: Style): string {
  const key = encode(name);
  const joiner = DELIMITERS[style] ?? ",";
  // Brackets percent-encoded: a URL with a bare `[` is not a valid URI (HAR refuses it). A
  // list written as a deepObject (`items[0][price]`) nests the same way.
  if (style === "deepObject" && value !== null && typeof value === "object")
    return deepPairs(key, value).join("&");
  const pairs = pairsOf(value);
  if (pairs) {
    if (explode) return pairs.map(([k, v]) => `${k}=${v}`).join("&");
    return `${key}=${pairs.flat().join(joiner)}`;
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => encode(text(item)));
    return explode
      ? items.map((item) => `${key}=${item}`).join("&")
      : `${key}=${items.join(joiner)}`;
  }
  return `${key}=${encode(text(value))}`;
}

/** The text that replaces `{name}` in the path: `simple`, `label` (`.`) or `matrix` (`;name=`). */
export function pathText(name: string, value: ParameterValue, { style, explode }: Style): string {
  const pairs = pairsOf(value);
  const items = Array.isArray(value) ? value.map((item) => encode(text(item))) : undefined;
  if (style === "matrix") {
    if (pairs)
      return explode
        ? pairs.map(([k, v]) => `;${k}=${v}`).join("")
        : `;${name}=${pairs.flat().join(",")}`;
    if (items)
      return explode
        ? items.map((item) => `;${name}=${item}`).join("")
        : `;${name}=${items.join(",")}`;
    return `;${name}=${encode(text(value))}`;
  }
  const prefix = style === "label" ? "." : "";
  const joiner = explode && style === "label" ? "." : ",";
  if (pairs)
    return (
      prefix + (explode ? pairs.map(([k, v]) => `${k}=${v}`).join(joiner) : pairs.flat().join(","))
    );
  if (items) return prefix + items.join(joiner);
  return prefix + encode(text(value));
}

/** A header's value (`simple` style; header values are not percent-encoded). */
export function headerText(value: ParameterValue, { explode }: Style): string {
  if (Array.isArray(value)) return value.map(text).join(",");
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    return explode
      ? entries.map(([k, v]) => `${k}=${text(v)}`).join(",")
      : entries.flatMap(([k, v]) => [k, text(v)]).join(",");
  }
  return text(value);
}

/** `name=value` pairs for the Cookie header: form style, pairs joined by `; `. */
export function cookieText(name: string, value: ParameterValue, style: Style): string {
  return formText(name, value, style).split("&").join("; ");
}
