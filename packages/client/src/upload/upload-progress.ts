import type { UploadPartLike as UploadPart } from "./upload-client.js";
import type { UploadProgress } from "./upload-options.js";

/** Events at most this often (ms), but the first and the last: a progress bar needs no more. */
const EVERY_MS = 100;

/** What the upload tells its progress: bytes handed to the network, and parts Box stored. */
export interface ProgressCounter {
  /** Bytes of the part at `start` handed to the network on its current attempt, so far. */
  sending(start: number, bytes: number): void;
  /** Something changed (a part stored): an event, unless one went out under EVERY_MS ago. */
  update(): void;
  /** The last event, at once; no later one. */
  finish(): void;
  /** No more events (the upload failed). */
  stop(): void;
}

/**
 * The upload's progress, from the parts Box has stored (so bytes and parts agree, and a
 * resumed session counts from the first event) and the bytes each part in flight has sent so
 * far (a part that is tried again starts its count again). Events are spaced EVERY_MS apart;
 * one held back goes out when the time comes, so the last state is never lost.
 */
export function progressCounter(
  onProgress: ((progress: UploadProgress) => void) | undefined,
  stored: Map<number, UploadPart>,
  totalBytes: number,
  totalParts: number,
): ProgressCounter {
  const inFlight = new Map<number, number>();
  let last = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const emit = () => {
    clearTimeout(timer);
    timer = undefined;
    last = Date.now();
    let bytesUploaded = 0;
    for (const part of stored.values()) bytesUploaded += part.size ?? 0;
    let bytesSent = bytesUploaded;
    for (const [start, bytes] of inFlight) if (!stored.has(start)) bytesSent += bytes;
    onProgress?.({
      bytesSent,
      bytesUploaded,
      totalBytes,
      partsUploaded: stored.size,
      totalParts,
    });
  };
  const update = () => {
    if (done || !onProgress) return;
    const wait = last + EVERY_MS - Date.now();
    if (wait <= 0) emit();
    else timer ??= setTimeout(emit, wait);
  };
  return {
    sending(start, bytes) {
      inFlight.set(start, bytes);
      update();
    },
    update,
    finish() {
      if (done) return;
      emit();
      done = true;
    },
    stop() {
      done = true;
      clearTimeout(timer);
    },
  };
}
