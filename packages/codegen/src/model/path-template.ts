/**
 * Path templates (`/files/{file_id}/upload_sessions`): the `{name}` placeholders, one pattern
 * for the model (which parameters a path names), the mock (which route a request takes) and
 * any emitter that fills a template.
 */
const VARIABLE = /\{([^}]*)\}/g;

/** The names a template's placeholders give, in order, repeats included. */
export function templateVariables(template: string): string[] {
  return [...template.matchAll(VARIABLE)].map((match) => match[1]!);
}

/** Whether a segment (or any text) holds a placeholder. */
export function isTemplated(text: string): boolean {
  return /\{[^}]*\}/.test(text);
}

/** Matches the concrete paths of a template: one group per placeholder, each one segment. */
export function templatePattern(template: string): RegExp {
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    `^${template
      .split(/\{[^}]*\}/)
      .map(literal)
      .join("([^/]+)")}/?$`,
  );
}
