import type { OperationModel, SecuritySchemeModel } from "../../model/api-model.js";
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
  /** The request body as text, and its media type. */
  body?: { text: string; mediaType: string; json: boolean };
}

/** The placeholder every raw-HTTP snippet sends as its token. */
export const TOKEN_PLACEHOLDER = "<ACCESS_TOKEN>";

export function snippetRequest(
  operation: OperationModel,
  schemes: SecuritySchemeModel[],
): SnippetRequest {
  const baseUrl = operation.servers[0]!.defaultUrl;
  const path = operation.pathParameters.reduce(
    (template, p) => template.replaceAll(`{${p.name}}`, encodeURIComponent(String(p.exampleValue))),
    operation.path,
  );
  const query = operation.parameters
    .filter((p) => p.in === "query" && p.required)
    .map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(String(p.exampleValue))}`);
  const headers: SnippetRequest["headers"] = operation.parameters
    .filter((p) => p.in === "header" && p.required)
    .map((p) => [p.name, String(p.exampleValue)]);
  const body = requestBody(operation);
  if (body) headers.push(["Content-Type", body.mediaType]);
  return {
    method: operation.method.toUpperCase(),
    baseUrl,
    url: `${baseUrl}${path}${query.length > 0 ? `?${query.join("&")}` : ""}`,
    headers,
    bearer: usesBearer(operation, schemes),
    ...(body && { body }),
  };
}

/** A JSON body uses the spec's example (or `{}`); other media types get a short stand-in text. */
function requestBody(operation: OperationModel): SnippetRequest["body"] {
  const body = operation.requestBody;
  if (!body?.required) return undefined;
  const media = preferredMediaType(body.mediaTypes);
  if (!media) return undefined;
  if (media.json)
    return { text: JSON.stringify(media.example ?? {}), mediaType: media.type, json: true };
  return {
    text: typeof media.example === "string" ? media.example : "example data",
    mediaType: media.type,
    json: false,
  };
}

/** Bearer tokens: `http` + `bearer`, and OAuth 2 / OpenID Connect access tokens (sent the same way). */
function usesBearer(operation: OperationModel, schemes: SecuritySchemeModel[]): boolean {
  return operation.security.some((requirement) =>
    requirement.schemes.some(({ name }) => {
      const scheme = schemes.find((s) => s.name === name);
      return (
        scheme !== undefined &&
        ((scheme.type === "http" && scheme.scheme === "bearer") ||
          scheme.type === "oauth2" ||
          scheme.type === "openIdConnect")
      );
    }),
  );
}
