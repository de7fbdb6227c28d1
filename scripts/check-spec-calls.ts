/**
 * How `pnpm check:spec` calls each operation through the generated client: its example
 * arguments, and whether the mock routed the request to it.
 */
import {
  exampleBody,
  preferredMediaType,
  type ApiModel,
  type MediaTypeModel,
  type OperationModel,
} from "../packages/codegen/src/index.js";

/**
 * Whether the mock's routing of a request of `operation` is right: to it, or to a variant of
 * the same endpoint (Box writes those as `/files/{file_id}#get_shared_link`).
 */
export function routedTo(
  model: ApiModel,
  operation: OperationModel,
  key: string | undefined,
): boolean {
  const routed = model.operations.find((o) => o.key === key);
  const endpoint = (o: OperationModel) => `${o.method} ${o.requestPath}`;
  return routed !== undefined && endpoint(routed) === endpoint(operation);
}

/** The arguments a call of `operation` takes: path parameters, body, options (required ones). */
export function callArguments(model: ApiModel, operation: OperationModel): unknown[] {
  const args: unknown[] = operation.pathParameters.map((p) => p.exampleValue);
  const media = preferredMediaType(operation.requestBody?.mediaTypes);
  if (operation.requestBody)
    args.push(
      !media
        ? undefined
        : media.kind === "binary"
          ? Uint8Array.from([1, 2, 3])
          : withFiles(media, exampleBody(model, media, "request")),
    );
  const pick = (where: "query" | "header" | "cookie") =>
    Object.fromEntries(
      operation.parameters
        .filter((p) => p.in === where && p.required)
        .map((p) => [p.name, p.exampleValue]),
    );
  args.push({
    query: pick("query"),
    headers: pick("header"),
    cookies: pick("cookie"),
    maxRetries: 0,
    timeoutMs: 10_000,
  });
  return args;
}

/** A multipart example with a Blob in every file field: examples rarely show the file. */
function withFiles(media: MediaTypeModel, example: unknown): unknown {
  const files = Object.entries(media.fields ?? {}).filter(([, field]) => field.binary);
  if (media.kind !== "multipart" || files.length === 0) return example;
  return {
    ...(example as object),
    ...Object.fromEntries(
      files.map(([name, field]) => {
        const file = new Blob(["example data"]);
        return [name, field.shape === "array" ? [file] : file];
      }),
    ),
  };
}
