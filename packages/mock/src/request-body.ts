/**
 * A request body as the mock reads and checks it: the content type against the operation's
 * media types, then the body against the schema (JSON parsed; URL-encoded forms read by each
 * field's encoding, as the query is; multipart parsed by fetch's FormData reader).
 */
import type { IncomingMessage } from "node:http";
import type { MediaTypeModel, OperationModel } from "@chunked-uploads/codegen/model";
import type { SchemaChecker } from "@chunked-uploads/codegen/model";
import { XMLValidator } from "fast-xml-parser";
import { readFormValue, type Pairs } from "./read-parameters.js";

export function checkBody(
  checker: SchemaChecker,
  operation: OperationModel,
  request: IncomingMessage,
  { bytes: body, size }: { bytes: Buffer; size: number },
  form: Record<string, unknown> | undefined,
): string[] {
  const declared = operation.requestBody;
  if (!declared) return [];
  if (size === 0)
    return declared.required ? ["the operation requires a request body; none was sent"] : [];
  const contentType = request.headers["content-type"] ?? "";
  const media = declared.mediaTypes.find((m) => mediaTypeMatches(m.type, contentType));
  if (!media)
    return [
      `content type ${JSON.stringify(contentType)} is not one the operation accepts (${declared.mediaTypes.map((m) => m.type).join(", ")})`,
    ];
  return checkMediaBody(checker, media, body, form);
}

/** Form fields as an object: a repeated name becomes a list; a file becomes its name. */
function fields(entries: Iterable<[string, unknown]>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    const item = typeof value === "string" ? value : ((value as { name?: string }).name ?? "file");
    const previous = result[name];
    result[name] =
      previous === undefined
        ? item
        : Array.isArray(previous)
          ? [...previous, item]
          : [previous, item];
  }
  return result;
}

/**
 * A URL-encoded body's fields, each read by its `encoding` as a query parameter is; pairs no
 * declared field accounts for are kept as they came (a repeated name becomes a list).
 */
function formFields(media: MediaTypeModel, pairs: Pairs): Record<string, unknown> {
  const declared = Object.entries(media.fields ?? {});
  const claimed = new Set<string>();
  const result: Record<string, unknown> = {};
  for (const [name, how] of declared) {
    const value = readFormValue(name, pairs, how);
    if (value === undefined) continue;
    result[name] = value;
    claimed.add(name);
    if (how.shape === "object" || how.style === "deepObject") {
      for (const [key] of pairs)
        if (key.startsWith(`${name}[`) || (how.explode && how.propertyNames?.includes(key)))
          claimed.add(key);
    }
  }
  return { ...fields(pairs.filter(([key]) => !claimed.has(key))), ...result };
}

/** Multipart parts of object fields are JSON (their default content type): parsed back here. */
function jsonParts(media: MediaTypeModel, form: Record<string, unknown>): Record<string, unknown> {
  const result = { ...form };
  for (const [name, how] of Object.entries(media.fields ?? {})) {
    if (how.shape !== "object" || typeof result[name] !== "string") continue;
    try {
      result[name] = JSON.parse(result[name] as string);
    } catch {
      // not JSON: the schema check says what is wrong with it
    }
  }
  return result;
}

/** A multipart body's fields, parsed by fetch's own FormData reader. */
export async function multipartFields(
  body: Buffer,
  contentType: string,
): Promise<Record<string, unknown> | undefined> {
  try {
    const form = await new Response(new Uint8Array(body), {
      headers: { "content-type": contentType },
    }).formData();
    return fields(form.entries() as Iterable<[string, unknown]>);
  } catch {
    return undefined;
  }
}

function checkMediaBody(
  checker: SchemaChecker,
  media: MediaTypeModel,
  body: Buffer,
  form: Record<string, unknown> | undefined,
): string[] {
  if (media.kind === "form")
    return checker.form(media, formFields(media, [...new URLSearchParams(body.toString("utf8"))]));
  if (media.kind === "multipart")
    return form
      ? checker.form(media, jsonParts(media, form))
      : ["the multipart body could not be parsed"];
  if (isXml(media.type)) {
    // The schema of an XML body maps to elements by its `xml` hints, which no validator
    // reads; that the body is XML at all is what can be checked.
    const verdict = XMLValidator.validate(body.toString("utf8"));
    return verdict === true
      ? []
      : [
          `the body is not well-formed XML: ${verdict.err.msg} (line ${verdict.err.line}, column ${verdict.err.col})`,
        ];
  }
  if (!media.json) return []; // raw bytes and text: present is all the spec can say
  let value: unknown;
  try {
    value = JSON.parse(body.toString("utf8"));
  } catch {
    return ["the body is not valid JSON"];
  }
  return checker.body(media, value);
}

/** `application/xml`, `text/xml`, `application/atom+xml`. */
function isXml(type: string): boolean {
  return /^[^/]+\/(?:xml|[^;]*\+xml)$/i.test(type.trim());
}

/** `application/json; charset=utf-8` matches `application/json`; `image/*` and `*\/*` match by range. */
export function mediaTypeMatches(declared: string, contentType: string): boolean {
  const essence = contentType.split(";")[0]!.trim().toLowerCase();
  const [type, subtype] = declared.toLowerCase().split("/");
  return (
    declared.toLowerCase() === essence ||
    (subtype === "*" && (type === "*" || essence.startsWith(`${type}/`)))
  );
}
