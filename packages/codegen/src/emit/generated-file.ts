import type { ApiModel } from "../model/api-model.js";
import type { EmitInputName, EmitInputs } from "./emit-inputs.js";

/** One file an emitter produces; `path` is relative to the output root and `/`-separated. */
export interface GeneratedFile {
  path: string;
  contents: string;
  /**
   * Already in its final form: prettier leaves it alone (large data files, such as the spec with
   * code samples, whose serializer's layout is canonical and which prettier needs seconds for).
   * Such paths are in .prettierignore too.
   */
  preformatted?: boolean;
}

/**
 * An emitter: pure, model (and the inputs it declares) in, files out. Only the pipeline
 * touches the disk.
 */
export interface Emitter {
  /** Short name shown in the CLI's output: `types`. */
  name: string;
  /** The folder it owns: any file there that it no longer emits is stale and removed. */
  outputDir: string;
  /** The run's shared products it reads from `inputs` (see emit-inputs.ts). */
  needs?: readonly EmitInputName[];
  emit(model: ApiModel, inputs: EmitInputs): Promise<GeneratedFile[]> | GeneratedFile[];
}

/** The marker every generated file starts with; the drift check and reviewers look for it. */
export const GENERATED_MARKER = "generated — do not edit";

/**
 * The header of a generated source file: what made it and from what, without a timestamp so
 * that the same spec always gives the same bytes.
 */
export function generatedHeader(model: ApiModel, commentPrefix = "//"): string {
  return [
    `${commentPrefix} ${GENERATED_MARKER}: @chunked-uploads/codegen wrote this file from ${model.specFile}`,
    // A title or version may span lines; a line comment may not.
    `${commentPrefix} (${`${model.title} ${model.version}`.replace(/\s+/g, " ")}). Change the spec and run \`pnpm generate\` instead.`,
    "",
  ].join("\n");
}

/**
 * A source file's {@link generatedHeader} (two line comments and the blank line after them)
 * and the code after it; the whole text as code when it does not start with one.
 */
export function splitGeneratedHeader(contents: string): { header: string; code: string } {
  const match = /^\/\/ [^\n]*\n\/\/ [^\n]*\n\n(?=\S)/.exec(contents);
  if (!match?.[0].includes(GENERATED_MARKER)) return { header: "", code: contents };
  return { header: match[0], code: contents.slice(match[0].length) };
}

/** Text safe to put inside a `/** … *\/` comment. */
export function docComment(lines: Array<string | undefined>, indent = ""): string {
  const body = lines
    .filter((line): line is string => line !== undefined && line.trim() !== "")
    .join("\n\n")
    .replaceAll("*/", "*\\/")
    .split("\n")
    .map((line) => `${indent} *${line.trim() === "" ? "" : ` ${line.trimEnd()}`}`);
  if (body.length === 0) return "";
  return `${indent}/**\n${body.join("\n")}\n${indent} */\n`;
}
