import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { ApiModel, MediaTypeModel, ParameterModel, SchemaShape } from "./api-model.js";
import { followRefs } from "../load/json-pointer.js";
import { pinnedValues, propertiesOf, withBranchOnly } from "./example-variants.js";
import { cached, workingCache } from "../cached.js";
import { shapedForm } from "./form-shape.js";

const checkers = workingCache<ApiModel, SchemaChecker>();

/** The one checker of a model (schemas compile once, on first use). */
export function checkerFor(model: ApiModel): SchemaChecker {
  return cached(checkers, model, () => schemaChecker(model));
}

/** Where the mock registers the spec, so that schemas' `#/components/…` refs resolve in it. */
const SPEC_ID = "spec.json";

/**
 * Checks values against the spec's JSON Schemas with ajv, a validator of its own rather than
 * the code that writes requests: the mock checks requests with it, and example synthesis
 * checks that the examples it picks are valid.
 */
export interface SchemaChecker {
  /**
   * Problems of a JSON body against a media type's schema (empty when it conforms), as a
   * request's body (default) or a response's: see {@link forDirection}.
   */
  body(media: MediaTypeModel, value: unknown, direction?: Direction): string[];
  /** Problems of a form's fields (text, as they arrived) against a media type's schema. */
  form(media: MediaTypeModel, fields: Record<string, unknown>): string[];
  /**
   * Problems of a parameter's value as read from a request (text, a list of texts or an
   * object's fields), after the coercions OpenAPI implies.
   */
  parameter(parameter: ParameterModel, value: unknown): string[];
}

/**
 * Compiles schemas on first use. OpenAPI 3.1 schemas are JSON Schema 2020-12; 3.0 ones are a
 * draft-07 dialect (ajv understands their `nullable`). Keywords JSON Schema does not know
 * (`example`, `xml`, `x-…`) and unknown formats are ignored rather than refused: the mock
 * checks the spec's requests, not the spec.
 */
export function schemaChecker(model: ApiModel): SchemaChecker {
  const make = (coerceTypes: boolean | "array", direction: Direction = "request") =>
    makeAjv(model, { coerceTypes, direction });
  const json = make(false);
  let jsonResponses: Ajv | Ajv2020 | undefined; // made on first use: the mock checks requests only
  // Parameters arrive as text: `?limit=10` must be checked as the integer 10.
  const params = make("array");
  const cache = (
    ajv: Ajv | Ajv2020 | (() => Ajv | Ajv2020),
    wrap: (schema: SchemaShape) => SchemaShape,
    direction: Direction = "request",
  ) => validators(model, ajv, direction, wrap);
  const bodyValidator = cache(json, (schema) => schema);
  const responseBodyValidator = cache(
    () => (jsonResponses ??= make(false, "response")),
    (schema) => schema,
    "response",
  );
  // Form fields arrive as text, like parameters: `size=3` is checked as the integer 3.
  const formValidator = cache(params, (schema) => schema);
  // Wrapped in an object: ajv coerces a value only where it has a parent to write it back to.
  const parameterValidator = cache(params, (schema) => ({
    type: "object",
    properties: { value: schema },
  }));
  const problems = (validate: ValidateFunction, what: string) =>
    (validate.errors ?? []).map(
      (e) =>
        `${what}${e.instancePath ? ` at ${e.instancePath}` : ""} ${e.message ?? "is invalid"}${ambiguity(e)}`,
    );
  return {
    body(media, value, direction = "request") {
      if (!media.schema) return [];
      const validate = (direction === "request" ? bodyValidator : responseBodyValidator)(
        media.schema,
      );
      return validate(value) ? [] : problems(validate, "body");
    },
    form(media, fields) {
      if (!media.schema) return [];
      const validate = formValidator(media.schema);
      // Nested brackets' objects of text as the schema shapes them (lists, empty objects).
      if (validate(shapedForm(model, structuredClone(fields), media.schema))) return [];
      // A form cannot tell one value from a list of one (`files` as a file, or as files): a
      // oneOf that several branches accept, by that alone, accepts the value.
      const ambiguous = (validate.errors ?? [])
        .filter((e) => e.keyword === "oneOf" && Array.isArray(e.params.passingSchemas))
        .map((e) => e.schemaPath);
      if (ambiguous.length === 0) return problems(validate, "form");
      validate.errors = (validate.errors ?? []).filter(
        (e) => !ambiguous.some((at) => e.schemaPath === at || e.schemaPath.startsWith(`${at}/`)),
      );
      return validate.errors.length === 0 ? [] : problems(validate, "form");
    },
    parameter(parameter, value) {
      const validate = parameterValidator(parameter.schema);
      return validate({ value: structuredClone(value) })
        ? []
        : problems(validate, `${parameter.in} parameter ${parameter.name}`).map((p) =>
            p.replace(" at /value", ""),
          );
    },
  };
}

