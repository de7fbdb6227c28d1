/**
 * A schema tree (model/schema-view.ts) as nested lists: field, type, marks, description. A
 * component the page draws once, as its own block, is a link to that block wherever it recurs.
 */
import type { SchemaNode } from "../../model/schema-view.js";
import { escapeHtml, exampleText, inlineMarkdown } from "./html.js";

const KIND_LABEL = { properties: "", oneOf: "One of:", anyOf: "Any of:" } as const;

/** The tree under a heading: its root type, then its fields. */
export function schemaHtml(node: SchemaNode): string {
  return `<div class="schema">
<p class="schema-root">${describe(node)}</p>
${children(node)}</div>`;
}

/** The id of a component's block on a page. */
export const schemaBlockId = (name: string): string => `schema-${name.replace(/[^\w-]/g, "_")}`;

/** A component drawn once on its page, under its name, for the trees that link to it. */
export function schemaBlock(name: string, node: SchemaNode): string {
  const id = schemaBlockId(name);
  return `<section class="schema-block" id="${id}" aria-labelledby="${id}-title">
<h3 id="${id}-title"><code>${escapeHtml(name)}</code></h3>
${schemaHtml(node)}</section>`;
}

function describe(node: SchemaNode): string {
  const marks = [
    `<span class="type">${escapeHtml(node.type)}</span>`,
    node.shownApart !== undefined
      ? `<a class="ref" href="#${schemaBlockId(node.shownApart)}">${escapeHtml(node.shownApart)}</a>`
      : node.ref !== undefined
        ? `<span class="ref">${escapeHtml(node.ref)}</span>`
        : "",
    node.required ? `<span class="required">required</span>` : "",
    node.nullable ? `<span class="mark">nullable</span>` : "",
    node.readOnly ? `<span class="mark">read-only</span>` : "",
    node.writeOnly ? `<span class="mark">write-only</span>` : "",
    node.recursive ? `<span class="mark">shown above</span>` : "",
  ].filter(Boolean);
  const allowed =
    node.allowed && node.allowed.length > 0
      ? `<span class="allowed">Allowed: ${node.allowed
          .slice(0, 20)
          .map((value) => `<code>${escapeHtml(exampleText(value))}</code>`)
          .join(", ")}${node.allowed.length > 20 ? ", …" : ""}</span>`
      : "";
  return [
    node.name !== undefined ? `<code class="field">${escapeHtml(node.name)}</code>` : "",
    ...marks,
    allowed,
    node.description
      ? `<span class="field-description">${inlineMarkdown(node.description)}</span>`
      : "",
  ]
    .filter(Boolean)
    .join(" ");
}

function children(node: SchemaNode): string {
  if (node.children.length === 0)
    return node.truncated ? `<p class="truncated">(more fields: see the spec)</p>\n` : "";
  const kind = node.childKind ? KIND_LABEL[node.childKind] : "";
  return `${kind ? `<p class="alternatives">${kind}</p>\n` : ""}<ul class="schema-tree">
${node.children.map((child) => `<li>${describe(child)}\n${children(child)}</li>`).join("\n")}
${node.truncated ? `<li class="truncated">(more fields: see the spec)</li>\n` : ""}</ul>
`;
}
