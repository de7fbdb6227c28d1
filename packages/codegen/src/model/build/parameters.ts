/**
 * Parameter objects: the path item's and the operation's merged (the operation's win by name
 * and location), `$ref`s resolved, each with its example value and serialization; and the
 * check that the path template and the `in: path` parameters name the same variables.
 */
import { pointerTo } from "../../load/json-pointer.js";
import type { ParameterLocation, ParameterModel } from "../api-model.js";
import { argumentName } from "../naming.js";
import { templateVariables } from "../path-template.js";
import { type BuildContext, type Json, optionalString } from "./context.js";
import { exampleValue, writtenExample } from "./parameter-examples.js";
import { serialization } from "./serialization.js";

const PARAMETER_LOCATIONS: readonly ParameterLocation[] = ["path", "query", "header", "cookie"];
const RESERVED_HEADERS = new Set(["accept", "content-type", "authorization"]);
const RESERVED_HEADER_SOURCES =
  "the responses' media types set Accept, the request body's sets Content-Type and the security schemes set Authorization";

/** A parameter of the model and the pointer it was written at. */
export interface LocatedParameter {
  model: ParameterModel;
  pointer: string;
}

export function parameters(
  ctx: BuildContext,
  item: Json,
  op: Json,
  opPointer: string,
): LocatedParameter[] {
  const merged = new Map<string, LocatedParameter>();
  const collect = (list: unknown, pointer: string) => {
    if (list === undefined) return;
    if (!Array.isArray(list)) return ctx.fail("`parameters` must be a list", pointer);
    list.forEach((raw, index) => {
      const at = pointerTo(pointer, index);
      const model = parameter(ctx, ctx.deref(raw), at);
      if (model) merged.set(`${model.in}:${model.name}`, { pointer: at, model });
    });
  };
  collect(item.parameters, pointerTo(opPointer.slice(0, opPointer.lastIndexOf("/")), "parameters"));
  collect(op.parameters, pointerTo(opPointer, "parameters"));
  return [...merged.values()];
}

function parameter(ctx: BuildContext, written: Json, at: string): ParameterModel | undefined {
  const where = written.in as ParameterLocation;
  if (typeof written.name !== "string" || !PARAMETER_LOCATIONS.includes(where)) {
    ctx.fail("a parameter needs a `name` and an `in` of path, query, header or cookie", at);
    return undefined;
  }
  // OpenAPI: a header parameter named Accept, Content-Type or Authorization "SHALL be
  // ignored"; the media types and security schemes say what those headers carry.
  if (where === "header" && RESERVED_HEADERS.has(written.name.toLowerCase())) {
    ctx.warn(
      `header parameter ${written.name} is ignored, as OpenAPI says: ${RESERVED_HEADER_SOURCES}`,
      at,
    );
    return undefined;
  }
  const schema = ctx.deref(written.schema);
  const example = writtenExample(ctx, written, schema);
  return {
    name: written.name,
    argumentName: argumentName(written.name),
    in: where,
    required: written.required === true,
    ...optionalString("description", written.description),
    deprecated: written.deprecated === true,
    schema,
    ...(example !== undefined && { example }),
    exampleValue: exampleValue(ctx, example, schema, written.name),
    serialization: serialization(ctx, where, written, schema),
  };
}

/** Every `{name}` of the template declared `in: path`, and every such parameter required and in the template. */
export function checkPathParameters(
  ctx: BuildContext,
  path: string,
  located: LocatedParameter[],
  pointer: string,
): void {
  const template = templateVariables(path);
  const declared = located.filter(({ model }) => model.in === "path");
  for (const name of template) {
    if (!declared.some(({ model }) => model.name === name)) {
      ctx.fail(
        `path template parameter {${name}} in ${path} is not declared as an \`in: path\` parameter`,
        pointer,
      );
    }
  }
  for (const { model, pointer: at } of declared) {
    if (!template.includes(model.name)) {
      ctx.fail(
        `path parameter ${JSON.stringify(model.name)} is declared but ${path} has no {${model.name}}`,
        at,
      );
    } else if (!model.required) {
      ctx.fail(`path parameter ${JSON.stringify(model.name)} must have \`required: true\``, at);
    }
  }
}

/** The path parameters in the order the template names them, each name once (`/a/{id}/b/{id}`: one value fills both). */
export function pathParameters(path: string, located: LocatedParameter[]): ParameterModel[] {
  return [...new Set(templateVariables(path))].flatMap((name) =>
    located
      .filter(({ model }) => model.in === "path" && model.name === name)
      .map(({ model }) => model),
  );
}
