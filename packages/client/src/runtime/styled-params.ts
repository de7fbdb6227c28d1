import { serializeArrayParam, serializeObjectParam, serializePrimitiveParam } from "openapi-fetch";
import type { Writer } from "./params.js";

/**
 * Every style OpenAPI has, for lists, objects and single values, with openapi-fetch's
 * serializers: `name=a&name=b`, `.a.b`, `a|b`, `color[R]=100`. The generated code passes it
 * only with the operations whose parameters need more than params.ts writes itself.
 */
export const styledParams: Writer = (name, value, written, allowReserved) =>
  written.startsWith("deepObject") && value && typeof value === "object"
    ? deepObject(encodeURIComponent(name), value).join("&")
    : styledPathParams(name, value, written, allowReserved);

/**
 * The styles without deepObject (which only the query and forms have): what a path needs, and
 * all the raw client's path serializer bundles.
 */
export const styledPathParams: Writer = (name, value, written, allowReserved) => {
  const how = {
    style: written.replace("*", "") as never,
    explode: written.endsWith("*"),
    allowReserved,
  };
  if (Array.isArray(value)) return serializeArrayParam(name, value, how);
  if (value && typeof value === "object")
    return serializeObjectParam(name, value as Record<string, unknown>, how);
  const style: string = how.style;
  if (style === "simple" || style === "label")
    return (style === "label" ? "." : "") + encodeURIComponent(value as string);
  return (style === "matrix" ? ";" : "") + serializePrimitiveParam(name, value as string, how);
};

/**
 * A deepObject at every depth, as large form APIs read it (openapi-fetch writes one level):
 * `metadata[order_id]=6735`, `items[0][price]=p1`; an empty object or list as its bare name
 * (`metadata=`), so that it is sent at all.
 */
function deepObject(key: string, value: unknown): string[] {
  if (value === null || typeof value !== "object")
    return [`${key}=${encodeURIComponent(String(value))}`];
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return [`${key}=`];
  return entries.flatMap(([k, item]) => deepObject(`${key}[${encodeURIComponent(k)}]`, item));
}
