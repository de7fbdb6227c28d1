import { Ajv, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { ApiModel, MediaTypeModel, ParameterModel, SchemaShape } from "../model/api-model.js";

/** Where the mock registers the spec, so that schemas' `#/components/…` refs resolve in it. */
const SPEC_ID = "spec.json";

/** Checks values against the spec's JSON Schemas, with ajv: its own validator, not ours. */
export interface SchemaChecker {
  /** Problems of a JSON body against a media type's schema (empty when it conforms). */
  body(media: MediaTypeModel, value: unknown): string[];
  /** Problems of a parameter's value as it arrived (text), after the coercions OpenAPI implies. */
  parameter(parameter: ParameterModel, text: string): string[];
}

/**
 * Compiles schemas on first use. OpenAPI 3.1 schemas are JSON Schema 2020-12; 3.0 ones are a
 * draft-07 dialect (ajv understands their `nullable`). Keywords JSON Schema does not know
 * (`example`, `xml`, `x-…`) and unknown formats are ignored rather than refused: the mock
 * checks the spec's requests, not the spec.
 */
export function schemaChecker(model: ApiModel): SchemaChecker {
  const make = (coerceTypes: boolean | "array") => {
    const options = {
      strict: false,
      allErrors: true,
      validateSchema: false,
      logger: false as const,
      coerceTypes,
    };
    const ajv = model.openapiVersion === "3.1" ? new Ajv2020(options) : new Ajv(options);
    addFormats.default(ajv);
    const integer = (bits: number) => (n: number) =>
      Number.isInteger(n) && Math.abs(n) <= 2 ** (bits - 1);
    ajv.addFormat("int32", { type: "number", validate: integer(32) });
    ajv.addFormat("int64", { type: "number", validate: integer(64) });
    for (const format of ["float", "double"])
      ajv.addFormat(format, { type: "number", validate: () => true });
    // The whole document, so that a schema's local refs resolve where the spec wrote them.
    ajv.addSchema(model.document as object, SPEC_ID);
    return ajv;
  };
  const json = make(false);
  // Parameters arrive as text: `?limit=10` must be checked as the integer 10.
  const params = make("array");
  const cache = (ajv: Ajv | Ajv2020, wrap: (schema: SchemaShape) => SchemaShape) => {
    const compiled = new WeakMap<SchemaShape, ValidateFunction>();
    return (schema: SchemaShape) => {
      let validate = compiled.get(schema);
      if (!validate) compiled.set(schema, (validate = ajv.compile(rebase(wrap(schema)) as object)));
      return validate;
    };
  };
  const bodyValidator = cache(json, (schema) => schema);
  // Wrapped in an object: ajv coerces a value only where it has a parent to write it back to.
  const parameterValidator = cache(params, (schema) => ({
    type: "object",
    properties: { value: schema },
  }));
  const problems = (validate: ValidateFunction, what: string) =>
    (validate.errors ?? []).map(
      (e) => `${what}${e.instancePath ? ` at ${e.instancePath}` : ""} ${e.message ?? "is invalid"}`,
    );
  return {
    body(media, value) {
      if (!media.schema) return [];
      const validate = bodyValidator(media.schema);
      return validate(value) ? [] : problems(validate, "body");
    },
    parameter(parameter, text) {
      const validate = parameterValidator(parameter.schema);
      return validate({ value: text })
        ? []
        : problems(validate, `${parameter.in} parameter ${parameter.name}`).map((p) =>
            p.replace(" at /value", ""),
          );
    },
  };
}

/** A copy of `schema` whose local refs (`#/components/…`) point into the registered document. */
function rebase(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebase);
  if (schema === null || typeof schema !== "object") return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" && value.startsWith("#")
        ? SPEC_ID + value
        : rebase(value),
    ]),
  );
}
