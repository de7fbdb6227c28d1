/** The reference site's index: the servers, then every operation by resource, linked to its page. */
import type { ApiModel } from "../../model/api-model.js";
import { fileName } from "../operation-file-name.js";
import { escapeHtml, inlineMarkdown, markdown, page } from "./html.js";

export function indexPage(model: ApiModel): string {
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
<h2 id="resource-${escapeHtml(resource.name)}">${escapeHtml(resource.source)}</h2>
${resource.description ? `<div class="description">${markdown(resource.description)}</div>` : ""}
<ul class="operations">
${items.join("\n")}
</ul>
</section>`;
  });
  const main = `<h1>${escapeHtml(model.title)} <span class="version">${escapeHtml(model.version)}</span></h1>
<section aria-labelledby="servers">
<h2 id="servers">Servers</h2>
<ul>
${servers.map((s) => `<li><code>${escapeHtml(s.url)}</code>${s.description ? ` ${inlineMarkdown(s.description)}` : ""}</li>`).join("\n")}
</ul>
</section>
${resources.join("\n")}`;
  return page({ model, title: "API reference", root: "", main });
}
