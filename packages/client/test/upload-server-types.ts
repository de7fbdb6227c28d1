/** What the upload server of the uploader's tests takes, keeps and reports (upload-server.ts). */
export type RequestKind = "create" | "get" | "part" | "list" | "commit" | "abort";

export type FaultKind =
  /** The connection is cut after part of the body arrived; nothing is stored. */
  | "reset"
  /** The part is stored, then the answer is a 500: the client cannot know it was stored. */
  | "store-then-500"
  /** 503 with Retry-After (seconds: `retryAfter`), nothing stored. */
  | "503"
  /** 429 with Retry-After, nothing stored. */
  | "429"
  /** No answer at all: the client's timeout must fire. */
  | "stall"
  /** 401: the token expired. */
  | "401"
  /** A byte of the body is changed on arrival, so its digest no longer matches: 412. */
  | "corrupt";

export interface Fault {
  kind: FaultKind;
  /** Which request: its kind, and for parts the part index (0-based); the first match fires. */
  on: RequestKind;
  partIndex?: number;
  /** How many times the fault fires (default once). */
  times?: number;
  retryAfter?: number;
}

export interface UploadServerOptions {
  /** The part_size of new sessions. Default 1 MiB. */
  partSize?: number;
  /** How many times each commit answers 202 before it commits. Default 0. */
  commitsBeforeReady?: number;
  /** Retry-After of those 202s, in seconds. Default 0. */
  commitRetryAfter?: number;
  /** When set, only `Bearer <token>` is accepted (else any Bearer token). */
  token?: string;
  /** Keep part bytes (default true); the benchmark turns it off to measure the client, not us. */
  keepBytes?: boolean;
  /**
   * Refuse a part without a digest (default true). A digest that is sent is always checked;
   * the benchmark's bare-fetch baseline sends none.
   */
  requireDigests?: boolean;
  /** Hold every part's answer this long (ms), so that parallel parts overlap. Default 0. */
  partDelayMs?: number;
  /**
   * Hold every part's answer until `until` parts are in flight at once, then `graceMs` more
   * (default 300) in case one more arrives, then answer them all and hold no more. So a test
   * sees the client's whole concurrency however slow the machine is; a client that never gets
   * there is answered after `limitMs` (default 10 000).
   */
  holdParts?: { until: number; graceMs?: number; limitMs?: number };
}

export interface StoredPart {
  part_id: string;
  offset: number;
  size: number;
  sha1: string;
  bytes?: Buffer;
}

export interface Session {
  id: string;
  fileSize: number;
  partSize: number;
  fileName: string;
  fileId?: string;
  parts: Map<number, StoredPart>;
  commitsLeft: number;
}

export interface LoggedRequest {
  kind: RequestKind | "unknown";
  method: string;
  path: string;
  status: number;
  /** For parts: the part's offset. */
  offset?: number;
}

export interface UploadServer {
  origin: string;
  /** `http://127.0.0.1:PORT/api/2.0`: the client's baseUrl. */
  baseUrl: string;
  requests: LoggedRequest[];
  /** Open sessions by id. */
  sessions: Map<string, Session>;
  /** A committed file's bytes (when keepBytes), by file id. */
  file(id: string): Buffer | undefined;
  /** The SHA-1 (hex) of a committed file, by file id. */
  fileSha1(id: string): string | undefined;
  faults: Fault[];
  /** The most part uploads that were in progress at once. */
  maxPartsInFlight(): number;
  close(): Promise<void>;
}
