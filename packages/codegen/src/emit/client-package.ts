import type {
  ApiModel,
  MediaTypeModel,
  OperationModel,
  PaginationModel,
  ParameterLocation,
  ResourceModel,
  Serialization,
  ServerModel,
} from "../model/api-model.js";
import { preferredMediaType } from "../model/media-types.js";
import { camelCase } from "../model/naming.js";
import { operationTypeNames } from "../model/reserved-names.js";
import { docComment, generatedHeader, type Emitter, type GeneratedFile } from "./generated-file.js";
import {
  defaultSecurity,
  errorTuple,
  requirementNames,
  schemesOf,
} from "./client/security-tables.js";
import { standaloneFunctionNames } from "./client/function-names.js";
import { emitUploadMethods } from "./client/upload-methods.js";
import { defaultSerialization } from "../model/build/serialization.js";

const OUTPUT_DIR = "packages/client/src/generated";

/**
 * The client package's generated half: one factory per resource (`chunkedUploads(transport)`)
 * with one method per operation (plus a `…ByUrl` variant where the host varies), the servers
 * and allowed hosts from the spec, and `createClient`, which wires them to the hand-written
 * runtime in `src/runtime`.
 */
export const clientEmitter: Emitter = {
  name: "client",
  outputDir: OUTPUT_DIR,
  emit: emitClient,
};

export function emitClient(model: ApiModel): GeneratedFile[] {
  const servers = serverTable(model);
  const functionNames = standaloneFunctionNames(model);
  const byKey = new Map(model.operations.map((operation) => [operation.key, operation]));
  const resources = model.resources.map((resource) => ({
    resource,
    file: `${kebab(resource.name)}.generated.ts`,
    operations: resource.operations.map((key) => byKey.get(key)!),
  }));
  return [
    { path: `${OUTPUT_DIR}/servers.generated.ts`, contents: emitServers(model, servers) },
    ...resources.map(({ resource, file, operations }) => ({
      path: `${OUTPUT_DIR}/${file}`,
      contents: emitResource(model, resource, operations, servers, functionNames),
    })),
    {
      path: `${OUTPUT_DIR}/client.generated.ts`,
      contents: emitCreateClient(model, resources, functionNames),
    },
    { path: `${OUTPUT_DIR}/upload-methods.generated.ts`, contents: emitUploadMethods(model) },
  ];
}

/** Distinct servers in order of first use; operations refer to them by index. */
function serverTable(model: ApiModel): {
  list: ServerModel[];
  indexOf(server: ServerModel): number;
  raw: number;
} {
  const list: ServerModel[] = [];
  const keyOf = (server: ServerModel) =>
    JSON.stringify([server.url, server.variables.map((v) => [v.name, v.default])]);
  const indexOf = (server: ServerModel) => {
    const key = keyOf(server);
    let index = list.findIndex((s) => keyOf(s) === key);
    if (index === -1) index = list.push(server) - 1;
    return index;
  };
  const used = model.operations.map((operation) => indexOf(operation.servers[0]!));
  // The raw client's default: the one server every operation shares, else the first one used.
  const raw = used.length > 0 && used.every((i) => i === used[0]) ? used[0]! : 0;
  if (list.length === 0) indexOf({ url: "/", defaultUrl: "", exampleUrl: "", variables: [] });
  return { list, indexOf, raw };
}

