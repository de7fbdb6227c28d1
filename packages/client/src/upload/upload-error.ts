import type { UploadPartLike as UploadPart } from "./upload-client.js";

export interface UploadErrorFields {
  /** The upload session, when one was created (kept or deleted: see `sessionKept`). */
  sessionId?: string;
  /** Whether the session still exists on Box (`keepSessionOnFailure`, or deleting it failed). */
  sessionKept: boolean;
  /** The parts Box had stored when the upload stopped: what a resume does not send again. */
  parts: UploadPart[];
}

/**
 * A chunked upload that did not end in a committed file. Carries the session id, the parts
 * already stored and the `cause` (an ApiError, NetworkError, the signal's abort reason, or the
 * TypeError/RangeError about a bad source), and serialises to JSON without throwing.
 */
export class UploadError extends Error {
  override name = "UploadError";
  declare sessionId?: string;
  declare sessionKept: boolean;
  declare parts: UploadPart[];

  constructor(message: string, fields: UploadErrorFields, options?: { cause?: unknown }) {
    super(message, options);
    Object.assign(this, fields);
  }

  toJSON(): object {
    return {
      name: this.name,
      message: this.message,
      sessionId: this.sessionId,
      sessionKept: this.sessionKept,
      parts: this.parts,
      cause: summarise(this.cause),
    };
  }
}

/** A JSON-safe view of a cause: its own toJSON when it has one, else name and message. */
function summarise(cause: unknown): unknown {
  if (cause === undefined || cause === null) return undefined;
  if (typeof cause === "object" && typeof (cause as { toJSON?: unknown }).toJSON === "function") {
    try {
      return JSON.parse(JSON.stringify(cause));
    } catch {
      // a cause whose own serialisation fails (a cycle) falls back to its name and message
    }
  }
  if (cause instanceof Error) return { name: cause.name, message: cause.message };
  return String(cause);
}
