import type { ApiModel } from "../../model/api-model.js";
import { SNIPPET_LANGUAGES } from "./languages.js";
import { snippetRequest } from "./snippet-request.js";

/** One entry of snippets.json: the keys of the `x-codeSamples` convention, plus the operation. */
export interface Snippet {
  operationId: string;
  lang: string;
  label: string;
  source: string;
}

/**
 * Every operation's snippets, in operation and language order. The pipeline writes them once
 * per run and hands them to the emitters that declare they need them (the snippets package,
 * the reference site).
 */
export function snippetsOf(model: ApiModel): Snippet[] {
  return model.operations.flatMap((operation) => {
    const request = snippetRequest(model, operation);
    return SNIPPET_LANGUAGES.map((language) => ({
      operationId: operation.key,
      lang: language.lang,
      label: language.label,
      source: language.write(request, operation, model),
    }));
  });
}
