/**
 * One bound on parts in flight across several uploads (`uploadFiles`), and one back-off: when
 * Box answers a part with 429, no upload starts another part until the Retry-After has passed.
 */
export interface PartSlots {
  /** Resolves when a part may go: a slot is free and no back-off holds; rejects on abort. */
  acquire(signal: AbortSignal): Promise<void>;
  /** A part is done with its slot. */
  release(): void;
  /** Nobody starts a part for `ms` (a 429's Retry-After); parts in flight go on. */
  pause(ms: number): void;
}

export function partSlots(limit: number): PartSlots {
  let active = 0;
  let pausedUntil = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waiting: Array<() => void> = [];
  const pump = () => {
    const wait = pausedUntil - Date.now();
    if (wait > 0) {
      timer ??= setTimeout(() => {
        timer = undefined;
        pump();
      }, wait);
      return;
    }
    while (active < limit && waiting.length > 0) {
      active++;
      waiting.shift()!();
    }
  };
  return {
    acquire(signal) {
      return new Promise((resolve, reject) => {
        const onAbort = () => {
          const at = waiting.indexOf(granted);
          if (at !== -1) waiting.splice(at, 1);
          reject(signal.reason);
        };
        const granted = () => {
          signal.removeEventListener("abort", onAbort);
          resolve();
        };
        if (signal.aborted) return reject(signal.reason);
        signal.addEventListener("abort", onAbort, { once: true });
        waiting.push(granted);
        pump();
      });
    },
    release() {
      active--;
      pump();
    },
    pause(ms) {
      pausedUntil = Math.max(pausedUntil, Date.now() + ms);
      clearTimeout(timer);
      timer = undefined;
      pump();
    },
  };
}
