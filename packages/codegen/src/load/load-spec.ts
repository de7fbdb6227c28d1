import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  bundle,
  createConfig,
  getLineColLocation,
  type NormalizedProblem,
} from "@redocly/openapi-core";
import { parse as parseJsonc, printParseErrorCode, type ParseError } from "jsonc-parser";
import {
  isMap,
  isNode,
  isSeq,
  LineCounter,
  parseDocument,
  type Document as YamlDocument,
  type Range,
} from "yaml";
import { parsePointer, resolvePointer } from "./json-pointer.js";
import {
  checkLocalRefs,
  isLiteralPointer,
  isSchemaNameMapping,
  withMappingNamesAsRefs,
} from "./refs-in-data.js";
import { SpecError, type SpecLocation } from "./spec-error.js";

/** A parsed OpenAPI document; deliberately loose, since the model builder checks what it reads. */
export type OpenApiDocument = Record<string, unknown>;

export interface LoadedSpec {
  /** The spec path as the user should read it (relative to `displayRoot`, `/`-separated). */
  file: string;
  /** Absolute path of the entry file. */
  absolutePath: string;
  /** `3.0` or `3.1`, from the document's `openapi` field. */
  openapiVersion: "3.0" | "3.1";
  /** The bundled document: every external `$ref` pulled in, only local (`#/…`) refs left. */
  document: OpenApiDocument;
  /** Every file the document was assembled from (the entry first), for `--watch`. */
  files: string[];
  /** Maps a pointer of the bundled document to a location in the entry file (with a line when it exists there). */
  locate(pointer: string): SpecLocation;
  /**
   * Problems that leave a document to read (references that resolve to nothing): handed on,
   * so that {@link buildModel} reports them with its own and one run lists every problem.
   */
  problems: SpecError[];
}

export interface LoadSpecOptions {
  /** Paths in messages and headers are shown relative to this folder. */
  displayRoot?: string;
}

/**
 * Reads an OpenAPI 3.0/3.1 spec (YAML or JSON, possibly split over several files) and bundles it
 * into one document. Throws a {@link SpecError} naming the file and the JSON pointer or line
 * when nothing can be read (missing, empty, unparsable, not OpenAPI 3.0/3.1); dangling
 * references are listed in `problems` for the model builder to report with everything else.
 */
export async function loadSpec(
  specPath: string,
  options: LoadSpecOptions = {},
): Promise<LoadedSpec> {
  const absolutePath = path.resolve(specPath);
  const displayRoot = options.displayRoot ?? process.cwd();
  const display = (file: string) => displayPath(file, displayRoot);
  const file = display(absolutePath);
  const whole: SpecLocation = { file, pointer: "#" };

  let text: string;
  try {
    text = await readFile(absolutePath, "utf8");
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "spec file not found"
        : code === "EISDIR"
          ? "spec path is a directory"
          : `cannot read spec file (${code ?? String(cause)})`;
    throw new SpecError(why, whole, { cause });
  }
  if (text.trim() === "") throw new SpecError("spec file is empty", whole);

  const source = parseSource(text, file, path.extname(absolutePath).toLowerCase() === ".json");
  const root = source.value;
  if (root === null || typeof root !== "object" || Array.isArray(root)) {
    throw new SpecError(
      `not an OpenAPI document: expected a mapping at the top level, found ${describe(root)}`,
      whole,
    );
  }
  const openapiVersion = checkVersion(root as OpenApiDocument, source.locate);

  const result = await bundle({
    ref: absolutePath,
    config: await bundlerConfig(),
    dereference: false,
  });
  const errors = result.problems
    .filter((problem) => problem.severity === "error")
    // A `$ref` inside an example's value is data (a JSON Schema document as an example, say),
    // which the bundler tries to resolve all the same.
    .filter((problem) => !isLiteralPointer(problem.location[0]?.pointer ?? "#"))
    .filter((problem) => !isSchemaNameMapping(root, problem.location[0]?.pointer ?? "#"))
    .map((problem) => problemToError(problem, display, absolutePath, root));
  const document = result.bundle.parsed as OpenApiDocument;
  withMappingNamesAsRefs(document);
  // A ref the bundler could not follow stays in the document, and would be reported twice.
  const reported = new Set(errors.map((error) => error.location.pointer));
  const problems = [
    ...errors,
    ...checkLocalRefs(document, source.locate).filter(
      (error) => !reported.has(error.location.pointer.replace(/\/\$ref$/, "")),
    ),
  ];
  return {
    problems,
    file,
    absolutePath,
    openapiVersion,
    document,
    files: [
      absolutePath,
      ...[...result.fileDependencies].filter((dep) => dep !== absolutePath).sort(),
    ],
    locate: source.locate,
  };
}

let bundlerConfigs: ReturnType<typeof createConfig> | undefined;
/** redocly's config, made once per process: watch mode loads the spec on every save. */
function bundlerConfig(): ReturnType<typeof createConfig> {
  bundlerConfigs ??= createConfig({});
  return bundlerConfigs;
}

interface ParsedSource {
  value: unknown;
  locate(pointer: string): SpecLocation;
}

