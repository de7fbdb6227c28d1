import type { ApiModel, OperationModel, ResponseModel } from "../model/api-model.js";
import { preferredMediaType } from "../model/media-types.js";
import { operationTypeNames } from "../model/reserved-names.js";
import { inWorker } from "./worker/in-worker.js";
import { docComment, generatedHeader, type Emitter, type GeneratedFile } from "./generated-file.js";

const OUTPUT_DIR = "packages/types/src/generated";

/**
 * The types package: openapi-typescript's `paths`, `components` and `operations`, plus a named
 * export per schema (`UploadSession`) and per operation its parameters, success-response and
 * error-response types (`GetFileUploadSessionByIdParams`, `…Response`, `…Error`).
 */
export const typesEmitter: Emitter = {
  name: "types",
  outputDir: OUTPUT_DIR,
  emit: emitTypes,
};

export async function emitTypes(model: ApiModel): Promise<GeneratedFile[]> {
  // openapi-typescript reads OpenAPI itself: it gets the model's document, as it should read it.
  const { source, markers } = await inWorker("types", model.document);
  return [
    {
      path: `${OUTPUT_DIR}/openapi.generated.ts`,
      contents: `${generatedHeader(model)}\n${source}`,
      // As openapi-typescript's CLI writes it: TypeScript's printer lays it out, and prettier
      // would take seconds on a large spec (2.6 s of Box's) to lay it out otherwise.
      preformatted: true,
    },
    { path: `${OUTPUT_DIR}/aliases.generated.ts`, contents: emitAliases(model, markers) },
  ];
}

/** `Readable<T>`: what a response holds; `Writable<T>`: what a request may send. */
type Side = (type: string) => string;

function emitAliases(model: ApiModel, markers: boolean): string {
  const readable: Side = (type) => (markers ? `Readable<${type}>` : type);
  const writable: Side = (type) => (markers ? `Writable<${type}>` : type);
  const schemaAliases = model.schemas.map(
    (schema) =>
      docComment([schema.title, schema.description]) +
      `export type ${schema.typeName} = ${readable(`components["schemas"][${JSON.stringify(schema.name)}]`)};\n`,
  );
  const operationAliases = model.operations.map((operation) =>
    emitOperationAliases(operation, readable, writable),
  );
  const imports = [
    model.schemas.length > 0 && "components",
    model.operations.length > 0 && "paths",
    ...(markers ? ["Readable", "Writable"] : []),
  ].filter(Boolean);
  return [
    generatedHeader(model),
    imports.length > 0
      ? `import type { ${imports.join(", ")} } from "./openapi.generated.js";\n`
      : "export {};\n",
    ...schemaAliases,
    ...operationAliases,
  ].join("\n");
}

function emitOperationAliases(operation: OperationModel, readable: Side, writable: Side): string {
  const names = operationTypeNames(operation);
  const base = `paths[${JSON.stringify(operation.path)}][${JSON.stringify(operation.method)}]`;
  const title = `\`${operation.methodName}\` — ${operation.method.toUpperCase()} ${operation.path}`;
  const success = operation.responses.filter((response) => response.success);
  const errors = operation.responses.filter((response) => !response.success);
  return [
    docComment([`Path, query, header and cookie parameters of ${title}.`]),
    `export type ${names.params} = ${base}["parameters"];\n\n`,
    docComment([`The body of a successful response to ${title} (${statusList(success)}).`]),
    // With no 2xx declared (no responses at all, or only a redirect to a download), the spec
    // does not say what a success holds.
    `export type ${names.response} = ${success.length === 0 ? "unknown" : readable(bodyUnion(base, success))};\n\n`,
    docComment([`The body of an error response to ${title} (${statusList(errors)}).`]),
    `export type ${names.error} = ${errors.length === 0 ? "unknown" : readable(bodyUnion(base, errors))};\n`,
    names.requestBody ? requestBodyAlias(names.requestBody, base, title, operation, writable) : "",
  ].join("");
}

function requestBodyAlias(
  name: string,
  base: string,
  title: string,
  operation: OperationModel,
  writable: Side,
): string {
  const media = preferredMediaType(operation.requestBody!.mediaTypes);
  const type = media
    ? writable(`NonNullable<${base}["requestBody"]>["content"][${JSON.stringify(media.type)}]`)
    : "undefined";
  return (
    "\n" +
    docComment([`The request body of ${title}${media ? ` (${media.type})` : ""}.`]) +
    `export type ${name} = ${type};\n`
  );
}

/** The union of the bodies of `responses`: their JSON body, else their first body, else `undefined`. */
function bodyUnion(base: string, responses: ResponseModel[]): string {
  if (responses.length === 0) return "never";
  const bodies = responses.map((response) => {
    const media = preferredMediaType(response.mediaTypes);
    if (!media) return "undefined";
    return `${base}["responses"][${JSON.stringify(response.status)}]["content"][${JSON.stringify(media.type)}]`;
  });
  return [...new Set(bodies)].join(" | ");
}

function statusList(responses: ResponseModel[]): string {
  return responses.length === 0 ? "none declared" : responses.map((r) => r.status).join(", ");
}
