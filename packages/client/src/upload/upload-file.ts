import { ApiError, NetworkError } from "../runtime/errors.js";
import { retryDelay, sleep } from "../runtime/transport.js";
import { createSha1, sha1Base64 } from "./sha1.js";
import { partReader, type UploadSource } from "./source.js";
import type {
  CommittedFile,
  UploadClient,
  UploadPartLike as UploadPart,
  UploadSessionLike as UploadSession,
} from "./upload-client.js";
import { UploadError } from "./upload-error.js";

/** What `onProgress` hears after every part Box has stored. */
export interface UploadProgress {
  bytesUploaded: number;
  totalBytes: number;
  partsUploaded: number;
  totalParts: number;
}

export interface UploadOptionsBase {
  /** The source's size in bytes: required for a stream, checked against any other source. */
  fileSize?: number;
  /** Parts in flight at once. Memory held is about `concurrency × part_size`. Default 4. */
  concurrency?: number;
  /** Stops the upload: parts in flight are cancelled and the session is deleted (unless kept). */
  signal?: AbortSignal;
  onProgress?: (progress: UploadProgress) => void;
  /**
   * Continue an upload session (its id, or the session object): its parts are listed and only
   * the missing ones are sent. Needs a source that can be read again (bytes or a Blob).
   */
  resume?: string | UploadSession;
  /** Keep the session when the upload fails, to resume it later. Default false: it is deleted. */
  keepSessionOnFailure?: boolean;
  /** Attempts per part before the upload fails. Default 4. */
  maxPartAttempts?: number;
  /** Commits answered 202 ("not processed yet") before the upload fails. Default 10. */
  maxCommitAttempts?: number;
  /** A longer Retry-After than this (ms) is cut to it. Default 60 000. */
  maxRetryAfterMs?: number;
}

export interface UploadFileOptions extends UploadOptionsBase {
  /** The folder of the new file; `"0"` is the root folder. */
  folderId: string;
  fileName: string;
}

export interface UploadFileVersionOptions extends UploadOptionsBase {
  /** A new name for the file; by default it keeps its name. */
  fileName?: string;
}

/**
 * Uploads a new file to Box in parts (Box's chunked upload) and returns the committed file.
 * Parts go up in parallel; each part and the whole file are checked with SHA-1 digests; a part
 * whose outcome is unknown is looked up before it is sent again; a commit answered 202 is
 * retried after its Retry-After. On failure or abort the session is deleted (unless
 * `keepSessionOnFailure`) and an {@link UploadError} is thrown.
 */
export function uploadFile<C extends UploadClient>(
  box: C,
  source: UploadSource,
  options: UploadFileOptions,
): Promise<CommittedFile<C>> {
  return upload(box, source, options, (fileSize) =>
    box.chunkedUploads.createFileUploadSession(
      { folder_id: options.folderId, file_name: options.fileName, file_size: fileSize },
      { signal: options.signal },
    ),
  );
}

/** Uploads a new version of an existing file, in parts; otherwise as {@link uploadFile}. */
export function uploadFileVersion<C extends UploadClient>(
  box: C,
  fileId: string,
  source: UploadSource,
  options: UploadFileVersionOptions = {},
): Promise<CommittedFile<C>> {
  return upload(box, source, options, (fileSize) =>
    box.chunkedUploads.createFileUploadSessionForExistingFile(
      fileId,
      {
        file_size: fileSize,
        ...(options.fileName !== undefined && { file_name: options.fileName }),
      },
      { signal: options.signal },
    ),
  );
}

/** Box's limit for one page of `list parts`. */
const PAGE = 1000;

