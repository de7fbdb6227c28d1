/**
 * How spec names become code names. Kept in one place so that every emitter spells the same
 * thing the same way (the client's `chunkedUploads` and the snippets' `chunkedUploads` agree).
 */

/** Splits `get_files_upload_sessions_id`, `File--Full`, `Uploads (Chunked)`, `getFileById` into words. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

/** `chunked_uploads` → `chunkedUploads`; a leading digit gets an underscore. */
export function camelCase(text: string): string {
  const [first = "", ...rest] = words(text);
  return safeStart(first.toLowerCase() + rest.map(capitalize).join(""));
}

/** `get_files_upload_sessions_id` → `GetFilesUploadSessionsId`. */
export function pascalCase(text: string): string {
  return safeStart(words(text).map(capitalize).join(""));
}

/**
 * A schema key as a TypeScript type name: keeps the author's casing (`UploadSession`,
 * `AiItem--Base` → `AiItemBase`) and only drops what an identifier cannot hold.
 */
export function typeIdentifier(name: string): string {
  const joined = name
    .split(/[^A-Za-z0-9_$]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
  return safeStart(joined || "Schema");
}

/** Words JavaScript reserves (as a binding name, in strict mode), plus names with a meaning in generated code. */
/** Words that cannot name a function or a variable in a module (and globals not to shadow). */
export const RESERVED_WORDS: ReadonlySet<string> = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends " +
    "false finally for function if import in instanceof new null return super switch this throw " +
    "true try typeof var void while with yield let static implements interface package private " +
    "protected public await arguments eval undefined NaN Infinity"
  ).split(" "),
);

const TAKEN_ARGUMENT_NAMES = new Set([
  ...RESERVED_WORDS,
  // The generated function's own parameters and the names its body uses.
  ..."options body url client".split(" "),
]);

/**
 * A spec name as the name of a generated function argument: camelCase, and never a reserved
 * word or a name the generated method itself uses (`class` → `class_`, `options` → `options_`).
 */
export function argumentName(text: string): string {
  const name = camelCase(text) || "value";
  return TAKEN_ARGUMENT_NAMES.has(name) ? `${name}_` : name;
}

function capitalize(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1).toLowerCase();
}

function safeStart(identifier: string): string {
  return /^[0-9]/.test(identifier) ? `_${identifier}` : identifier;
}
