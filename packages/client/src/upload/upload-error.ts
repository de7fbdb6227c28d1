import { SdkError } from "../runtime/errors.js";
import type { UploadPartLike as UploadPart } from "./upload-client.js";

/** What an UploadError says of the upload session it leaves behind. */
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
 * TypeError/RangeError about a bad source), whose message ends its own; serialises to JSON
 * without throwing.
 */
export class UploadError extends SdkError {
  /** `"UploadError"`, whatever a minifier makes of the class's name. */
  override name = "UploadError";
  /** The upload session, when one was created (kept or deleted: see `sessionKept`). */
  declare sessionId?: string;
  /** Whether the session still exists on Box (`keepSessionOnFailure`, or deleting it failed). */
  declare sessionKept: boolean;
  /** The parts Box had stored when the upload stopped: what a resume does not send again. */
  declare parts: UploadPart[];

  constructor(message: string, fields: UploadErrorFields, options?: { cause?: unknown }) {
    super(message, options);
    Object.assign(this, fields);
  }
}
