import type {
  ApiModel,
  OperationModel,
  ParameterModel,
  ParameterValue,
} from "../../model/api-model.js";
import { exampleBody } from "../../model/examples.js";
import { preferredMediaType } from "../../model/media-types.js";
import { cookieText, formText, headerText, pathText } from "./parameter-text.js";

/** One concrete request for an operation, with the spec's example values filled in. */
export interface SnippetRequest {
  /** `GET` */
  method: string;
  /** The operation's server with variables at their defaults: `https://upload.box.com/api/2.0`. */
  baseUrl: string;
  /** The full URL: server, path with example path parameters, required query parameters. */
  url: string;
  /**
   * Required header parameters with their examples, the credentials' headers, a `Cookie` header
   * for required cookie parameters and cookie API keys, then `Content-Type` when there is a body.
   */
  headers: Array<[name: string, value: string]>;
  /** Whether the operation takes `Authorization: Bearer <token>`. */
  bearer: boolean;
  /** The request body: inline text (JSON or other text), or raw bytes read from a file. */
  body?: SnippetBody;
}

export type SnippetBody =
  | {
      mediaType: string;
      json: boolean;
      text: string;
      /** For a form: its fields as the client takes them (the text is their encoding). */
      fields?: Record<string, unknown>;
      file?: undefined;
    }
  | { mediaType: string; json: false; file: string; text?: undefined };

/** The file a snippet reads a binary body from (`--data-binary @file.bin`); the tests provide it. */
export const BINARY_BODY_FILE = "file.bin";

/** The placeholder every raw-HTTP snippet sends as its token. */
export const TOKEN_PLACEHOLDER = "<ACCESS_TOKEN>";

export function snippetRequest(model: ApiModel, operation: OperationModel): SnippetRequest {
  const baseUrl = operation.servers[0]!.exampleUrl;
  const path = operation.pathParameters.reduce(
    (template, p) =>
      template.replaceAll(`{${p.name}}`, pathText(p.name, p.exampleValue, p.serialization)),
    operation.requestPath,
  );
  const auth = credentials(operation, model.securitySchemes);
  const required = (where: ParameterModel["in"]) =>
    operation.parameters.filter((p) => p.in === where && p.required);
  const query = [
    ...required("query").map((p) => formText(p.name, p.exampleValue, p.serialization)),
    ...auth.query,
  ];
  const cookies = [
    ...required("cookie").map((p) => cookieText(p.name, p.exampleValue, p.serialization)),
    ...auth.cookies,
  ];
  const headers: SnippetRequest["headers"] = [
    ...required("header").map((p): [string, string] => [
      p.name,
      headerText(p.exampleValue, p.serialization),
    ]),
    ...auth.headers,
    ...(cookies.length > 0 ? [["Cookie", cookies.join("; ")] as [string, string]] : []),
  ];
  const body = requestBody(model, operation);
  if (body) headers.push(["Content-Type", body.mediaType]);
  return {
    method: operation.method.toUpperCase(),
    baseUrl,
    url: `${baseUrl}${path}${query.length > 0 ? `?${query.join("&")}` : ""}`,
    headers,
    bearer: auth.bearer,
    ...(body && { body }),
  };
}

/**
 * The body a snippet sends: JSON from the spec's example or one synthesised from the schema
 * (see {@link exampleBody}); raw bytes from a file; other text from a string example, else a
 * short stand-in.
 */