async function upload<F>(
  box: UploadClient,
  source: UploadSource,
  options: UploadOptionsBase,
  createSession: (fileSize: number) => Promise<UploadSession>,
): Promise<F> {
  const {
    concurrency = 4,
    signal,
    onProgress,
    keepSessionOnFailure = false,
    maxPartAttempts = 4,
    maxCommitAttempts = 10,
    maxRetryAfterMs = 60_000,
  } = options;
  for (const [name, value, min] of [
    ["concurrency", concurrency, 1],
    ["maxPartAttempts", maxPartAttempts, 1],
    ["maxCommitAttempts", maxCommitAttempts, 1],
    ["maxRetryAfterMs", maxRetryAfterMs, 0],
  ] as const) {
    if (!Number.isInteger(value) || value < min)
      throw new TypeError(`uploadFile: ${name} must be a whole number ≥ ${min}, got ${value}`);
  }
  const reader = partReader(source);
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
  signal?.throwIfAborted();

  const chunked = box.chunkedUploads;
  let session: UploadSession;
  try {
    session =
      typeof options.resume === "string"
        ? await chunked.getFileUploadSessionById(options.resume, { signal })
        : (options.resume ?? (await createSession(size)));
  } catch (cause) {
    throw new UploadError(
      `uploadFile: could not ${options.resume ? "get" : "create"} the upload session`,
      { sessionKept: false, parts: [] },
      { cause },
    );
  }

  // Parts Box has stored, by offset; what a failure reports and a resume skips.
  const stored = new Map<number, UploadPart>();
  const internal = new AbortController();
  const stop = signal ? AbortSignal.any([signal, internal.signal]) : internal.signal;
  const failed = (message: string, cause: unknown) =>
    cleanUp().then(
      (kept) =>
        new UploadError(
          message,
          {
            ...(session.id !== undefined && { sessionId: session.id }),
            sessionKept: kept,
            parts: sorted(stored),
          },
          { cause },
        ),
    );
  /** Deletes the session unless asked to keep it; true when it still exists. */
  const cleanUp = async (): Promise<boolean> => {
    internal.abort();
    if (keepSessionOnFailure) return true;
    const abortUrl = session.session_endpoints?.abort;
    try {
      // Not under the caller's signal: it has usually just aborted, and the session must go.
      if (abortUrl) await chunked.deleteFileUploadSessionByUrl(abortUrl, { timeoutMs: 10_000 });
      else if (session.id)
        await chunked.deleteFileUploadSessionById(session.id, { timeoutMs: 10_000 });
      else return true;
      return false;
    } catch {
      return true; // best effort: the session expires on its own
    }
  };

  try {
    const endpoints = sessionEndpoints(session);
    const partSize = session.part_size;
    if (!Number.isSafeInteger(partSize) || partSize! <= 0)
      throw new TypeError(`the session's part_size is ${partSize}, not a positive whole number`);
    const totalParts = Math.ceil(size / partSize!);
    if (session.total_parts !== undefined && session.total_parts !== totalParts)
      throw new RangeError(
        `the session expects ${session.total_parts} parts; ${size} bytes in parts of ${partSize} make ${totalParts}`,
      );

    const listParts = async (): Promise<UploadPart[]> => {
      const all: UploadPart[] = [];
      for (let page = 0; page <= totalParts / PAGE + 1; page++) {
        const { entries = [], total_count } = await chunked.getFileUploadSessionPartsByUrl(
          endpoints.list_parts,
          { query: { offset: page * PAGE, limit: PAGE }, signal: stop },
        );
        all.push(...entries);
        if (entries.length < PAGE || (total_count !== undefined && all.length >= total_count))
          break;
      }
      return all;
    };
    if (options.resume !== undefined)
      for (const part of await listParts()) stored.set(part.offset!, part);

    let bytesUploaded = 0;
    const report = (bytes: number) => {
      bytesUploaded += bytes;
      onProgress?.({ bytesUploaded, totalBytes: size, partsUploaded: stored.size, totalParts });
    };

    const sendPart = async (bytes: Uint8Array, start: number): Promise<UploadPart> => {
      const digest = `sha=${sha1Base64(bytes)}`;
      const headers = {
        digest,
        "content-range": `bytes ${start}-${start + bytes.byteLength - 1}/${size}`,
      };
      for (let attempt = 1; ; attempt++) {
        let answer: Response | undefined;
        try {
          const { part } = await chunked.uploadFilePartByUrl(endpoints.upload_part, bytes, {
            headers,
            signal: stop,
            // The uploader decides about retries: an unknown outcome is looked up first.
            maxRetries: 0,
            onResponse: (response) => (answer = response),
          });
          if (!part) throw new TypeError(`upload part at offset ${start}: the answer has no part`);
          return part;
        } catch (error) {
          const kind = failureKind(error);
          if (stop.aborted || kind === "fatal" || attempt >= maxPartAttempts) throw error;
          await sleep(
            Math.min(
              retryDelay(answer?.headers.get("retry-after") ?? null, attempt - 1, 250),
              maxRetryAfterMs,
            ),
            stop,
          );
          if (kind === "unknown") {
            // Box may have stored it before the failure: then it must not be sent again.
            const found = (await listParts()).find((p) => p.offset === start);
            if (found && found.size === bytes.byteLength) return found;
          }
        }
      }
    };

    const whole = createSha1();
    const inFlight = new Set<Promise<void>>();
    let failure: { error: unknown } | undefined;
    let offset = 0;
    // One buffer per part in flight: the loop reads the next part only when a slot is free.
    const source = reader.parts(partSize!, concurrency)[Symbol.asyncIterator]();
    try {
      for (;;) {
        // A free slot first, then the next part: memory stays near (concurrency + 1) parts.
        while (inFlight.size >= concurrency && !failure) await Promise.race(inFlight);
        if (failure) break;
        stop.throwIfAborted();
        const next = await source.next();
        if (next.done) break;
        const bytes = next.value;
        if (offset + bytes.byteLength > size)
          throw new RangeError(`the source holds more than the declared ${size} bytes`);
        // Only the last part is short: a short one before it means the source ended early.
        if (bytes.byteLength < partSize! && offset + bytes.byteLength < size)
          throw new RangeError(
            `the source ended after ${offset + bytes.byteLength} bytes; ${size} were declared`,
          );
        const start = offset;
        offset += bytes.byteLength;
        const known = stored.get(start);
        if (known && known.size === bytes.byteLength) {
          whole.update(bytes);
          reader.release(bytes);
          report(bytes.byteLength);
          continue;
        }
        const task: Promise<void> = sendPart(bytes, start).then(
          (part) => {
            reader.release(bytes);
            stored.set(start, part);
            report(bytes.byteLength);
          },
          (error: unknown) => {
            reader.release(bytes);
            failure ??= { error };
            internal.abort(); // the parts still in flight cannot help any more
          },
        );
        inFlight.add(task);
        void task.finally(() => inFlight.delete(task));
        // The whole file's digest after the part is on its way: hashing overlaps the sending.
        // Parts still reach it in order: this loop is the only reader.
        whole.update(bytes);
      }
    } finally {
      await source.return?.();
    }
    await Promise.all(inFlight);
    if (failure) throw failure.error;
    if (offset !== size)
      throw new RangeError(`the source ended after ${offset} bytes; ${size} were declared`);

    const digest = `sha=${whole.base64()}`;
    const parts = sorted(stored);
    for (let attempt = 1; ; attempt++) {
      let answer: Response | undefined;
      const files = await chunked.createFileUploadSessionCommitByUrl(
        endpoints.commit,
        { parts },
        {
          headers: { digest },
          signal: stop,
          onResponse: (response) => (answer = response),
        },
      );
      const file = files?.entries?.[0];
      if (file) return file as F;
      if (files) throw new TypeError("the commit answered without a file");
      // 202: the parts are not processed yet.
      if (attempt >= maxCommitAttempts)
        throw new Error(`the commit was still not processed after ${attempt} attempts`);
      await sleep(
        Math.min(
          retryDelay(answer?.headers.get("retry-after") ?? null, attempt - 1, 250),
          maxRetryAfterMs,
        ),
        stop,
      );
    }
  } catch (error) {
    const aborted = signal?.aborted === true;
    throw await failed(
      aborted
        ? `uploadFile: aborted${session.id ? ` (session ${session.id})` : ""}`
        : `uploadFile: the upload${session.id ? ` of session ${session.id}` : ""} failed: ${(error as Error)?.message ?? String(error)}`,
      error,
    );
  }
}

/** The session URLs the uploader needs; a session without them cannot be uploaded to. */
function sessionEndpoints(session: UploadSession) {
  const endpoints = session.session_endpoints ?? {};
  const missing = (["upload_part", "list_parts", "commit"] as const).filter((k) => !endpoints[k]);
  if (missing.length > 0)
    throw new TypeError(`the upload session has no session_endpoints.${missing.join(", ")}`);
  return endpoints as Required<Pick<typeof endpoints, "upload_part" | "list_parts" | "commit">>;
}

/**
 * `retry` when the part was refused and can simply be sent again (429, or 412: the bytes did
 * not match their digest on arrival); `unknown` when Box may or may not have stored it (no
 * answer, a timeout, a 5xx); `fatal` otherwise.
 */
function failureKind(error: unknown): "retry" | "unknown" | "fatal" {
  if (error instanceof NetworkError) return "unknown";
  if (error instanceof ApiError) {
    if (error.status === 429 || error.status === 412) return "retry";
    if (error.status >= 500) return "unknown";
  }
  return "fatal";
}

function sorted(stored: Map<number, UploadPart>): UploadPart[] {
  return [...stored.values()].sort((a, b) => a.offset! - b.offset!);
}
