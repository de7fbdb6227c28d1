/**
 * The mock's reading of parameters and URL-encoded form fields, by their `style` and
 * `explode`, written from OpenAPI's style table rather than from the code that writes them
 * (the snippets' and the client's), so that a request written the wrong way is refused: a list
 * sent as `ids=1,2` where `ids=1&ids=2` is due arrives as the one value `"1,2"`.
 */
import type { Serialization } from "@chunked-uploads/codegen/model";

/** A value as read from a request, still text: a single value, a list, or an object's fields. */
export type Received = string | string[] | Record<string, string>;

/** Where a form-style value is read from: the query, a URL-encoded body, or the cookies. */
export type Pairs = Array<[name: string, value: string]>;

/** `a,1,b,2` → `{ a: "1", b: "2" }`, the non-exploded way of writing an object. */
function alternating(items: string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (let i = 0; i + 1 < items.length; i += 2) result[items[i]!] = items[i + 1]!;
  return result;
}

/** `a=1`, `b=2` → `{ a: "1", b: "2" }`, the exploded way. */
function assignments(items: string[]): Record<string, string> {
  return Object.fromEntries(
    items.map((item) => {
      const at = item.indexOf("=");
      return at === -1 ? [item, ""] : [item.slice(0, at), item.slice(at + 1)];
    }),
  );
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // not percent-encoding: the schema check sees it as it came
  }
}

/**
 * A path parameter from its segment text (still percent-encoded): `simple` (`1,2`), `label`
 * (`.1.2`) or `matrix` (`;id=1;id=2`). `undefined` when the text lacks the style's prefix.
 */
export function readPathValue(
  name: string,
  raw: string,
  { style, explode, shape }: Serialization,
): Received | undefined {
  let text = raw;
  let separator = ",";
  if (style === "label") {
    if (!text.startsWith(".")) return undefined;
    text = text.slice(1);
    if (explode) separator = ".";
  } else if (style === "matrix") {
    if (explode && shape !== "primitive") {
      const items = text.split(";").slice(1);
      if (text[0] !== ";") return undefined;
      if (shape === "object") return mapValues(assignments(items), decode);
      const prefix = `${name}=`;
      if (!items.every((item) => item.startsWith(prefix))) return undefined;
      return items.map((item) => decode(item.slice(prefix.length)));
    }
    if (!text.startsWith(`;${name}=`)) return undefined;
    text = text.slice(name.length + 2);
  }
  if (shape === "primitive") return decode(text);
  const items = text.split(separator);
  if (shape === "array") return items.map(decode);
  return mapValues(explode ? assignments(items) : alternating(items), decode);
}

/** A header's value: `simple` style, values not percent-encoded. */
export function readHeaderValue(text: string, { explode, shape }: Serialization): Received {
  if (shape === "primitive") return text;
  const items = text.split(",").map((item) => item.trim());
  if (shape === "array") return items;
  return explode ? assignments(items) : alternating(items);
}

/**
 * A form-style value (`form`, `spaceDelimited`, `pipeDelimited`, `deepObject`) from decoded
 * name/value pairs. An exploded object's fields are the pairs named after its properties.
 * `undefined` when nothing of it was sent.
 */
export function readFormValue(
  name: string,
  pairs: Pairs,
  { style, explode, shape, propertyNames = [] }: Serialization,
): Received | undefined {
  // Whatever the schema's shape (a list written as a deepObject, `items[0][price]=p1`, nests
  // the same way; so does a field that is an object or a text), the brackets say it.
  if (style === "deepObject") return deepObject(name, pairs);
  const named = pairs.filter(([key]) => key === name).map(([, value]) => value);
  if (shape === "primitive") return named[0];
  if (shape === "object" && explode) {
    const fields = pairs.filter(([key]) => propertyNames.includes(key));
    return fields.length > 0 ? Object.fromEntries(fields) : undefined;
  }
  if (named.length === 0) return undefined;
  if (shape === "array" && explode) return named;
  const separator = style === "spaceDelimited" ? " " : style === "pipeDelimited" ? "|" : ",";
  const items = named[0]!.split(separator);
  return shape === "array" ? items : alternating(items);
}

/**
 * A deepObject's fields at every depth: `metadata[order_id]=6735` and
 * `items[0][price]=p1` as nested objects of text (an index is a key here; the schema makes the
 * lists: form-shape.ts), and the bare name with an empty value (`metadata=`, how an empty object
 * or list is sent) as the empty text. `undefined` when nothing of it was sent.
 */
function deepObject(name: string, pairs: Pairs): Received | undefined {
  let root: Record<string, unknown> | string | undefined;
  for (const [key, value] of pairs) {
    if (key === name) {
      root ??= value;
      continue;
    }
    if (!key.startsWith(`${name}[`)) continue;
    const rest = key.slice(name.length);
    const path = [...rest.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!);
    // Only whole bracket pairs (`a[b]c` is another field's name).
    if (path.map((p) => `[${p}]`).join("") !== rest || path.length === 0) continue;
    if (typeof root !== "object") root = {};
    let node = root as Record<string, unknown>;
    for (const [i, segment] of path.entries()) {
      if (i === path.length - 1) {
        node[segment] ??= value;
        break;
      }
      let next = node[segment];
      if (next === null || typeof next !== "object") {
        next = {};
        node[segment] = next;
      }
      node = next as Record<string, unknown>;
    }
  }
  return root as Received | undefined;
}

/**
 * What is wrong with how often a form-style parameter was written: a single value, a list or
 * object written as one value (not exploded), an exploded object's field or a deepObject's
 * field may each be given once. Only an exploded list repeats its name. Read otherwise, the
 * first of `limit=10&limit=abc` would pass and the second be ignored.
 */
export function repetitionProblem(
  name: string,
  pairs: Pairs,
  { style, explode, shape, propertyNames = [] }: Serialization,
): string | undefined {
  const counts = new Map<string, number>();
  for (const [key] of pairs) counts.set(key, (counts.get(key) ?? 0) + 1);
  const twice = (key: string) => (counts.get(key) ?? 0) > 1;
  if (shape === "array" && explode) return undefined;
  if (shape === "object" && style === "deepObject") {
    const fields = [...counts.keys()].filter((key) => key.startsWith(`${name}[`) && twice(key));
    return fields.length > 0 ? `${fields.join(", ")} given more than once` : undefined;
  }
  if (shape === "object" && explode) {
    const fields = propertyNames.filter(twice);
    return fields.length > 0
      ? `fields ${fields.join(", ")} of ${name} given more than once`
      : undefined;
  }
  if (!twice(name)) return undefined;
  const written =
    shape === "primitive"
      ? "it takes one value"
      : `it is written as one value (${style}, not exploded)`;
  return `given ${counts.get(name)} times, but ${written}`;
}

/** The name/value pairs of a Cookie header, values percent-decoded. */
export function cookiePairs(header: string | undefined): Pairs {
  return (header ?? "")
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const at = part.indexOf("=");
      return at === -1 ? [part, ""] : [part.slice(0, at), decode(part.slice(at + 1))];
    });
}

function mapValues(
  value: Record<string, string>,
  map: (text: string) => string,
): Record<string, string> {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [map(k), map(v)]));
}
