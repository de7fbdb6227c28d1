/**
 * When part answers go out, for tests that watch an uploader's concurrency: each answer can be
 * held `partDelayMs`, or held until `holdParts.until` parts are waiting at once (then
 * `graceMs` more in case one more arrives; at most `limitMs` in all), so that a test sees the
 * client's whole concurrency however slow the machine is. Counts the most parts in flight.
 */
export interface PartPacingRules {
  /** Hold every part's answer this long (ms). Default 0. */
  partDelayMs?: number;
  /**
   * Hold part answers until `until` parts wait at once (then `graceMs`, default 300, more),
   * answer them all and hold no more; a client that never gets there is answered after
   * `limitMs` (default 10 000).
   */
  holdParts?: { until: number; graceMs?: number; limitMs?: number };
}

export interface PartPacing {
  /** Around one part's handling: counts it in flight and holds its answer as the rules say. */
  pace<T>(handle: () => Promise<T>): Promise<T>;
  maxInFlight(): number;
  /** Lets every held answer go (the mock is closing). */
  release(): void;
}

export function partPacing({ partDelayMs = 0, holdParts }: PartPacingRules): PartPacing {
  let inFlight = 0;
  let most = 0;
  let released = !holdParts;
  let waiting: Array<() => void> = [];
  const timers: NodeJS.Timeout[] = [];
  const release = () => {
    released = true;
    for (const timer of timers) clearTimeout(timer);
    for (const resume of waiting) resume();
    waiting = [];
  };
  const arrived = () => {
    if (released || !holdParts) return;
    if (timers.length === 0) timers.push(setTimeout(release, holdParts.limitMs ?? 10_000));
    if (inFlight > holdParts.until) release();
    else if (inFlight === holdParts.until && timers.length === 1)
      timers.push(setTimeout(release, holdParts.graceMs ?? 300));
  };
  return {
    async pace(handle) {
      most = Math.max(most, ++inFlight);
      arrived();
      try {
        const result = await handle();
        if (partDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, partDelayMs));
        if (!released) await new Promise<void>((resume) => waiting.push(resume));
        return result;
      } finally {
        inFlight--;
      }
    },
    maxInFlight: () => most,
    release,
  };
}
