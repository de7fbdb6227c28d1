/**
 * Request bodies, responses and their media types: how each body is written (JSON, text, a
 * form, multipart, raw bytes), its schema and example, and each form field's serialization.
 */
import { isObject, parsePointer } from "../../load/json-pointer.js";
import type {
  FormFieldModel,
  HttpMethod,
  MediaTypeModel,
  RequestBodyModel,
  ResponseModel,
} from "../api-model.js";
import { asObject, type BuildContext, type Json, optionalString } from "./context.js";
import { serialization } from "./serialization.js";

/**
 * The operation's request body. OpenAPI 3.1 allows one on GET and HEAD, but fetch refuses to
 * send it ("Request with GET/HEAD method cannot have body"), as do browsers: the operation is
 * generated without it, and a warning says so.
 */
export function requestBody(
  ctx: BuildContext,
  raw: unknown,
  method: HttpMethod,
  pointer: string,
): { requestBody?: RequestBodyModel } {
  if (raw === undefined) return {};
  if (method === "get" || method === "head") {
    ctx.warn(
      `a ${method.toUpperCase()} request cannot carry a body in fetch; the request body is left out of the client, the snippets and the mock`,
      pointer,
    );
    return {};
  }
  const body = ctx.deref(raw);
  return {
    requestBody: {
      required: body.required === true,
      ...optionalString("description", body.description),
      mediaTypes: mediaTypes(ctx, body.content),
    },
  };
}

export function responses(ctx: BuildContext, op: Json, pointer: string): ResponseModel[] {
  const written = op.responses;
  // OpenAPI 3.1 made `responses` optional; 3.0 requires at least one.
  if (written === undefined && ctx.spec.openapiVersion === "3.1") return [];
  if (!isObject(written) || Object.keys(written).length === 0) {
    ctx.fail("operation has no `responses`; declare at least one", pointer);
    return [];
  }
  return Object.entries(written).map(([status, raw]) => {
    const response = ctx.deref(raw);
    return {
      status,
      success: /^2/.test(status),
      description: String(response.description ?? ""),
      mediaTypes: mediaTypes(ctx, response.content),
      headers: Object.keys(asObject(response.headers)),
    };
  });
}

export function mediaTypes(ctx: BuildContext, content: unknown): MediaTypeModel[] {
  return Object.entries(asObject(content)).map(([type, raw]) => {
    const media = asObject(raw);
    const schema = asObject(media.schema);
    const ref =
      typeof schema.$ref === "string"
        ? /^#\/components\/schemas\/([^/]+)$/.exec(schema.$ref)
        : null;
    const firstExample = Object.values(asObject(media.examples))[0];
    const example =
      media.example ?? (isObject(firstExample) ? ctx.deref(firstExample).value : undefined);
    const kind = mediaKind(type);
    return {
      type,
      json: kind === "json",
      kind,
      ...(ref && { schemaRef: parsePointer(`#/${ref[1]}`)[0]! }),
      ...(isObject(media.schema) && { schema: media.schema }),
      ...(example !== undefined && { example }),
      ...((kind === "form" || kind === "multipart") && {
        fields: formFields(ctx, kind, schema, asObject(media.encoding)),
      }),
    };
  });
}

/** How a body of media type `type` is written (see {@link MediaTypeModel.kind}). */
export function mediaKind(type: string): MediaTypeModel["kind"] {
  if (/^application\/(?:[\w.-]+\+)?json\b/i.test(type)) return "json";
  if (/^text\/|^application\/(?:[\w.-]+\+)?(?:xml|yaml|x-yaml|graphql)\b/i.test(type))
    return "text";
  if (/^application\/x-www-form-urlencoded\b/i.test(type)) return "form";
  if (/^multipart\//i.test(type)) return "multipart";
  return "binary";
}

/** Each top-level property of a form's schema, with its `encoding` entry applied. */
function formFields(
  ctx: BuildContext,
  kind: "form" | "multipart",
  schema: Json,
  encoding: Json,
): Record<string, FormFieldModel> {
  const properties = asObject(ctx.deref(schema).properties);
  // A file, or a list of files (`type: array, items: { format: binary }`), or a union that
  // takes either (OpenAI's skill upload: one zip, or a directory's files).
  const file = (field: Json, depth = 0): boolean =>
    field.format === "binary" ||
    field.contentMediaType !== undefined ||
    (depth < 4 &&
      [...asArray(field.oneOf), ...asArray(field.anyOf)].some((branch) => {
        const resolved = ctx.deref(branch);
        return file(resolved, depth + 1) || file(ctx.deref(resolved.items), depth + 1);
      }));
  return Object.fromEntries(
    Object.entries(properties).map(([name, property]) => {
      // Style and explode are for URL-encoded forms; multipart parts are written whole.
      const written = kind === "form" ? asObject(encoding[name]) : {};
      const resolved = ctx.deref(property);
      return [
        name,
        {
          ...serialization(ctx, "query", written, resolved),
          binary: file(resolved) || file(ctx.deref(resolved.items)),
        },
      ];
    }),
  );
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
