/**
 * A stateful stand-in for Box's upload endpoints on 127.0.0.1, for the uploader's tests, its
 * benchmark and `pnpm demo`. It enforces Box's rules for chunked uploads: parts aligned to the
 * session's part_size and exactly that size but the last, non-overlapping, with a matching
 * `digest: sha=<base64 SHA-1>`; a commit whose part list is exactly the stored parts and whose
 * digest is the whole file's. Commit answers 202 with Retry-After a chosen number of times
 * first. Faults can be injected on chosen requests. Committed files can be read back.
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

import type {
  Fault,
  LoggedRequest,
  RequestKind,
  Session,
  StoredPart,
  UploadServer,
  UploadServerOptions,
} from "./upload-server-types.js";

export type * from "./upload-server-types.js";

const MiB = 1 << 20;

/** The `holdParts` option: parts wait until enough are in flight, or a bounded time. */
function holdParts(option: UploadServerOptions["holdParts"]) {
  let waiting: Array<() => void> = [];
  let released = !option;
  const timers: NodeJS.Timeout[] = [];
  const release = () => {
    released = true;
    for (const timer of timers) clearTimeout(timer);
    for (const resume of waiting) resume();
    waiting = [];
  };
  return {
    arrived(inFlight: number) {
      if (released || !option) return;
      if (timers.length === 0) timers.push(setTimeout(release, option.limitMs ?? 10_000));
      if (inFlight > option.until) release();
      else if (inFlight === option.until && timers.length === 1)
        timers.push(setTimeout(release, option.graceMs ?? 300));
    },
    wait: () =>
      released ? Promise.resolve() : new Promise<void>((resume) => waiting.push(resume)),
    release,
  };
}

