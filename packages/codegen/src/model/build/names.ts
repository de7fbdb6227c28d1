/**
 * The names the SDK gives: each operation's resource (namespace) and method, the `…ByUrl`
 * variant, the component schemas' type names; and the check that every generated name is
 * unique where it is exported.
 */
import { pointerTo } from "../../load/json-pointer.js";
import type { HttpMethod, OperationModel, ResourceModel, SchemaModel } from "../api-model.js";
import { camelCase, typeIdentifier, words } from "../naming.js";
import { claimName, operationTypeNames, typesPackageNames } from "../reserved-names.js";
import { asObject, type BuildContext, components, type Json, optionalString } from "./context.js";
import { METHOD_NAME_EXTENSION, RESOURCE_EXTENSION } from "./extensions.js";

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Box's `x-box-tag`, else the tag object's `x-box-tag`, else the first tag, else `default`. */
export function resourceName(ctx: BuildContext, op: Json): string {
  if (typeof op[RESOURCE_EXTENSION] === "string") return camelCase(op[RESOURCE_EXTENSION]);
  const tag = Array.isArray(op.tags) && typeof op.tags[0] === "string" ? op.tags[0] : undefined;
  if (tag === undefined) return "default";
  const boxTag = tagObjects(ctx).find((t) => t.name === tag)?.[RESOURCE_EXTENSION];
  return camelCase(typeof boxTag === "string" ? boxTag : tag) || "default";
}

/** `x-sdk-method-name`, else the camelCased operationId, else method + path words. */
export function methodName(
  ctx: BuildContext,
  op: Json,
  operationId: string | undefined,
  method: HttpMethod,
  path: string,
  pointer: string,
): string {
  const explicit = op[METHOD_NAME_EXTENSION];
  if (explicit !== undefined) {
    if (typeof explicit === "string" && IDENTIFIER.test(explicit)) return explicit;
    ctx.fail(
      `${METHOD_NAME_EXTENSION} must be a JavaScript identifier, got ${JSON.stringify(explicit)}`,
      pointerTo(pointer, METHOD_NAME_EXTENSION),
    );
  }
  if (operationId !== undefined && words(operationId).length > 0) return camelCase(operationId);
  const segments = path
    .split("/")
    .filter(Boolean)
    .map((segment) => segment.replace(/^\{(.*)\}$/, "by $1"));
  return camelCase([method, ...segments].join(" "));
}

/** `getFileUploadSessionById` → `getFileUploadSessionByUrl`; otherwise `…ByUrl` is appended. */
export function urlMethodName(name: string): string {
  return /ById$/.test(name) ? name.replace(/ById$/, "ByUrl") : `${name}ByUrl`;
}

export function schemas(ctx: BuildContext): SchemaModel[] {
  return Object.entries(components(ctx, "schemas")).map(([name, raw]) => {
    const schema = asObject(raw);
    return {
      name,
      typeName: typeIdentifier(name),
      pointer: pointerTo("#/components/schemas", name),
      ...optionalString("title", schema.title),
      ...optionalString("description", schema.description),
    };
  });
}

/** One resource per name, in order of first use, described by its first operation's first tag. */
export function resources(ctx: BuildContext, operations: OperationModel[]): ResourceModel[] {
  const found = new Map<string, ResourceModel>();
  const tags = tagObjects(ctx);
  for (const operation of operations) {
    let resource = found.get(operation.resource);
    if (!resource) {
      const tagName = operation.tags[0];
      const tag = tags.find((t) => t.name === tagName);
      resource = {
        name: operation.resource,
        source: tagName ?? operation.resource,
        ...optionalString("description", tag?.description),
        operations: [],
      };
      found.set(operation.resource, resource);
    }
    resource.operations.push(operation.key);
  }
  return [...found.values()];
}

/**
 * Every generated name must be unique where it is exported; both owners of a clash are
 * reported. Schemas keep their names (users import them by name); an operation whose derived
 * type names (`…Params`, `…Response`, …) are taken moves all of them to `…Operation`,
 * `…Operation2`, … in spec order, so that the same spec always gives the same names.
 */
export function checkNames(
  ctx: BuildContext,
  operations: OperationModel[],
  schemaModels: SchemaModel[],
): void {
  const reported = checkMethodNames(ctx, operations);
  const exported = new Map<string, string>();
  for (const { name, pointer } of typesPackageNames([], schemaModels)) {
    const clash = claimName(exported, name, pointer);
    if (clash)
      ctx.fail(
        `generated type name ${JSON.stringify(name)} is already used by ${clash}`,
        pointer,
        clash.startsWith("#") ? [clash] : [],
      );
  }
  for (const operation of operations) {
    if (reported.has(operation.pointer)) continue; // already reported as a method-name clash
    const base = operation.typeName;
    const names = (typeName: string) =>
      Object.values(operationTypeNames({ typeName, requestBody: operation.requestBody }));
    for (let n = 1; names(operation.typeName).some((name) => exported.has(name)); n++)
      operation.typeName = `${base}Operation${n > 1 ? n : ""}`;
    for (const name of names(operation.typeName)) claimName(exported, name, operation.pointer);
  }
}

/** Method names (and `…ByUrl` variants) clash-free; returns the operations reported. */
function checkMethodNames(ctx: BuildContext, operations: OperationModel[]): Set<string> {
  const methods = new Map<string, OperationModel>();
  const reported = new Set<string>();
  for (const operation of operations) {
    if (operation.urlMethodName !== undefined) {
      const taken =
        methods.get(operation.urlMethodName) ??
        operations.find((o) => o.methodName === operation.urlMethodName);
      if (taken) {
        ctx.fail(
          `the URL variant ${JSON.stringify(operation.urlMethodName)} of this operation clashes with another operation's method name`,
          operation.pointer,
          [taken.pointer],
        );
      } else {
        methods.set(operation.urlMethodName, operation);
      }
    }
    const first = methods.get(operation.methodName);
    if (!first) {
      methods.set(operation.methodName, operation);
      continue;
    }
    reported.add(operation.pointer);
    // A duplicate operationId is already reported; the name clash it causes is the same problem.
    if (operation.operationId !== undefined && operation.operationId === first.operationId)
      continue;
    ctx.fail(
      `two operations would get the same generated name ${JSON.stringify(operation.methodName)}; give one a distinct ${METHOD_NAME_EXTENSION} or operationId`,
      operation.pointer,
      [first.pointer],
    );
  }
  return reported;
}

function tagObjects(ctx: BuildContext): Json[] {
  return (Array.isArray(ctx.doc.tags) ? ctx.doc.tags : []).map(asObject);
}
