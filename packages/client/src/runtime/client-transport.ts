import type { Transport } from "./transport.js";

/**
 * Where the object `createClient` returns keeps its transport: a registered symbol (one for
 * every copy of the package, ESM or CommonJS), not enumerable and not part of its type, so
 * that `uploadFile` can follow the client's own retry settings.
 */
const TRANSPORT = Symbol.for("chunked-uploads.transport");

/** `client`, with `transport` attached (generated `createClient` returns this). */
export function withTransport<T extends object>(client: T, transport: Transport): T {
  return Object.defineProperty(client, TRANSPORT, { value: transport });
}

/** The transport of a client `createClient` or `createCoreClient` made; undefined for any other object. */
export function transportOf(client: object): Transport | undefined {
  return (client as { [TRANSPORT]?: Transport })[TRANSPORT];
}

/**
 * The transport a standalone function calls through. Anything but a client this package made
 * fails here, before a request, with what was passed instead.
 */
export function clientTransport(client: object): Transport {
  const transport = client && transportOf(client);
  if (transport) return transport;
  throw new TypeError(
    `the first argument must be a client from createClient() or createCoreClient(), not ${client === null ? "null" : typeof client === "object" ? "another object" : typeof client}`,
  );
}

/** `F` with its first parameter (the client) bound: a resource's method. */
type Bound<F> = {
  [K in keyof F]: F[K] extends (client: never, ...args: infer A) => infer R
    ? (...args: A) => R
    : never;
};

/**
 * A resource: each of `functions` as a method, `client` bound as its first argument. One small
 * loop instead of a generated wrapper per method keeps the resources' share of a bundle small.
 */
export function bindOperations<
  F extends Record<string, (client: never, ...args: never[]) => unknown>,
>(client: object, functions: F): Bound<F> {
  const resource: Record<string, unknown> = {};
  for (const name of Object.keys(functions)) {
    const call = functions[name] as unknown as (client: object, ...args: unknown[]) => unknown;
    resource[name] = (...args: unknown[]) => call(client, ...args);
  }
  return resource as Bound<F>;
}
