/** Where a problem is: the file, the JSON pointer inside it, and its line when known. */
export interface SpecLocation {
  /** Path of the spec file, relative to the working directory when possible. */
  file: string;
  /** `#/paths/~1files~1{id}/get`, or `#` for the whole document. */
  pointer: string;
  /** 1-based line and column in `file`, when the pointer could be mapped back to the source. */
  line?: number;
  column?: number;
}

/**
 * A problem with the input spec. Carries its location so that every message names the file
 * and the JSON pointer (and line) a user has to fix; `related` points at the other half of a
 * conflict (the first of two duplicate operationIds, for example).
 */
export class SpecError extends Error {
  override readonly name = "SpecError";
  readonly location: SpecLocation;
  readonly related: SpecLocation[];

  constructor(
    message: string,
    location: SpecLocation,
    options: { related?: SpecLocation[]; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.location = location;
    this.related = options.related ?? [];
  }

  /** `spec/openapi.yaml:12:7 #/paths/~1x/get: message (see also …)`. */
  format(): string {
    const see = this.related.map((where) => `\n    see also ${formatLocation(where)}`).join("");
    return `${formatLocation(this.location)}: ${this.message}${see}`;
  }
}

/** Several problems found in one pass, reported together so a user can fix them at once. */
export class SpecErrors extends Error {
  override readonly name = "SpecErrors";
  readonly errors: SpecError[];

  constructor(errors: SpecError[]) {
    super(errors.map((error) => error.format()).join("\n"));
    this.errors = errors;
  }
}

export function formatLocation({ file, pointer, line, column }: SpecLocation): string {
  const position = line === undefined ? "" : `:${line}${column === undefined ? "" : `:${column}`}`;
  return `${file}${position} ${pointer}`;
}
