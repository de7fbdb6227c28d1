/**
 * Checks of the document as a whole that no single object shows: a component schema no
 * finite value satisfies. Warnings: generation goes on.
 */
import { isObject } from "../../load/json-pointer.js";
import { type BuildContext, components } from "./context.js";

/**
 * A component schema that requires, through required properties only, a value of itself
 * (a Node whose `parent` is a required Node) has no finite instance: no example, request or
 * response can satisfy it. The spec's fault, said with its location.
 */
export function checkSelfRequiring(ctx: BuildContext): void {
  const schemas = components(ctx, "schemas");
  for (const name of Object.keys(schemas)) {
    const target = `#/components/schemas/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    const chain = requiredPathTo(ctx, target, schemas[name], new Set(), 0);
    if (chain)
      ctx.warn(
        `every ${name} requires ${chain.join(".")}, itself a ${name}: no finite value satisfies the schema`,
        target,
      );
  }
}

/** The required properties that lead from `schema` back to `target`, if only they do. */
function requiredPathTo(
  ctx: BuildContext,
  target: string,
  schema: unknown,
  seen: Set<string>,
  depth: number,
): string[] | undefined {
  if (depth > 16) return undefined;
  const ref = isObject(schema) && typeof schema.$ref === "string" ? schema.$ref : undefined;
  if (ref !== undefined && depth > 0) {
    if (ref === target) return [];
    if (seen.has(ref)) return undefined;
    seen.add(ref);
  }
  const node = ctx.deref(schema);
  const types = Array.isArray(node.type) ? node.type : [node.type];
  // A way out: null, an alternative, or an array (which may be empty).
  if (node.nullable === true || types.includes("null") || node.oneOf || node.anyOf)
    return undefined;
  if (types.includes("array")) return undefined;
  for (const member of Array.isArray(node.allOf) ? node.allOf : []) {
    const found = requiredPathTo(ctx, target, member, seen, depth + 1);
    if (found) return found;
  }
  const properties = isObject(node.properties) ? node.properties : {};
  for (const property of Array.isArray(node.required) ? node.required : []) {
    if (typeof property !== "string" || !(property in properties)) continue;
    const found = requiredPathTo(ctx, target, properties[property], seen, depth + 1);
    if (found) return [property, ...found];
  }
  return undefined;
}