function emitServers(model: ApiModel, servers: ReturnType<typeof serverTable>): string {
  const entries = servers.list.map(
    (server) =>
      // No trailing slash: the operation's path brings its own.
      `  [${JSON.stringify(server.url.replace(/\/$/, ""))}, {${server.variables.map((v) => `${JSON.stringify(v.name)}: ${JSON.stringify(v.default)}`).join(", ")}}],`,
  );
  const schemes = schemesOf(model);
  // A scheme other than a bearer token carries its credential with code of its own: emitted
  // after the JSON of its kind and name, and imported only by an API that has one.
  const keyed = Object.values(schemes).some(([kind]) => kind !== "bearer");
  const schemeTable = `{${Object.entries(schemes)
    .map(
      ([name, scheme]) =>
        // The carrier is the third element: HTTP basic, which has no name, takes the scheme's.
        `${JSON.stringify(name)}: ${scheme[0] === "bearer" ? JSON.stringify(scheme) : `${JSON.stringify([scheme[0], scheme[1] ?? name]).slice(0, -1)}, carryCredential]`}`,
    )
    .join(", ")}}`;
  return [
    generatedHeader(model),
    'import type { Scheme } from "../runtime/credentials.js";',
    ...(keyed ? ['import { carryCredential } from "../runtime/keyed-credentials.js";'] : []),
    'import type { ErrorShape, ServerTemplate } from "../runtime/transport.js";\n',
    docComment([
      "The spec's servers (URL template and variable defaults) that operations use, by index.",
    ]),
    `export const SERVERS: ServerTemplate[] = [\n${entries.join("\n")}\n];\n`,
    docComment(["Index in SERVERS of the default base URL of the raw openapi-fetch client."]),
    `export const RAW_SERVER = ${servers.raw};\n`,
    docComment([
      "Hosts the token may be sent to by default: the spec's servers and `x-sdk-allowed-hosts`.",
    ]),
    `export const ALLOWED_HOSTS: string[] = ${JSON.stringify(model.allowedHosts)};\n`,
    docComment(["The security schemes operations use, by name: how each credential travels."]),
    `export const SCHEMES: Record<string, Scheme> = ${schemeTable};\n`,
    docComment([
      "The security requirements of most operations (alternatives of schemes that apply together); the others carry their own.",
    ]),
    `export const SECURITY: string[][] = ${JSON.stringify(defaultSecurity(model))};\n`,
    docComment([
      "Where an error body holds its code, message, request id, help URL and context, and the response header the request id travels in: from the spec's error schema and its `x-sdk-error-fields` and `x-sdk-request-id-header`; empty where it says nothing.",
    ]),
    `export const ERRORS: ErrorShape = ${JSON.stringify(errorTuple(model))};\n`,
    docComment([
      "The environment variable a client without a `token` option reads the token from (the spec's `x-sdk-token-env`); undefined when the spec names none.",
    ]),
    `export const TOKEN_ENV: string | undefined = ${model.tokenEnvironmentVariableDeclared ? JSON.stringify(model.tokenEnvironmentVariable) : "undefined"};\n`,
  ].join("\n");
}

