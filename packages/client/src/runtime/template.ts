/**
 * A `{name}` in a URL template (a path, or a server URL): one pattern for every place that
 * fills, matches or lists them. Global, for `replace` (which resets it on every call).
 */
export const TEMPLATE_VARIABLE = /\{([^}]+)\}/g;
