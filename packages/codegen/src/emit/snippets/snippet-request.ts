import type { ApiModel, OperationModel } from "../../model/api-model.js";
import { exampleBody } from "../../model/examples.js";
import { preferredMediaType } from "../../model/media-types.js";

/** One concrete request for an operation, with the spec's example values filled in. */
export interface SnippetRequest {
  /** `GET` */
  method: string;
  /** The operation's server with variables at their defaults: `https://upload.box.com/api/2.0`. */
  baseUrl: string;
  /** The full URL: server, path with example path parameters, required query parameters. */
  url: string;
  /** Required header parameters with their examples, then `Content-Type` when there is a body. */
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
    (template, p) => template.replaceAll(`{${p.name}}`, encodeURIComponent(String(p.exampleValue))),
    operation.path,
  );
  const auth = credentials(operation, model.securitySchemes);
  const query = [
    ...operation.parameters
      .filter((p) => p.in === "query" && p.required)
      .map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(String(p.exampleValue))}`),
    ...auth.query,
  ];
  const headers: SnippetRequest["headers"] = [
    ...operation.parameters
      .filter((p) => p.in === "header" && p.required)
      .map((p): [string, string] => [p.name, String(p.exampleValue)]),
    ...auth.headers,
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
    // Encoded as the client encodes a form: a list repeats its name, an object is JSON text.
    const form = new URLSearchParams();
    for (const [name, value] of Object.entries(example))
      for (const item of Array.isArray(value) ? value : [value])
        if (item !== undefined)
          form.append(name, typeof item === "object" ? JSON.stringify(item) : String(item));
    return {
      text: form.toString(),
      fields: example as Record<string, unknown>,
      mediaType: media.type,
      json: false,
    };
  }
  return {
    text: typeof example === "string" ? example : "example data",
    mediaType: media.type,
    json: false,
  };
}

/** The placeholder an API key is sent as, and HTTP basic credentials. */
export const API_KEY_PLACEHOLDER = "<API_KEY>";
export const BASIC_PLACEHOLDER = "<BASE64_USERNAME_COLON_PASSWORD>";

/**
 * What the operation's first security requirement asks a request to carry, as placeholders:
 * a Bearer token (`http` bearer, OAuth 2, OpenID Connect), HTTP basic credentials, API keys in
 * a header, the query or a cookie. `security: []` (or an empty requirement) asks for nothing.
 */
function credentials(
  operation: OperationModel,
  schemes: ApiModel["securitySchemes"],
): { bearer: boolean; headers: Array<[string, string]>; query: string[] } {
  const result = { bearer: false, headers: [] as Array<[string, string]>, query: [] as string[] };
  for (const { name } of operation.security[0]?.schemes ?? []) {
    const scheme = schemes.find((s) => s.name === name);
    if (!scheme) continue;
    if (
      (scheme.type === "http" && scheme.scheme === "bearer") ||
      scheme.type === "oauth2" ||
      scheme.type === "openIdConnect"
    )
      result.bearer = true;
    else if (scheme.type === "http" && scheme.scheme === "basic")
      result.headers.push(["Authorization", `Basic ${BASIC_PLACEHOLDER}`]);
    else if (scheme.type === "apiKey" && scheme.paramName) {
      if (scheme.in === "query")
        result.query.push(
          `${encodeURIComponent(scheme.paramName)}=${encodeURIComponent(API_KEY_PLACEHOLDER)}`,
        );
      else if (scheme.in === "cookie")
        result.headers.push(["Cookie", `${scheme.paramName}=${API_KEY_PLACEHOLDER}`]);
      else result.headers.push([scheme.paramName, API_KEY_PLACEHOLDER]);
    }
  }
  return result;
}
