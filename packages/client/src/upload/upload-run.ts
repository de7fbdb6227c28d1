import type { UploadMethods, UploadPartLike as UploadPart } from "./upload-client.js";
import type { UploadSettings } from "./upload-options.js";
import type { PartSlots } from "./part-slots.js";
import type { ProgressCounter } from "./upload-progress.js";
import type { SessionEndpoints } from "./upload-session.js";

/** One upload under way: what sending its parts and committing them share. */
export interface UploadRun {
  chunked: UploadMethods;
  settings: UploadSettings;
  endpoints: SessionEndpoints;
  partSize: number;
  totalParts: number;
  /** The caller's signal joined with the upload's own (aborted on the first failure). */
  stop: AbortSignal;
  /** Parts Box has stored, by offset: what a failure reports and a resume skips. */
  stored: Map<number, UploadPart>;
  /** Where the parts' bytes and stored parts are reported (set once the session is known). */
  progress?: ProgressCounter;
  /** The bound and back-off this upload shares with others (`uploadFiles`); none alone. */
  slots?: PartSlots | undefined;
}

/** The stored parts in file order: what the commit lists and an UploadError reports. */
export function sortedParts(stored: Map<number, UploadPart>): UploadPart[] {
  return [...stored.values()].sort((a, b) => a.offset! - b.offset!);
}
