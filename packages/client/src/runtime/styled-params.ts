import { serializeArrayParam, serializeObjectParam, serializePrimitiveParam } from "openapi-fetch";
import type { Writer } from "./params.js";

/**
 * Every style OpenAPI has, for lists, objects and single values, with openapi-fetch's
 * serializers: `name=a&name=b`, `.a.b`, `a|b`, `color[R]=100`. The generated code passes it
 * only with the operations whose parameters need more than params.ts writes itself.
 */
export const styledParams: Writer = (name, value, written, allowReserved) => {
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
