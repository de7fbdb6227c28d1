// The public entry of @chunked-uploads/client. `createClient` and the resources are generated
// from the spec (./generated); the transport, errors and options are hand-written (./runtime).
// createClient, createRawClient, ApiClient and each resource's interface (named by the spec).
export * from "./generated/client.generated.js";
export { ApiError, NetworkError, TimeoutError, UnsafeRequestError } from "./runtime/errors.js";
export type { CallOptions, ClientOptions, TokenProvider } from "./runtime/options.js";
export type { BinaryBody, OperationOptions } from "./runtime/call.js";
export type * from "@chunked-uploads/types";
