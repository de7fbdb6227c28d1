import type { OperationModel } from "../../model/api-model.js";
import { camelCase } from "../../model/naming.js";
import type { SnippetRequest } from "./snippet-request.js";

/**
 * TypeScript with this repository's own client: `createClient` and the generated method, with
 * the token from the environment. httpsnippet knows nothing of our SDK.
 */
export function typescriptSnippet(operation: OperationModel, request: SnippetRequest): string {
  const positional = operation.pathParameters.map((p) => JSON.stringify(p.exampleValue));
  if (operation.requestBody?.required && request.body)
    positional.push(request.body.json ? request.body.text : JSON.stringify(request.body.text));
  const pick = (where: "query" | "header") =>
    operation.parameters
      .filter((p) => p.in === where && p.required)
      .map((p) => `${JSON.stringify(p.name)}: ${JSON.stringify(p.exampleValue)}`);
  const options = [
    ...(pick("query").length > 0 ? [`query: { ${pick("query").join(", ")} }`] : []),
    ...(pick("header").length > 0 ? [`headers: { ${pick("header").join(", ")} }`] : []),
  ];
  const args = [...positional, ...(options.length > 0 ? [`{ ${options.join(", ")} }`] : [])];
  const schema = operation.responses.find((r) => r.success)?.mediaTypes[0]?.schemaRef;
  const name = schema ? camelCase(schema) : "result";
  // Never shadow `client` or use a word JavaScript reserves.
  const result =
    /^(client|default|delete|new|function|class|import|export|return|var|let|const|await|this|in|of)$/.test(
      name,
    )
      ? "result"
      : name;
  return `import { createClient } from "@chunked-uploads/client";

const client = createClient({ token: process.env.BOX_ACCESS_TOKEN });

const ${result} = await client.${operation.resource}.${operation.methodName}(${args.join(", ")});
console.log(${result});
`;
}
