/**
 * One operation's reference page: what Box's docs page for "Get upload session" shows — method
 * and URL template with its server variables, description, authentication, parameters with
 * types, required marks and examples, request body and responses with their media types,
 * schemas and examples — and the verified snippets, one section per language (tabs once the
 * page's script runs), and a "try it" form that the script reveals.
 */
import type {
  ApiModel,
  MediaTypeModel,
  OperationModel,
  ParameterLocation,
  ParameterModel,
  SecurityRequirementModel,
} from "../../model/api-model.js";
import { exampleBody } from "../../model/examples.js";
import { schemaDigest } from "../../model/schema-closure.js";
import { persisted } from "../../persisted.js";
import { routeTemplate } from "../../model/path-template.js";
import { schemaView, sharedComponents } from "../../model/schema-view.js";
import type { Snippet } from "../snippets/write-snippets.js";
import { SNIPPET_LANGUAGES } from "../snippets/languages.js";
import { escapeHtml, exampleText, inlineMarkdown, markdown, page } from "./html.js";
import { schemaBlock, schemaHtml } from "./schema-html.js";
import { sidebar } from "./sidebar.js";
import { cached } from "../../cached.js";

const LOCATIONS: Array<[ParameterLocation, string]> = [
  ["path", "Path parameters"],
  ["query", "Query parameters"],
  ["header", "Header parameters"],
  ["cookie", "Cookie parameters"],
];

export function operationPage(
  model: ApiModel,
  operation: OperationModel,
  snippets: Snippet[],
): string {
  const title = operation.summary ?? operation.key;
  const resource = model.resources.find((r) => r.name === operation.resource);
  const server = operation.servers[0]!;
  const apart = pageComponents(model, operation);
  const main = [
    `<nav class="breadcrumb" aria-label="Breadcrumb"><a href="../index.html">Reference</a> › <a href="../index.html#resource-${escapeHtml(operation.resource)}">${escapeHtml(resource?.source ?? operation.resource)}</a></nav>`,
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="endpoint"><span class="method method-${operation.method}">${operation.method.toUpperCase()}</span> <code class="url">${escapeHtml(server.url + operation.path)}</code></p>`,
    operation.deprecated ? `<p class="deprecated"><strong>Deprecated.</strong></p>` : "",
    serverVariables(operation),
    operation.description
      ? `<div class="description">${markdown(operation.description)}</div>`
      : "",
    authentication(model, operation.security),
    parameters(model, operation),
    requestBody(model, operation, apart),
    responses(model, operation, apart),
    schemaBlocks(model, apart),
    tryIt(model, operation),
  ].filter(Boolean);
  const aside = [
    codeSamples(snippets),
    requestExample(model, operation),
    responseExample(model, operation),
  ].filter(Boolean);
  return page({
    model,
    title,
    root: "../",
    sidebar: sidebar(model, "../", operation),
    main: main.join("\n"),
    aside: aside.join("\n"),
  });
}

/** The schemas of the page's bodies, request and responses, in page order. */
function bodySchemas(operation: OperationModel): unknown[] {
  return [
    ...(operation.requestBody?.mediaTypes ?? []),
    ...operation.responses.flatMap((r) => r.mediaTypes),
  ].flatMap((media) => (media.schema === undefined ? [] : [media.schema]));
}

/**
 * The components the page draws once, as blocks, because more than one of its trees would
 * expand them (ClientError under every error response; a user under several fields).
 */
export function pageComponents(model: ApiModel, operation: OperationModel): string[] {
  return sharedComponents(model, bodySchemas(operation));
}

function schemaBlocks(model: ApiModel, apart: string[]): string {
  if (apart.length === 0) return "";
  const blocks = apart.map((name) =>
    cachedTree(model, { $ref: `#/components/schemas/${escapePointer(name)}` }, apart, name),
  );
  return `<section aria-labelledby="schemas">
<h2 id="schemas">Schemas</h2>
<p>Shown once here; the bodies above link to them.</p>
${blocks.join("\n")}
</section>`;
}

const escapePointer = (name: string) => name.replaceAll("~", "~0").replaceAll("/", "~1");

