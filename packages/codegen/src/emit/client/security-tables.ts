/**
 * The client's tables of what operations need to authenticate and how errors read: each
 * operation's security requirements (schemes the client cannot send left out), the
 * requirements most operations share, how each scheme's credential travels (the model's
 * carrier), and the error body's shape.
 */
import type { ApiModel, OperationModel } from "../../model/api-model.js";

/**
 * The scheme names of each of the operation's requirements that the client sends: a scheme
 * whose carrier is the TLS handshake or unsupported is the caller's to carry (its `headers`),
 * so it is left out, and a requirement of only such schemes asks the client for nothing.
 */
export function requirementNames(operation: OperationModel, model: ApiModel): string[][] {
  const sent = (name: string) => {
    const kind = model.securitySchemes.find((scheme) => scheme.name === name)?.carrier.kind;
    return kind !== "tls" && kind !== "unsupported";
  };
  return operation.security.map((requirement) =>
    requirement.schemes.map((s) => s.name).filter(sent),
  );
}

/** The requirements most operations share (the first such in spec order on a tie). */
export function defaultSecurity(model: ApiModel): string[][] {
  const counts = new Map<string, number>();
  for (const operation of model.operations) {
    const key = JSON.stringify(requirementNames(operation, model));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best = "[]";
  let most = 0;
  for (const [key, count] of counts) if (count > most) [best, most] = [key, count];
  return JSON.parse(best) as string[][];
}

/** How each scheme operations use sends its credential. */
export function schemesOf(model: ApiModel): Record<string, [string, string?]> {
  const used = new Set(model.operations.flatMap((o) => requirementNames(o, model).flat()));
  const result: Record<string, [string, string?]> = {};
  for (const scheme of model.securitySchemes) {
    if (!used.has(scheme.name)) continue;
    const { carrier } = scheme;
    result[scheme.name] = "name" in carrier ? [carrier.kind, carrier.name] : [carrier.kind];
  }
  return result;
}

/** The model's error shape as the runtime's tuple (runtime/errors.ts `ErrorShape`). */
export function errorTuple({ errorShape: e }: ApiModel): string[] {
  return [e.code, e.message, e.requestId, e.helpUrl, e.contextInfo, e.requestIdHeader].map(
    (name) => name ?? "",
  );
}