/** Parses YAML or JSON (JSON is parsed natively for speed; YAML 1.2 reads it too, for line numbers). */
function parseSource(text: string, file: string, isJsonFile: boolean): ParsedSource {
  let yaml: { doc: YamlDocument; lines: LineCounter } | undefined;
  const yamlOf = () => {
    if (!yaml) {
      const lines = new LineCounter();
      yaml = { doc: parseDocument(text, { lineCounter: lines, uniqueKeys: true }), lines };
    }
    return yaml;
  };
  const locate = (pointer: string): SpecLocation => {
    const { doc, lines } = yamlOf();
    const node = nodeAt(doc, pointer);
    if (!node?.range) return { file, pointer };
    const { line, col } = lines.linePos(node.range[0]);
    return { file, pointer, line, column: col };
  };

  if (isJsonFile || looksLikeJson(text)) {
    try {
      return { value: JSON.parse(text), locate };
    } catch (cause) {
      // A .json file must be JSON. Other JSON-looking text may still be (flow-style) YAML.
      if (isJsonFile) throw jsonError(text, file, cause);
    }
  }
  const { doc, lines } = yamlOf();
  const problem = doc.errors[0];
  if (problem) {
    const at = lines.linePos(problem.pos[0]);
    throw new SpecError(
      `invalid ${looksLikeJson(text) ? "JSON" : "YAML"}: ${firstLine(problem.message)}`,
      { file, pointer: "#", line: at.line, column: at.col },
    );
  }
  return { value: doc.toJS({ maxAliasCount: 1000 }), locate };
}

/** Node's JSON.parse does not always say where; a tolerant parser finds the first problem's offset. */
function jsonError(text: string, file: string, cause: unknown): SpecError {
  const problems: ParseError[] = [];
  parseJsonc(text, problems, { disallowComments: true, allowTrailingComma: false });
  const first = problems[0];
  const location: SpecLocation = { file, pointer: "#" };
  if (first) {
    const before = text.slice(0, first.offset).split("\n");
    location.line = before.length;
    location.column = before.at(-1)!.length + 1;
  }
  const what = first
    ? printParseErrorCode(first.error)
    : cause instanceof Error
      ? cause.message
      : String(cause);
  return new SpecError(`invalid JSON: ${what}`, location, { cause });
}

/** The YAML node a JSON pointer names (for its line), or undefined when it is not in this file. */
function nodeAt(doc: YamlDocument, pointer: string): { range?: Range | null } | undefined {
  let node: unknown = doc.contents;
  for (const token of parsePointer(pointer)) {
    if (isSeq(node)) node = node.get(Number(token), true);
    else if (isMap(node)) node = node.get(token, true);
    else return undefined;
  }
  return isNode(node) ? node : undefined;
}

function checkVersion(
  root: OpenApiDocument,
  locate: (pointer: string) => SpecLocation,
): "3.0" | "3.1" {
  if ("swagger" in root) {
    throw new SpecError(
      `unsupported version: Swagger ${String(root.swagger)} (OpenAPI 2.0); convert it to OpenAPI 3.0 or 3.1 first`,
      locate("#/swagger"),
    );
  }
  if (!("openapi" in root)) {
    const keys = Object.keys(root).slice(0, 5).join(", ");
    throw new SpecError(
      `not an OpenAPI document: it has no \`openapi\` field (top-level keys: ${keys || "none"})`,
      locate("#"),
    );
  }
  const version = String(root.openapi);
  const match = /^3\.([01])\.\d+$/.exec(version);
  if (!match) {
    throw new SpecError(
      `unsupported version: openapi ${JSON.stringify(root.openapi)}; expected 3.0.x or 3.1.x`,
      locate("#/openapi"),
    );
  }
  const info = root.info as Record<string, unknown> | undefined;
  if (
    info === null ||
    typeof info !== "object" ||
    typeof info.title !== "string" ||
    info.version === undefined
  ) {
    throw new SpecError(
      "the document needs an `info` object with a `title` and a `version`",
      locate(info ? "#/info" : "#"),
    );
  }
  return match[1] === "0" ? "3.0" : "3.1";
}

/** Turns a problem the bundler found (in any of the spec's files) into a located SpecError. */
function problemToError(
  problem: NormalizedProblem,
  display: (file: string) => string,
  entry: string,
  entryValue: unknown,
): SpecError {
  const where = problem.location[0];
  if (!where) return new SpecError(problem.message, { file: display(entry), pointer: "#" });
  const pointer = where.pointer ?? "#";
  const location: SpecLocation = { file: display(where.source.absoluteRef), pointer };
  try {
    const { start } = getLineColLocation(where);
    location.line = start.line;
    location.column = start.col;
  } catch {
    // No line for this location: the pointer alone still names the place.
  }
  const unresolved = /^Can't resolve \$ref:?\s*(.*)$/s.exec(problem.message);
  if (!unresolved) return new SpecError(problem.message, location);
  const holder = where.source.absoluteRef === entry ? entryValue : parseQuietly(where.source.body);
  const ref = (resolvePointer(holder, pointer) as { $ref?: unknown } | undefined)?.$ref;
  const missing = /ENOENT: no such file or directory '([^']+)'/.exec(unresolved[1] ?? "");
  const reason = missing
    ? `file ${display(missing[1]!)} does not exist`
    : unresolved[1]?.trim() || "nothing exists at that location";
  return new SpecError(
    `dangling $ref${typeof ref === "string" ? ` ${JSON.stringify(ref)}` : ""}: ${reason}`,
    location,
  );
}

function parseQuietly(text: string): unknown {
  try {
    return parseDocument(text).toJS();
  } catch {
    return undefined;
  }
}

function displayPath(file: string, root: string): string {
  const relative = path.relative(root, file);
  return (relative === "" ? path.basename(file) : relative).split(path.sep).join("/");
}

function looksLikeJson(text: string): boolean {
  return /^\s*[{[]/.test(text);
}

function firstLine(message: string): string {
  return message.split("\n")[0]!.trim();
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  return `a ${typeof value} (${JSON.stringify(value).slice(0, 40)})`;
}
