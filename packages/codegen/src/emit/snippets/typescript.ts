import type { ApiModel, OperationModel } from "../../model/api-model.js";
import { declaredOnly } from "../../model/examples.js";
import { preferredMediaType } from "../../model/media-types.js";
import { argumentName, camelCase } from "../../model/naming.js";
import type { SnippetRequest } from "./snippet-request.js";

/**
 * TypeScript with this repository's own client: `createClient` and the generated method, with
 * the token from the environment. httpsnippet knows nothing of our SDK.
 */
export function typescriptSnippet(
  model: ApiModel,
  operation: OperationModel,
  request: SnippetRequest,
): string {
  const positional = operation.pathParameters.map((p) => JSON.stringify(p.exampleValue));
  // The body is positional whenever the operation has one (see the client emitter).
  const body = request.body;
  if (operation.requestBody)
    positional.push(
      body === undefined
        ? "undefined"
        : body.file !== undefined
          ? `await readFile(${JSON.stringify(body.file)})`
          : body.json
            ? typedJson(model, operation, body.text)
            : body.fields !== undefined
              ? fieldsLiteral(model, operation, body.fields)
              : JSON.stringify(body.text),
    );
  // The client's option for each location (see OperationOptions in the client runtime).
  const options = (
    [
      ["query", "query"],
      ["header", "headers"],
      ["cookie", "cookies"],
    ] as const
  ).flatMap(([where, option]) => {
    const values = operation.parameters
      .filter((p) => p.in === where && p.required)
      .map((p) => `${JSON.stringify(p.name)}: ${JSON.stringify(p.exampleValue)}`);
    return values.length > 0 ? [`${option}: { ${values.join(", ")} }`] : [];
  });
  const args = [...positional, ...(options.length > 0 ? [`{ ${options.join(", ")} }`] : [])];
  const schema = operation.responses.find((r) => r.success)?.mediaTypes[0]?.schemaRef;
  // Named after the schema, unless that is a word JavaScript reserves (`package`, `eval`, …)
  // or the snippet's own `client`.
  const name = schema ? camelCase(schema) : "result";
  const result = name === "client" || argumentName(name) !== name ? "result" : name;
  const call = `await client.${operation.resource}.${operation.methodName}(${args.join(", ")});`;
  const hasBody = operation.responses.some((r) => r.success && r.mediaTypes.length > 0);
  return `${body?.file !== undefined ? 'import { readFile } from "node:fs/promises";\n' : ""}import { createClient } from "@chunked-uploads/client";

const client = createClient({ token: process.env.${model.tokenEnvironmentVariable} });

${hasBody ? `const ${result} = ${call}\nconsole.log(${result});` : `${call}\nconsole.log("done");`}
`;
}

/**
 * A form's fields as an object literal; a file field as a Blob, as the client types it. Only
 * the fields the schema declares: an example may hold others (JSON Schema allows them), which
 * the generated type refuses.
 */
function fieldsLiteral(
  model: ApiModel,
  operation: OperationModel,
  fields: Record<string, unknown>,
): string {
  const media = preferredMediaType(operation.requestBody?.mediaTypes);
  const declared = Object.keys(media?.fields ?? {});
  // A JSON part's object, like a JSON body, holds only what its type declares.
  const typed = (media ? declaredOnly(model, fields, media.schema) : fields) as Record<
    string,
    unknown
  >;
  const entries = Object.entries(fields)
    .map(
      ([name, value]) =>
        [name, media?.fields?.[name]?.binary ? value : (typed[name] ?? value)] as const,
    )
    .filter(([name]) => declared.length === 0 || declared.includes(name))
    .map(
      ([name, value]) =>
        `${JSON.stringify(name)}: ${media?.fields?.[name]?.binary ? blobs(value) : JSON.stringify(value)}`,
    );
  return `{ ${entries.join(", ")} }`;
}

/** A file field's text as a Blob, or a list of them. */
function blobs(value: unknown): string {
  return Array.isArray(value)
    ? `[${value.map(blobs).join(", ")}]`
    : `new Blob([${JSON.stringify(value)}])`;
}

/**
 * A JSON body as the generated types accept it: the properties a spec requires without
 * declaring them (Box's invites require an undeclared `id`) are not in the types, so not here.
 */
function typedJson(model: ApiModel, operation: OperationModel, text: string): string {
  const media = preferredMediaType(operation.requestBody?.mediaTypes);
  const value: unknown = JSON.parse(text);
  const typed = media ? declaredOnly(model, value, media.schema) : value;
  return JSON.stringify(typed) === JSON.stringify(value) ? text : JSON.stringify(typed);
}
