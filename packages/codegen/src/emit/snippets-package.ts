import type { ApiModel, OperationModel } from "../model/api-model.js";
import { documentWithOperationField } from "../model/document-with-field.js";
import {
  docComment,
  generatedHeader,
  GENERATED_MARKER,
  type Emitter,
  type GeneratedFile,
} from "./generated-file.js";
import type { EmitInputs } from "./emit-inputs.js";
import { fileName } from "./operation-file-name.js";
import { SNIPPET_LANGUAGES } from "./snippets/languages.js";
import { snippetRequest } from "./snippets/snippet-request.js";
import type { Snippet } from "./snippets/write-snippets.js";
import { inWorker } from "./worker/in-worker.js";

const OUTPUT_DIR = "packages/snippets/src/generated";

/**
 * The snippets package: a snippet per (operation, language), as snippets.json, as a typed module,
 * as one Markdown page per operation, and injected into the spec as `x-codeSamples` (YAML and
 * JSON) for Redoc or Scalar.
 */
export const snippetsEmitter: Emitter = {
  name: "snippets",
  outputDir: OUTPUT_DIR,
  needs: ["snippets"],
  emit: emitSnippets,
};

export async function emitSnippets(
  model: ApiModel,
  { snippets }: Pick<EmitInputs, "snippets">,
): Promise<GeneratedFile[]> {
  // Started first: its YAML is written in the emit worker while this thread goes on.
  const specFiles = emitSpecWithCodeSamples(model, snippets);
  return [
    {
      path: `${OUTPUT_DIR}/snippets.json`,
      contents: `${JSON.stringify(snippets, null, 2)}\n`,
      // Already prettier's layout: an array of objects, each broken over lines as its source
      // was. Prettier took 0.3 s over Box's 1.7 MB of it, on every edit that touched a snippet.
      preformatted: true,
    },
    { path: `${OUTPUT_DIR}/snippets.generated.ts`, contents: emitModule(model) },
    ...model.operations.map((operation) => ({
      path: `${OUTPUT_DIR}/docs/${fileName(operation)}.md`,
      contents: emitMarkdown(
        model,
        operation,
        snippets.filter((s) => s.operationId === operation.key),
      ),
    })),
    ...(await specFiles),
  ];
}

function emitModule(model: ApiModel): string {
  // Ids and languages are literal types; sources are plain strings (2,000 literal sources would
  // be more than TypeScript will write into a declaration file).
  return [
    generatedHeader(model),
    'import json from "./snippets.json" with { type: "json" };\n',
    docComment(["The operations, by operationId (or `METHOD /path` where the spec gives none)."]),
    `export const OPERATIONS = ${JSON.stringify(model.operations.map((o) => o.key))} as const;\n`,
    docComment(["The languages, in the order docs sites show them."]),
    `export const LANGUAGES = ${JSON.stringify(SNIPPET_LANGUAGES.map((l) => l.lang))} as const;\n`,
    "export type OperationId = (typeof OPERATIONS)[number];\n",
    "export type SnippetLanguage = (typeof LANGUAGES)[number];\n",
    docComment([
      "One code sample: the keys of the `x-codeSamples` convention, plus the operation.",
    ]),
    "export interface Snippet {\n  operationId: OperationId;\n  lang: SnippetLanguage;\n  label: string;\n  source: string;\n}\n",
    // The data is snippets.json's, imported rather than written out again: one copy in the
    // package, and no megabytes of literal for prettier to lay out on every edit (0.7 s of
    // Box's). Typed as plain strings first: checking thousands of literals against the id
    // unions is too much for TypeScript on large specs; the emitter guarantees the ids.
    `const data: ReadonlyArray<Record<keyof Snippet, string>> = json;\n`,
    docComment(["Every snippet, by operation and language."]),
    "export const SNIPPETS = data as readonly Snippet[];\n",
  ].join("\n");
}

function emitMarkdown(
  model: ApiModel,
  operation: OperationModel,
  snippets: readonly Snippet[],
): string {
  const request = snippetRequest(model, operation);
  const sections = snippets.map((snippet) => {
    const language = SNIPPET_LANGUAGES.find((l) => l.lang === snippet.lang)!;
    return `## ${snippet.label}\n\n\`\`\`${language.fence}\n${snippet.source.trimEnd()}\n\`\`\`\n`;
  });
  return [
    `<!-- ${GENERATED_MARKER}: @chunked-uploads/codegen wrote this file from ${model.specFile}. -->\n`,
    `# ${operation.summary ?? operation.key}\n`,
    `\`${request.method} ${operation.servers[0]!.url}${operation.path}\`\n`,
    ...(operation.description ? [`${operation.description}\n`] : []),
    ...sections,
  ].join("\n");
}

/** The bundled spec with `x-codeSamples` on every operation, for docs renderers that read them. */
async function emitSpecWithCodeSamples(
  model: ApiModel,
  snippets: readonly Snippet[],
): Promise<GeneratedFile[]> {
  const document = documentWithOperationField(model, "x-codeSamples", (operation) =>
    snippets
      .filter((s) => s.operationId === operation.key)
      .map((s) => ({
        lang: SNIPPET_LANGUAGES.find((l) => l.lang === s.lang)!.codeSampleLang,
        label: s.label,
        source: s.source,
      })),
  );
  const header = generatedHeader(model, "#");
  const yaml = inWorker("yaml", document);
  return [
    {
      path: `${OUTPUT_DIR}/openapi.code-samples.yaml`,
      contents: `${header}\n${await yaml}`,
      preformatted: true,
    },
    {
      path: `${OUTPUT_DIR}/openapi.code-samples.json`,
      contents: `${JSON.stringify(document, null, 2)}\n`,
      preformatted: true,
    },
  ];
}
