import { UPLOAD_METHODS as M } from "../generated/upload-methods.generated.js";
import { transportOf } from "../runtime/client-transport.js";
import { commitUpload } from "./commit.js";
import { sendParts } from "./part-pool.js";
import type { PartSlots } from "./part-slots.js";
import { progressCounter } from "./upload-progress.js";
import { partReader, type RereadableSource, type UploadSource } from "./source.js";
import type {
  CommittedFile,
  UploadClient,
  UploadSessionLike as UploadSession,
} from "./upload-client.js";
import { UploadError } from "./upload-error.js";
import {
  type NewFileOptions,
  type NewVersionOptions,
  type OptionsFor,
  type UploadFileOptions,
  type UploadFileVersionOptions,
  type UploadOptionsBase,
  uploadSettings,
} from "./upload-options.js";
import { type UploadRun, sortedParts } from "./upload-run.js";
import { closeSession, listParts, openSession, sessionLayout } from "./upload-session.js";

export type {
  NewFileOptions,
  NewVersionOptions,
  OptionsFor,
  ResumeOptions,
  UploadFileOptions,
  UploadFileVersionOptions,
  UploadOptionsBase,
  UploadProgress,
} from "./upload-options.js";

/**
 * Uploads a new file to Box in parts (Box's chunked upload) and returns the committed file.
 * Parts go up in parallel; each part and the whole file are checked with SHA-1 digests; a part
 * whose outcome is unknown is looked up before it is sent again; a commit answered 202 is
 * retried after its Retry-After. On failure or abort the session is deleted (unless
 * `keepSessionOnFailure`) and an {@link UploadError} is thrown. With `{ resume }` (the id
 * `onSession` gave, say) it continues a session instead, sending only the missing parts.
 */
export function uploadFile<C extends UploadClient, S extends UploadSource>(
  box: C,
  source: S,
  options: OptionsFor<S, UploadFileOptions>,
): Promise<CommittedFile<C>> {
  return uploadNewFile(box, source, options);
}

/** `uploadFile`, with the slots it shares with other uploads (`uploadFiles`). */
export function uploadNewFile<C extends UploadClient>(
  box: C,
  source: UploadSource,
  options: UploadFileOptions,
  slots?: PartSlots,
): Promise<CommittedFile<C>> {
  const { folderId, fileName } = options as NewFileOptions;
  return upload(
    box,
    source,
    options,
    (fileSize) =>
      box[M.resource][M.createSession](
        { folder_id: folderId, file_name: fileName, file_size: fileSize },
        { signal: options.signal },
      ),
    slots,
  );
}

/** Uploads a new version of an existing file, in parts; otherwise as {@link uploadFile}. */
export function uploadFileVersion<C extends UploadClient, S extends UploadSource>(
  box: C,
  fileId: string,
  source: S,
  ...[options = {} as never]: S extends RereadableSource
    ? [options?: OptionsFor<S, UploadFileVersionOptions>]
    : [options: OptionsFor<S, UploadFileVersionOptions>]
): Promise<CommittedFile<C>> {
  const { fileName } = options as NewVersionOptions;
  return upload(box, source, options, (fileSize) =>
    box[M.resource][M.createVersionSession](
      fileId,
      { file_size: fileSize, ...(fileName !== undefined && { file_name: fileName }) },
      { signal: options.signal },
    ),
  );
}

/**
 * The upload itself: settings checked, the session opened (or resumed: its stored parts
 * listed), the parts sent, the commit; on any failure the session closed and one UploadError.
 */
async function upload<F>(
  box: UploadClient,
  source: UploadSource,
  options: UploadOptionsBase & { resume?: string | UploadSession | undefined },
  createSession: (fileSize: number) => Promise<UploadSession>,
  slots?: PartSlots,
): Promise<F> {
  const { signal, onProgress } = options;
  const reader = partReader(source);
  const settings = uploadSettings(options, reader, transportOf(box)?.options);
  signal?.throwIfAborted();
  const chunked = box[M.resource];
  const session = await openSession(
    chunked,
    options.resume,
    () => createSession(settings.size),
    signal,
  );

  const internal = new AbortController();
  const stop = signal ? AbortSignal.any([signal, internal.signal]) : internal.signal;
  const stored: UploadRun["stored"] = new Map();
  try {
    const run: UploadRun = {
      chunked,
      settings,
      stop,
      stored,
      slots,
      ...sessionLayout(session, settings.size),
    };
    await options.onSession?.(session);
    if (options.resume !== undefined)
      for (const part of await listParts(chunked, run.endpoints.list_parts, run.totalParts, stop))
        stored.set(part.offset!, part);
    const progress = progressCounter(onProgress, stored, settings.size, run.totalParts);
    run.progress = progress;
    progress.update();
    try {
      const digest = await sendParts(run, reader, () => internal.abort());
      progress.finish();
      return await commitUpload<F>(run, digest);
    } finally {
      progress.stop();
    }
  } catch (error) {
    internal.abort();
    const kept = await closeSession(chunked, session, settings.keepSessionOnFailure);
    const which = session.id ? ` (session ${session.id})` : "";
    throw new UploadError(
      signal?.aborted === true
        ? `uploadFile: aborted${which}`
        : `uploadFile: the upload${session.id ? ` of session ${session.id}` : ""} failed: ${(error as Error)?.message ?? String(error)}`,
      {
        ...(session.id !== undefined && { sessionId: session.id }),
        sessionKept: kept,
        parts: sortedParts(stored),
      },
      { cause: error },
    );
  }
}