function emitResource(
  model: ApiModel,
  resource: ResourceModel,
  operations: OperationModel[],
  servers: ReturnType<typeof serverTable>,
  functionNames: Map<string, string>,
): string {
  const typeImports = new Set<string>();
  const methods = operations.flatMap((operation) =>
    emitMethods(operation, typeImports, functionNames),
  );
  const usesUrl = operations.some((operation) => operation.urlMethodName !== undefined);
  const usesBinary = operations.some(
    (operation) => preferredMediaType(operation.requestBody?.mediaTypes)?.kind === "binary",
  );
  const descriptors = operations.map((operation) => {
    const media = preferredMediaType(operation.requestBody?.mediaTypes);
    const security = requirementNames(operation, model);
    const ownSecurity = JSON.stringify(security) !== JSON.stringify(defaultSecurity(model));
    const styles = writtenStyles(operation, media);
    const writes = needsWriter(operation, media, styles);
    const form = isForm(media);
    const fields = [
      operation.method,
      operation.requestPath,
      servers.indexOf(operation.servers[0]!),
      ...(media || ownSecurity || styles || writes || form ? [media?.type ?? ""] : []),
      ...(ownSecurity || styles || writes || form ? [ownSecurity ? security : null] : []),
      ...(styles || writes || form ? [styles ?? {}] : []),
    ];
    const pages = operation.pagination;
    const pagesLine = pages
      ? `\nconst ${operation.methodName}Pages: NextPage = /* @__PURE__ */ ${nextPageCall(pages)};`
      : "";
    // The writer is code, not data: it follows the JSON of the rest.
    const code = [
      ...(writes || form ? [writes ? "styledParams" : "null"] : []),
      ...(form ? ["formBody"] : []),
    ];
    const written = code.length
      ? `${JSON.stringify(fields).slice(0, -1)}, ${code.join(", ")}]`
      : JSON.stringify(fields);
    return `const ${operation.methodName}Endpoint: Operation = ${written};${pagesLine}`;
  });
  const paginates = operations.some((operation) => operation.pagination);
  const styled = operations.some((operation) =>
    needsWriter(
      operation,
      preferredMediaType(operation.requestBody?.mediaTypes),
      writtenStyles(operation, preferredMediaType(operation.requestBody?.mediaTypes)),
    ),
  );
  const rules = [
    ...new Set(
      operations.flatMap((o) => (o.pagination ? [nextPageCall(o.pagination).split("(")[0]!] : [])),
    ),
  ].sort();
  return [
    generatedHeader(model),
    `import type { ${[...typeImports].sort().join(", ")} } from "@chunked-uploads/types";`,
    `import { ${["callOperation", ...(usesUrl ? ["callOperationAtUrl"] : []), "type ApiPromise", ...(usesBinary ? ["type BinaryBody"] : []), "type Operation", "type OperationOptions"].join(", ")} } from "../runtime/call.js";`,
    ...(paginates
      ? [
          `import { callPaginated, ${rules.join(", ")}, type NextPage, type PageItem, type PagePromise } from "../runtime/paginate.js";`,
        ]
      : []),
    ...(operations.some((operation) =>
      isForm(preferredMediaType(operation.requestBody?.mediaTypes)),
    )
      ? ['import { formBody } from "../runtime/form-bodies.js";']
      : []),
    ...(styled ? ['import { styledParams } from "../runtime/styled-params.js";'] : []),
    'import { bindOperations, clientTransport } from "../runtime/client-transport.js";',
    'import type { CoreClient } from "./client.generated.js";\n',
    docComment([
      "Method, path template, index in SERVERS, request media type and (where it is not SECURITY) security requirements of each operation.",
    ]) +
      descriptors.join("\n") +
      "\n",
    // A named interface carries each method's docs and plain parameter types to an editor's
    // hover through the published .d.ts; an inferred object literal type would lose them.
    docComment([`The \`${resource.name}\` resource (${resource.source}).`, resource.description]),
    `export interface ${interfaceName(resource)} {\n${methods.map((m) => m.signature).join("\n")}\n}\n`,
    ...methods.map((m) => m.standalone),
    docComment([
      `The \`${resource.name}\` resource of \`client\`: each of its standalone functions, with the client bound.`,
    ]),
    `export function ${factoryName(resource)}(client: CoreClient): ${interfaceName(resource)} {\n  return bindOperations(client, {\n${methods.map((m) => m.binding).join("\n")}\n  });\n}\n`,
  ].join("\n");
}

/**
 * One method: its documented signature (for the resource's interface), the standalone function
 * that implements it (exported, so that a bundle takes only the functions it calls), and the
 * resource's entry that binds that function to the client.
 */
interface EmittedMethod {
  signature: string;
  standalone: string;
  binding: string;
}

