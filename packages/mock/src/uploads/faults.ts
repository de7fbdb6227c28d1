/**
 * Faults a downstream test injects to see its upload code survive them: given to `startMock`
 * (`faults`), pushed onto `mock.faults` while it runs, or named by a request's own
 * `x-mock-fault` header (`x-mock-fault: 503; retry-after=2`). A fault fires on the first
 * request it matches and is used up after `times` requests.
 */
import type { ChunkedUploadRole } from "@chunked-uploads/codegen/model";

/**
 * A step of Box's chunked upload, by the role of its operation. Written out here (the published
 * types may not name the private codegen's); `sameSteps` below keeps it equal to the model's.
 */
export type UploadStep =
  | "createSession"
  | "createVersionSession"
  | "getSession"
  | "uploadPart"
  | "listParts"
  | "commit"
  | "abort";
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameSteps: Same<UploadStep, ChunkedUploadRole> = true;
void sameSteps;

export type FaultKind =
  /** The connection is cut after the body arrived, with no answer; nothing is stored. */
  | "reset"
  /** The request takes effect (a part is stored, a commit made), then the answer is a 500. */
  | "store-then-500"
  /** A 500, nothing done. */
  | "500"
  /** 503 with `Retry-After` (`retryAfter` seconds), nothing done. */
  | "503"
  /** 429 with `Retry-After`, nothing done. */
  | "429"
  /** No answer at all until the mock closes: the client's own time limit must act. */
  | "stall"
  /** A 401, as when the access token expired. */
  | "401"
  /** The part's bytes change on arrival, so its digest no longer matches: 412. */
  | "corrupt";

export const FAULT_KINDS: readonly FaultKind[] = [
  "reset",
  "store-then-500",
  "500",
  "503",
  "429",
  "stall",
  "401",
  "corrupt",
];

export interface Fault {
  kind: FaultKind;
  /** The chunked-upload step it fires on. Default `uploadPart`. */
  on?: UploadStep;
  /** For parts: only the part of this index (0-based). Default: any part. */
  part?: number;
  /** How many matching requests it fires on. Default 1. */
  times?: number;
  /** `Retry-After` seconds of a 429 or 503. Default 0. */
  retryAfter?: number;
}

/** The `x-mock-fault` header's fault (`kind[; retry-after=N]`); an error naming a bad one. */
export function headerFault(header: string | undefined): Fault | undefined {
  if (header === undefined) return undefined;
  const [kind = "", ...params] = header.split(";").map((part) => part.trim());
  if (!(FAULT_KINDS as readonly string[]).includes(kind))
    throw new Error(
      `x-mock-fault: ${JSON.stringify(kind)} is not a fault (one of ${FAULT_KINDS.join(", ")})`,
    );
  const retryAfter = params
    .map((param) => /^retry-after=(\d+)$/i.exec(param)?.[1])
    .find((value) => value !== undefined);
  return {
    kind: kind as FaultKind,
    ...(retryAfter !== undefined && { retryAfter: Number(retryAfter) }),
  };
}

/** Takes the first fault of `faults` that matches, using up one of its times. */
export function takeFault(
  faults: Fault[],
  role: UploadStep,
  part: number | undefined,
): Fault | undefined {
  const index = faults.findIndex(
    (f) => (f.on ?? "uploadPart") === role && (f.part === undefined || f.part === part),
  );
  if (index === -1) return undefined;
  const fault = faults[index]!;
  if ((fault.times ?? 1) <= 1) faults.splice(index, 1);
  else fault.times = (fault.times ?? 1) - 1;
  return fault;
}
