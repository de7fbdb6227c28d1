import type { ClientOptions } from "../runtime/options.js";
import { RETRY_DEFAULTS } from "../runtime/transport.js";
import type { PartReader, RereadableSource } from "./source.js";
import type { UploadSessionLike as UploadSession } from "./upload-client.js";

/**
 * What `onProgress` hears: once before the first part (0 %, or what a resumed session already
 * holds), as bytes go out and parts are stored (at most about ten events a second), and once
 * at the end (100 %, before the commit).
 */
export interface UploadProgress {
  /**
   * Bytes handed to the network so far: the stored parts' and what the parts in flight have
   * sent. In Node a part's body is counted as it goes out; elsewhere a part counts when Box
   * has stored it. A part sent again counts once.
   */
  bytesSent: number;
  /** Bytes of the parts Box has stored so far (on a resume, the ones it held before too). */
  bytesUploaded: number;
  /** The file's size in bytes. */
  totalBytes: number;
  /** Parts Box has stored so far (on a resume, the ones it held before too). */
  partsUploaded: number;
  /** Parts the file needs in all. */
  totalParts: number;
}

/** The options `uploadFile` and `uploadFileVersion` share. */
export interface UploadOptionsBase {
  /** The source's size in bytes: required for a stream, checked against any other source. */
  fileSize?: number;
  /** Parts in flight at once. Memory held is about `concurrency × part_size`. Default 4. */
  concurrency?: number;
  /** Stops the upload: parts in flight are cancelled and the session is deleted (unless kept). */
  signal?: AbortSignal;
  /** Called before the first part, as bytes go out and parts are stored, and at 100 %. */
  onProgress?: (progress: UploadProgress) => void;
  /**
   * Called once the session exists (created, or fetched for a resume) and before any part is
   * sent, and awaited: store `session.id` here, and a process that dies mid-upload can resume
   * it (`uploadFile(box, source, { resume: id })`). A throw fails the upload.
   */
  onSession?: (session: UploadSession) => void | Promise<void>;
  /** Keep the session when the upload fails, to resume it later. Default false: it is deleted. */
  keepSessionOnFailure?: boolean;
  /** Attempts per part before the upload fails. Default: the client's `maxRetries` + 1 (3). */
  maxPartAttempts?: number;
  /**
   * Commits answered 202 ("not processed yet": Box is still assembling the parts, which is not
   * a failure) before the upload fails. Default 10.
   */
  maxCommitAttempts?: number;
  /**
   * First wait before a part or a commit is tried again when the answer has no Retry-After,
   * doubled per attempt (capped at 32×), with jitter. Default: the client's (500).
   */
  retryDelayMs?: number;
  /** A longer Retry-After than this (ms) is cut to it. Default: the client's (60 000). */
  maxRetryAfterMs?: number;
}

/**
 * Resuming an upload session: its id, or the session as `onSession` or an UploadError gave
 * it. Its stored parts are listed and only the missing ones are sent; the file's folder and
 * name are the session's, so they are not given again. The source must be one that can be
 * read again (bytes, a Blob or a File).
 */
export interface ResumeOptions extends UploadOptionsBase {
  /** The session to continue: its id, or the session object. */
  resume: string | UploadSession;
  /** The session's folder holds: not given on a resume. */
  folderId?: never;
  /** The session's name holds: not given on a resume. */
  fileName?: never;
}

/** `uploadFile`'s options for a new file: where it goes and its name, and how to upload it. */
export interface NewFileOptions extends UploadOptionsBase {
  /** The folder of the new file; `"0"` is the root folder. */
  folderId: string;
  /** The new file's name, unique in its folder. */
  fileName: string;
  /** A new upload (see {@link ResumeOptions} to continue one). */
  resume?: undefined;
}

/** `uploadFile`'s options: a new file's folder and name, or the session to resume. */
export type UploadFileOptions = NewFileOptions | ResumeOptions;

/** `uploadFileVersion`'s options for a new upload: a new name if wanted, and how to upload it. */
export interface NewVersionOptions extends UploadOptionsBase {
  /** A new name for the file; by default it keeps its name. */
  fileName?: string;
  /** A new upload (see {@link ResumeOptions} to continue one). */
  resume?: undefined;
}

/** `uploadFileVersion`'s options: a new upload, or the session to resume. */
export type UploadFileVersionOptions = NewVersionOptions | ResumeOptions;

/**
 * What the source asks of the options: a stream its `fileSize` (it cannot say its size), and
 * a resume a source it can read again.
 */
export type OptionsFor<
  S,
  O extends {
    /** Set on a resume: the session to continue. */
    resume?: unknown;
  },
> = [S] extends [never]
  ? O
  : S extends RereadableSource
    ? O
    : Exclude<O, ResumeOptions> & { fileSize: number };

/** The options with their defaults, checked, and the number of bytes to upload. */
export interface UploadSettings {
  size: number;
  concurrency: number;
  keepSessionOnFailure: boolean;
  maxPartAttempts: number;
  maxCommitAttempts: number;
  retryDelayMs: number;
  maxRetryAfterMs: number;
}

/**
 * Checks the options against each other and the source before anything is sent: a bad one is
 * a TypeError or RangeError naming it, and no session is created. What the options leave out
 * of the retries comes from the client's own settings (`client`).
 */
export function uploadSettings(
  options: UploadOptionsBase & { resume?: unknown },
  reader: PartReader,
  client: ClientOptions = {},
): UploadSettings {
  const {
    maxRetries = RETRY_DEFAULTS.maxRetries,
    retryDelayMs: clientDelayMs = RETRY_DEFAULTS.retryDelayMs,
    maxRetryAfterMs: clientMaxRetryAfterMs = RETRY_DEFAULTS.maxRetryAfterMs,
  } = client;
  const {
    concurrency = 4,
    keepSessionOnFailure = false,
    maxPartAttempts = maxRetries + 1,
    maxCommitAttempts = 10,
    retryDelayMs = clientDelayMs,
    maxRetryAfterMs = clientMaxRetryAfterMs,
  } = options;
  for (const [name, value, min] of [
    ["concurrency", concurrency, 1],
    ["maxPartAttempts", maxPartAttempts, 1],
    ["maxCommitAttempts", maxCommitAttempts, 1],
    ["retryDelayMs", retryDelayMs, 0],
    ["maxRetryAfterMs", maxRetryAfterMs, 0],
  ] as const) {
    if (!Number.isInteger(value) || value < min)
      throw new TypeError(`uploadFile: ${name} must be a whole number ≥ ${min}, got ${value}`);
  }
  const declared = options.fileSize;
  if (declared !== undefined && (!Number.isSafeInteger(declared) || declared < 0))
    throw new TypeError(`uploadFile: fileSize must be a whole number of bytes, got ${declared}`);
  if (reader.size !== undefined && declared !== undefined && reader.size !== declared)
    throw new RangeError(
      `uploadFile: fileSize is ${declared} but the source holds ${reader.size} bytes`,
    );
  const size = reader.size ?? declared;
  if (size === undefined)
    throw new TypeError("uploadFile: fileSize is required when the source is a stream");
  if (options.resume !== undefined && !reader.rereadable)
    throw new TypeError(
      "uploadFile: resume needs a source that can be read again (bytes or a Blob)",
    );
  return {
    size,
    concurrency,
    keepSessionOnFailure,
    maxPartAttempts,
    maxCommitAttempts,
    retryDelayMs,
    maxRetryAfterMs,
  };
}
