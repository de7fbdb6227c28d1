/**
 * Security schemes and requirements. What a scheme's credential travels in (its carrier) is
 * decided here, once: the client, the snippets, the mock and the reference site read
 * `SecuritySchemeModel.carrier` and never the scheme's `type` to decide how to send or check.
 */
import { pointerTo } from "../../load/json-pointer.js";
import type {
  CredentialCarrier,
  SecurityRequirementModel,
  SecuritySchemeModel,
} from "../api-model.js";
import { asObject, type BuildContext, components, type Json, optionalString } from "./context.js";

/**
 * How a scheme's credential travels: a bearer token (`http` bearer, OAuth 2, OpenID Connect
 * all send `Authorization: Bearer …`), HTTP basic, an API key in a header, the query or a
 * cookie, the TLS handshake (mutualTLS, outside any request the code writes); else
 * unsupported, with the reason (an HTTP scheme such as `digest`, an API key without a name).
 */
export function carrierOf(scheme: Json): CredentialCarrier {
  const type = scheme.type;
  const httpScheme = typeof scheme.scheme === "string" ? scheme.scheme.toLowerCase() : undefined;
  if (type === "oauth2" || type === "openIdConnect") return { kind: "bearer" };
  if (type === "http") {
    if (httpScheme === "bearer") return { kind: "bearer" };
    if (httpScheme === "basic") return { kind: "basic" };
    return {
      kind: "unsupported",
      reason: `the HTTP scheme ${JSON.stringify(scheme.scheme ?? "")} (only bearer and basic are)`,
    };
  }
  if (type === "apiKey") {
    if (typeof scheme.name !== "string" || scheme.name === "")
      return { kind: "unsupported", reason: "an apiKey scheme without a `name`" };
    if (scheme.in === "header" || scheme.in === "query" || scheme.in === "cookie")
      return { kind: scheme.in, name: scheme.name };
    return {
      kind: "unsupported",
      reason: `an apiKey scheme \`in: ${String(scheme.in)}\` (header, query or cookie)`,
    };
  }
  if (type === "mutualTLS") return { kind: "tls" };
  return { kind: "unsupported", reason: `the scheme type ${JSON.stringify(type ?? "")}` };
}

/**
 * The declared schemes, each with its carrier. One the packages cannot send is a warning at
 * the scheme: the client, the snippets and the mock then leave it to the caller (its headers
 * option), and never guess.
 */
export function securitySchemes(ctx: BuildContext): SecuritySchemeModel[] {
  return Object.entries(components(ctx, "securitySchemes")).map(([name, raw]) => {
    const scheme = ctx.deref(raw);
    const carrier = carrierOf(scheme);
    if (carrier.kind === "unsupported")
      ctx.warn(
        `security scheme ${JSON.stringify(name)} is ${carrier.reason}, which the packages cannot send: the client, the snippets and the mock leave its credential to the caller`,
        pointerTo("#/components/securitySchemes", name),
      );
    return {
      name,
      type: String(scheme.type ?? ""),
      ...optionalString(
        "scheme",
        typeof scheme.scheme === "string" ? scheme.scheme.toLowerCase() : undefined,
      ),
      ...optionalString("in", scheme.in),
      ...optionalString("paramName", scheme.name),
      carrier,
    };
  });
}

/**
 * An operation's (or the document's) security requirements; each scheme they name must be
 * declared (OpenAPI says MUST). `check` is false when the list was checked already (the
 * document's, shared by every operation that does not override it).
 */
export function securityRequirements(
  ctx: BuildContext,
  raw: unknown,
  pointer: string,
  check: boolean,
): SecurityRequirementModel[] {
  if (!Array.isArray(raw)) return [];
  const declared = components(ctx, "securitySchemes");
  return raw.map((requirement, index) => {
    const names = Object.keys(asObject(requirement));
    if (check) checkCarriers(ctx, names, declared, pointerTo(pointer, index));
    return {
      schemes: Object.entries(asObject(requirement)).map(([name, scopes]) => {
        if (check && !(name in declared))
          ctx.fail(
            `security requirement names the scheme ${JSON.stringify(name)}, which components.securitySchemes does not declare`,
            pointerTo(pointerTo(pointer, index), name),
          );
        return { name, scopes: Array.isArray(scopes) ? scopes.map(String) : [] };
      }),
    };
  });
}

/**
 * A requirement of several schemes that travel in the same place (basic and OAuth 2 both in
 * the Authorization header, two API keys of one name) asks for what no request can carry:
 * the spec's fault, said with its location. The client sends the last one given.
 */
function checkCarriers(ctx: BuildContext, names: string[], declared: Json, pointer: string): void {
  const byCarrier = new Map<string, string[]>();
  for (const name of names) {
    if (!(name in declared)) continue;
    const where = carrierPlace(carrierOf(ctx.deref(declared[name])));
    if (where === undefined) continue;
    // Header names are case-insensitive; query and cookie names are not.
    const key = where.endsWith("header") ? where.toLowerCase() : where;
    byCarrier.set(key, [...(byCarrier.get(key) ?? [where]), name]);
  }
  for (const [carrier, ...schemes] of byCarrier.values())
    if (schemes.length > 1)
      ctx.warn(
        `the security requirement needs ${schemes.join(" and ")} at once, which all travel in ${carrier}: no request can carry them all`,
        pointer,
      );
}

/** Where in a request a carrier puts its credential, in words; none for TLS or the unsupported. */
function carrierPlace(carrier: CredentialCarrier): string | undefined {
  switch (carrier.kind) {
    case "bearer":
    case "basic":
      return "the Authorization header";
    case "header":
      return `the ${carrier.name} header`;
    case "query":
    case "cookie":
      return `the ${carrier.kind} parameter ${carrier.name}`;
    default:
      return undefined;
  }
}