export type Direction = "request" | "response";

/**
 * Compiles each schema once (on first use) into a validator of `ajv`: annotations dropped,
 * discriminators as JSON Schema, `prepare` applied, required lists for `direction`. A schema
 * ajv cannot compile gets a validator that refuses every value, saying why.
 */
function validators(
  model: ApiModel,
  ajv: Ajv | Ajv2020 | (() => Ajv | Ajv2020),
  direction: Direction,
  prepare: (schema: SchemaShape) => unknown,
): (schema: SchemaShape) => ValidateFunction {
  const compiled = new WeakMap<SchemaShape, ValidateFunction>();
  // A schema that is only a `$ref` compiles the same wherever it is written: Box's responses
  // name the same few components hundreds of times.
  const byRef = new Map<string, ValidateFunction>();
  return (schema) => {
    const ref = onlyRef(schema);
    let validate = compiled.get(schema) ?? (ref === undefined ? undefined : byRef.get(ref));
    if (!validate) {
      try {
        const compiler = typeof ajv === "function" ? ajv() : ajv;
        validate = compiler.compile(
          rebase(
            forDirection(
              prepare(withDiscriminators(withoutAnnotations(schema), model) as SchemaShape),
              direction,
            ),
          ) as object,
        );
      } catch (error) {
        // Reported on every value it should check.
        const refusal = Object.assign(() => false, {
          errors: [{ instancePath: "", message: `cannot be checked: ${(error as Error).message}` }],
        });
        validate = refusal as unknown as ValidateFunction;
      }
      compiled.set(schema, validate);
      if (ref !== undefined) byRef.set(ref, validate);
    }
    return validate;
  };
}

/** The `$ref` of a schema that is nothing but one. */
export function onlyRef(schema: unknown): string | undefined {
  if (schema === null || typeof schema !== "object") return undefined;
  const keys = Object.keys(schema);
  const ref = (schema as { $ref?: unknown }).$ref;
  return keys.length === 1 && typeof ref === "string" ? ref : undefined;
}

/**
 * For a value that several branches of a `oneOf` accept: which, and where the spec wrote the
 * `oneOf` (`#/components/…`, or a path in the media type's own schema). Branches that no
 * required property, closed object or discriminator tells apart are the spec's fault.
 */
function ambiguity(error: ErrorObject): string {
  // (A schema ajv cannot compile reports a bare error: no params, no schema path.)
  const passing = (error.params as { passingSchemas?: unknown } | undefined)?.passingSchemas;
  if (error.keyword !== "oneOf" || !Array.isArray(passing) || !error.schemaPath) return "";
  const where = error.schemaPath.startsWith(`${SPEC_ID}#`)
    ? error.schemaPath.slice(SPEC_ID.length)
    : `${error.schemaPath.slice(1) || "/"} of the media type's schema`;
  return ` (branches ${passing.join(" and ")} of the oneOf at ${where}${passing.length > 2 ? " all" : " both"} accept it: nothing tells them apart)`;
}

/**
 * An ajv for the spec: its components registered (without examples, which are data: ajv would
 * read an `$id` in one as a schema id) so that schemas' local refs resolve where the spec wrote
 * them, with OpenAPI's formats. `transform` rewrites every schema first (see {@link branchChecker}).
 */
