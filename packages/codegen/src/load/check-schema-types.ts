import { followRefs, pointerTo, resolvePointer } from "./json-pointer.js";
import type { LoadedSpec } from "./load-spec.js";
import { SpecError } from "./spec-error.js";

const TYPES_3_0 = ["string", "number", "integer", "boolean", "array", "object"];
const TYPES_3_1 = [...TYPES_3_0, "null"];

/** Keywords whose value is one subschema. */
const SINGLE = [
  "items",
  "additionalProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "unevaluatedItems",
  "unevaluatedProperties",
  "additionalItems",
];
/** Keywords whose value is a list of subschemas. */
const LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];
/** Keywords whose value maps names to subschemas. */
const MAPS = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];

/**
 * Finds schema `type`s that do not exist (`strin`, `int`), and 3.1-only type lists in a 3.0
 * spec, in every schema the document holds: components, parameters, headers, bodies and
 * responses, and all of their subschemas. An `allOf` whose members' types have none in common
 * (`string` and `integer`: no value is both), and an empty `enum`, are valid but unsatisfiable:
 * `warn` is told of them.
 */
export function checkSchemaTypes(
  spec: LoadedSpec,
  warn: (warning: SpecError) => void = () => {},
): SpecError[] {
  const allowed = spec.openapiVersion === "3.1" ? TYPES_3_1 : TYPES_3_0;
  const { document } = spec;
  const errors: SpecError[] = [];
  const seen = new Set<unknown>();

  const checkSchema = (schema: unknown, pointer: string): void => {
    if (schema === null || typeof schema !== "object" || Array.isArray(schema) || seen.has(schema))
      return;
    seen.add(schema);
    const node = schema as Record<string, unknown>;
    if ("type" in node) checkType(node.type, pointerTo(pointer, "type"));
    if (Array.isArray(node.enum) && node.enum.length === 0)
      warn(
        new SpecError(
          "the enum is empty: no value satisfies this schema (the mock refuses any value here, and checks the rest of the operation)",
          spec.locate(pointerTo(pointer, "enum")),
        ),
      );
    if (Array.isArray(node.allOf)) checkAllOfTypes(node, pointer);
    for (const key of SINGLE) if (key in node) checkSchema(node[key], pointerTo(pointer, key));
    for (const key of LISTS) {
      const list = node[key];
      if (Array.isArray(list))
        for (const [i, sub] of list.entries()) checkSchema(sub, pointerTo(pointer, key, i));
    }
    if (Array.isArray(node.items))
      for (const [i, sub] of node.items.entries()) checkSchema(sub, pointerTo(pointer, "items", i));
    for (const key of MAPS)
      eachEntry(node[key], (name, sub) => checkSchema(sub, pointerTo(pointer, key, name)));
  };

  const checkType = (type: unknown, pointer: string): void => {
    const list = Array.isArray(type) ? type : [type];
    if (Array.isArray(type) && spec.openapiVersion === "3.0") {
      errors.push(
        new SpecError(
          `schema type lists such as ${JSON.stringify(type)} need OpenAPI 3.1 (this spec is 3.0; use \`nullable\`)`,
          spec.locate(pointer),
        ),
      );
      return;
    }
    for (const item of list) {
      if (typeof item !== "string" || !allowed.includes(item)) {
        errors.push(
          new SpecError(
            `schema type ${JSON.stringify(item)} does not exist in OpenAPI ${spec.openapiVersion}; expected one of ${allowed.join(", ")}`,
            spec.locate(pointer),
          ),
        );
      }
    }
  };

  const checkAllOfTypes = (node: Record<string, unknown>, pointer: string): void => {
    const typed = [node, ...(node.allOf as unknown[])]
      .map((member) => declaredTypes(document, member))
      .filter((types): types is string[] => types !== undefined);
    if (typed.length < 2) return;
    // integer values are numbers too.
    const widen = (types: string[]) => (types.includes("number") ? [...types, "integer"] : types);
    const common = typed.map(widen).reduce((a, b) => a.filter((type) => b.includes(type)));
    if (common.length === 0)
      warn(
        new SpecError(
          `the allOf asks for a value that is ${[...new Set(typed.map((t) => t.join(" or ")))].join(" and ")} at once: no value is`,
          spec.locate(pointerTo(pointer, "allOf")),
        ),
      );
  };

  const checkContent = (content: unknown, pointer: string): void =>
    eachEntry(content, (type, media) =>
      checkSchema((media as Record<string, unknown>)?.schema, pointerTo(pointer, type, "schema")),
    );

  const checkParameter = (parameter: unknown, pointer: string): void => {
    checkSchema(
      (parameter as Record<string, unknown> | null)?.schema,
      pointerTo(pointer, "schema"),
    );
    checkContent(
      (parameter as Record<string, unknown> | null)?.content,
      pointerTo(pointer, "content"),
    );
  };
  const checkParameters = (parameters: unknown, pointer: string): void => {
    if (Array.isArray(parameters))
      for (const [i, p] of parameters.entries()) checkParameter(p, pointerTo(pointer, i));
  };

  eachEntry(resolvePointer(document, "#/components/schemas"), (name, schema) =>
    checkSchema(schema, pointerTo("#/components/schemas", name)),
  );
  eachEntry(resolvePointer(document, "#/components/parameters"), (name, parameter) =>
    checkParameter(parameter, pointerTo("#/components/parameters", name)),
  );
  eachEntry(resolvePointer(document, "#/paths"), (path, item) => {
    const itemPointer = pointerTo("#/paths", path);
    eachEntry(item, (method, operation) => {
      if (method === "parameters")
        return checkParameters(operation, pointerTo(itemPointer, "parameters"));
      const op = operation as Record<string, unknown> | null;
      if (!op || typeof op !== "object") return;
      const opPointer = pointerTo(itemPointer, method);
      checkParameters(op.parameters, pointerTo(opPointer, "parameters"));
      checkContent(
        (op.requestBody as Record<string, unknown> | undefined)?.content,
        pointerTo(opPointer, "requestBody", "content"),
      );
      eachEntry(op.responses, (status, response) => {
        const r = response as Record<string, unknown> | null;
        checkContent(r?.content, pointerTo(opPointer, "responses", status, "content"));
        eachEntry(r?.headers, (name, header) =>
          checkSchema(
            (header as Record<string, unknown>)?.schema,
            pointerTo(opPointer, "responses", status, "headers", name, "schema"),
          ),
        );
      });
    });
  });
  return errors;
}

/** The types a schema (its `$ref` followed) declares, with 3.0's `nullable`; `undefined` if none. */
function declaredTypes(document: unknown, schema: unknown): string[] | undefined {
  const node = followRefs(document, schema);
  if (node?.type === undefined) return undefined;
  const types = (Array.isArray(node.type) ? node.type : [node.type]).map(String);
  return node.nullable === true ? [...types, "null"] : types;
}

function eachEntry(map: unknown, visit: (key: string, value: unknown) => void): void {
  if (map === null || typeof map !== "object" || Array.isArray(map)) return;
  for (const [key, value] of Object.entries(map)) visit(key, value);
}
