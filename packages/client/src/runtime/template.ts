/**
 * A `{name}` in a URL template (a path, or a server URL): one pattern for every place that
 * fills, matches or lists them. Global, for `replace` (which resets it on every call).
 */
export const TEMPLATE_VARIABLE = /\{([^}]+)\}/g;

/**
 * The regular expression source that matches the concrete paths of a path template: each
 * placeholder one segment, captured in order; every other character only itself (a `.` in
 * the template matches a dot). The one matcher of the project: the runtime checks a `…ByUrl`
 * URL with it and the mock (packages/codegen) routes requests with it, so the two cannot
 * disagree about which URLs belong to an operation.
 */
export function templatePattern(template: string): string {
  return template
    .split(TEMPLATE_VARIABLE)
    .map((part, i) => (i % 2 ? "([^/]+)" : part.replace(/\W/g, "\\$&")))
    .join("");
}
