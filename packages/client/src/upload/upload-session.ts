import { UPLOAD_METHODS as M } from "../generated/upload-methods.generated.js";
import type {
  UploadMethods,
  UploadPartLike as UploadPart,
  UploadSessionLike as UploadSession,
} from "./upload-client.js";
import { UploadError } from "./upload-error.js";

/** Box's limit for one page of `list parts`. */
const PAGE = 1000;

/** The session URLs the uploader calls (through the host-checked `…ByUrl` methods). */
export type SessionEndpoints = Required<
  Pick<NonNullable<UploadSession["session_endpoints"]>, "upload_part" | "list_parts" | "commit">
>;

/**
 * The session to upload to: the one to resume (fetched by id, or as given), else a new one.
 * A failure here is an UploadError with nothing to clean up.
 */
export async function openSession(
  chunked: UploadMethods,
  resume: string | UploadSession | undefined,
  create: () => Promise<UploadSession>,
  signal: AbortSignal | undefined,
): Promise<UploadSession> {
  try {
    return typeof resume === "string"
      ? await chunked[M.getSession](resume, { signal })
      : (resume ?? (await create()));
  } catch (cause) {
    // A session to resume that is gone: expired (Box keeps one for 7 days), committed or aborted.
    const gone = resume !== undefined && (cause as { status?: number })?.status === 404;
    throw new UploadError(
      gone
        ? `uploadFile: cannot resume session ${typeof resume === "string" ? resume : resume.id}: it no longer exists (expired, committed or aborted); start a new upload`
        : `uploadFile: could not ${resume ? "get" : "create"} the upload session`,
      { sessionKept: false, parts: [] },
      { cause },
    );
  }
}

/**
 * What the session says about the upload, checked against the source: its URLs, its part
 * size, and the number of parts `size` bytes make (which Box's `total_parts` must agree with).
 */
export function sessionLayout(
  session: UploadSession,
  size: number,
): { endpoints: SessionEndpoints; partSize: number; totalParts: number } {
  const endpoints = session.session_endpoints ?? {};
  const missing = (["upload_part", "list_parts", "commit"] as const).filter((k) => !endpoints[k]);
  if (missing.length > 0)
    throw new TypeError(`the upload session has no session_endpoints.${missing.join(", ")}`);
  const partSize = session.part_size;
  if (partSize === undefined || !Number.isSafeInteger(partSize) || partSize <= 0)
    throw new TypeError(`the session's part_size is ${partSize}, not a positive whole number`);
  const totalParts = Math.ceil(size / partSize);
  if (session.total_parts !== undefined && session.total_parts !== totalParts)
    throw new RangeError(
      `the session expects ${session.total_parts} parts; ${size} bytes in parts of ${partSize} make ${totalParts}`,
    );
  return { endpoints: endpoints as SessionEndpoints, partSize, totalParts };
}

/** Every part the session has stored, page by page (bounded by the number of parts). */
export async function listParts(
  chunked: UploadMethods,
  url: string,
  totalParts: number,
  signal: AbortSignal,
): Promise<UploadPart[]> {
  const all: UploadPart[] = [];
  for (let page = 0; page <= totalParts / PAGE + 1; page++) {
    const { entries = [], total_count } = await chunked[M.listParts](url, {
      query: { offset: page * PAGE, limit: PAGE },
      signal,
    });
    all.push(...entries);
    if (entries.length < PAGE || (total_count !== undefined && all.length >= total_count)) break;
  }
  return all;
}

/**
 * Deletes the session (best effort: it expires on its own) unless it is to be kept; true when
 * it still exists. Not under the caller's signal: it has usually just aborted, and the session
 * must go.
 */
export async function closeSession(
  chunked: UploadMethods,
  session: UploadSession,
  keep: boolean,
): Promise<boolean> {
  if (keep) return true;
  const abortUrl = session.session_endpoints?.abort;
  try {
    if (abortUrl) await chunked[M.abortAtUrl](abortUrl, { timeoutMs: 10_000 });
    else if (session.id) await chunked[M.abort](session.id, { timeoutMs: 10_000 });
    else return true;
    return false;
  } catch {
    return true;
  }
}
