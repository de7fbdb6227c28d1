/**
 * `uploadFiles`: many files through one bound on parts in flight and one back-off, against the
 * stateful mock. 50 small files and 3 big ones with a 429 among the answers: every file is
 * committed byte for byte but the one given a wrong size, which is reported on its own; the
 * mock never sees more parts at once than the bound; and while a 429's Retry-After runs, the
 * other files start no new part (only those that already held a slot may still go).
 */
import { describe, expect, it } from "vitest";
import { partSlots } from "../src/upload/part-slots.js";
import { UploadError, uploadFiles, type UploadItem } from "../src/upload/index.js";
import { bytesOf, committed, mock, PART, setUp } from "./upload-fixtures.js";

describe("uploadFiles", () => {
  it("50 small and 3 big files, a 429 among them: one bound, one back-off, each result its own", async () => {
    const concurrency = 3;
    const starts: number[] = [];
    const refusals: number[] = [];
    const box = await setUp(
      {},
      {
        fetch: async (request) => {
          const part = request.method === "PUT";
          if (part) starts.push(performance.now());
          const response = await fetch(request);
          if (part && response.status === 429) refusals.push(performance.now());
          return response;
        },
      },
    );
    mock.faults.push({ kind: "429", retryAfter: 2 });
    const sources = [
      ...Array.from({ length: 50 }, (_, i) => bytesOf(1_000 + i, i + 1)),
      ...Array.from({ length: 3 }, (_, i) => bytesOf(12 * PART + i, 100 + i)),
    ];
    const items: UploadItem[] = sources.map((source, i) => ({
      source,
      folderId: "0",
      fileName: `f${i}.bin`,
    }));
    // A file whose declared size is wrong fails alone, before its session.
    items.push({ source: bytesOf(10), folderId: "0", fileName: "wrong.bin", fileSize: 11 });
    const done: number[] = [];
    const results = await uploadFiles(box, items, {
      concurrency,
      maxPartAttempts: 5,
      onFileDone: (index) => done.push(index),
    });

    expect(results).toHaveLength(items.length);
    for (const [i, source] of sources.entries()) {
      const result = results[i]!;
      expect(result.status, `${items[i]!.fileName}`).toBe("fulfilled");
      if (result.status === "fulfilled")
        expect(Buffer.compare(await committed(result.value.id), Buffer.from(source))).toBe(0);
    }
    const wrong = results.at(-1)!;
    expect(wrong.status).toBe("rejected");
    if (wrong.status === "rejected") {
      expect(wrong.reason).toBeInstanceOf(UploadError);
      expect(wrong.reason.message).toMatch(/fileSize is 11 but the source holds 10 bytes/);
    }
    expect(done.sort((a, b) => a - b)).toEqual(items.map((_, i) => i));
    expect(mock.uploads!.maxPartsInFlight()).toBeLessThanOrEqual(concurrency);

    // The back-off: during the Retry-After, only parts that already held a slot may start.
    expect(refusals).toHaveLength(1);
    const during = starts.filter((t) => t > refusals[0]! && t < refusals[0]! + 1_900);
    expect(during.length).toBeLessThanOrEqual(2 * concurrency);
  });

  it("refuses a concurrency that is not a whole number ≥ 1", async () => {
    const box = await setUp();
    await expect(uploadFiles(box, [], { concurrency: 0 })).rejects.toThrow(
      /concurrency must be a whole number ≥ 1, got 0/,
    );
  });
});

describe("the slots uploadFiles shares", () => {
  it("hold a part back while paused and past the bound, and free a waiter on abort", async () => {
    const slots = partSlots(1);
    const never = new AbortController().signal;
    await slots.acquire(never);
    let second = false;
    const waiting = slots.acquire(never).then(() => (second = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(second).toBe(false); // the bound
    slots.pause(150);
    slots.release();
    const released = performance.now();
    await waiting;
    expect(performance.now() - released).toBeGreaterThanOrEqual(140); // the pause, not the bound
    const aborted = new AbortController();
    const third = slots.acquire(aborted.signal);
    aborted.abort(new Error("stop"));
    await expect(third).rejects.toThrow("stop");
  });
});