function makeAjv(
  model: ApiModel,
  settings: {
    coerceTypes: boolean | "array";
    direction: Direction;
    verbose?: boolean;
    transform?: (schema: unknown) => unknown;
  },
): Ajv | Ajv2020 {
  const options = {
    strict: false,
    allErrors: true,
    validateSchema: false,
    logger: false as const,
    coerceTypes: settings.coerceTypes,
    verbose: settings.verbose ?? false,
    // Specs write patterns for JavaScript's non-unicode RegExp (`\\:` is an error with the u flag).
    unicodeRegExp: false,
  };
  const ajv = model.openapiVersion === "3.1" ? new Ajv2020(options) : new Ajv(options);
  addFormats.default(ajv);
  const integer = (bits: number) => (n: number) =>
    Number.isInteger(n) && Math.abs(n) <= 2 ** (bits - 1);
  ajv.addFormat("int32", { type: "number", validate: integer(32) });
  ajv.addFormat("int64", { type: "number", validate: integer(64) });
  for (const format of ["float", "double"])
    ajv.addFormat(format, { type: "number", validate: () => true });
  const transform = settings.transform ?? ((schema: unknown) => schema);
  const components = withDiscriminators(withoutAnnotations(model.document.components ?? {}), model);
  ajv.addSchema(
    { components: forDirection(transform(components), settings.direction) } as object,
    SPEC_ID,
  );
  return ajv;
}

type BranchCheck = (media: MediaTypeModel, value: unknown) => ErrorObject[];
const branchCheckers = workingCache<ApiModel, Map<string, BranchCheck>>();

/**
 * ajv's own complaints (with the schema each comes from) about a body, against the media type's
 * schema with every `oneOf`/`anyOf` narrowed to its branch `branch`: what guided repair mends
 * by. Made on first use: only examples that every other candidate failed need it.
 */
export function branchChecker(model: ApiModel, branch: number, direction: Direction): BranchCheck {
  const byKey = cached(branchCheckers, model, () => new Map<string, BranchCheck>());
  return cached(byKey, `${direction} ${branch}`, () => {
    const transform = (schema: unknown) => withBranchOnly(schema, branch);
    const ajv = makeAjv(model, { coerceTypes: false, direction, verbose: true, transform });
    // A refusal (ajv cannot compile the schema) has nothing guided repair can mend by.
    const validatorFor = validators(model, ajv, direction, transform);
    return (media, value) => {
      if (!media.schema) return [];
      const validate = validatorFor(media.schema);
      return validate(value) ? [] : [...(validate.errors ?? [])];
    };
  });
}

/** A schema from ajv (its refs rebased, see {@link rebase}) with its refs local to the spec again. */
export function unrebased(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(unrebased);
  if (schema === null || typeof schema !== "object") return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" && value.startsWith(`${SPEC_ID}#`)
        ? value.slice(SPEC_ID.length)
        : unrebased(value),
    ]),
  );
}

/**
 * OpenAPI: a required property that is `readOnly` is required in responses only, one that is
 * `writeOnly` in requests only. A copy whose `required` lists leave out the other side's.
 */
function forDirection(value: unknown, direction: Direction): unknown {
  if (Array.isArray(value)) return value.map((item) => forDirection(item, direction));
  if (value === null || typeof value !== "object") return value;
  const copy = Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, forDirection(child, direction)]),
  );
  const properties = copy.properties as Record<string, Record<string, unknown>> | undefined;
  if (Array.isArray(copy.required) && properties && typeof properties === "object") {
    const skip = direction === "request" ? "readOnly" : "writeOnly";
    copy.required = copy.required.filter((name) => properties[name as string]?.[skip] !== true);
  }
  return copy;
}

/**
 * Keywords whose value maps names to schemas: there a key (`example`, `discriminator`) is a
 * name, not a keyword.
 */
export const NAME_MAPS = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "schemas",
]);

/**
 * A copy without `example`, `examples` and `x-…` keys (data and notes, never constraints), with
 * OpenAPI 3.0's boolean `exclusiveMaximum`/`exclusiveMinimum` turned into draft 7's bounds, and
 * with 3.0's `nullable` on a schema without `type` (Box's `allOf` + `nullable`) turned into
 * JSON Schema: `anyOf: [the schema, { type: "null" }]`. ajv understands `nullable` only next to
 * a `type`.
 */
