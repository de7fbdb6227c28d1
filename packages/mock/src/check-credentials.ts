/**
 * The mock's check of a request's credentials: each scheme by its carrier, as the model decided
 * it (the same answer the client and the snippets send by). A scheme no request carries (mutual
 * TLS) or that the packages cannot send is not checked.
 */
import type { IncomingMessage } from "node:http";
import type { ApiModel, OperationModel } from "@chunked-uploads/codegen/model";
import { cookiePairs } from "./read-parameters.js";

/** One of the operation's security requirements must be met (each of its schemes present). */
export function checkCredentials(
  model: ApiModel,
  operation: OperationModel,
  request: IncomingMessage,
  url: URL,
): string[] {
  if (operation.security.length === 0) return [];
  const present = (name: string): string | undefined => {
    const scheme = model.securitySchemes.find((s) => s.name === name);
    const authorization = request.headers.authorization ?? "";
    if (!scheme) return `security scheme ${name} is not declared`;
    const { carrier } = scheme;
    switch (carrier.kind) {
      case "bearer":
        // Auth schemes are case-insensitive (RFC 9110, section 11.1): `bearer t` is a bearer token.
        return /^Bearer \S+$/i.test(authorization)
          ? undefined
          : "no `Authorization: Bearer <token>` header";
      case "basic":
        return /^basic \S+$/i.test(authorization)
          ? undefined
          : "no `Authorization: Basic <credentials>` header";
      case "header":
        return request.headers[carrier.name.toLowerCase()] !== undefined
          ? undefined
          : `no API key ${carrier.name} in the header`;
      case "query":
        return url.searchParams.has(carrier.name)
          ? undefined
          : `no API key ${carrier.name} in the query`;
      case "cookie":
        return cookie(request.headers.cookie, carrier.name) !== undefined
          ? undefined
          : `no API key ${carrier.name} in the cookie`;
      default:
        // mutualTLS, and schemes the model warned it cannot send: nothing a request shows.
        return undefined;
    }
  };
  const outcomes = operation.security.map((requirement) =>
    requirement.schemes.map(({ name }) => present(name)).filter((p) => p !== undefined),
  );
  return outcomes.some((missing) => missing.length === 0) ? [] : outcomes[0]!;
}

function cookie(header: string | undefined, name: string): string | undefined {
  return cookiePairs(header).find(([key]) => key === name)?.[1];
}
