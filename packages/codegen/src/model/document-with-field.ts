/**
 * The bundled document with one more field on every operation (the snippets package's
 * `x-codeSamples`): for emitters that republish the spec, without their reading it themselves.
 */
import { parsePointer, resolvePointer } from "../load/json-pointer.js";
import type { OpenApiDocument } from "../load/load-spec.js";
import type { ApiModel, OperationModel } from "./api-model.js";

export function documentWithOperationField(
  model: ApiModel,
  field: string,
  valueFor: (operation: OperationModel) => unknown,
): OpenApiDocument {
  const document = structuredClone(model.document);
  for (const operation of model.operations) {
    // The pointer leads through objects the model has already read: the operation is there.
    type Node = Record<string, unknown>;
    let target = document as unknown as Node;
    for (const token of parsePointer(operation.pointer)) {
      // A path item that is a `$ref` (`/alias: { $ref: "#/paths/~1source" }`) gets a copy of
      // what it refers to: each of the two paths then carries its own field.
      const next = target[token] as Node | undefined;
      if (typeof next?.$ref === "string" && next.$ref.startsWith("#"))
        target[token] = structuredClone(resolvePointer(document, next.$ref));
      target = target[token] as Node;
    }
    target[field] = valueFor(operation);
  }
  return document;
}
