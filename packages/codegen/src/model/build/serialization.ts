/**
 * How a parameter or a URL-encoded form field is written: the spec's `style` and `explode`,
 * else OpenAPI's defaults for its location (`simple` in the path and a header, `form`
 * elsewhere; `explode` only for `form`). Decided here once; the client runtime, the snippet
 * writer and the mock each read the result.
 */
import type { ParameterLocation, ParameterStyle, Serialization } from "../api-model.js";
import { asObject, type BuildContext, type Json } from "./context.js";

const STYLES: readonly ParameterStyle[] = [
  "simple",
  "label",
  "matrix",
  "form",
  "spaceDelimited",
  "pipeDelimited",
  "deepObject",
];

/** OpenAPI's default style for a location. */
export function defaultStyle(where: ParameterLocation): ParameterStyle {
  return where === "path" || where === "header" ? "simple" : "form";
}

/** OpenAPI's default style and explode for a location (explode: only `form`'s). */
export function defaultSerialization(where: ParameterLocation): {
  style: ParameterStyle;
  explode: boolean;
} {
  const style = defaultStyle(where);
  return { style, explode: style === "form" };
}

export function serialization(
  ctx: BuildContext,
  where: ParameterLocation,
  written: Json,
  schema: Json,
): Serialization {
  const style = STYLES.includes(written.style as ParameterStyle)
    ? (written.style as ParameterStyle)
    : defaultStyle(where);
  const kind = shape(ctx, schema);
  const properties = Object.keys(asObject(ctx.deref(schema).properties));
  return {
    style,
    // An explicit style without explode takes that style's default, not the location's.
    explode: typeof written.explode === "boolean" ? written.explode : style === "form",
    shape: kind,
    ...(kind === "object" && properties.length > 0 && { propertyNames: properties }),
  };
}

/** What a schema says its values are: a list, an object or a single value. */
export function shape(ctx: BuildContext, schema: Json, depth = 0): Serialization["shape"] {
  const resolved = ctx.deref(schema);
  const types = Array.isArray(resolved.type) ? resolved.type : [resolved.type];
  if (types.includes("array") || resolved.items !== undefined) return "array";
  if (
    types.includes("object") ||
    resolved.properties !== undefined ||
    resolved.additionalProperties !== undefined
  )
    return "object";
  // Without a type of its own, a schema has its members' shape: `allOf: [{ $ref: Session }]`
  // (OpenAI's way to describe a reference), or a union whose every non-null branch agrees.
  if (resolved.type === undefined && depth < 8) {
    const allOf = Array.isArray(resolved.allOf) ? resolved.allOf : [];
    const member = allOf.map((m) => shape(ctx, m, depth + 1)).find((s) => s !== "primitive");
    if (member) return member;
    const union = (resolved.oneOf ?? resolved.anyOf) as unknown[] | undefined;
    const branches = (Array.isArray(union) ? union : [])
      .filter((b) => ctx.deref(b as Json).type !== "null")
      .map((b) => shape(ctx, b as Json, depth + 1));
    if (branches.length > 0 && branches.every((s) => s === branches[0])) return branches[0]!;
  }
  return "primitive";
}
