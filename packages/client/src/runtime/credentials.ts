import type { ClientOptions } from "./options.js";

/**
 * A security scheme as the generated code describes it: how its credential travels (the
 * model's carrier), and for any kind but a bearer token, the code that carries it (an API key
 * or HTTP basic: keyed-credentials.ts, imported only by an API that has such a scheme).
 */
export type Scheme = [
  kind: "bearer" | "basic" | "header" | "query" | "cookie",
  name?: string,
  carry?: Carrier,
];

/** Puts a credential of `options.credentials` into what one request carries. */
export type Carrier = (found: Credentials, kind: string, name: string, value: unknown) => void;

/** The credentials one request carries, and the secrets that must never leave their host. */
export interface Credentials {
  /** Send the client's token as `Authorization: Bearer …`. */
  bearer: boolean;
  /** Another `Authorization` value (HTTP basic). */
  authorization?: string;
  headers: Record<string, string>;
  query: Record<string, string>;
  /** Values to keep to the allowed hosts and to redact from error bodies. */
  secrets: string[];
}

const none = (): Credentials => ({ bearer: false, headers: {}, query: {}, secrets: [] });

/**
 * The credentials for an operation: the first of its security requirements (alternatives, each
 * a list of scheme names that apply together) that the client has everything for. Bearer-like
 * schemes (http bearer, OAuth 2, OpenID Connect) use the `token` option; the others
 * `credentials[schemeName]`: a string for an API key, `{ username, password }` for HTTP basic.
 * Throws before anything is sent when none can be met, naming what is missing.
 */
export function credentialsFor(
  requirements: string[][],
  schemes: Record<string, Scheme>,
  options: ClientOptions,
  where: string,
  tokenEnv?: string,
): Credentials {
  if (requirements.length === 0) return none();
  for (const alternative of requirements) {
    const found = none();
    const met = alternative.every((name) => {
      const [kind, param = name, carry] = schemes[name] ?? ["bearer"];
      if (kind === "bearer") {
        found.bearer = options.token !== undefined;
        return found.bearer;
      }
      const value = options.credentials?.[name];
      carry?.(found, kind, param, value);
      return value !== undefined && !!carry;
    });
    if (met) return found;
  }
  const hint = (name: string) =>
    (schemes[name]?.[0] ?? "bearer") === "bearer"
      ? `${name} (the token option${tokenEnv ? ` or the ${tokenEnv} environment variable` : ""})`
      : `credentials.${name}`;
  throw new TypeError(
    `${where} needs ${requirements.map((a) => a.map(hint).join(" and ")).join(", or ")}`,
  );
}

/**
 * An environment variable's value where the runtime has them (Node, Bun, Deno through its
 * `process`); undefined elsewhere (a browser), when it is empty, or when reading it is not
 * allowed (Deno without `--allow-env`).
 */
export function environmentVariable(name: string): string | undefined {
  try {
    return (
      (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[
        name
      ] || undefined
    );
  } catch {
    return undefined;
  }
}
