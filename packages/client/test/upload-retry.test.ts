/**
 * The uploader's retry decisions, through the transport's policy: which failures of a part are
 * sent again, looked up first or final (the transport's retryable statuses, plus 412 for bytes
 * that arrived corrupted), and how long it waits (the transport's backoff from `retryDelayMs`,
 * or Retry-After cut to `maxRetryAfterMs`). Fake timers: nothing here depends on the machine.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError, NetworkError } from "../src/runtime/errors.js";
import { partReader } from "../src/upload/source.js";
import { uploadSettings } from "../src/upload/upload-options.js";
import { partFailure, waitToRetry } from "../src/upload/upload-retry.js";

const apiError = (status: number) =>
  new ApiError({ status, method: "PUT", url: "https://upload.box.com/api/2.0/x" });

describe("what a failed part calls for", () => {
  it.each([
    ["no answer", new NetworkError("PUT x failed"), "unknown"],
    ["429", apiError(429), "retry"],
    ["412 (the digest did not match on arrival)", apiError(412), "retry"],
    ["500", apiError(500), "unknown"],
    ["503", apiError(503), "unknown"],
    ["501 (not a transient failure)", apiError(501), "fatal"],
    ["400", apiError(400), "fatal"],
    ["416", apiError(416), "fatal"],
    ["a bad source", new RangeError("short"), "fatal"],
  ])("%s → %s", (_name, error, want) => {
    expect(partFailure(error)).toBe(want);
  });
});

describe("how long it waits", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.spyOn(Math, "random").mockReturnValue(1); // jitter at its top: the delay exactly
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  /** The milliseconds `waitToRetry` waited, to the millisecond. */
  async function waited(...args: Parameters<typeof waitToRetry>): Promise<number> {
    let done = false;
    void waitToRetry(...args).then(() => (done = true));
    for (let ms = 0; ms <= 100_000; ms++) {
      await vi.advanceTimersByTimeAsync(ms === 0 ? 0 : 1);
      if (done) return ms;
    }
    throw new Error("never resolved");
  }
  const answer = (retryAfter?: string) =>
    new Response(null, { status: 429, headers: retryAfter ? { "retry-after": retryAfter } : {} });
  const settings = { retryDelayMs: 100, maxRetryAfterMs: 5_000 };
  const signal = new AbortController().signal;

  it.each([
    ["attempt 1, no Retry-After: retryDelayMs", undefined, 1, 100],
    ["attempt 3, no Retry-After: doubled twice", undefined, 3, 400],
    ["attempt 9: capped at 32×", undefined, 9, 3_200],
    ["Retry-After: 2", "2", 1, 2_000],
    ["Retry-After: 60, cut to maxRetryAfterMs", "60", 1, 5_000],
  ])("%s", async (_name, retryAfter, attempt, want) => {
    expect(await waited(settings, answer(retryAfter), attempt, signal)).toBe(want);
  });

  it("rejects with the signal's reason as soon as it aborts", async () => {
    const controller = new AbortController();
    const wait = waitToRetry(settings, undefined, 1, controller.signal);
    controller.abort(new Error("stopped"));
    await expect(wait).rejects.toThrow("stopped");
  });
});

describe("the upload's retry settings", () => {
  const reader = partReader(new Uint8Array(10));
  it.each([
    ["a client with no settings: the transport's defaults", {}, {}, [3, 500, 60_000]],
    [
      "the client's own settings",
      { maxRetries: 5, retryDelayMs: 7, maxRetryAfterMs: 9 },
      {},
      [6, 7, 9],
    ],
    [
      "the upload's options over the client's",
      { maxRetries: 5, retryDelayMs: 7 },
      { maxPartAttempts: 2, retryDelayMs: 1 },
      [2, 1, 60_000],
    ],
  ])("%s", (_name, client, options, [maxPartAttempts, retryDelayMs, maxRetryAfterMs]) => {
    expect(uploadSettings(options, reader, client)).toMatchObject({
      maxPartAttempts,
      retryDelayMs,
      maxRetryAfterMs,
    });
  });
});
