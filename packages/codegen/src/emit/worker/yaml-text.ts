/**
 * A data document's YAML text, unfolded (`lineWidth: 0`), exactly as `yaml`'s `stringify` writes
 * the whole document, but assembled from the text of its path items and components, each kept
 * across runs by its content: the snippets package's spec with code samples is rewritten on
 * every edit, and printing Box's took 0.33 s, where an edit changes a piece or two.
 *
 * Unfolded YAML of a mapping is the text of its entries one after the other, and an entry whose
 * value is a mapping is its key's line and the value's entries indented by two spaces: no line
 * depends on its indentation. A document in which an object occurs twice is printed whole:
 * `yaml` writes such an object once, as an anchor and aliases, numbered across the document.
 */
import { serialize } from "node:v8";
import { stringify } from "yaml";
import { persisted } from "../../persisted.js";

const OPTIONS = { lineWidth: 0 } as const;
/** How many levels below these top-level keys are printed piece by piece. */
const SPLIT_DEPTH: Record<string, number> = { paths: 1, webhooks: 1, components: 2 };

export function yamlText(document: object): string {
  if (hasSharedObjects(document)) return stringify(document, OPTIONS);
  return Object.entries(document)
    .map(([key, value]) => entryText(key, value, SPLIT_DEPTH[key] ?? 0))
    .join("");
}

function entryText(key: string, value: unknown, depth: number): string {
  if (depth > 0 && isMapping(value) && Object.keys(value).length > 0) {
    const line = stringify({ [key]: null }, OPTIONS);
    // A key `yaml` writes on a line of its own (`key: null`); anything else is printed whole.
    if (line.endsWith(" null\n") && line.indexOf("\n") === line.length - 1)
      return `${line.slice(0, -" null\n".length)}\n${indented(
        Object.entries(value)
          .map(([k, v]) => entryText(k, v, depth - 1))
          .join(""),
      )}`;
  }
  const entry = { [key]: value };
  return persisted("chunked-uploads-yaml", [serialize(entry)], () => stringify(entry, OPTIONS));
}

function indented(text: string): string {
  return text.replace(/^(?=.)/gm, "  ");
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function hasSharedObjects(root: object): boolean {
  const seen = new Set<object>();
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== "object") continue;
    if (seen.has(node)) return true;
    seen.add(node);
    for (const child of Object.values(node))
      if (child !== null && typeof child === "object") pending.push(child);
  }
  return false;
}
