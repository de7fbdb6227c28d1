// The public entry of @chunked-uploads/snippets. The snippets themselves are generated from the
// spec (./generated); this file only gives typed access to them.
import {
  LANGUAGES,
  OPERATIONS,
  SNIPPETS,
  type OperationId,
  type Snippet,
  type SnippetLanguage,
} from "./generated/snippets.generated.js";

export { LANGUAGES, OPERATIONS, SNIPPETS, type OperationId, type Snippet, type SnippetLanguage };

/** The snippet of one operation in one language; throws a RangeError naming what does not exist. */
export function getSnippet(operationId: OperationId, lang: SnippetLanguage): Snippet {
  const snippet = SNIPPETS.find((s) => s.operationId === operationId && s.lang === lang);
  if (!snippet) {
    const known = (OPERATIONS as readonly string[]).includes(operationId);
    throw new RangeError(
      known
        ? `no ${JSON.stringify(lang)} snippet; languages: ${LANGUAGES.join(", ")}`
        : `no operation ${JSON.stringify(operationId)}; operations: ${OPERATIONS.join(", ")}`,
    );
  }
  return snippet;
}
