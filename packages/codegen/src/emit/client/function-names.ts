import type { ApiModel } from "../../model/api-model.js";
import { RESERVED_WORDS } from "../../model/naming.js";

/**
 * Values the client's entry exports or a resource module declares besides the standalone
 * functions: a function of one of these names would clash with it or shadow it.
 */
const ENTRY_AND_MODULE_NAMES = [
  // client.generated.ts and index.ts
  "createClient",
  "createCoreClient",
  "createRawClient",
  "ApiError",
  "AuthenticationError",
  "BadRequestError",
  "ConflictError",
  "InternalServerError",
  "NetworkError",
  "NotFoundError",
  "PermissionDeniedError",
  "RateLimitError",
  "TimeoutError",
  "UnprocessableEntityError",
  "UnsafeRequestError",
  // what a resource module imports
  "callOperation",
  "callOperationAtUrl",
  "callPaginated",
  "offsetPages",
  "pageNumbers",
  "linkPages",
  "afterPages",
  "markerPages",
  "formBody",
  "styledParams",
  "bindOperations",
  "clientTransport",
];

/**
 * The name of each method's standalone function (`getFileUploadSessionById(client, id)`), by
 * method name, `…ByUrl` variants included. Method names are unique across the API (the model
 * checks it), so a function takes its method's name, unless that name is a reserved word or
 * one the entry or the module already uses (`delete` → `deleteOperation`); the suffix then
 * counts up until the name is free, in spec order, so that a spec always gives the same names.
 */
export function standaloneFunctionNames(model: ApiModel): Map<string, string> {
  const methods = model.operations.flatMap((operation) => [
    operation.methodName,
    ...(operation.urlMethodName ? [operation.urlMethodName] : []),
  ]);
  // The module-level constants each operation's descriptor and page rule take.
  const constants = model.operations.flatMap((operation) => [
    `${operation.methodName}Endpoint`,
    `${operation.methodName}Pages`,
  ]);
  const factories = model.resources.flatMap((resource) => [
    `${resource.name}Resource`,
    `make${resource.name}Resource`,
  ]);
  const taken = new Set([
    ...RESERVED_WORDS,
    ...ENTRY_AND_MODULE_NAMES,
    ...constants,
    ...factories,
    ...methods,
  ]);
  const names = new Map<string, string>();
  for (const method of methods) {
    const clashes = RESERVED_WORDS.has(method) || ENTRY_AND_MODULE_NAMES.includes(method);
    const selfClash = constants.includes(method) || factories.includes(method);
    if (!clashes && !selfClash) {
      names.set(method, method);
      continue;
    }
    let name = `${method}Operation`;
    for (let n = 2; taken.has(name); n++) name = `${method}Operation${n}`;
    taken.add(name);
    names.set(method, name);
  }
  return names;
}