function serverVariables(operation: OperationModel): string {
  const server = operation.servers[0]!;
  if (server.variables.length === 0) return "";
  const rows = server.variables.map(
    (v) =>
      `<tr><th scope="row"><code>${escapeHtml(v.name)}</code></th><td><code>${escapeHtml(v.default)}</code></td><td>${(v.enum ?? []).map((e) => `<code>${escapeHtml(e)}</code>`).join(", ")}</td><td>${v.description ? inlineMarkdown(v.description) : ""}</td></tr>`,
  );
  return `<section aria-labelledby="server-variables">
<h2 id="server-variables">Server variables</h2>
<p>The URL as sent by default: <code>${escapeHtml(server.defaultUrl + operation.requestPath)}</code></p>
<table><thead><tr><th scope="col">Variable</th><th scope="col">Default</th><th scope="col">Values</th><th scope="col">Description</th></tr></thead>
<tbody>${rows.join("\n")}</tbody></table>
</section>`;
}

function schemeText(model: ApiModel, name: string): string {
  const scheme = model.securitySchemes.find((s) => s.name === name);
  if (!scheme) return escapeHtml(name);
  const { carrier } = scheme;
  const bearerLabel =
    scheme.type === "oauth2" ? "OAuth 2" : scheme.type === "openIdConnect" ? "OpenID Connect" : "";
  const how =
    carrier.kind === "bearer"
      ? bearerLabel
        ? `${bearerLabel}: <code>Authorization: Bearer [ACCESS_TOKEN]</code>`
        : "a bearer token: <code>Authorization: Bearer [ACCESS_TOKEN]</code>"
      : carrier.kind === "basic"
        ? "HTTP basic: <code>Authorization: Basic …</code>"
        : "name" in carrier
          ? `an API key in the ${carrier.kind} <code>${escapeHtml(carrier.name)}</code>`
          : escapeHtml(scheme.type);
  return `<code>${escapeHtml(name)}</code>, ${how}`;
}

function authentication(model: ApiModel, security: SecurityRequirementModel[]): string {
  const body =
    security.length === 0
      ? "<p>None: the operation is public.</p>"
      : `<ul>${security
          .map(
            (alternative) =>
              `<li>${alternative.schemes.map((s) => schemeText(model, s.name)).join(" and ")}</li>`,
          )
          .join("\n")}</ul>${security.length > 1 ? "<p>Any one of these.</p>" : ""}`;
  return `<section aria-labelledby="authentication">
<h2 id="authentication">Authentication</h2>
${body}
</section>`;
}

function parameterType(model: ApiModel, parameter: ParameterModel): string {
  return schemaView(model, parameter.schema).type;
}

function parameters(model: ApiModel, operation: OperationModel): string {
  if (operation.parameters.length === 0) return "";
  const tables = LOCATIONS.flatMap(([location, heading]) => {
    const list = operation.parameters.filter((p) => p.in === location);
    if (list.length === 0) return [];
    const rows = list.map(
      (p) =>
        `<tr><th scope="row"><code>${escapeHtml(p.name)}</code>${p.deprecated ? ' <span class="mark">deprecated</span>' : ""}</th><td>${escapeHtml(parameterType(model, p))}</td><td>${p.required ? '<span class="required">required</span>' : "optional"}</td><td><code>${escapeHtml(exampleText(p.exampleValue))}</code></td><td>${p.description ? inlineMarkdown(p.description) : ""}</td></tr>`,
    );
    return [
      `<h3>${heading}</h3>
<table><thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Required</th><th scope="col">Example</th><th scope="col">Description</th></tr></thead>
<tbody>${rows.join("\n")}</tbody></table>`,
    ];
  });
  return `<section aria-labelledby="parameters">
<h2 id="parameters">Parameters</h2>
${tables.join("\n")}
</section>`;
}

/**
 * A schema's tree as HTML (or, with `block`, that component's block), once per schema object
 * and set of components the page draws apart (error schemas recur on every page), and kept
 * across runs by the schema and every node its refs reach, all the tree reads: an edit
 * elsewhere in the spec draws no tree again (Box: 0.4 s).
 */
