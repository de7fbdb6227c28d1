/**
 * The sidebar every page shares: a search box (the script reveals it), and the operations by
 * resource with their method and summary, the current one marked. A spec of many operations
 * would repeat them on every page (Box's 296 on 296 pages: about 9 MB; its 73 resources' names
 * alone, 3 MB), so past {@link FULL_SIDEBAR_OPERATIONS} a page lists its own resource's
 * operations and links to the index for the rest; the script draws the whole list from the
 * search index, one shared file.
 */
import type { ApiModel, OperationModel } from "../../model/api-model.js";
import { fileName } from "../operation-file-name.js";
import { escapeHtml } from "./html.js";

/** Up to this many operations, every page's sidebar lists them all without the script. */
export const FULL_SIDEBAR_OPERATIONS = 60;

/** The search index's file, at the site's root. */
export const SEARCH_INDEX_FILE = "search-index.json";

/** The sidebar of a page at `root` (`""` or `"../"`), `current` marked. */
export function sidebar(model: ApiModel, root: string, current?: OperationModel): string {
  const full = model.operations.length <= FULL_SIDEBAR_OPERATIONS;
  const shown = model.resources.filter((r) => full || r.name === current?.resource);
  const groups = shown.map((resource) => {
    const items = resource.operations.map((key) => {
      const operation = model.operations.find((o) => o.key === key)!;
      return `<li><a href="${root}operations/${escapeHtml(fileName(operation))}.html"${operation === current ? ' aria-current="page"' : ""}><span class="method method-${operation.method}">${operation.method.toUpperCase()}</span> ${escapeHtml(operation.summary ?? operation.key)}</a></li>`;
    });
    return `<li data-resource="${escapeHtml(resource.name)}"><a class="nav-resource" href="${root}index.html#resource-${escapeHtml(resource.name)}">${escapeHtml(resource.source)}</a>${items.length > 0 ? `\n<ul class="nav-operations">\n${items.join("\n")}\n</ul>` : ""}</li>`;
  });
  return `<nav class="sidebar" id="sidebar" aria-label="Operations" data-index="${root}${SEARCH_INDEX_FILE}">
<div class="search" hidden><label for="search">Search operations</label>
<input id="search" type="search" autocomplete="off" spellcheck="false" placeholder="Summary, method, path… ( / )" aria-describedby="search-count">
<p id="search-count" class="search-count" aria-live="polite"></p></div>
<ul class="nav-resources">
${groups.join("\n")}
</ul>${full ? "" : `\n<p class="nav-all"><a href="${root}index.html#operations">All ${model.operations.length} operations, by resource</a></p>`}
</nav>`;
}

/**
 * The search index the script reads: every resource with its operations, each as
 * `[method, path, summary, operationId, page]`, one operation per line.
 */
export function searchIndex(model: ApiModel): string {
  const resources = model.resources.map((resource) => {
    const operations = resource.operations.map((key) => {
      const operation = model.operations.find((o) => o.key === key)!;
      return JSON.stringify([
        operation.method.toUpperCase(),
        operation.path,
        operation.summary ?? operation.key,
        operation.operationId ?? operation.key,
        `operations/${fileName(operation)}.html`,
      ]);
    });
    return `{"name":${JSON.stringify(resource.name)},"title":${JSON.stringify(resource.source)},"operations":[\n${operations.join(",\n")}\n]}`;
  });
  return `{"resources":[\n${resources.join(",\n")}\n]}\n`;
}
