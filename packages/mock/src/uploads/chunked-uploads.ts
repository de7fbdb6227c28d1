/**
 * The stateful side of the mock: Box's chunked uploads with their state. The spec server has
 * checked each request against the spec already; this answers the seven operations as Box
 * does (box-rules.ts), with each answer built on the spec's own example of it so that every
 * field a client reads is there, and faults injected where a test asks (faults.ts).
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import {
  chunkedUploadRoles,
  exampleBody,
  preferredMediaType,
  routeTemplate,
  type ApiModel,
  type ChunkedUploadRole,
  type OperationModel,
} from "@chunked-uploads/codegen/model";
import type { Answer, Exchange } from "../spec-server.js";
import { BOX_MIN_FILE_SIZE, boxPartSize, contentRange, rangeProblem } from "./box-rules.js";
import { headerFault, takeFault, type Fault } from "./faults.js";
import { createPartStore, type PartStore, type StoredBytes } from "./part-store.js";
import { partPacing, type PartPacingRules } from "./part-pacing.js";

export interface UploadRules extends PartPacingRules {
  /** The part_size of a session, or how to pick it from the file size. Default Box's (8 MiB, …). */
  partSize?: number | ((fileSize: number) => number);
  /** The smallest file a session is opened for. Default Box's 20,000,000 bytes. */
  minFileSize?: number;
  /** How many times each commit answers 202 with `Retry-After` before it commits. Default 0. */
  commitsBeforeReady?: number;
  /** The `Retry-After` of those 202s, in seconds. Default 1. */
  commitRetryAfter?: number;
  /**
   * Keep a committed file's bytes, for `uploads.bytes(id)` (default true). A long-running mock
   * or a benchmark that uploads gigabytes turns it off: the file keeps its size and SHA-1.
   */
  keepFiles?: boolean;
}

export interface StoredPart {
  part_id: string;
  offset: number;
  size: number;
  sha1: string;
}

export interface UploadSessionState {
  id: string;
  fileSize: number;
  partSize: number;
  fileName: string;
  folderId?: string;
  /** The file a new version is uploaded for (`POST /files/{file_id}/upload_sessions`). */
  fileId?: string;
  parts: Map<number, StoredPart & { file?: string }>;
  commitsLeft: number;
}

export interface CommittedFile {
  id: string;
  name: string;
  size: number;
  /** Hex, as Box's `sha1` field. */
  sha1: string;
}

/** What a test reads of the uploads: open sessions, committed files and their bytes. */
export interface UploadsView {
  sessions: ReadonlyMap<string, UploadSessionState>;
  files: ReadonlyMap<string, CommittedFile>;
  /** A committed file's bytes, read from the mock's store (undefined with `keepFiles: false`). */
  bytes(fileId: string): Promise<Buffer | undefined>;
  /** The most part uploads that were being answered at once. */
  maxPartsInFlight(): number;
}

export interface ChunkedUploads {
  answer(exchange: Exchange): Promise<Answer | "handled" | undefined>;
  /** Lets held part answers go (before the server closes). */
  release(): void;
  store: PartStore;
  view: UploadsView;
  close(): Promise<void>;
}

const error = (status: number, code: string, message: string): Answer => ({
  status,
  body: { type: "error", status, code, message, request_id: randomBytes(6).toString("hex") },
});

