/**
 * What an error body says and where: the property of the spec's error schema that holds the
 * error's code, message, request id, help URL and context, and the response header that
 * carries the request id. The client's ApiError reads these names, so that they come from
 * the spec (Box's ClientError: `code`, `message`, `request_id`, …) and not from the runtime.
 */
import { pointerTo } from "../../load/json-pointer.js";
import type { ErrorShapeModel, OperationModel } from "../api-model.js";
import { asObject, type BuildContext, type Json } from "./context.js";
import { ERROR_FIELDS_EXTENSION, REQUEST_ID_HEADER_EXTENSION } from "./extensions.js";

type ErrorField = Exclude<keyof ErrorShapeModel, "requestIdHeader">;

/** The property names each field goes by in real APIs' error bodies, most usual first. */
const FIELD_NAMES: Record<ErrorField, readonly string[]> = {
  code: ["code", "error_code", "errorCode", "error"],
  message: ["message", "error_description", "error_message", "detail", "title"],
  requestId: ["request_id", "requestId", "trace_id", "traceId"],
  helpUrl: ["help_url", "helpUrl", "documentation_url", "more_info"],
  contextInfo: ["context_info", "contextInfo", "details"],
};
const FIELDS = Object.keys(FIELD_NAMES) as ErrorField[];

/**
 * The error shape: `x-sdk-error-fields` and `x-sdk-request-id-header` where the spec gives
 * them; else the fields found by their usual names among the properties of the schema most
 * error responses (4XX, 5XX, default) use, and a declared response header named like a
 * request id (`X-Request-Id`).
 */
export function errorShape(ctx: BuildContext, operations: OperationModel[]): ErrorShapeModel {
  const properties = errorProperties(ctx, operations);
  const shape: ErrorShapeModel = {};
  for (const field of FIELDS) {
    const name = FIELD_NAMES[field].find((candidate) => candidate in properties);
    if (name !== undefined) shape[field] = name;
  }
  Object.assign(shape, writtenFields(ctx));
  const header =
    writtenHeader(ctx) ??
    operations
      .flatMap((operation) => operation.responses.flatMap((response) => response.headers))
      .find((name) => /^(?:[\w]+-)*request-?id$/i.test(name));
  if (header !== undefined) shape.requestIdHeader = header.toLowerCase();
  return shape;
}

/** The properties of the most used error schema (allOf members merged), or none. */
function errorProperties(ctx: BuildContext, operations: OperationModel[]): Json {
  const uses = new Map<string, { count: number; schema: unknown }>();
  for (const operation of operations)
    for (const response of operation.responses) {
      if (!/^(?:[45]|default)/i.test(response.status)) continue;
      for (const media of response.mediaTypes) {
        if (!media.json || media.schema === undefined) continue;
        const key = JSON.stringify(media.schema);
        uses.set(key, { count: (uses.get(key)?.count ?? 0) + 1, schema: media.schema });
      }
    }
  let best: { count: number; schema: unknown } | undefined;
  for (const use of uses.values()) if (!best || use.count > best.count) best = use;
  return best ? propertiesOf(ctx, best.schema, 0) : {};
}

function propertiesOf(ctx: BuildContext, schema: unknown, depth: number): Json {
  const node = ctx.deref(schema);
  const members = Array.isArray(node.allOf) && depth < 8 ? node.allOf : [];
  return Object.assign(
    {},
    ...members.map((member: unknown) => propertiesOf(ctx, member, depth + 1)),
    asObject(node.properties),
  );
}

function writtenFields(ctx: BuildContext): Partial<Record<ErrorField, string>> {
  const written = ctx.doc[ERROR_FIELDS_EXTENSION];
  if (written === undefined) return {};
  const entries = Object.entries(asObject(written));
  const bad = entries.find(
    ([field, name]) => !FIELDS.includes(field as ErrorField) || typeof name !== "string",
  );
  if (written === null || typeof written !== "object" || Array.isArray(written) || bad) {
    ctx.fail(
      `${ERROR_FIELDS_EXTENSION} must map ${FIELDS.join(", ")} to property names of the error body${bad ? `; ${JSON.stringify(bad[0])} is not one, or its value is not a string` : ""}`,
      pointerTo("#", ERROR_FIELDS_EXTENSION),
    );
    return {};
  }
  return Object.fromEntries(entries) as Partial<Record<ErrorField, string>>;
}

function writtenHeader(ctx: BuildContext): string | undefined {
  const written = ctx.doc[REQUEST_ID_HEADER_EXTENSION];
  if (written === undefined) return undefined;
  if (typeof written === "string" && /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(written)) return written;
  ctx.fail(
    `${REQUEST_ID_HEADER_EXTENSION} must be a header name, got ${JSON.stringify(written)}`,
    pointerTo("#", REQUEST_ID_HEADER_EXTENSION),
  );
  return undefined;
}
