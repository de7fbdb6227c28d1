import { sendPart } from "./send-part.js";
import { createSha1 } from "./sha1.js";
import type { PartReader } from "./source.js";
import type { UploadRun } from "./upload-run.js";

/**
 * Reads the source part by part and sends the parts Box has not stored yet, at most
 * `concurrency` at once; returns the whole file's SHA-1 (base64). One buffer per part in
 * flight: the next part is read only when a slot is free, so memory stays near
 * (concurrency + 1) parts. The first failure stops the rest (`abortRest`) and is thrown once
 * every part in flight has settled. A source of more or fewer bytes than declared is a
 * RangeError before anything is committed.
 */
export async function sendParts(
  run: UploadRun,
  reader: PartReader,
  abortRest: () => void,
): Promise<string> {
  const { partSize, stored, stop } = run;
  const { size, concurrency } = run.settings;
  const whole = createSha1();
  const inFlight = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  let offset = 0;
  const source = reader.parts(partSize, concurrency)[Symbol.asyncIterator]();
  try {
    for (;;) {
      while (inFlight.size >= concurrency && !failure) await Promise.race(inFlight);
      if (failure) break;
      stop.throwIfAborted();
      const next = await source.next();
      if (next.done) break;
      const bytes = next.value;
      if (offset + bytes.byteLength > size)
        throw new RangeError(`the source holds more than the declared ${size} bytes`);
      // Only the last part is short: a short one before it means the source ended early.
      if (bytes.byteLength < partSize && offset + bytes.byteLength < size)
        throw new RangeError(
          `the source ended after ${offset + bytes.byteLength} bytes; ${size} were declared`,
        );
      const start = offset;
      offset += bytes.byteLength;
      const known = stored.get(start);
      if (known && known.size === bytes.byteLength) {
        await whole.update(bytes);
        reader.release(bytes);
        continue;
      }
      // Shared with other uploads: a slot of theirs, after any back-off they are in.
      if (run.slots) {
        try {
          await run.slots.acquire(stop);
        } catch (error) {
          reader.release(bytes);
          throw error;
        }
      }
      const task: Promise<void> = sendPart(run, bytes, start).then(
        (part) => {
          reader.release(bytes);
          stored.set(start, part);
          run.progress?.update();
        },
        (error: unknown) => {
          reader.release(bytes);
          failure ??= { error };
          abortRest(); // the parts still in flight cannot help any more
        },
      );
      inFlight.add(task);
      void task.finally(() => {
        inFlight.delete(task);
        run.slots?.release();
      });
      // The whole file's digest after the part is on its way: hashing overlaps the sending.
      // Parts still reach it in order: this loop is the only reader.
      await whole.update(bytes);
    }
  } finally {
    await source.return?.();
  }
  await Promise.all(inFlight);
  if (failure) throw failure.error;
  if (offset !== size)
    throw new RangeError(`the source ended after ${offset} bytes; ${size} were declared`);
  return whole.base64();
}