export function withoutAnnotations(value: unknown, isNameMap = false): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutAnnotations(item));
  if (value === null || typeof value !== "object") return value;
  const copy = Object.fromEntries(
    Object.entries(value)
      .filter(
        ([key]) => isNameMap || (key !== "example" && key !== "examples" && !key.startsWith("x-")),
      )
      .map(([key, child]) => [key, withoutAnnotations(child, !isNameMap && NAME_MAPS.has(key))]),
  );
  if (isNameMap) return copy;
  // OpenAPI 3.0 (JSON Schema draft 4): `exclusiveMaximum: true` qualifies `maximum`; draft 7,
  // which ajv checks 3.0 schemas with, wants the bound itself.
  for (const [flag, bound] of [
    ["exclusiveMaximum", "maximum"],
    ["exclusiveMinimum", "minimum"],
  ] as const) {
    if (typeof copy[flag] !== "boolean") continue;
    if (copy[flag] && typeof copy[bound] === "number")
      [copy[flag], copy[bound]] = [copy[bound], undefined];
    else delete copy[flag];
    if (copy[bound] === undefined) delete copy[bound];
  }
  // `enum: []` is valid JSON Schema that no value satisfies, but ajv refuses to compile it (and
  // with it the whole operation's checks): written as what it means, a schema nothing passes.
  if (Array.isArray(copy.enum) && copy.enum.length === 0) {
    delete copy.enum;
    copy.allOf = [...(Array.isArray(copy.allOf) ? copy.allOf : []), { not: {} }];
  }
  // Box's way to make a reference nullable: `allOf: [{ $ref }, { nullable: true }]`.
  const allOf = Array.isArray(copy.allOf) ? (copy.allOf as Array<Record<string, unknown>>) : [];
  const nullableMember = allOf.some((m) => m?.nullable === true && !("type" in m));
  if (("nullable" in copy && !("type" in copy)) || nullableMember) {
    const { nullable, ...rest } = copy;
    return nullable === true || nullableMember ? { anyOf: [rest, { type: "null" }] } : rest;
  }
  return copy;
}

/**
 * OpenAPI's `discriminator` as JSON Schema: the property names the branch, so branch i of a
 * `oneOf`/`anyOf` also requires the property to hold one of its names (the `mapping` keys
 * that point at it, and the last segment of its `$ref`). Without this, a `oneOf` of open
 * objects (Cat and Dog) matches both branches and refuses every value, which OpenAPI tells
 * apart. A discriminator whose property some named branch does not declare is left alone, as
 * OpenAPI says nothing about such a one.
 */
function withDiscriminators(value: unknown, model: ApiModel, depth = 0): unknown {
  if (Array.isArray(value)) return value.map((item) => withDiscriminators(item, model, depth + 1));
  if (value === null || typeof value !== "object" || depth > 400) return value;
  const copy = Object.fromEntries(
    Object.entries(value).map(([key, child]) => [key, withDiscriminators(child, model, depth + 1)]),
  );
  const key = Array.isArray(copy.oneOf) ? "oneOf" : Array.isArray(copy.anyOf) ? "anyOf" : undefined;
  if (!key) return copy;
  const branches = copy[key] as unknown[];
  // Its own, or one its branches inherit from an `allOf` member (Cat and Dog are each
  // `allOf: [Pet, …]`, and Pet has the discriminator).
  const discriminator = (copy.discriminator ?? inheritedDiscriminator(model, branches)) as
    { propertyName?: unknown; mapping?: Record<string, unknown> } | undefined;
  const property = discriminator?.propertyName;
  if (typeof property !== "string") return copy;
  const namesOf = (branch: unknown) => {
    const ref = (branch as { $ref?: unknown } | null)?.$ref;
    if (typeof ref !== "string") return [];
    const mapped = Object.entries(discriminator?.mapping ?? {})
      .filter(([, target]) => target === ref)
      .map(([name]) => name);
    return mapped.length > 0
      ? mapped
      : (pinnedValues(model, branch, property) ?? [ref.split("/").at(-1)!]);
  };
  const named = branches.map((branch) => ({ branch, names: namesOf(branch) }));
  const declares = (branch: unknown) =>
    Object.hasOwn(propertiesOf(model, followRefs(model.document, branch) ?? {}), property);
  const declaredBeside = Object.hasOwn(propertiesOf(model, copy), property);
  if (!declaredBeside && named.some(({ branch, names }) => names.length > 0 && !declares(branch)))
    return copy;
  copy[key] = named.map(({ branch, names }) =>
    names.length === 0
      ? branch
      : { allOf: [branch, { required: [property], properties: { [property]: { enum: names } } }] },
  );
  return copy;
}

/** The discriminator of the first branch's `allOf` member that has one. */
function inheritedDiscriminator(model: ApiModel, branches: unknown[]): unknown {
  for (const branch of branches) {
    const node = followRefs(model.document, branch);
    for (const member of Array.isArray(node?.allOf) ? node.allOf : []) {
      const found = followRefs(model.document, member)?.discriminator;
      if (found) return found;
    }
  }
  return undefined;
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