export async function chunkedUploads(
  model: ApiModel,
  rules: UploadRules,
  faults: Fault[],
): Promise<ChunkedUploads> {
  const roles = chunkedUploadRoles(model);
  const operation = (role: ChunkedUploadRole) =>
    model.operations.find((o) => roles.get(o.key) === role);
  const store = await createPartStore();
  const pacing = partPacing(rules);
  const sessions = new Map<string, UploadSessionState>();
  const committed = new Set<string>();
  const files = new Map<string, CommittedFile & { file: string }>();
  let fileIds = 1_000_000_000;

  const example = (op: OperationModel | undefined, status: string): Record<string, unknown> => {
    const media = preferredMediaType(op?.responses.find((r) => r.status === status)?.mediaTypes);
    const value = media ? exampleBody(model, media, "response") : undefined;
    return value !== null && typeof value === "object"
      ? (structuredClone(value) as Record<string, unknown>)
      : {};
  };
  /** A role's URL for a session, on the mock: its route template with the id filled in. */
  const endpoint = (origin: string, role: ChunkedUploadRole, id: string) => {
    const op = operation(role);
    return op ? `${origin}${routeTemplate(op).replace(/\{[^}]+\}/, id)}` : undefined;
  };

  const sessionJson = (session: UploadSessionState, origin: string) => {
    const url = endpoint(origin, "getSession", session.id);
    return {
      ...example(operation("getSession"), "200"),
      id: session.id,
      type: "upload_session",
      session_expires_at: new Date(Date.now() + 7 * 86_400_000)
        .toISOString()
        .replace(/\.\d{3}Z$/, "Z"),
      part_size: session.partSize,
      total_parts: Math.ceil(session.fileSize / session.partSize),
      num_parts_processed: session.parts.size,
      session_endpoints: {
        upload_part: endpoint(origin, "uploadPart", session.id),
        commit: endpoint(origin, "commit", session.id),
        abort: endpoint(origin, "abort", session.id),
        list_parts: endpoint(origin, "listParts", session.id),
        status: url,
        log_event: `${url}/log`,
      },
    };
  };

  function open(body: Record<string, unknown>, fileId?: string): Answer {
    const fileSize = Number(body.file_size);
    const minimum = rules.minFileSize ?? BOX_MIN_FILE_SIZE;
    if (fileSize < minimum)
      return error(
        400,
        "file_size_too_small",
        `file_size ${fileSize} is below the ${minimum} bytes a chunked upload needs`,
      );
    const pick = rules.partSize ?? boxPartSize;
    const session: UploadSessionState = {
      id: randomBytes(16).toString("hex").toUpperCase(),
      fileSize,
      partSize: typeof pick === "number" ? pick : pick(fileSize),
      fileName: String(body.file_name ?? (fileId && files.get(fileId)?.name) ?? "file"),
      ...(body.folder_id !== undefined && { folderId: String(body.folder_id) }),
      ...(fileId !== undefined && { fileId }),
      parts: new Map(),
      commitsLeft: rules.commitsBeforeReady ?? 0,
    };
    sessions.set(session.id, session);
    return { status: 201, body: session };
  }

  async function putPart(
    session: UploadSessionState,
    exchange: Exchange,
    corrupt: boolean,
  ): Promise<Answer> {
    const bytes = exchange.spilled;
    if (!bytes) return error(400, "bad_request", "the part has no body");
    const range = contentRange(String(exchange.request.headers["content-range"] ?? ""));
    if (!range)
      return error(400, "bad_request", "content-range must be `bytes <first>-<last>/<total>`");
    const wrong = rangeProblem(range, bytes.size, session);
    if (wrong) return error(416, "requested_range_not_satisfiable", wrong);
    const overlapping = [...session.parts.values()].find(
      (p) => p.offset <= range.last && range.first < p.offset + p.size,
    );
    if (overlapping)
      return error(
        409,
        "range_overlaps_existing_part",
        `bytes ${range.first}-${range.last} overlap the part stored at offset ${overlapping.offset}`,
      );
    const sha1 = corrupt ? flipped(bytes.sha1) : bytes.sha1;
    if (exchange.request.headers.digest !== `sha=${sha1.toString("base64")}`)
      return error(412, "sha1_mismatch", "the digest does not match the part's bytes");
    const hex = sha1.toString("hex");
    const part = {
      part_id: hex.slice(0, 8).toUpperCase(),
      offset: range.first,
      size: bytes.size,
      sha1: hex,
    };
    // Held before the bytes are moved, so that a second request for this range is a conflict.
    session.parts.set(range.first, part);
    const kept = await store.keep(bytes, `parts/${session.id}-${range.first}`);
    session.parts.set(range.first, { ...part, file: kept.file });
    return { status: 200, body: { ...example(operation("uploadPart"), "200"), part } };
  }

  function listParts(session: UploadSessionState, url: URL): Answer {
    const offset = Number(url.searchParams.get("offset") ?? 0);
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 100), 1000);
    if (offset > 10_000) return error(400, "bad_request", "offset may be at most 10000");
    const all = stored(session);
    return {
      status: 200,
      body: { total_count: all.length, limit, offset, entries: all.slice(offset, offset + limit) },
    };
  }

  async function commit(session: UploadSessionState, exchange: Exchange): Promise<Answer> {
    const listed =
      (JSON.parse(exchange.body.toString("utf8")) as { parts?: StoredPart[] }).parts ?? [];
    const parts = stored(session);
    const same =
      listed.length === parts.length &&
      listed.every(
        (p, i) =>
          p.part_id === parts[i]!.part_id &&
          p.offset === parts[i]!.offset &&
          p.size === parts[i]!.size,
      );
    if (!same)
      return error(
        400,
        "bad_request",
        "the parts listed are not the parts stored, in order of offset",
      );
    let covered = 0;
    for (const part of parts) {
      if (part.offset !== covered) return error(400, "bad_request", `no part at offset ${covered}`);
      covered += part.size;
    }
    if (covered !== session.fileSize)
      return error(400, "bad_request", `the parts cover ${covered} of ${session.fileSize} bytes`);
    if (session.commitsLeft > 0) {
      session.commitsLeft--;
      return { status: 202, headers: { "retry-after": String(rules.commitRetryAfter ?? 1) } };
    }
    const id = session.fileId ?? String(++fileIds);
    const whole = await store.concat(
      parts.map((p) => session.parts.get(p.offset)!.file!),
      rules.keepFiles === false ? undefined : `files/${id}-${session.id}`,
    );
    if (exchange.request.headers.digest !== `sha=${whole.sha1.toString("base64")}`) {
      await store.remove(whole.file);
      return error(412, "sha1_mismatch", "the digest does not match the whole file");
    }
    await finish(session);
    committed.add(session.id);
    const file = { id, name: session.fileName, size: whole.size, sha1: whole.sha1.toString("hex") };
    const previous = files.get(id);
    if (previous) await store.remove(previous.file);
    files.set(id, { ...file, file: whole.file });
    const answer = example(operation("commit"), "201") as { entries?: unknown[] };
    const entry = (answer.entries?.[0] ?? {}) as Record<string, unknown>;
    return {
      status: 201,
      body: { ...answer, total_count: 1, entries: [{ ...entry, ...file, type: "file" }] },
    };
  }

  /** Forgets a session and removes its parts' bytes. */
  async function finish(session: UploadSessionState): Promise<void> {
    sessions.delete(session.id);
    await Promise.all([...session.parts.values()].map((p) => p.file && store.remove(p.file)));
  }

  async function answer(exchange: Exchange): Promise<Answer | "handled" | undefined> {
    const role = roles.get(exchange.operation.key);
    if (!role) return undefined;
    exchange.record.step = role;
    const { request, url } = exchange;
    // The session's URLs on the host the client called, under the path a proxy in front of the
    // mock serves it at (X-Forwarded-Prefix: a test page's or the docs site's origin), so that
    // its uploads keep coming through that proxy.
    const host = String(request.headers.host ?? "");
    const prefix = String(request.headers["x-forwarded-prefix"] ?? "").replace(/\/$/, "");
    const origin =
      (/^([\w.-]+|\[[0-9a-f:.]+\])(:\d+)?$/i.test(host) ? `http://${host}` : exchange.origin) +
      (/^(\/[\w.~-]+)*$/.test(prefix) ? prefix : "");
    const id = /\/upload_sessions\/([^/]+)/.exec(url.pathname)?.[1];
    const session = id === undefined ? undefined : sessions.get(decodeURIComponent(id));
    const range = contentRange(String(request.headers["content-range"] ?? ""));
    const partIndex =
      role === "uploadPart" && session && range
        ? Math.floor(range.first / session.partSize)
        : undefined;
    let fault: Fault | undefined;
    try {
      fault =
        headerFault(request.headers["x-mock-fault"] as string | undefined) ??
        takeFault(faults, role, partIndex);
    } catch (wrong) {
      return error(400, "bad_request", (wrong as Error).message);
    }
    const early = fault && faultAnswer(fault, exchange);
    if (early) return early;

    let result: Answer;
    if (role === "createSession" || role === "createVersionSession") {
      const body = JSON.parse(exchange.body.toString("utf8")) as Record<string, unknown>;
      const fileId =
        role === "createVersionSession"
          ? decodeURIComponent(url.pathname.split("/").at(-2)!)
          : undefined;
      result = open(body, fileId);
      if (result.status === 201)
        result = { status: 201, body: sessionJson(result.body as UploadSessionState, origin) };
    } else if (!session) {
      const gone = id !== undefined && committed.has(decodeURIComponent(id));
      result = error(
        404,
        "not_found",
        gone ? `upload session ${id} was committed already` : `no upload session ${id ?? ""}`,
      );
    } else if (role === "getSession") result = { status: 200, body: sessionJson(session, origin) };
    else if (role === "uploadPart")
      result = await pacing.pace(() => putPart(session, exchange, fault?.kind === "corrupt"));
    else if (role === "listParts") result = listParts(session, url);
    else if (role === "commit") result = await commit(session, exchange);
    else {
      await finish(session);
      result = { status: 204 };
    }
    return fault?.kind === "store-then-500" && result.status < 300
      ? error(
          500,
          "internal_server_error",
          "the request took effect, then the server failed (injected)",
        )
      : result;
  }

  return {
    answer,
    store,
    view: {
      sessions,
      files,
      bytes: async (fileId) => {
        const file = files.get(fileId)?.file;
        return file ? readFile(file) : undefined;
      },
      maxPartsInFlight: pacing.maxInFlight,
    },
    release: pacing.release,
    close: () => {
      pacing.release();
      return store.close();
    },
  };
}

