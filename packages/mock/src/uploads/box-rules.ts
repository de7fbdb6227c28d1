/**
 * Box's rules for a chunked upload, as its documentation states them: a session is for a file
 * of at least 20,000,000 bytes; Box picks the part size (8 MiB, larger where 8 MiB parts would
 * be more than Box's 10,000 parts); every part is exactly that size but the last, starts at a
 * multiple of it and overlaps no stored part; its `digest` is `sha=` and the base64 SHA-1 of
 * its bytes; a commit lists exactly the stored parts and carries the whole file's digest.
 */

export const MiB = 1 << 20;
/** Box refuses a session for a smaller file (use a plain upload). */
export const BOX_MIN_FILE_SIZE = 20_000_000;
export const BOX_MAX_PARTS = 10_000;

export function boxPartSize(fileSize: number): number {
  let size = 8 * MiB;
  while (Math.ceil(fileSize / size) > BOX_MAX_PARTS) size *= 2;
  return size;
}

/** `bytes 0-8388607/20000000` read; `undefined` when it is not written so. */
export function contentRange(
  header: string | undefined,
): { first: number; last: number; total: number } | undefined {
  const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(header?.trim() ?? "");
  if (!match) return undefined;
  const [first, last, total] = match.slice(1).map(Number) as [number, number, number];
  return last < first ? undefined : { first, last, total };
}

/** What is wrong with a part's range for a session, or `undefined` when Box would take it. */
export function rangeProblem(
  range: { first: number; last: number; total: number },
  bodySize: number,
  session: { fileSize: number; partSize: number },
): string | undefined {
  const { first, last, total } = range;
  if (total !== session.fileSize)
    return `the range's total ${total} is not the session's file_size ${session.fileSize}`;
  if (last >= session.fileSize)
    return `the range ends at byte ${last}, past the file's last byte ${session.fileSize - 1}`;
  if (first % session.partSize !== 0)
    return `the range starts at ${first}, not a multiple of part_size ${session.partSize}`;
  if (last - first + 1 !== bodySize)
    return `the range holds ${last - first + 1} bytes but the body has ${bodySize}`;
  const isLast = last + 1 === session.fileSize;
  if (!isLast && bodySize !== session.partSize)
    return `a part of ${bodySize} bytes: every part but the last is part_size (${session.partSize}) bytes`;
  return undefined;
}