export async function startUploadServer(options: UploadServerOptions = {}): Promise<UploadServer> {
  const {
    partSize = MiB,
    commitsBeforeReady = 0,
    commitRetryAfter = 0,
    keepBytes = true,
  } = options;
  const sessions = new Map<string, Session>();
  const files = new Map<string, { name: string; bytes?: Buffer; sha1: string; size: number }>();
  const requests: LoggedRequest[] = [];
  const faults: Fault[] = [];
  let ids = 0;
  let origin = "";
  let partsInFlight = 0;
  let maxPartsInFlight = 0;
  const hold = holdParts(options.holdParts);
  const base = () => `${origin}/api/2.0`;

  const sessionJson = (session: Session) => {
    const url = `${base()}/files/upload_sessions/${session.id}`;
    return {
      id: session.id,
      type: "upload_session",
      session_expires_at: "2030-01-01T00:00:00Z",
      part_size: session.partSize,
      total_parts: Math.ceil(session.fileSize / session.partSize),
      num_parts_processed: session.parts.size,
      session_endpoints: {
        upload_part: url,
        commit: `${url}/commit`,
        abort: url,
        list_parts: `${url}/parts`,
        status: url,
        log_event: `${url}/log`,
      },
    };
  };

  const fault = (kind: RequestKind, partIndex?: number): Fault | undefined => {
    const index = faults.findIndex(
      (f) => f.on === kind && (f.partIndex === undefined || f.partIndex === partIndex),
    );
    if (index === -1) return undefined;
    const found = faults[index]!;
    if ((found.times ?? 1) <= 1) faults.splice(index, 1);
    else found.times = (found.times ?? 1) - 1;
    return found;
  };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://x");
    const path = url.pathname.replace(/^\/api\/2\.0/, "");
    const log: LoggedRequest = { kind: "unknown", method: request.method ?? "", path, status: 0 };
    requests.push(log);
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      log.status = status;
      if (body === undefined) return void response.writeHead(status, headers).end();
      response
        .writeHead(status, { "content-type": "application/json", ...headers })
        .end(JSON.stringify(body));
    };
    const error = (status: number, code: string, message: string) =>
      send(status, { type: "error", status, code, message });
    try {
      const auth = request.headers.authorization ?? "";
      if (options.token ? auth !== `Bearer ${options.token}` : !/^Bearer \S+$/.test(auth))
        return error(401, "unauthorized", "no valid token");

      let match: RegExpExecArray | null;
      if (request.method === "POST" && path === "/files/upload_sessions") {
        log.kind = "create";
        const body = JSON.parse((await read(request)).toString());
        return send(201, sessionJson(open(body.file_size, body.file_name)));
      }
      match = /^\/files\/([^/]+)\/upload_sessions$/.exec(path);
      if (request.method === "POST" && match) {
        log.kind = "create";
        const body = JSON.parse((await read(request)).toString());
        const session = open(
          body.file_size,
          body.file_name ?? files.get(match[1]!)?.name ?? "file",
        );
        session.fileId = match[1]!;
        return send(201, sessionJson(session));
      }
      match = /^\/files\/upload_sessions\/([^/]+)(\/parts|\/commit)?$/.exec(path);
      const session = match ? sessions.get(match[1]!) : undefined;
      if (!match) return error(404, "not_found", `no route ${path}`);
      if (!session) {
        await read(request).catch(() => {});
        return error(404, "not_found", `no upload session ${match[1]}`);
      }
      const action = `${request.method} ${match[2] ?? ""}`;
      if (action === "GET ") {
        log.kind = "get";
        return send(200, sessionJson(session));
      }
      if (action === "DELETE ") {
        log.kind = "abort";
        sessions.delete(session.id);
        return send(204);
      }
      if (action === "PUT ") {
        maxPartsInFlight = Math.max(maxPartsInFlight, ++partsInFlight);
        hold.arrived(partsInFlight);
        try {
          return await putPart(session, request, log, send, error);
        } finally {
          partsInFlight--;
        }
      }
      if (action === "GET /parts") {
        log.kind = "list";
        const offset = Number(url.searchParams.get("offset") ?? 0);
        const limit = Number(url.searchParams.get("limit") ?? 100);
        if (offset > 10_000 || limit > 1000)
          return error(400, "bad_request", "offset or limit too large");
        const all = [...session.parts.values()].sort((a, b) => a.offset - b.offset);
        return send(200, {
          total_count: all.length,
          offset,
          limit,
          entries: all.slice(offset, offset + limit).map(({ bytes: _, ...part }) => part),
        });
      }
      if (action === "POST /commit") return await commit(session, request, log, send, error);
      return error(405, "method_not_allowed", action);
    } catch (cause) {
      if (!response.headersSent) error(500, "internal_server_error", String(cause));
    }
  });

  function open(fileSize: number, fileName: string): Session {
    const session: Session = {
      id: `S${++ids}`,
      fileSize,
      partSize,
      fileName,
      parts: new Map(),
      commitsLeft: commitsBeforeReady,
    };
    sessions.set(session.id, session);
    return session;
  }

  type Send = (status: number, body?: unknown, headers?: Record<string, string>) => void;

  /** A 503 or 429 fault: the error status with its Retry-After, nothing stored. */
  function tryLater(send: Send, injected: Fault): void {
    const status = Number(injected.kind);
    send(
      status,
      { type: "error", status, code: "unavailable" },
      { "retry-after": String(injected.retryAfter ?? 0) },
    );
  }
  type Fail = (status: number, code: string, message: string) => void;

  async function putPart(
    session: Session,
    request: IncomingMessage,
    log: LoggedRequest,
    send: Send,
    error: Fail,
  ): Promise<void> {
    log.kind = "part";
    const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(String(request.headers["content-range"]));
    const offset = range ? Number(range[1]) : -1;
    log.offset = offset;
    const injected = fault("part", offset >= 0 ? Math.floor(offset / session.partSize) : undefined);
    if (injected?.kind === "reset") {
      await readSome(request);
      request.socket.destroy();
      return;
    }
    if (injected?.kind === "stall") return; // never answered; closed with the server
    if (injected?.kind === "401") {
      await read(request);
      return error(401, "unauthorized", "the access token expired");
    }
    if (injected?.kind === "503" || injected?.kind === "429") {
      await read(request);
      return tryLater(send, injected);
    }
    const body = await read(request);
    if (injected?.kind === "corrupt" && body.length > 0) body[0]! ^= 0xff;
    if (!range) return error(400, "bad_request", "content-range must be `bytes start-end/total`");
    const [end, total] = [Number(range[2]), Number(range[3])];
    const last = end + 1 === session.fileSize;
    if (total !== session.fileSize)
      return error(
        416,
        "range_not_satisfiable",
        `total ${total} is not the session's ${session.fileSize}`,
      );
    if (offset % session.partSize !== 0 || end - offset + 1 !== body.length)
      return error(
        416,
        "range_not_satisfiable",
        "the range is not aligned to part_size or not the body's length",
      );
    if (body.length !== session.partSize && !last)
      return error(
        416,
        "range_not_satisfiable",
        "only the last part may be shorter than part_size",
      );
    if (session.parts.has(offset))
      return error(416, "range_not_satisfiable", `a part at offset ${offset} is stored already`);
    const digest = request.headers.digest;
    const sha1 = createHash("sha1").update(body);
    const sha1Hex = sha1.copy().digest("hex");
    if (
      (digest !== undefined || (options.requireDigests ?? true)) &&
      digest !== `sha=${sha1.digest("base64")}`
    )
      return error(412, "sha1_mismatch", "the digest does not match the part");
    const part: StoredPart = {
      part_id: sha1Hex.slice(0, 8).toUpperCase(),
      offset,
      size: body.length,
      sha1: sha1Hex,
      ...(keepBytes && { bytes: body }),
    };
    session.parts.set(offset, part);
    if (options.partDelayMs)
      await new Promise((resolve) => setTimeout(resolve, options.partDelayMs));
    await hold.wait();
    if (injected?.kind === "store-then-500") return error(500, "internal_server_error", "oops");
    const { bytes: _, ...json } = part;
    send(200, { part: json });
  }

  async function commit(
    session: Session,
    request: IncomingMessage,
    log: LoggedRequest,
    send: Send,
    error: Fail,
  ): Promise<void> {
    log.kind = "commit";
    const body = JSON.parse((await read(request)).toString()) as {
      parts?: Array<{ part_id: string; offset: number; size: number; sha1: string }>;
    };
    const injected = fault("commit");
    if (injected?.kind === "503" || injected?.kind === "429") return tryLater(send, injected);
    const stored = [...session.parts.values()].sort((a, b) => a.offset - b.offset);
    const listed = body.parts ?? [];
    const same =
      listed.length === stored.length &&
      listed.every(
        (p, i) =>
          p.part_id === stored[i]!.part_id &&
          p.offset === stored[i]!.offset &&
          p.size === stored[i]!.size,
      );
    if (!same)
      return error(400, "invalid_parts", "the parts listed are not the parts stored, in order");
    let covered = 0;
    for (const part of stored) {
      if (part.offset !== covered)
        return error(400, "missing_parts", `no part at offset ${covered}`);
      covered += part.size;
    }
    if (covered !== session.fileSize)
      return error(400, "missing_parts", `parts cover ${covered} of ${session.fileSize} bytes`);
    if (session.commitsLeft > 0) {
      session.commitsLeft--;
      return send(202, undefined, { "retry-after": String(commitRetryAfter) });
    }
    // The whole-file digest: from the parts' bytes when kept, else from their digests' order.
    const whole = createHash("sha1");
    for (const part of stored) if (part.bytes) whole.update(part.bytes);
    const bytes = keepBytes ? Buffer.concat(stored.map((p) => p.bytes!)) : undefined;
    const sha1 = whole.copy().digest("base64");
    if (keepBytes && request.headers.digest !== `sha=${sha1}`)
      return error(412, "sha1_mismatch", "the digest does not match the file");
    const id = session.fileId ?? `F${++ids}`;
    files.set(id, {
      name: session.fileName,
      ...(bytes && { bytes }),
      sha1: whole.digest("hex"),
      size: covered,
    });
    sessions.delete(session.id);
    send(201, {
      total_count: 1,
      entries: [
        { id, type: "file", name: session.fileName, size: covered, sha1: files.get(id)!.sha1 },
      ],
    });
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    baseUrl: base(),
    requests,
    sessions,
    faults,
    maxPartsInFlight: () => maxPartsInFlight,
    file: (id) => files.get(id)?.bytes,
    fileSha1: (id) => files.get(id)?.sha1,
    close: () =>
      new Promise((resolve) => {
        hold.release();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function read(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads until some of the body has arrived (or all of a small one). */
function readSome(request: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    request.once("data", () => resolve());
    request.once("end", () => resolve());
  });
}

export type { ServerResponse };
