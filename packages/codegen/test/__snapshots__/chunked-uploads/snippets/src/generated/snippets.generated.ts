// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/chunked-uploads/openapi.yaml
// (Chunked uploads fixture 1.0). Change the spec and run `pnpm generate` instead.

import json from "./snippets.json" with { type: "json" };

/**
 * The operations, by operationId (or `METHOD /path` where the spec gives none).
 */

export const OPERATIONS = [
  "post_files_upload_sessions",
  "post_files_id_upload_sessions",
  "get_files_upload_sessions_id",
  "put_files_upload_sessions_id",
  "delete_files_upload_sessions_id",
  "get_files_upload_sessions_id_parts",
  "post_files_upload_sessions_id_commit",
] as const;

/**
 * The languages, in the order docs sites show them.
 */

export const LANGUAGES = [
  "curl",
  "typescript",
  "javascript",
  "python",
  "java",
  "csharp",
  "swift",
  "go",
] as const;

export type OperationId = (typeof OPERATIONS)[number];

export type SnippetLanguage = (typeof LANGUAGES)[number];

/**
 * One code sample: the keys of the `x-codeSamples` convention, plus the operation.
 */

export interface Snippet {
  operationId: OperationId;
  lang: SnippetLanguage;
  label: string;
  source: string;
}

const data: ReadonlyArray<Record<keyof Snippet, string>> = json;

/**
 * Every snippet, by operation and language.
 */

export const SNIPPETS = data as readonly Snippet[];
