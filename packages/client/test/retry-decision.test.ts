/**
 * The retry decision as a table: how an attempt ended, which attempt it was, what the call
 * allows → what comes next. Pure: the delay's jitter and clock are given.
 */
import { describe, expect, it } from "vitest";
import { NetworkError, TimeoutError } from "../src/runtime/errors.js";
import {
  decide,
  REFRESH,
  retryDelay,
  RETURN,
  THROW,
  type Outcome,
  type RetryPolicy,
} from "../src/runtime/retry-decision.js";

const POLICY: RetryPolicy = {
  retries: 2,
  repeatable: true,
  canRefresh: false,
  baseMs: 100,
  maxRetryAfterMs: 60_000,
};
const NOW = Date.parse("2026-01-01T00:00:00Z");
const status = (code: number, retryAfter: string | null = null): Outcome => ({
  status: code,
  retryAfter,
});
const failure = (error: unknown, aborted = false): Outcome => ({ error, aborted });

describe("decide", () => {
  it.each<[string, Outcome, number, Partial<RetryPolicy>, number]>([
    ["a 200 is returned", status(200), 0, {}, RETURN],
    ["a 404 is returned (the reader throws the ApiError)", status(404), 0, {}, RETURN],
    ["a 503 is retried after the backoff (jitter 0: half of 100 ms)", status(503), 0, {}, 50],
    ["the backoff doubles per attempt", status(502), 1, {}, 100],
    ["a 429's Retry-After in seconds wins", status(429, "3"), 0, {}, 3000],
    ["a Retry-After as an HTTP date", status(429, "Thu, 01 Jan 2026 00:00:05 GMT"), 0, {}, 5000],
    ["a Retry-After past the limit ends the retries", status(429, "120"), 0, {}, RETURN],
    ["no retries left: returned", status(503), 2, {}, RETURN],
    ["POST without the opt-in: returned", status(503), 0, { repeatable: false }, RETURN],
    [
      "a 401 with a token function not yet refreshed: refresh",
      status(401),
      0,
      { canRefresh: true },
      REFRESH,
    ],
    [
      "a 401 with the budget spent still refreshes once",
      status(401),
      2,
      { canRefresh: true },
      REFRESH,
    ],
    ["a 401 after the refresh: returned", status(401), 0, {}, RETURN],
    ["a network failure is retried", failure(new NetworkError("reset")), 0, {}, 50],
    ["a timeout (a NetworkError) is retried", failure(new TimeoutError("slow")), 1, {}, 100],
    [
      "the caller's abort is thrown, never retried",
      failure(new NetworkError("x"), true),
      0,
      {},
      THROW,
    ],
    ["an unsafe-host refusal or an ApiError is thrown", failure(new TypeError("no")), 0, {}, THROW],
    [
      "a network failure with no retries left is thrown",
      failure(new NetworkError("x")),
      2,
      {},
      THROW,
    ],
    [
      "a network failure of a POST is thrown",
      failure(new NetworkError("x")),
      0,
      { repeatable: false },
      THROW,
    ],
  ])("%s", (_name, outcome, n, policy, want) => {
    expect(decide(outcome, n, { ...POLICY, ...policy }, NOW, 0)).toEqual(want);
  });
});

describe("retryDelay", () => {
  it("is capped at 32 × the base, with jitter between half and all of it", () => {
    expect(retryDelay(null, 10, 100, NOW, 0)).toBe(1600);
    expect(retryDelay(null, 10, 100, NOW, 1)).toBe(3200);
  });
  it("never waits a negative time for a date in the past", () => {
    expect(retryDelay("Wed, 31 Dec 2025 23:59:00 GMT", 0, 100, NOW, 0)).toBe(0);
  });
});
