// The public entry of @chunked-uploads/client. `createClient` and the resources are generated
// from the spec (./generated); the transport, errors and options are hand-written (./runtime).
// createClient, createRawClient, ApiClient and each resource's interface (named by the spec).
export * from "./generated/client.generated.js";
export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NetworkError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  UnprocessableEntityError,
  UnsafeRequestError,
} from "./runtime/errors.js";
export type { CallOptions, ClientOptions, FetchOptions, TokenProvider } from "./runtime/options.js";
export type { Logger, LogLevel } from "./runtime/log.js";
export type { ApiPromise, BinaryBody, OperationOptions, WithResponse } from "./runtime/call.js";
export type * from "@chunked-uploads/types";
