/**
 * The reference site's HTML building blocks: escaping, Markdown (the spec's descriptions are
 * CommonMark) and the page layout every page shares. Every value from the spec goes through
 * `escape` or `markdown`; the Markdown renderer leaves raw HTML out, so a description cannot
 * put markup or script on a page.
 */
import MarkdownIt from "markdown-it";
import type { ApiModel } from "../../model/api-model.js";
import { GENERATED_MARKER } from "../generated-file.js";
import { cached } from "../../cached.js";

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe for HTML content and attribute values. */
export const escapeHtml = (text: unknown): string =>
  String(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

// html: false escapes any HTML in a description; links keep markdown-it's own check of URLs
// (no `javascript:`).
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

// Rendered once per text: a large spec repeats the same descriptions on hundreds of pages.
const rendered = new Map<string, string>();
const once = (key: string, render: () => string): string => cached(rendered, key, render);

/** A description (CommonMark) as HTML. */
export const markdown = (text: string): string => once(`b\0${text}`, () => md.render(text));

/** A description that fits in a table cell or a list item: one paragraph renders inline. */
export const inlineMarkdown = (text: string): string =>
  once(`i\0${text}`, () =>
    /\n\s*\n/.test(text.trim()) ? md.render(text) : md.renderInline(text.trim()),
  );

export interface PageParts {
  model: ApiModel;
  title: string;
  /** `""` for the site's root, `"../"` for a page one folder down. */
  root: string;
  /** The sidebar (sidebar.ts), the first pane. */
  sidebar: string;
  main: string;
  /** The third pane, beside the content on wide screens: code samples and the response. */
  aside?: string;
}

/**
 * A whole page: the same header, styles and (deferred, optional) script on every page, and its
 * panes: the sidebar, the content and, where there is one, the column beside it.
 */
export function page({ model, title, root, sidebar, main, aside }: PageParts): string {
  const site = `${model.title} ${model.version}`.replace(/\s+/g, " ");
  return `<!doctype html>
<!-- ${GENERATED_MARKER}: @chunked-uploads/codegen wrote this file from ${escapeHtml(model.specFile)}. Change the spec and run \`pnpm generate\` instead. -->
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — ${escapeHtml(site)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${root}assets/site.css">
<script type="module" src="${root}assets/site.js"></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<a class="site-title" href="${root}index.html">${escapeHtml(site)}</a>
<nav aria-label="Other views"><a href="${root}renderer.html">The spec with code samples in Redoc</a></nav>
</header>
<div class="layout${aside ? " with-aside" : ""}">
${sidebar}
<main id="main">
${main}
</main>${aside ? `\n<aside class="samples" aria-label="Code samples and response">\n${aside}\n</aside>` : ""}
</div>
</body>
</html>
`;
}

/** A value for a `<code>` example: JSON-like values as JSON, strings as they are. */
export const exampleText = (value: unknown): string =>
  typeof value === "string" ? value : JSON.stringify(value, null, 2);
