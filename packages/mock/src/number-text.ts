/**
 * Numbers as a parameter's text. The validator coerces text the way JavaScript does, so
 * `-Infinity`, `NaN`, `0x10` or ` 5` would pass for a number (and `-Infinity` for an integer);
 * OpenAPI's numbers are JSON's, which are finite and decimal. Text read for a `number` or
 * `integer` schema must be written as JSON writes a number.
 */
import { followRefs, type ApiModel, type SchemaShape } from "@chunked-uploads/codegen/model";
import type { Received } from "./read-parameters.js";

const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Whether a schema asks for a number and only a number (a `string` alternative takes any text). */
function numeric(schema: SchemaShape | undefined): boolean {
  const type = schema?.type;
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => t === "number" || t === "integer") && !types.includes("string");
}

/** Each place the received text is not a finite decimal number where the schema wants one. */
export function numberTextProblems(
  model: ApiModel,
  schema: SchemaShape,
  value: Received,
  where: string,
): string[] {
  const resolve = (node: unknown) => followRefs(model.document, node);
  // Only text the validator would take for a number: the rest it refuses in its own words.
  const check = (node: SchemaShape | undefined, text: string, at: string) =>
    numeric(node) && text !== "" && !Number.isNaN(Number(text)) && !JSON_NUMBER.test(text)
      ? [`${at} is not a finite decimal number: ${JSON.stringify(text)}`]
      : [];
  const top = resolve(schema);
  if (typeof value === "string") return check(top, value, where);
  if (Array.isArray(value)) {
    const items = resolve(top?.items);
    return value.flatMap((text, i) => check(items, text, `${where} item ${i}`));
  }
  const properties = (top?.properties ?? {}) as Record<string, unknown>;
  return Object.entries(value).flatMap(([key, text]) =>
    check(resolve(properties[key]), text, `${where} field ${key}`),
  );
}