function requestBody(model: ApiModel, operation: OperationModel): SnippetBody | undefined {
  const media = preferredMediaType(operation.requestBody?.mediaTypes);
  if (!media) return undefined;
  if (media.kind === "binary")
    return { file: BINARY_BODY_FILE, mediaType: media.type, json: false };
  const example = exampleBody(model, media, "request");
  if (media.json) return { text: JSON.stringify(example ?? {}), mediaType: media.type, json: true };
  if (media.kind === "form" && example !== null && typeof example === "object") {
    // Each field by its `encoding` (style and explode), as a query string is written.
    const text = Object.entries(example as Record<string, ParameterValue>)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) =>
        formText(name, value, media.fields?.[name] ?? { style: "form", explode: true }),
      )
      .join("&");
    return {
      text,
      fields: example as Record<string, unknown>,
      mediaType: media.type,
      json: false,
    };
  }
  if (media.kind === "multipart" && example !== null && typeof example === "object") {
    // Files go as text parts: every language can send those as it is shown. Examples rarely
    // show a file, so every file field gets one.
    const files = Object.entries(media.fields ?? {}).filter(([, field]) => field.binary);
    const fields = {
      ...(example as Record<string, unknown>),
      ...Object.fromEntries(
        files.map(([name, field]) => [
          name,
          field.shape === "array" ? [FILE_PART_TEXT] : FILE_PART_TEXT,
        ]),
      ),
    };
    return {
      text: multipartText(fields),
      fields,
      mediaType: `${media.type}; boundary=${MULTIPART_BOUNDARY}`,
      json: false,
    };
  }
  return {
    text: typeof example === "string" ? example : "example data",
    mediaType: media.type,
    json: false,
  };
}

/** The boundary of a multipart body written out in full (fixed: same spec, same bytes). */
export const MULTIPART_BOUNDARY = "snippet-boundary-7MA4YWxkTrZu0gW";
/** What a file field of a multipart body carries in a snippet. */
export const FILE_PART_TEXT = "example data";

/** A multipart/form-data body: a part per field (a list repeats it), objects as JSON parts. */
function multipartText(fields: Record<string, unknown>): string {
  const parts = Object.entries(fields).flatMap(([name, value]) =>
    (Array.isArray(value) ? value : [value])
      .filter((item) => item !== undefined)
      .map((item) => {
        const json = item !== null && typeof item === "object";
        return (
          `--${MULTIPART_BOUNDARY}\r\nContent-Disposition: form-data; name="${name.replace(/["\r\n]/g, "_")}"\r\n` +
          `${json ? "Content-Type: application/json\r\n" : ""}\r\n${json ? JSON.stringify(item) : String(item)}\r\n`
        );
      }),
  );
  return `${parts.join("")}--${MULTIPART_BOUNDARY}--\r\n`;
}

/** The placeholder an API key is sent as, and HTTP basic credentials. */
export const API_KEY_PLACEHOLDER = "<API_KEY>";
export const BASIC_PLACEHOLDER = "<BASE64_USERNAME_COLON_PASSWORD>";

/**
 * What the operation's first security requirement asks a request to carry, as placeholders,
 * by each scheme's carrier: a Bearer token, HTTP basic credentials, API keys in a header, the
 * query or a cookie. `security: []` (or an empty requirement) asks for nothing.
 */
function credentials(
  operation: OperationModel,
  schemes: ApiModel["securitySchemes"],
): { bearer: boolean; headers: Array<[string, string]>; query: string[]; cookies: string[] } {
  const result = {
    bearer: false,
    headers: [] as Array<[string, string]>,
    query: [] as string[],
    cookies: [] as string[],
  };
  for (const { name } of operation.security[0]?.schemes ?? []) {
    const carrier = schemes.find((s) => s.name === name)?.carrier;
    if (carrier?.kind === "bearer") result.bearer = true;
    else if (carrier?.kind === "basic")
      result.headers.push(["Authorization", `Basic ${BASIC_PLACEHOLDER}`]);
    else if (carrier?.kind === "query")
      result.query.push(
        `${encodeURIComponent(carrier.name)}=${encodeURIComponent(API_KEY_PLACEHOLDER)}`,
      );
    else if (carrier?.kind === "cookie")
      result.cookies.push(`${carrier.name}=${API_KEY_PLACEHOLDER}`);
    else if (carrier?.kind === "header") result.headers.push([carrier.name, API_KEY_PLACEHOLDER]);
    // TLS and unsupported schemes: nothing a snippet writes (the model warned of the latter).
  }
  return result;
}
