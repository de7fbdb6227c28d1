import type { OperationModel, SchemaModel } from "./api-model.js";

/** What openapi-typescript itself exports from the types module. */
const OPENAPI_TYPESCRIPT_EXPORTS = ["paths", "webhooks", "components", "$defs", "operations"];

/** The type names the types package exports for one operation. */
export function operationTypeNames(operation: Pick<OperationModel, "typeName" | "requestBody">): {
  params: string;
  response: string;
  error: string;
  /** Only for operations with a request body. */
  requestBody?: string;
} {
  return {
    params: `${operation.typeName}Params`,
    response: `${operation.typeName}Response`,
    error: `${operation.typeName}Error`,
    ...(operation.requestBody && { requestBody: `${operation.typeName}RequestBody` }),
  };
}

/** Every name the types package exports, with the spec location that caused it. */
export function typesPackageNames(
  operations: OperationModel[],
  schemas: SchemaModel[],
): Array<{ name: string; pointer: string }> {
  return [
    ...OPENAPI_TYPESCRIPT_EXPORTS.map((name) => ({
      name,
      pointer: "openapi-typescript's own export",
    })),
    ...schemas.map((schema) => ({ name: schema.typeName, pointer: schema.pointer })),
    ...operations.flatMap((operation) =>
      Object.values(operationTypeNames(operation)).map((name) => ({
        name,
        pointer: operation.pointer,
      })),
    ),
  ];
}

/** Records `name` for `owner`; returns the earlier owner when the name is taken. */
export function claimName(
  taken: Map<string, string>,
  name: string,
  owner: string,
): string | undefined {
  const earlier = taken.get(name);
  if (earlier !== undefined) return earlier;
  taken.set(name, owner);
  return undefined;
}
