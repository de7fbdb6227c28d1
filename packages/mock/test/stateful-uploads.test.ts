/**
 * The stateful mock follows Box's chunked-upload rules: one row per rule, each a request of a
 * session's life and the answer Box gives it. Small parts (8 bytes) keep the rows readable;
 * Box's own part sizes are checked on their own.
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMock, type Mock } from "../src/index.js";

const AUTH = { authorization: "Bearer t" };
const FILE = Buffer.from("0123456789abcdefghij"); // 20 bytes: parts of 8, 8 and 4
const digest = (bytes: Buffer) => `sha=${createHash("sha1").update(bytes).digest("base64")}`;

let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ stateful: { partSize: 8, minFileSize: 1 } });
});
afterAll(() => mock.close());

async function call(
  method: string,
  url: string,
  headers: Record<string, string> = {},
  body?: BodyInit,
) {
  const response = await fetch(url, { method, headers: { ...AUTH, ...headers }, body });
  const text = await response.text();
  return {
    status: response.status,
    json: text ? JSON.parse(text) : undefined,
    headers: response.headers,
  };
}

interface Session {
  id: string;
  part_size: number;
  total_parts: number;
  session_endpoints: Record<string, string>;
}

async function openSession(size = FILE.length): Promise<Session> {
  const created = await call(
    "POST",
    `${mock.baseUrl}/files/upload_sessions`,
    { "content-type": "application/json" },
    JSON.stringify({ folder_id: "0", file_size: size, file_name: "f.txt" }),
  );
  expect(created.status).toBe(201);
  return created.json as Session;
}

const put = (
  session: Session,
  first: number,
  bytes: Buffer,
  headers: Record<string, string> = {},
) =>
  call(
    "PUT",
    session.session_endpoints.upload_part!,
    {
      "content-type": "application/octet-stream",
      "content-range": `bytes ${first}-${first + bytes.length - 1}/${FILE.length}`,
      digest: digest(bytes),
      ...headers,
    },
    new Uint8Array(bytes),
  );

describe("a session's life, as Box answers it", () => {
  it("a session on the mock's own URL, with the part size and the parts it needs", async () => {
    const session = await openSession();
    expect(session).toMatchObject({ part_size: 8, total_parts: 3, num_parts_processed: 0 });
    expect(session.session_endpoints.upload_part).toBe(
      `${mock.baseUrl}/files/upload_sessions/${session.id}`,
    );
    expect(session.session_endpoints.list_parts).toBe(
      `${session.session_endpoints.upload_part}/parts`,
    );
  });

  it("puts a session's URLs under the prefix a proxy in front of it names, and ignores a bad one", async () => {
    const open = (prefix: string) =>
      call(
        "POST",
        `${mock.baseUrl}/files/upload_sessions`,
        { "content-type": "application/json", "x-forwarded-prefix": prefix },
        JSON.stringify({ folder_id: "0", file_size: FILE.length, file_name: "f.txt" }),
      );
    const proxied = (await open("/upload-mock/")).json as Session;
    const { origin, pathname } = new URL(mock.baseUrl);
    expect(proxied.session_endpoints.upload_part).toBe(
      `${origin}/upload-mock${pathname}/files/upload_sessions/${proxied.id}`,
    );
    // Not a path: the mock's own URLs, as without the header.
    const odd = (await open("//evil.example")).json as Session;
    expect(odd.session_endpoints.upload_part).toBe(
      `${mock.baseUrl}/files/upload_sessions/${odd.id}`,
    );
  });

  it.each([
    [
      "a part not at a multiple of part_size",
      4,
      FILE.subarray(4, 12),
      {},
      416,
      /not a multiple of part_size 8/,
    ],
    [
      "a part shorter than part_size that is not the last",
      0,
      FILE.subarray(0, 4),
      {},
      416,
      /every part but the last is part_size/,
    ],
    [
      "a range whose total is not the file's",
      0,
      FILE.subarray(0, 8),
      { "content-range": "bytes 0-7/21" },
      416,
      /not the session's file_size 20/,
    ],
    [
      "a range longer than the body",
      0,
      FILE.subarray(0, 8),
      { "content-range": "bytes 0-8/20" },
      416,
      /holds 9 bytes but the body has 8/,
    ],
    [
      "a digest of other bytes",
      0,
      FILE.subarray(0, 8),
      { digest: digest(FILE.subarray(8, 16)) },
      412,
      /digest does not match/,
    ],
    [
      "a content-range not written as Box's",
      0,
      FILE.subarray(0, 8),
      { "content-range": "0-7/20" },
      400,
      /content-range must be/,
    ],
  ])("%s → %i", async (_rule, first, bytes, headers, status, says) => {
    const session = await openSession();
    const answer = await put(session, first, Buffer.from(bytes), headers);
    expect(answer.status).toBe(status);
    expect(answer.json.message).toMatch(says);
  });

  it("stores parts, refuses one that overlaps a stored part (409), lists them by offset and limit", async () => {
    const session = await openSession();
    expect((await put(session, 8, FILE.subarray(8, 16))).status).toBe(200);
    const first = await put(session, 0, FILE.subarray(0, 8));
    expect(first.json.part).toMatchObject({
      offset: 0,
      size: 8,
      sha1: createHash("sha1").update(FILE.subarray(0, 8)).digest("hex"),
    });
    const again = await put(session, 8, FILE.subarray(8, 16));
    expect(again.status).toBe(409);
    const page = await call("GET", `${session.session_endpoints.list_parts}?offset=1&limit=1`);
    expect(page.json).toMatchObject({
      total_count: 2,
      offset: 1,
      limit: 1,
      entries: [{ offset: 8 }],
    });
    const status = await call("GET", session.session_endpoints.status!);
    expect(status.json.num_parts_processed).toBe(2);
  });

  it("commits the parts listed in order with the whole file's digest, and answers with the file", async () => {
    const session = await openSession();
    const parts = [];
    for (const first of [0, 8, 16])
      parts.push((await put(session, first, FILE.subarray(first, first + 8))).json.part);
    const commit = (body: unknown, digestOf: Buffer) =>
      call(
        "POST",
        session.session_endpoints.commit!,
        { "content-type": "application/json", digest: digest(digestOf) },
        JSON.stringify(body),
      );
    expect((await commit({ parts: parts.slice(0, 2) }, FILE)).json.message).toMatch(
      /not the parts stored/,
    );
    expect((await commit({ parts: [parts[1], parts[0], parts[2]] }, FILE)).status).toBe(400);
    expect((await commit({ parts }, FILE.subarray(1))).status).toBe(412);
    const done = await commit({ parts }, FILE);
    expect(done.status).toBe(201);
    const file = done.json.entries[0];
    expect(file).toMatchObject({
      type: "file",
      name: "f.txt",
      size: 20,
      sha1: createHash("sha1").update(FILE).digest("hex"),
    });
    expect(await mock.uploads!.bytes(file.id)).toEqual(FILE);
    const steps = mock.requests.filter((r) => r.path.includes(session.id)).map((r) => r.step);
    expect(new Set(steps)).toEqual(new Set(["uploadPart", "commit"]));
    const after = await call("GET", session.session_endpoints.status!);
    expect([after.status, after.json.message]).toEqual([
      404,
      `upload session ${session.id} was committed already`,
    ]);
  });

  it("aborts: the session and its parts are gone", async () => {
    const session = await openSession();
    await put(session, 0, FILE.subarray(0, 8));
    expect((await call("DELETE", session.session_endpoints.abort!)).status).toBe(204);
    expect(mock.uploads!.sessions.has(session.id)).toBe(false);
    expect((await call("GET", session.session_endpoints.status!)).status).toBe(404);
  });
});

describe("Box's part sizes", () => {
  it.each([
    [19_999_999, undefined],
    [20_000_000, 8 << 20],
    [50 * 1024 ** 3, 8 << 20],
    [100 * 1024 ** 3, 16 << 20],
  ])("a file of %i bytes: part_size %s", async (size, partSize) => {
    const box = await startMock();
    try {
      const created = await fetch(`${box.baseUrl}/files/upload_sessions`, {
        method: "POST",
        headers: { ...AUTH, "content-type": "application/json" },
        body: JSON.stringify({ folder_id: "0", file_size: size, file_name: "big.bin" }),
      });
      const json = (await created.json()) as {
        part_size?: number;
        total_parts?: number;
        code?: string;
      };
      if (partSize === undefined)
        expect([created.status, json.code]).toEqual([400, "file_size_too_small"]);
      else {
        expect(json.part_size).toBe(partSize);
        expect(json.total_parts).toBeLessThanOrEqual(10_000);
      }
    } finally {
      await box.close();
    }
  });
});

describe("faults a test injects", () => {
  it.each([
    ["503", { "x-mock-fault": "503; retry-after=3" }, 503, "3"],
    ["429", { "x-mock-fault": "429" }, 429, "0"],
    ["401", { "x-mock-fault": "401" }, 401, null],
    ["500", { "x-mock-fault": "500" }, 500, null],
    ["corrupt", { "x-mock-fault": "corrupt" }, 412, null],
  ])("x-mock-fault: %s", async (_kind, headers, status, retryAfter) => {
    const session = await openSession();
    const answer = await put(session, 0, FILE.subarray(0, 8), headers);
    expect(answer.status).toBe(status);
    expect(answer.headers.get("retry-after")).toBe(retryAfter);
    expect(mock.uploads!.sessions.get(session.id)!.parts.size).toBe(0);
  });

  it("store-then-500: the part is stored, the answer says it failed", async () => {
    const session = await openSession();
    mock.faults.push({ kind: "store-then-500", part: 1 });
    expect((await put(session, 0, FILE.subarray(0, 8))).status).toBe(200);
    expect((await put(session, 8, FILE.subarray(8, 16))).status).toBe(500);
    expect(mock.uploads!.sessions.get(session.id)!.parts.size).toBe(2);
    expect(mock.faults).toEqual([]);
  });

  it("reset: the connection is cut with no answer; nothing is stored", async () => {
    const session = await openSession();
    await expect(
      put(session, 0, FILE.subarray(0, 8), { "x-mock-fault": "reset" }),
    ).rejects.toThrow();
    expect(mock.uploads!.sessions.get(session.id)!.parts.size).toBe(0);
    expect(mock.requests.at(-1)!.fault).toBe("reset");
  });

  it("a commit answers 202 with Retry-After as often as asked, then commits", async () => {
    const box = await startMock({
      stateful: { partSize: 8, minFileSize: 1, commitsBeforeReady: 2, commitRetryAfter: 0 },
    });
    try {
      const created = await fetch(`${box.baseUrl}/files/upload_sessions`, {
        method: "POST",
        headers: { ...AUTH, "content-type": "application/json" },
        body: JSON.stringify({ folder_id: "0", file_size: 4, file_name: "s" }),
      });
      const session = (await created.json()) as Session;
      const part = (await (
        await fetch(session.session_endpoints.upload_part!, {
          method: "PUT",
          headers: {
            ...AUTH,
            "content-type": "application/octet-stream",
            "content-range": "bytes 0-3/4",
            digest: digest(FILE.subarray(0, 4)),
          },
          body: new Uint8Array(FILE.subarray(0, 4)),
        })
      ).json()) as { part: unknown };
      const statuses = [];
      for (let i = 0; i < 3; i++) {
        const answer = await fetch(session.session_endpoints.commit!, {
          method: "POST",
          headers: {
            ...AUTH,
            "content-type": "application/json",
            digest: digest(FILE.subarray(0, 4)),
          },
          body: JSON.stringify({ parts: [part.part] }),
        });
        await answer.arrayBuffer();
        statuses.push([answer.status, answer.headers.get("retry-after")]);
      }
      expect(statuses).toEqual([
        [202, "0"],
        [202, "0"],
        [201, null],
      ]);
    } finally {
      await box.close();
    }
  });

  it("an unknown fault is a 400 naming the ones there are", async () => {
    const session = await openSession();
    const answer = await put(session, 0, FILE.subarray(0, 8), { "x-mock-fault": "boom" });
    expect([answer.status, answer.json.message]).toEqual([
      400,
      expect.stringMatching(/"boom" is not a fault \(one of reset, store-then-500/),
    ]);
  });
});

describe("what a test of an uploader watches", () => {
  it("accepts only the token it was given, answering another 401 as Box does", async () => {
    const box = await startMock({ token: "right", stateful: { minFileSize: 1 } });
    try {
      const get = (token: string) =>
        fetch(`${box.baseUrl}/files/upload_sessions/S1`, {
          headers: { authorization: `Bearer ${token}` },
        }).then((r) => r.status);
      expect(await get("wrong")).toBe(401);
      expect(await get("right")).toBe(404); // the token passes; there is no such session
    } finally {
      await box.close();
    }
  });

  it("holds part answers until the parts in flight reach holdParts.until, and counts them", async () => {
    const box = await startMock({
      stateful: { partSize: 8, minFileSize: 1, holdParts: { until: 3, graceMs: 0 } },
    });
    try {
      const created = await fetch(`${box.baseUrl}/files/upload_sessions`, {
        method: "POST",
        headers: { ...AUTH, "content-type": "application/json" },
        body: JSON.stringify({ folder_id: "0", file_size: FILE.length, file_name: "h" }),
      });
      const session = (await created.json()) as Session;
      const statuses = await Promise.all(
        [0, 8, 16].map(async (first) => {
          const bytes = FILE.subarray(first, first + 8);
          const answer = await fetch(session.session_endpoints.upload_part!, {
            method: "PUT",
            headers: {
              ...AUTH,
              "content-type": "application/octet-stream",
              "content-range": `bytes ${first}-${first + bytes.length - 1}/${FILE.length}`,
              digest: digest(bytes),
            },
            body: new Uint8Array(bytes),
          });
          await answer.arrayBuffer();
          return answer.status;
        }),
      );
      expect(statuses).toEqual([200, 200, 200]);
      expect(box.uploads!.maxPartsInFlight()).toBe(3);
    } finally {
      await box.close();
    }
  });

  it("with keepFiles: false, a committed file keeps its size and SHA-1 but not its bytes", async () => {
    const box = await startMock({ stateful: { partSize: 8, minFileSize: 1, keepFiles: false } });
    try {
      const created = await fetch(`${box.baseUrl}/files/upload_sessions`, {
        method: "POST",
        headers: { ...AUTH, "content-type": "application/json" },
        body: JSON.stringify({ folder_id: "0", file_size: 4, file_name: "k" }),
      });
      const session = (await created.json()) as Session;
      const bytes = FILE.subarray(0, 4);
      const stored = await fetch(session.session_endpoints.upload_part!, {
        method: "PUT",
        headers: {
          ...AUTH,
          "content-type": "application/octet-stream",
          "content-range": "bytes 0-3/4",
          digest: digest(bytes),
        },
        body: new Uint8Array(bytes),
      });
      const { part } = (await stored.json()) as { part: unknown };
      const committed = await fetch(session.session_endpoints.commit!, {
        method: "POST",
        headers: { ...AUTH, "content-type": "application/json", digest: digest(bytes) },
        body: JSON.stringify({ parts: [part] }),
      });
      const file = ((await committed.json()) as { entries: Array<{ id: string; sha1: string }> })
        .entries[0]!;
      expect(file.sha1).toBe(createHash("sha1").update(bytes).digest("hex"));
      expect(box.uploads!.files.get(file.id)).toMatchObject({ size: 4, sha1: file.sha1 });
      expect(await box.uploads!.bytes(file.id)).toBeUndefined();
      expect(box.requests.map((r) => r.step)).toEqual(["createSession", "uploadPart", "commit"]);
    } finally {
      await box.close();
    }
  });
});
