import type { BodyEncoder } from "./call.js";
import { serializeForm } from "./params.js";

/**
 * A plain object as a URL-encoded form (each field by its `encoding`, as a query string is
 * written) or as multipart fields (Blobs stay files; other objects as JSON text). Multipart
 * bodies get no content type here: fetch writes it with the boundary. The generated code
 * hands it only to operations with such a body.
 */
export const formBody: BodyEncoder = (body, contentType, styles, write) => {
  if (!body || Object.getPrototypeOf(body) !== Object.prototype) return undefined;
  if (/^application\/x-www-form-urlencoded/i.test(contentType))
    return [serializeForm(body, styles, write), contentType];
  if (!/^multipart\/form-data/i.test(contentType)) return undefined;
  const fields = new FormData();
  for (const [name, value] of Object.entries(body))
    for (const item of Array.isArray(value) ? value : [value])
      if (item !== undefined)
        fields.append(
          name,
          item instanceof Blob
            ? (item as never)
            : typeof item === "object"
              ? JSON.stringify(item)
              : String(item),
        );
  return [fields, undefined];
};
