/**
 * The emitters' heaviest pure steps, which the emit worker can run on the second core: each
 * takes and returns plain data (structured-cloned between threads), and none reads the model.
 */
import type { OpenApiDocument } from "../../load/load-spec.js";
import { typesDocument } from "../../model/types-document.js";
import { prunePersisted } from "../../persisted.js";
import { openapiTypes } from "./openapi-types.js";
import { yamlText } from "./yaml-text.js";

export const TASKS = {
  /**
   * openapi-typescript's TypeScript source for the types package from the model's document
   * (see types-document.ts and openapi-types.ts), and whether it marks properties read- or
   * write-only.
   */
  types: async (document: OpenApiDocument) => {
    const { document: forTypes, readWriteMarkers: markers } = typesDocument(document);
    return { source: await openapiTypes(forTypes, markers), markers };
  },
  /** YAML text of a data document, unfolded (the snippets package's spec with code samples). */
  yaml: (document: object): string => {
    const text = yamlText(document);
    // In the worker, the pieces it kept are its own to bound (the main thread prunes its own).
    prunePersisted();
    return text;
  },
};

export type Tasks = typeof TASKS;
export type TaskName = keyof Tasks;
