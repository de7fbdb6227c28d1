import { ApiError, NetworkError } from "../runtime/errors.js";
import { RETRY_STATUSES, retryDelay, sleep } from "../runtime/transport.js";
import type { UploadSettings } from "./upload-options.js";
import type { PartSlots } from "./part-slots.js";

/**
 * What a failed part upload calls for. `retry`: refused, send it again (429, and 412: the
 * bytes did not match their digest on arrival). `unknown`: Box may or may not have stored it
 * (no answer, a timeout, one of the transport's retryable 5xx), so look it up first. `fatal`:
 * anything else, which no attempt will change.
 */
export function partFailure(error: unknown): "retry" | "unknown" | "fatal" {
  if (error instanceof NetworkError) return "unknown";
  if (error instanceof ApiError) {
    if (error.status === 429 || error.status === 412) return "retry";
    if (RETRY_STATUSES.includes(error.status)) return "unknown";
  }
  return "fatal";
}

/**
 * Waits before attempt `attempt + 1` (1-based): the answer's Retry-After, cut to
 * `maxRetryAfterMs`, else the transport's backoff from `retryDelayMs`. Rejects as soon as the
 * signal aborts.
 */
export function waitToRetry(
  settings: Pick<UploadSettings, "retryDelayMs" | "maxRetryAfterMs">,
  answer: Response | undefined,
  attempt: number,
  signal: AbortSignal,
  slots?: PartSlots,
): Promise<void> {
  const retryAfter = answer?.headers.get("retry-after") ?? null;
  const ms = Math.min(
    retryDelay(retryAfter, attempt - 1, settings.retryDelayMs),
    settings.maxRetryAfterMs,
  );
  // Too many requests: the uploads that share the slots hold back as long as this one.
  if (answer?.status === 429) slots?.pause(ms);
  return sleep(ms, signal);
}
