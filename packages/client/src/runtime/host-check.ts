import { UnsafeRequestError } from "./errors.js";
import type { ClientOptions } from "./options.js";
import { TEMPLATE_VARIABLE } from "./template.js";

/** A server of the spec: its URL template and the defaults of its variables. */
export type ServerTemplate = [url: string, defaults: Record<string, string>];

/** Server `url` with each `{variable}` from the caller's `serverVariables`, else its default. */
export const expandServer = (
  [url, defaults]: ServerTemplate,
  variables: Record<string, string> | undefined,
): string =>
  url.replace(TEMPLATE_VARIABLE, (_, name: string) => variables?.[name] ?? defaults[name]!);

/**
 * Where credentials may go: over https to the spec's hosts (or the caller's `allowedHosts`,
 * where `*.box.com` covers subdomains) and to the hosts the caller configured itself (`baseUrl`,
 * `serverVariables`); over plain http only to a loopback `baseUrl` (local tests). Throws at
 * creation for a `baseUrl` that breaks that rule. The check throws an UnsafeRequestError, which
 * names the origin and never the token.
 */
export function createHostCheck(
  options: ClientOptions,
  base: URL | undefined,
  servers: ServerTemplate[],
  specHosts: string[],
): (url: URL) => void {
  const loopback =
    base && /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:|$)/.test(base.origin)
      ? base.origin
      : undefined;
  if (base && !loopback && base.protocol !== "https:")
    throw new TypeError(`baseUrl must be https, got ${base.origin}`);
  const hosts = [
    ...(options.allowedHosts ?? specHosts),
    ...(base
      ? [base.hostname]
      : servers.flatMap((server) => {
          try {
            return [new URL(expandServer(server, options.serverVariables)).hostname];
          } catch {
            return []; // relative: no host of its own
          }
        })),
  ].map((h) => h.toLowerCase());

  return (url) => {
    const known = hosts.some(
      (h) => h === url.hostname || (h[0] === "*" && url.hostname.endsWith(h.slice(1))),
    );
    if (
      url.username ||
      url.password ||
      (url.protocol === "https:" ? !known : url.origin !== loopback)
    ) {
      throw new UnsafeRequestError(`refusing to send the token to ${url.protocol}//${url.host}`);
    }
  };
}
