/**
 * The reference site's index: what a reader needs to make a first call — install, where the
 * token goes, creating the client, one call and, for an API with Box's chunked uploads,
 * `uploadFile` — then the servers, then every operation by resource, linked to its page.
 */
import type { ApiModel } from "../../model/api-model.js";
import { CHUNKED_UPLOAD_OPERATION_IDS, hasChunkedUploads } from "../../model/box-chunked-upload.js";
import { fileName } from "../operation-file-name.js";
import type { Snippet } from "../snippets/write-snippets.js";
import { escapeHtml, inlineMarkdown, markdown, page } from "./html.js";
import { sidebar } from "./sidebar.js";

const CLIENT_PACKAGE = "@chunked-uploads/client";

export function indexPage(model: ApiModel, snippets: readonly Snippet[]): string {
  const servers = [
    ...new Map(
      model.operations.flatMap((o) => o.servers).map((server) => [server.url, server]),
    ).values(),
  ];
  const resources = model.resources.map((resource) => {
    const items = resource.operations.map((key) => {
      const operation = model.operations.find((o) => o.key === key)!;
      return `<li><a href="operations/${escapeHtml(fileName(operation))}.html"><span class="method method-${operation.method}">${operation.method.toUpperCase()}</span> ${escapeHtml(operation.summary ?? operation.key)}</a> <code>${escapeHtml(operation.path)}</code>${operation.deprecated ? ' <span class="mark">deprecated</span>' : ""}</li>`;
    });
    return `<section aria-labelledby="resource-${escapeHtml(resource.name)}">
<h3 id="resource-${escapeHtml(resource.name)}">${escapeHtml(resource.source)}</h3>
${resource.description ? `<div class="description">${markdown(resource.description)}</div>` : ""}
<ul class="operations">
${items.join("\n")}
</ul>
</section>`;
  });
  const main = `<h1>${escapeHtml(model.title)} <span class="version">${escapeHtml(model.version)}</span></h1>
${gettingStarted(model, snippets)}
<section aria-labelledby="servers">
<h2 id="servers">Servers</h2>
<ul>
${servers.map((s) => `<li><code>${escapeHtml(s.url)}</code>${s.description ? ` ${inlineMarkdown(s.description)}` : ""}</li>`).join("\n")}
</ul>
</section>
<section aria-labelledby="operations">
<h2 id="operations">Operations</h2>
${resources.join("\n")}
</section>`;
  return page({ model, title: "API reference", root: "", sidebar: sidebar(model, ""), main });
}

const codeBlock = (source: string) =>
  `<pre tabindex="0"><code class="language-ts">${escapeHtml(source.trimEnd())}</code></pre>`;

/** Install, authentication, the client and a first call, and `uploadFile` where it applies. */
function gettingStarted(model: ApiModel, snippets: readonly Snippet[]): string {
  // The first call: a GET without a body if there is one (nothing to make up), as its
  // TypeScript sample, which the snippets package runs against the mock.
  const first =
    model.operations.find((o) => o.method === "get" && !o.requestBody) ?? model.operations[0];
  const sample = snippets.find((s) => s.operationId === first?.key && s.lang === "typescript");
  const env = model.tokenEnvironmentVariable;
  const schemes = model.securitySchemes.map((scheme) => {
    const { carrier } = scheme;
    const where =
      carrier.kind === "bearer"
        ? "a bearer token in the <code>Authorization</code> header"
        : carrier.kind === "basic"
          ? "HTTP basic credentials in the <code>Authorization</code> header"
          : "name" in carrier
            ? `an API key in the ${carrier.kind} <code>${escapeHtml(carrier.name)}</code>`
            : escapeHtml(scheme.type);
    return `<li><code>${escapeHtml(scheme.name)}</code>: ${where}</li>`;
  });
  const token = model.securitySchemes.some((s) => s.carrier.kind === "bearer")
    ? `<p>Pass the token as <code>createClient({ token })</code>${
        model.tokenEnvironmentVariableDeclared
          ? `, or set <code>${escapeHtml(env)}</code>: without a <code>token</code> option the client reads it (in Node, Deno and Bun)`
          : ""
      }. The client sends it only to the API's own hosts.</p>`
    : "";
  const upload = hasChunkedUploads(model)
    ? `<section aria-labelledby="upload-files">
<h3 id="upload-files">Upload a big file</h3>
<p><code>uploadFile</code> makes the session, sends the parts in parallel with their digests, retries what fails, and commits; <code>onSession</code> lets an upload resume after a crash.</p>
${codeBlock(`import { openAsBlob } from "node:fs";
import { createClient } from "${CLIENT_PACKAGE}";
import { uploadFile } from "${CLIENT_PACKAGE}/upload";

const box = createClient();
const file = await uploadFile(box, await openAsBlob("video.mov"), {
  folderId: "0",
  fileName: "video.mov",
  onProgress: ({ bytesUploaded, totalBytes }) => console.log(\`\${bytesUploaded} of \${totalBytes} bytes\`),
});
console.log(file.id);`)}
${uploadTryIt(model)}
</section>`
    : "";
  return `<section aria-labelledby="getting-started">
<h2 id="getting-started">Getting started</h2>
<h3>Install</h3>
${codeBlock(`npm install ${CLIENT_PACKAGE}`).replace("language-ts", "language-sh")}
<h3>Authentication</h3>
${schemes.length > 0 ? `<ul>${schemes.join("\n")}</ul>\n${token}` : "<p>None: the API is public.</p>"}
${sample ? `<h3>A first call</h3>\n${codeBlock(sample.source)}` : ""}
${upload}
</section>`;
}

/**
 * A form the script reveals when the site is served by `pnpm run docs`: a file picked here is
 * uploaded whole with `uploadFile` to the stateful mock under upload-mock/ (serve.ts), at the
 * path of the create-session operation's server.
 */
function uploadTryIt(model: ApiModel): string {
  const create = model.operations.find(
    (o) => o.operationId === CHUNKED_UPLOAD_OPERATION_IDS.createSession,
  )!;
  const basePath = new URL(create.servers[0]!.exampleUrl).pathname.replace(/\/$/, "");
  return `<form class="upload-try-it" hidden aria-labelledby="upload-try-it" data-base-url="upload-mock${escapeHtml(basePath)}">
<h4 id="upload-try-it">Try it: upload a file</h4>
<p>Uploads the file you pick with <code>uploadFile</code>, from the built client, to the stateful mock that <code>pnpm run docs</code> serves beside this site: a session, the parts with their digests, the commit. Nothing leaves this machine. Box uploads files of 20 MB and more in parts.</p>
<div class="field"><label for="upload-file">File (20 MB or more)</label>
<input id="upload-file" type="file"></div>
<p><button type="submit">Upload</button> <button type="button" class="upload-cancel" disabled>Cancel</button></p>
<progress value="0" max="1" aria-label="Upload progress"></progress>
<p class="upload-status" aria-live="polite"></p>
<dl class="upload-result"></dl>
</form>`;
}