/** The parts of a session in order of offset, as Box lists them. */
function stored(session: UploadSessionState): StoredPart[] {
  return [...session.parts.values()]
    .sort((a, b) => a.offset - b.offset)
    .map(({ part_id, offset, size, sha1 }) => ({ part_id, offset, size, sha1 }));
}

/** A digest one bit off: what the bytes hash to after a bit flipped on the way. */
function flipped(sha1: Buffer): Buffer {
  const copy = Buffer.from(sha1);
  copy[0]! ^= 1;
  return copy;
}

/** The answer of a fault that stops the request before it takes effect; none for the others. */
function faultAnswer(
  fault: Fault,
  { request, response, record }: Exchange,
): Answer | "handled" | undefined {
  record.fault = fault.kind;
  switch (fault.kind) {
    case "401":
      return error(401, "unauthorized", "the access token expired (injected)");
    case "500":
      return error(500, "internal_server_error", "the server failed (injected)");
    case "429":
    case "503":
      return {
        ...error(
          Number(fault.kind),
          fault.kind === "429" ? "rate_limit_exceeded" : "unavailable",
          "try again later (injected)",
        ),
        headers: { "retry-after": String(fault.retryAfter ?? 0) },
      };
    case "reset":
      request.socket.destroy();
      response.destroy();
      return "handled";
    case "stall":
      return "handled";
    default:
      return undefined;
  }
}

export type { StoredBytes };
