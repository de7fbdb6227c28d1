/**
 * Path items and operation objects: every operation of `paths`, in spec order, with what it
 * inherits (path-item parameters and servers, the document's servers and security) resolved;
 * operationIds unique.
 */
import { isObject, pointerTo } from "../../load/json-pointer.js";
import type { HttpMethod, OperationModel } from "../api-model.js";
import { pascalCase } from "../naming.js";
import { asObject, type BuildContext, type Json, optionalString } from "./context.js";
import { requestBody, responses } from "./bodies.js";
import { methodName, resourceName, urlMethodName } from "./names.js";
import { pagination } from "./pagination.js";
import { checkPathParameters, parameters, pathParameters } from "./parameters.js";
import { securityRequirements } from "./security.js";
import { servers } from "./servers.js";

const METHODS: readonly HttpMethod[] = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
];

export function operations(ctx: BuildContext): OperationModel[] {
  const paths = ctx.doc.paths;
  if (paths !== undefined && !isObject(paths)) {
    ctx.fail("`paths` must be a mapping of path templates to path items", "#/paths");
    return [];
  }
  const found: OperationModel[] = [];
  const byOperationId = new Map<string, string>();
  // The document's security is checked once, with the first operation that inherits it.
  let documentSecurityChecked = false;
  for (const [path, rawItem] of Object.entries(asObject(paths))) {
    const itemPointer = pointerTo("#/paths", path);
    if (!path.startsWith("/"))
      ctx.fail(`path ${JSON.stringify(path)} must start with "/"`, itemPointer);
    // OpenAI writes beta endpoints as `/responses/{id}?beta=true`: not a path OpenAPI knows
    // (its paths hold no query), but one every request can carry, and the mock routes by.
    if (path.includes("?"))
      ctx.warn(
        `path ${JSON.stringify(path)} holds a query (${path.slice(path.indexOf("?"))}); OpenAPI's paths do not: it is sent with every request of the path, and a request without it is not this path's`,
        itemPointer,
      );
    const item = ctx.deref(rawItem);
    for (const method of Object.keys(item).filter((key): key is HttpMethod =>
      METHODS.includes(key as HttpMethod),
    )) {
      const pointer = pointerTo(itemPointer, method);
      const op = asObject(item[method]);
      const inherits = op.security === undefined;
      const operation = operationModel(ctx, path, method, item, op, pointer, {
        checkSecurity: !inherits || !documentSecurityChecked,
      });
      if (inherits) documentSecurityChecked = true;
      if (operation.operationId !== undefined) {
        const first = byOperationId.get(operation.operationId);
        if (first)
          ctx.fail(
            `duplicate operationId ${JSON.stringify(operation.operationId)}`,
            pointerTo(pointer, "operationId"),
            [pointerTo(first, "operationId")],
          );
        else byOperationId.set(operation.operationId, pointer);
      }
      found.push(operation);
    }
  }
  return found;
}

function operationModel(
  ctx: BuildContext,
  path: string,
  method: HttpMethod,
  item: Json,
  op: Json,
  pointer: string,
  { checkSecurity }: { checkSecurity: boolean },
): OperationModel {
  const operationId =
    typeof op.operationId === "string" && op.operationId !== "" ? op.operationId : undefined;
  const located = parameters(ctx, item, op, pointer);
  checkPathParameters(ctx, path, located, pointer);
  const responseModels = responses(ctx, op, pointer);
  const name = methodName(ctx, op, operationId, method, path, pointer);
  const effectiveServers = servers(op.servers ?? item.servers ?? ctx.doc.servers);
  const pages = pagination(
    ctx,
    op,
    { method, parameters: located.map(({ model }) => model), responses: responseModels },
    pointer,
  );
  return {
    key: operationId ?? `${method.toUpperCase()} ${path}`,
    ...(operationId !== undefined && { operationId }),
    method,
    path,
    requestPath: path.replace(/#.*$/, ""),
    pointer,
    ...optionalString("summary", op.summary),
    ...optionalString("description", op.description),
    deprecated: op.deprecated === true,
    tags: Array.isArray(op.tags) ? op.tags.map(String) : [],
    resource: resourceName(ctx, op),
    methodName: name,
    typeName: pascalCase(name),
    ...(effectiveServers.some((server) => server.variables.length > 0) && {
      urlMethodName: urlMethodName(name),
    }),
    servers: effectiveServers,
    parameters: located.map(({ model }) => model),
    pathParameters: pathParameters(path, located),
    ...requestBody(ctx, op.requestBody, method, pointerTo(pointer, "requestBody")),
    responses: responseModels,
    security:
      op.security !== undefined
        ? securityRequirements(ctx, op.security, pointerTo(pointer, "security"), checkSecurity)
        : securityRequirements(ctx, ctx.doc.security, "#/security", checkSecurity),
    ...(pages && { pagination: pages }),
  };
}
