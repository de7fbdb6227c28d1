/**
 * The example value of a parameter: what snippets send and the mock expects, so both agree.
 * Of the schema's shape: a scalar from the spec when it has one, else one that meets the
 * schema's constraints; a list or an object from its example when that has the right shape,
 * else synthesised from the schema by openapi-sampler.
 */
import { isObject } from "../../load/json-pointer.js";
import type { ParameterObject, ParameterValue } from "../api-model.js";
import { patternExample, sampleQuietly } from "../sample.js";
import { asObject, type BuildContext, type Json } from "./context.js";
import { shape } from "./serialization.js";

/** The value a parameter's examples give: its own, its first `examples` entry, its schema's. */
export function writtenExample(ctx: BuildContext, parameter: Json, schema: Json): unknown {
  const firstExample = Object.values(asObject(parameter.examples))[0];
  return (
    parameter.example ??
    (isObject(firstExample) ? ctx.deref(firstExample).value : undefined) ??
    schema.example ??
    (Array.isArray(schema.examples) ? schema.examples[0] : undefined)
  );
}

export function exampleValue(
  ctx: BuildContext,
  example: unknown,
  schema: Json,
  name: string,
): ParameterValue {
  const kind = shape(ctx, schema);
  if (kind === "primitive") return scalarExample(example, schema, name);
  const fits = kind === "array" ? Array.isArray(example) : isObject(example);
  if (fits) return example as ParameterValue;
  const sampled = sampleQuietly(schema, ctx.doc);
  if (kind === "array")
    return Array.isArray(sampled) && sampled.length > 0
      ? (sampled as ParameterValue[])
      : [scalarExample(undefined, ctx.deref(schema.items), name)];
  return isObject(sampled) ? (sampled as ParameterObject) : {};
}

/**
 * A scalar example for a parameter: its own, else the schema's const, default or first enum value,
 * else one that meets the schema's constraints: a string its `pattern` matches (randexp,
 * seeded with the name, so the same each run), one of its `format` and length (openapi-sampler),
 * a number within its bounds; else a stand-in of its type (`example-<name>`, 1, true).
 */
export function scalarExample(
  example: unknown,
  schema: Json,
  name: string,
): string | number | boolean {
  const written =
    example ??
    schema.const ??
    schema.default ??
    (Array.isArray(schema.enum) ? schema.enum[0] : undefined);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  const candidate = asWrittenType(written, type);
  if (
    typeof candidate === "string" ||
    typeof candidate === "number" ||
    typeof candidate === "boolean"
  )
    return candidate;
  const constrained = (keys: string[]) => keys.some((key) => schema[key] !== undefined);
  if (type === "integer" || type === "number") {
    const sampled = constrained([
      "minimum",
      "maximum",
      "exclusiveMinimum",
      "exclusiveMaximum",
      "multipleOf",
    ])
      ? sampleQuietly(schema, {})
      : undefined;
    return typeof sampled === "number" ? sampled : 1;
  }
  if (type === "boolean") return true;
  if (candidate !== undefined) return JSON.stringify(candidate);
  if (typeof schema.pattern === "string") {
    const matching = patternExample(schema.pattern, name);
    const fits =
      matching !== undefined &&
      matching.length >= Number(schema.minLength ?? 0) &&
      matching.length <= Number(schema.maxLength ?? Infinity);
    if (fits) return matching;
  }
  if (constrained(["format", "minLength", "maxLength"])) {
    const sampled = sampleQuietly(schema, {});
    if (typeof sampled === "string") return sampled;
  }
  return `example-${name}`;
}

/**
 * An example written as text for a number or a boolean (`example: "23456"`, YAML-quoted): the
 * value it spells, as the generated types and the client take it. Anything else as written.
 */
function asWrittenType(written: unknown, type: unknown): unknown {
  if (typeof written !== "string") return written;
  if (
    written.trim() !== "" &&
    (type === "integer"
      ? Number.isSafeInteger(Number(written))
      : type === "number" && Number.isFinite(Number(written)))
  )
    return Number(written);
  if (type === "boolean" && (written === "true" || written === "false")) return written === "true";
  return written;
}
