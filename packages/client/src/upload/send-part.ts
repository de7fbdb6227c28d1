import { UPLOAD_METHODS as M } from "../generated/upload-methods.generated.js";
import { sha1Base64 } from "./sha1.js";
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
    digest: `sha=${sha1Base64(bytes)}`,
    "content-range": `bytes ${start}-${start + bytes.byteLength - 1}/${settings.size}`,
  };
  for (let attempt = 1; ; attempt++) {
    let answer: Response | undefined;
    try {
      const { part } = await chunked[M.uploadPart](endpoints.upload_part, bytes, {
        headers,
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
      await waitToRetry(settings, answer, attempt, stop);
      if (kind === "unknown") {
        const found = (await listParts(chunked, endpoints.list_parts, run.totalParts, stop)).find(
          (p) => p.offset === start,
        );
        if (found && found.size === bytes.byteLength) return found;
      }
    }
  }
}
