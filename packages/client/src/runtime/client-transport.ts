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

/** The transport of a client `createClient` made; undefined for any other object. */
export function transportOf(client: object): Transport | undefined {
  return (client as { [TRANSPORT]?: Transport })[TRANSPORT];
}
