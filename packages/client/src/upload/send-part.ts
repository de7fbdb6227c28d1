import { UPLOAD_METHODS as M } from "../generated/upload-methods.generated.js";
import type { BinaryBody } from "../runtime/call.js";
import { sha1Base64 } from "./sha1.js";
import { partBlobs } from "./source.js";
import type { UploadPartLike as UploadPart } from "./upload-client.js";
import { partFailure, waitToRetry } from "./upload-retry.js";
import type { UploadRun } from "./upload-run.js";
import { listParts } from "./upload-session.js";

/**
 * Sends the part at `start` with its `content-range` and SHA-1 `digest`, at most
 * `maxPartAttempts` times. A refused part is sent again after the wait; one whose outcome is
 * unknown is looked up first, since Box may have stored it, and then it must not be sent again.
 */
export async function sendPart(
  run: UploadRun,
  bytes: Uint8Array,
  start: number,
): Promise<UploadPart> {
  const { chunked, endpoints, settings, stop } = run;
  const headers = {
    digest: `sha=${await sha1Base64(bytes)}`,
    "content-range": `bytes ${start}-${start + bytes.byteLength - 1}/${settings.size}`,
  };
  for (let attempt = 1; ; attempt++) {
    let answer: Response | undefined;
    run.progress?.sending(start, 0); // an attempt again counts from its first byte
    try {
      const body = COUNTS_BODIES
        ? countedBody(bytes, (sent) => run.progress?.sending(start, sent))
        : (partBlobs.get(bytes) ?? bytes);
      const { part } = await chunked[M.uploadPart](endpoints.upload_part, body as BinaryBody, {
        headers: COUNTS_BODIES ? { ...headers, "content-length": `${bytes.byteLength}` } : headers,
        signal: stop,
        // The uploader decides about retries: an unknown outcome is looked up first.
        maxRetries: 0,
        onResponse: (response) => (answer = response),
      });
      if (!part) throw new TypeError(`upload part at offset ${start}: the answer has no part`);
      return part;
    } catch (error) {
      const kind = partFailure(error);
      if (stop.aborted || kind === "fatal" || attempt >= settings.maxPartAttempts) throw error;
      await waitToRetry(settings, answer, attempt, stop, run.slots);
      if (kind === "unknown") {
        const found = (await listParts(chunked, endpoints.list_parts, run.totalParts, stop)).find(
          (p) => p.offset === start,
        );
        if (found && found.size === bytes.byteLength) return found;
      }
    }
  }
}

/**
 * Node's fetch reads a stream body as it writes it to the socket, so the bytes a part has sent
 * can be counted there; a stream of the part's own bytes (slices of it, never copies) is also
 * what the transport would make of them. Browsers send stream bodies over HTTP/2 only: there a
 * part is sent as bytes and counts once stored.
 */
const COUNTS_BODIES = !!(globalThis as { process?: { versions?: { undici?: string } } }).process
  ?.versions?.undici;

/**
 * A slice of a part handed to fetch at a time: progress moves every MiB sent (more often than
 * ten times a second below 10 MiB/s), and an 8 MiB part is 8 writes, not 128.
 */
const SLICE = 1024 * 1024;

/** The part's bytes as a stream that fetch pulls slice by slice, saying how many it has pulled. */
function countedBody(bytes: Uint8Array, sent: (bytes: number) => void): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream(
    {
      pull(controller) {
        if (at >= bytes.byteLength) return controller.close();
        const end = Math.min(at + SLICE, bytes.byteLength);
        controller.enqueue(bytes.subarray(at, end));
        at = end;
        sent(at);
      },
    },
    // Nothing read ahead: a slice is pulled when fetch is ready to write it.
    { highWaterMark: 0 },
  );
}
