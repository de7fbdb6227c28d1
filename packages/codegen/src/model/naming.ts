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

function capitalize(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1).toLowerCase();
}

function safeStart(identifier: string): string {
  return /^[0-9]/.test(identifier) ? `_${identifier}` : identifier;
}