function emitMethods(
  operation: OperationModel,
  typeImports: Set<string>,
  functionNames: Map<string, string>,
): EmittedMethod[] {
  const names = operationTypeNames(operation);
  typeImports.add(names.params).add(names.response);
  const pathParams = operation.pathParameters;
  const optionsRequired = operation.parameters.some((p) => p.required && p.in !== "path");
  const options = `options${optionsRequired ? "" : "?"}: OperationOptions<${names.params}>`;
  // The body is positional whenever the operation has one: after the path parameters, before
  // the options. Raw bytes are typed by what the transport sends byte-exact, not as a string.
  const body = operation.requestBody;
  const media = preferredMediaType(body?.mediaTypes);
  let bodyParam: string[] = [];
  if (body) {
    const type = media?.kind === "binary" ? "BinaryBody" : (names.requestBody ?? "never");
    if (type === names.requestBody) typeImports.add(type);
    bodyParam = [
      body.required
        ? `body: ${type}`
        : optionsRequired
          ? `body: ${type} | undefined`
          : `body?: ${type}`,
    ];
  }
  const args = [
    ...pathParams.map((p) => `${p.argumentName}: ${pathParameterType(p, names.params)}`),
    ...bodyParam,
    options,
  ];
  const pathObject = `{ ${pathParams.map((p) => `${JSON.stringify(p.name)}: ${p.argumentName}`).join(", ")} }`;
  const callOptions = body ? "{ ...options, body }" : "options";
  const parseAs = parseAsOf(operation);
  const tail = parseAs === "json" ? "" : `, ${JSON.stringify(parseAs)}`;
  // `…Endpoint`, not `…Operation`: a method called `call` must not shadow `callOperation`.
  const target = `${operation.methodName}Endpoint`;
  const returns = `ApiPromise<${names.response}>`;
  const pages = operation.pagination;
  const pageReturns = pages
    ? `PagePromise<${names.response}, PageItem<${names.response}, ${JSON.stringify(pages.items)}>>`
    : returns;

  const doc = (extra: string[], lead?: string, paged?: PaginationModel) =>
    docComment(
      [
        operation.summary,
        lead,
        operation.description,
        `\`${operation.method.toUpperCase()} ${operation.servers[0]!.url}${operation.path}\``,
        [
          ...extra,
          ...(body
            ? [
                `@param body ${body.description ?? (media?.kind === "binary" ? `The request body: raw bytes, sent as \`${media.type}\`.` : "The request body.")}`,
              ]
            : []),
          "@param options Query parameters, headers, `signal`, `timeoutMs` and retry settings for this call.",
          `@returns ${successDescription(operation)} (\`.withResponse()\` adds the response and its request id; \`.asResponse()\` gives the response, its body unread.)${paged ? ` The first page; \`for await (const item of …)\` goes through every item of every page (${paged.kind} pagination).` : ""}`,
          "@throws {ApiError} when the API answers with any other status (a subclass for the common ones: `NotFoundError`, `RateLimitError`, …).",
          "@throws {NetworkError} when no response arrives ({TimeoutError} when an attempt runs out of time).",
          ...(operation.deprecated ? ["@deprecated"] : []),
        ].join("\n"),
      ],
      "    ",
    );
  const paramDocs = pathParams.map(
    (p) =>
      `@param ${p.argumentName} ${p.description ?? `The \`${p.name}\` path parameter.`}${p.example !== undefined ? ` Example: \`${String(p.example)}\`.` : ""}`,
  );
  const method = (
    name: string,
    list: string[],
    docs: string,
    body: string,
    type = returns,
  ): EmittedMethod => {
    const standalone = functionNames.get(name)!;
    const clientDoc = `@param client The client to call through: one from \`createCoreClient\` (or \`createClient\`).`;
    const standaloneDocs = docs
      .replace(/^ {4}/gm, "")
      .replace(/^ \* @param /m, ` * ${clientDoc}\n * @param `);
    return {
      signature: `${docs.replace(/^ {4}/gm, "  ")}  ${name}(${list.join(", ")}): ${type};`,
      standalone: `${standaloneDocs}export function ${standalone}(${["client: CoreClient", ...list].join(", ")}): ${type} {\n  return ${body};\n}\n`,
      binding: name === standalone ? `    ${name},` : `    ${name}: ${standalone},`,
    };
  };
  const methods = [
    pages
      ? method(
          operation.methodName,
          args,
          doc(paramDocs, undefined, pages),
          `callPaginated(clientTransport(client), ${target}, ${pathObject}, ${callOptions}, ${operation.methodName}Pages, ${JSON.stringify(pages.items)})`,
          pageReturns,
        )
      : method(
          operation.methodName,
          args,
          doc(paramDocs),
          `callOperation(clientTransport(client), ${target}, ${pathObject}, ${callOptions}${tail})`,
        ),
  ];
  if (operation.urlMethodName) {
    methods.push(
      method(
        operation.urlMethodName,
        ["url: string", ...bodyParam, options],
        doc(
          ["@param url The full URL of the operation."],
          `Calls \`${operation.methodName}\` at a URL the API returned (for example an upload session's \`session_endpoints\`), after checking that it is an allowed https host and this operation's path.`,
        ),
        `callOperationAtUrl(clientTransport(client), ${target}, url, ${callOptions}${tail})`,
      ),
    );
  }
  return methods;
}

/**
 * A path parameter's type as a hover should show it: `string`, `number` or `boolean` for a
 * plain schema of that type, else the types package's own (an enum's union, a pattern…).
 */
function pathParameterType(parameter: OperationModel["pathParameters"][number], params: string) {
  const schema = parameter.schema as { type?: unknown; enum?: unknown; const?: unknown };
  const plain = { string: "string", integer: "number", number: "number", boolean: "boolean" };
  const type =
    typeof schema.type === "string" ? plain[schema.type as keyof typeof plain] : undefined;
  return type && schema.enum === undefined && schema.const === undefined
    ? type
    : `${params}["path"][${JSON.stringify(parameter.name)}]`;
}

function emitCreateClient(
  model: ApiModel,
  resources: Array<{ resource: ResourceModel; file: string }>,
  functionNames: Map<string, string>,
): string {
  const byKey = new Map(model.operations.map((operation) => [operation.key, operation]));
  const imports = resources.flatMap(({ resource, file }) => {
    const module = `./${file.replace(/\.ts$/, ".js")}`;
    const functions = resource.operations
      .map((key) => byKey.get(key)!)
      .flatMap((operation) => [operation.methodName, operation.urlMethodName ?? []].flat())
      .map((method) => functionNames.get(method)!);
    return [
      `import { ${factoryName(resource)}, type ${interfaceName(resource)} } from "${module}";`,
      // Each resource's interface is public too: users name it (`ChunkedUploadsResource`).
      `export type { ${interfaceName(resource)} } from "${module}";`,
      // So are its standalone functions, which a bundle takes one by one.
      `export { ${functions.join(", ")} } from "${module}";`,
    ];
  });
  // A resource of that name keeps it: the derived client is then left out.
  const derives = !resources.some(({ resource }) => resource.name === "withOptions");
  const first = model.operations[0];
  const example = first && {
    resource: first.resource,
    method: first.methodName,
    standalone: functionNames.get(first.methodName)!,
  };
  const transport =
    "createTransport(options, SERVERS, ALLOWED_HOSTS, SCHEMES, SECURITY, ERRORS, TOKEN_ENV)";
  const withOptions = (factory: string) =>
    derives ? `withOptions: (more: ClientOptions) => ${factory}({ ...options, ...more })` : "";
  return [
    generatedHeader(model),
    'import type { paths } from "@chunked-uploads/types";',
    'import type { Client } from "openapi-fetch";',
    'import { withTransport } from "../runtime/client-transport.js";',
    'import type { ClientOptions } from "../runtime/options.js";',
    'import { createRawClientFor } from "../runtime/raw-client.js";',
    'import { createTransport } from "../runtime/transport.js";',
    'import { ALLOWED_HOSTS, ERRORS, RAW_SERVER, SCHEMES, SECURITY, SERVERS, TOKEN_ENV } from "./servers.generated.js";',
    ...imports,
    "",
    docComment([
      `Creates a client for ${model.title} ${model.version}, with one property per resource.`,
    ]),
    "export function createClient(options: ClientOptions = {}): ApiClient {",
    // The transport rides along, out of sight: the resources' functions and uploadFile call
    // through it.
    `  const client = withTransport({ ${withOptions("createClient")} }, ${transport}) as ApiClient;`,
    ...resources.map(
      ({ resource }) => `  client.${resource.name} = ${factoryName(resource)}(client);`,
    ),
    "  return client;",
    "}\n",
    docComment([
      `Creates a client for ${model.title} ${model.version} without its resources, for the standalone functions${example ? `: \`${example.standalone}(client, …)\` instead of \`client.${example.resource}.${example.method}(…)\`` : ""}.`,
      "The same options, authentication, retries, timeouts and host checks as {@link createClient}; a bundle then holds only the functions it calls, where `createClient` brings every method of every resource.",
    ]),
    "export function createCoreClient(options: ClientOptions = {}): CoreClient {",
    `  return withTransport({ ${withOptions("createCoreClient")} }, ${transport});`,
    "}\n",
    docComment([
      `A client for ${model.title} ${model.version} without its resources: what the standalone functions take (one from \`createCoreClient\` or \`createClient\`).`,
    ]) +
      (derives
        ? `export interface CoreClient {\n${docComment(["A client with these options over this one's: `core.withOptions({ timeoutMs: 5_000 })`. The same spec and the same `fetch` (and its connections); this client is unchanged."], "  ")}  withOptions(options: ClientOptions): CoreClient;\n}\n`
        : "export type CoreClient = object;\n"),
    docComment([`A client for ${model.title} ${model.version}: one property per resource.`]) +
      `export interface ApiClient extends CoreClient {\n${resources.map(({ resource }) => `${docComment([`The \`${resource.name}\` resource (${resource.source}).`, resource.description], "  ")}  ${resource.name}: ${interfaceName(resource)};`).join("\n")}\n${derives ? `${docComment(["A client with these options over this one's: `box.withOptions({ timeoutMs: 5_000 })`. The same spec and the same `fetch` (and its connections); this client is unchanged."], "  ")}  withOptions(options: ClientOptions): ApiClient;\n` : ""}}\n`,
    docComment([
      "Creates openapi-fetch's typed client for the whole spec, with the same options and the same authentication, retries, timeouts and host checks as {@link createClient}.",
      "A separate export, so that code that only calls the generated methods does not bundle it.",
    ]),
    "export function createRawClient(options: ClientOptions = {}): Client<paths> {",
    "  return createRawClientFor<paths>(createTransport(options, SERVERS, ALLOWED_HOSTS, {}, undefined, undefined, TOKEN_ENV), RAW_SERVER);",
    "}\n",
  ].join("\n");
}

/** How the client runtime writes each location when the operation says nothing else: OpenAPI's defaults, as the model has them. */
const DEFAULT_STYLES = Object.fromEntries(
  (["path", "header", "query", "cookie"] as const).map((where) => {
    const { style, explode } = defaultSerialization(where);
    return [where, `${style}${explode ? "*" : ""}`];
  }),
) as Record<ParameterLocation, string>;

/**
 * The parameters and URL-encoded form fields whose style is not their location's default, as
 * the runtime reads them (`Styles` in runtime/params.ts): style, `*` when exploded.
 */
function writtenStyles(
  operation: OperationModel,
  media: MediaTypeModel | undefined,
): Record<string, Record<string, string>> | undefined {
  const styles: Record<string, Record<string, string>> = {};
  const note = (
    where: string,
    name: string,
    { style, explode }: Serialization,
    fallback: string,
  ) => {
    const written = `${style}${explode ? "*" : ""}`;
    if (written === fallback) return;
    styles[where] ??= {};
    styles[where][name] = written;
  };
  for (const p of operation.parameters) note(p.in, p.name, p.serialization, DEFAULT_STYLES[p.in]);
  if (media?.kind === "form")
    for (const [name, field] of Object.entries(media.fields ?? {}))
      note("body", name, field, "form*");
  return Object.keys(styles).length > 0 ? styles : undefined;
}

/**
 * Whether an operation's parameters need more than the runtime writes by itself (single values
 * and lists in their location's default style): an object, a style of its own, or a URL-encoded
 * form body. Only then does its descriptor carry the writer, so that an API of plain parameters
 * does not bundle one.
 */
function needsWriter(
  operation: OperationModel,
  media: MediaTypeModel | undefined,
  styles: Record<string, unknown> | undefined,
): boolean {
  return (
    styles !== undefined ||
    media?.kind === "form" ||
    operation.parameters.some((p) => !plainValue(p.schema, p.serialization.shape))
  );
}

/** Whether the operation's body is a form (URL-encoded or multipart), which form-bodies.ts writes. */
function isForm(media: MediaTypeModel | undefined): boolean {
  return media?.kind === "form" || media?.kind === "multipart";
}

/** A single value of a plain type, or a list: what params.ts writes without a writer. */
function plainValue(schema: unknown, shape: Serialization["shape"]): boolean {
  const type = (schema as { type?: unknown }).type;
  return (
    shape === "array" ||
    (shape === "primitive" &&
      typeof type === "string" &&
      ["string", "integer", "number", "boolean"].includes(type))
  );
}

/** `ChunkedUploadsResource`: the resource's interface. */
function interfaceName(resource: ResourceModel): string {
  return `${resource.name[0]!.toUpperCase()}${resource.name.slice(1)}Resource`;
}

/** `chunkedUploadsResource`: never a reserved word, even for a resource called `default` or `delete`. */
function factoryName(resource: ResourceModel): string {
  const name = `${resource.name}Resource`;
  // A name that starts with no letter (`_1ClickApplications`) capitalises to itself: the
  // factory then takes another name than the interface's.
  return name === interfaceName(resource) ? `make${name}` : name;
}

function parseAsOf(operation: OperationModel): "json" | "text" | "blob" {
  const success = operation.responses.filter((r) => r.success);
  // No 2xx declared (a redirect to a download): whatever arrives, as bytes.
  if (operation.responses.length > 0 && success.length === 0) return "blob";
  const media = success.flatMap((r) => r.mediaTypes);
  if (media.length === 0 || media.some((m) => m.json)) return "json";
  return media.every((m) => m.type.startsWith("text/")) ? "text" : "blob";
}

function successDescription(operation: OperationModel): string {
  const success = operation.responses.filter((r) => r.success);
  return (
    success.map((r) => `${r.description || "The response body."} (${r.status})`).join(" / ") ||
    "The response body."
  );
}

/** `chunkedUploads` → `chunked-uploads`, for file names. */
function kebab(name: string): string {
  return camelCase(name)
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase();
}

/** The runtime's next-page rule for an operation's pagination (runtime/paginate.ts). */
function nextPageCall(pages: PaginationModel): string {
  const args = (...values: unknown[]) => values.map((v) => JSON.stringify(v)).join(", ");
  switch (pages.kind) {
    case "offset":
      return `offsetPages(${args(pages.request, pages.next, ...(pages.limit ? [pages.limit] : []))})`;
    case "page":
      return `pageNumbers(${args(pages.request, pages.firstPage ?? 1)})`;
    case "link":
      return `linkPages(${pages.next ? args(pages.next) : ""})`;
    default:
      return pages.hasMore
        ? `afterPages(${args(pages.request, pages.hasMore)})`
        : `markerPages(${args(pages.request, pages.next)})`;
  }
}
