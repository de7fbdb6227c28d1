/**
 * Server objects: each operation's effective servers (operation, else path item, else
 * document, else `/`), their variables and default URL, and the hosts a client may send
 * credentials to.
 */
import { EXAMPLE_ORIGIN, type OperationModel, type ServerModel } from "../api-model.js";
import { asObject, type BuildContext, optionalString } from "./context.js";
import { extraAllowedHosts } from "./extensions.js";

export function servers(raw: unknown): ServerModel[] {
  const list = Array.isArray(raw) && raw.length > 0 ? raw : [{ url: "/" }];
  return list.map((entry) => {
    const server = asObject(entry);
    const url = String(server.url ?? "/");
    const variables = Object.entries(asObject(server.variables)).map(([name, rawVariable]) => {
      const variable = asObject(rawVariable);
      return {
        name,
        default: String(variable.default ?? ""),
        ...(Array.isArray(variable.enum) && { enum: variable.enum.map(String) }),
        ...optionalString("description", variable.description),
      };
    });
    const defaultUrl = variables
      .reduce((u, v) => u.replaceAll(`{${v.name}}`, v.default), url)
      .replace(/\/$/, "");
    const exampleUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(defaultUrl)
      ? defaultUrl
      : `${EXAMPLE_ORIGIN}${defaultUrl.startsWith("/") || defaultUrl === "" ? "" : "/"}${defaultUrl}`;
    return {
      url,
      defaultUrl,
      exampleUrl,
      ...optionalString("description", server.description),
      variables,
    };
  });
}

/**
 * Hosts a client may send credentials to: every server's host, its variables at their default
 * and enum values (one variable at a time is enough for hosts), and `x-sdk-allowed-hosts`.
 */
export function allowedHosts(ctx: BuildContext, operations: OperationModel[]): string[] {
  const hosts = new Set<string>();
  const all = [
    ...servers(ctx.doc.servers),
    ...operations.flatMap((operation) => operation.servers),
  ];
  for (const server of all) {
    const values = server.variables.map((v) => [v.default, ...(v.enum ?? [])]);
    const expansions = [server.url];
    server.variables.forEach((variable, i) => {
      const current = expansions.splice(0);
      for (const url of current)
        for (const value of values[i]!)
          expansions.push(url.replaceAll(`{${variable.name}}`, value));
    });
    for (const url of expansions) {
      const host = hostOf(url);
      if (host) hosts.add(host);
    }
  }
  for (const host of extraAllowedHosts(ctx)) hosts.add(host);
  return [...hosts];
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined; // a relative server URL ("/") has no host of its own
  }
}
