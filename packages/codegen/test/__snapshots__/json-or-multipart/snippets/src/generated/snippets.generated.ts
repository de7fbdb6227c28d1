// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/json-or-multipart.yaml
// (JSON or multipart 1). Change the spec and run `pnpm generate` instead.

import json from "./snippets.json" with { type: "json" };

/**
 * The operations, by operationId (or `METHOD /path` where the spec gives none).
 */

export const OPERATIONS = ["create_skill"] as const;

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