const treeHtml = new WeakMap<object, Map<string, string>>();
const blockHtml = new WeakMap<object, Map<string, string>>();
function cachedTree(model: ApiModel, schema: object, apart: string[], block?: string): string {
  const draw = () => {
    const without = new Set(apart.filter((name) => name !== block));
    const tree = schemaView(model, schema, without);
    return block === undefined ? schemaHtml(tree) : schemaBlock(block, tree);
  };
  const key = JSON.stringify([block ?? null, apart]);
  const persist = () =>
    persisted("chunked-uploads-schema-trees", [schemaDigest(model, schema), key], draw);
  // A block's schema is made here: remembered by name, not by object.
  if (block !== undefined)
    return cached(
      cached(blockHtml, model.document, () => new Map<string, string>()),
      key,
      persist,
    );
  const byApart = cached(treeHtml, schema, () => new Map<string, string>());
  return cached(byApart, key, persist);
}

/**
 * A media type's schema tree. The examples go beside the code samples: the request's and the
 * first success response's, as Box's page shows them (synthesising one for every error
 * response of a large spec took seconds and made pages no one reads).
 */
function mediaType(
  model: ApiModel,
  media: MediaTypeModel,
  headingLevel: number,
  apart: string[],
): string {
  const h = `h${headingLevel}`;
  return `<${h}>Media type <code>${escapeHtml(media.type)}</code></${h}>
${media.schema !== undefined ? cachedTree(model, media.schema as object, apart) : ""}
${media.kind === "binary" ? "<p>The body is raw bytes.</p>" : ""}`;
}

function requestBody(model: ApiModel, operation: OperationModel, apart: string[]): string {
  const body = operation.requestBody;
  if (!body) return "";
  return `<section aria-labelledby="request-body">
<h2 id="request-body">Request body${body.required ? ' <span class="required">required</span>' : ""}</h2>
${body.description ? `<div class="description">${markdown(body.description)}</div>` : ""}
${body.mediaTypes.map((media) => mediaType(model, media, 3, apart)).join("\n")}
</section>`;
}

/**
 * Every response, collapsed but for the success ones: a reader sees each status and what it
 * means at a glance, and opens the one they need.
 */
function responses(model: ApiModel, operation: OperationModel, apart: string[]): string {
  const list = operation.responses.map(
    (response) => `<details class="response"${response.success ? " open" : ""}>
<summary><h3 id="response-${escapeHtml(response.status)}"><span class="status status-${response.success ? "success" : "error"}">${escapeHtml(response.status)}</span> ${inlineMarkdown(response.description || (response.success ? "Success" : "Error"))}</h3></summary>
${response.headers.length > 0 ? `<p>Headers: ${response.headers.map((h) => `<code>${escapeHtml(h)}</code>`).join(", ")}</p>` : ""}
${response.mediaTypes.length === 0 ? "<p>No body.</p>" : response.mediaTypes.map((media) => mediaType(model, media, 4, apart)).join("\n")}
</details>`,
  );
  return `<section aria-labelledby="responses">
<h2 id="responses">Responses</h2>
${list.join("\n")}
</section>`;
}

/** The request body's example (its first media type with one), beside the code samples. */
function requestExample(model: ApiModel, operation: OperationModel): string {
  const media = operation.requestBody?.mediaTypes.find((m) => m.kind !== "binary");
  const example = media && exampleBody(model, media, "request");
  if (!media || example === undefined) return "";
  return `<section aria-labelledby="request-example">
<h2 id="request-example">Request body <code>${escapeHtml(media.type)}</code></h2>
<pre class="example" tabindex="0"><code>${escapeHtml(exampleText(example))}</code></pre>
</section>`;
}

/** The first success response's example, beside the code samples as Box's page shows it. */
function responseExample(model: ApiModel, operation: OperationModel): string {
  const response = operation.responses.find((r) => r.success);
  const media = response?.mediaTypes.find((m) => m.kind !== "binary");
  const example = media && exampleBody(model, media, "response");
  if (!response || !media || example === undefined) return "";
  return `<section aria-labelledby="response-example">
<h2 id="response-example">Response <span class="status status-success">${escapeHtml(response.status)}</span> <code>${escapeHtml(media.type)}</code></h2>
<pre class="example" tabindex="0"><code>${escapeHtml(exampleText(example))}</code></pre>
</section>`;
}

