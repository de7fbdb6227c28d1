import { partSlots } from "./part-slots.js";
import type { UploadSource } from "./source.js";
import type { CommittedFile, UploadClient, UploadSessionLike } from "./upload-client.js";
import { UploadError } from "./upload-error.js";
import { uploadNewFile } from "./upload-file.js";
import type { NewFileOptions, UploadProgress } from "./upload-options.js";

/** One file of `uploadFiles`: its source, and its folder, name and (for a stream) size. */
export interface UploadItem {
  /** The file's bytes: bytes in memory, a Blob or File, or a stream (then give `fileSize`). */
  source: UploadSource;
  /** The folder of the new file; `"0"` is the root folder. */
  folderId: string;
  /** The new file's name, unique in its folder. */
  fileName: string;
  /** The source's size in bytes: required for a stream. */
  fileSize?: number;
}

/** `uploadFiles`' options: what all the files share (`F`: the committed file's type). */
export interface UploadFilesOptions<F = unknown> extends Omit<
  NewFileOptions,
  "folderId" | "fileName" | "fileSize" | "onProgress" | "onSession"
> {
  /**
   * Parts in flight at once across all the files (default 4); as many files are uploaded at a
   * time. When Box answers a part with 429, no file starts another part until its Retry-After.
   */
  concurrency?: number;
  /** Progress of the file at `index` in `items`, as `uploadFile`'s `onProgress` reports it. */
  onProgress?: (index: number, progress: UploadProgress) => void;
  /** The session of the file at `index` exists: as `uploadFile`'s `onSession`. */
  onSession?: (index: number, session: UploadSessionLike) => void | Promise<void>;
  /** The file at `index` is done: committed, or failed with its UploadError. */
  onFileDone?: (index: number, result: UploadFileResult<F>) => void;
}

/** One file's outcome, as `Promise.allSettled` gives it: its committed file, or its UploadError. */
export type UploadFileResult<F> =
  | {
      /** The file was committed. */
      status: "fulfilled";
      /** The committed file. */
      value: F;
    }
  | {
      /** The file failed. */
      status: "rejected";
      /** Why, with its session and the parts Box stored. */
      reason: UploadError;
    };

/**
 * Uploads many new files with one bound on the parts in flight across all of them and one
 * back-off when Box answers 429. Every file is tried, whatever happens to the others; the
 * results come back in the order of `items`, each the committed file or its UploadError.
 */
export async function uploadFiles<C extends UploadClient>(
  box: C,
  items: readonly UploadItem[],
  options: UploadFilesOptions<CommittedFile<C>> = {},
): Promise<Array<UploadFileResult<CommittedFile<C>>>> {
  const { concurrency = 4, onProgress, onSession, onFileDone, ...shared } = options;
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new TypeError(`uploadFiles: concurrency must be a whole number ≥ 1, got ${concurrency}`);
  const slots = partSlots(concurrency);
  const results: Array<UploadFileResult<CommittedFile<C>>> = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < items.length; index = next++) {
      const { source, folderId, fileName, fileSize } = items[index]!;
      try {
        const value = await uploadNewFile(
          box,
          source,
          {
            ...shared,
            folderId,
            fileName,
            concurrency,
            ...(fileSize !== undefined && { fileSize }),
            ...(onProgress && { onProgress: (p: UploadProgress) => onProgress(index, p) }),
            ...(onSession && { onSession: (s: UploadSessionLike) => onSession(index, s) }),
          },
          slots,
        );
        results[index] = { status: "fulfilled", value };
      } catch (error) {
        // A bad argument fails before the file's session: an UploadError all the same.
        const reason =
          error instanceof UploadError
            ? error
            : new UploadError(
                `uploadFiles: ${fileName}: ${(error as Error)?.message ?? String(error)}`,
                { sessionKept: false, parts: [] },
                { cause: error },
              );
        results[index] = { status: "rejected", reason };
      }
      onFileDone?.(index, results[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
