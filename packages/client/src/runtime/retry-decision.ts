import { NetworkError } from "./errors.js";

/** Rate limiting and transient server or gateway failures: worth another attempt. */
export const RETRY_STATUSES = [429, 500, 502, 503, 504];

/**
 * The retry settings' defaults, shared by the transport (`createClient`'s options) and the
 * uploader (`uploadFile`'s), so that both wait alike unless told otherwise.
 */
export const RETRY_DEFAULTS = { maxRetries: 2, retryDelayMs: 500, maxRetryAfterMs: 60_000 };

/** How one attempt ended: with a response, or with an error (its own, or the caller's abort). */
export type Outcome =
  { status: number; retryAfter: string | null } | { error: unknown; aborted: boolean };

/** What the caller of a call chose, and what the call has used of it. */
export interface RetryPolicy {
  /** Retries allowed after the first attempt. */
  retries: number;
  /** The method may be repeated (idempotent, or the caller opted in). */
  repeatable: boolean;
  /** A token function that has not yet been asked for a fresh token in this call. */
  canRefresh: boolean;
  /** First backoff delay, doubled per retry (capped at 32×). */
  baseMs: number;
  /** A longer `Retry-After` ends the retries instead of waiting. */
  maxRetryAfterMs: number;
}

/**
 * What to do next: a number of milliseconds to wait before retrying, or one of the three
 * below (negative, so never a delay). A number rather than an object: the bundle is the budget.
 */
export type Decision = number;
/** Hand the response back (the reader throws an ApiError for a non-2xx one). */
export const RETURN = -1;
/** Throw the attempt's error. */
export const THROW = -2;
/** Ask the token function for a fresh token and try once more, outside the retry budget. */
export const REFRESH = -3;

/**
 * The retry decision, apart from any I/O: after attempt `n` (0-based, refreshes not counted)
 * ended with `outcome`. A 401 gets one fresh token outside the retry budget; a retryable status
 * or a network failure is retried while the budget lasts and the method may be repeated; the
 * caller's abort never is. `now` and `random` make the delay reproducible in tests.
 */
export function decide(
  outcome: Outcome,
  n: number,
  policy: RetryPolicy,
  now = Date.now(),
  random = Math.random(),
): Decision {
  const budget = n < policy.retries && policy.repeatable;
  if ("error" in outcome)
    return budget && !outcome.aborted && outcome.error instanceof NetworkError
      ? retryDelay(null, n, policy.baseMs, now, random)
      : THROW;
  if (outcome.status === 401 && policy.canRefresh) return REFRESH;
  if (!budget || !RETRY_STATUSES.includes(outcome.status)) return RETURN;
  const afterMs = retryDelay(outcome.retryAfter, n, policy.baseMs, now, random);
  return afterMs <= policy.maxRetryAfterMs ? afterMs : RETURN;
}

/**
 * Milliseconds before the attempt after attempt `n` (0-based): the server's `Retry-After`
 * (seconds or an HTTP date), else exponential backoff capped at 32 × `baseMs`, with jitter so
 * that clients spread out.
 */
export function retryDelay(
  header: string | null,
  n: number,
  baseMs: number,
  now = Date.now(),
  random = Math.random(),
): number {
  const ms = header ? (Number.isNaN(+header) ? Date.parse(header) - now : +header * 1000) : NaN;
  return Number.isNaN(ms)
    ? Math.min(baseMs * 2 ** n, baseMs * 32) * (0.5 + random / 2)
    : Math.max(0, ms);
}