function codeSamples(snippets: Snippet[]): string {
  const panels = snippets.map((snippet) => {
    const language = SNIPPET_LANGUAGES.find((l) => l.lang === snippet.lang)!;
    return `<section class="snippet" id="snippet-${escapeHtml(snippet.lang)}" data-lang="${escapeHtml(snippet.lang)}" aria-labelledby="snippet-title-${escapeHtml(snippet.lang)}">
<h3 class="snippet-title" id="snippet-title-${escapeHtml(snippet.lang)}">${escapeHtml(language.label)}</h3>
<pre tabindex="0"><code class="language-${escapeHtml(language.fence)}">${escapeHtml(snippet.source)}</code></pre>
</section>`;
  });
  return `<section aria-labelledby="code-samples">
<h2 id="code-samples">Code samples</h2>
<p>Each one is run or compiled against a mock of the spec before it is published.</p>
<div class="snippets">
${panels.join("\n")}
</div>
</section>`;
}

function tryIt(model: ApiModel, operation: OperationModel): string {
  const body = operation.requestBody?.mediaTypes[0];
  const sendable = !body || ["json", "text", "binary"].includes(body.kind);
  const fields = operation.parameters
    .filter((p) => p.in !== "cookie")
    .map((p) => {
      const id = `try-${p.in}-${p.name}`.replace(/[^\w-]/g, "_");
      const value = Array.isArray(p.exampleValue)
        ? p.exampleValue.join(",")
        : typeof p.exampleValue === "object"
          ? JSON.stringify(p.exampleValue)
          : String(p.exampleValue);
      return `<div class="field"><label for="${id}"><code>${escapeHtml(p.name)}</code> (${p.in}${p.required ? ", required" : ""})</label>
<input id="${id}" data-in="${p.in}" data-name="${escapeHtml(p.name)}" value="${escapeHtml(value)}"${p.required ? " required" : ""}></div>`;
    });
  const schemes = operation.security[0]?.schemes ?? [];
  // A field for each credential the page can send; TLS and unsupported schemes have none.
  const credentials = schemes.flatMap(({ name }) => {
    const carrier = model.securitySchemes.find((s) => s.name === name)?.carrier;
    if (carrier?.kind === "tls" || carrier?.kind === "unsupported") return [];
    const id = `try-auth-${name}`.replace(/[^\w-]/g, "_");
    const basic = carrier?.kind === "basic";
    const attributes =
      carrier !== undefined && "name" in carrier
        ? `data-auth="apiKey" data-in="${carrier.kind}" data-name="${escapeHtml(carrier.name)}"`
        : basic
          ? `data-auth="basic"`
          : `data-auth="bearer"`;
    return `<div class="field"><label for="${id}">Credential for <code>${escapeHtml(name)}</code></label>
<input id="${id}" ${attributes} value="${basic ? "user:password" : "ACCESS_TOKEN"}" autocomplete="off"></div>`;
  });
  const example = body ? exampleBody(model, body, "request") : undefined;
  const bodyField =
    body && sendable
      ? `<div class="field"><label for="try-body">Request body (<code>${escapeHtml(body.type)}</code>)</label>
<textarea id="try-body" data-content-type="${escapeHtml(body.type)}" rows="8">${escapeHtml(body.kind === "binary" ? "example bytes" : example === undefined ? "" : exampleText(example))}</textarea></div>`
      : "";
  return `<form class="try-it" hidden aria-labelledby="try-it" data-method="${operation.method.toUpperCase()}" data-path="${escapeHtml(routeTemplate(operation))}" data-mock="../mock">
<h2 id="try-it">Try it</h2>
<p>Sends the request to the mock of the spec that <code>pnpm run docs</code> serves beside this site: it checks the request against the spec and answers with the spec's example.</p>
${sendable ? "" : `<p>This operation's body (<code>${escapeHtml(body!.type)}</code>) is a form: use a code sample instead.</p>`}
${[...credentials, ...fields, bodyField].join("\n")}
<button type="submit"${sendable ? "" : " disabled"}>Send the request</button>
<div class="try-it-result" aria-live="polite"></div>
</form>`;
}
