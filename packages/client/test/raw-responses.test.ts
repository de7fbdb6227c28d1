/**
 * Every generated method's promise also gives the response: `.withResponse()` the parsed body
 * with the response and its request id, `.asResponse()` the response with its body unread.
 * Against a real server on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, NotFoundError } from "../src/index.js";
import { startServer, type TestServer } from "./http-server.js";
import { boxError, SESSION, sendJson } from "./responses.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer((path) =>
    path.endsWith("/missing")
      ? (_q, response) => sendJson(response, 404, boxError(404, "not_found", "No such session"))
      : (_q, response) => sendJson(response, 200, SESSION, { "box-request-id": "req-42" }),
  );
});
afterAll(() => server.close());

const box = () => createClient({ token: "t", baseUrl: `${server.origin}/api/2.0`, maxRetries: 0 });

describe("raw responses", () => {
  it("a method's promise still resolves to the parsed body", async () => {
    expect(await box().chunkedUploads.getFileUploadSessionById("S1")).toEqual(SESSION);
  });

  it("withResponse(): the body, the response (its body readable again) and the request id", async () => {
    const { data, response, requestId } = await box()
      .chunkedUploads.getFileUploadSessionById("S1")
      .withResponse();
    expect(data).toEqual(SESSION);
    expect(response.status).toBe(200);
    expect(response.url).toBe(`${server.origin}/api/2.0/files/upload_sessions/S1`);
    expect(requestId).toBe("req-42");
    expect(await response.json()).toEqual(SESSION);
  });

  it("asResponse(): the response with its body unread", async () => {
    const response = await box().chunkedUploads.getFileUploadSessionById("S2").asResponse();
    expect(response.bodyUsed).toBe(false);
    expect(response.headers.get("box-request-id")).toBe("req-42");
    expect(await response.json()).toEqual(SESSION);
  });

  it("asResponse() and awaiting the promise too: the promise says where the body went", async () => {
    const call = box().chunkedUploads.getFileUploadSessionById("S3");
    const response = await call.asResponse();
    await expect(call).rejects.toThrow(/went to asResponse\(\) with its body unread/);
    expect(await response.json()).toEqual(SESSION);
  });

  it("withResponse() after the body was parsed still gives a readable response", async () => {
    const call = box().chunkedUploads.getFileUploadSessionById("S4");
    expect(await call).toEqual(SESSION);
    const { response } = await call.withResponse();
    expect(await response.json()).toEqual(SESSION);
    expect(await (await call.asResponse()).json()).toEqual(SESSION);
  });

  it("an error status rejects all three with its ApiError", async () => {
    const call = box().chunkedUploads.getFileUploadSessionById("missing");
    await expect(call.asResponse()).rejects.toBeInstanceOf(NotFoundError);
    await expect(call.withResponse()).rejects.toMatchObject({ status: 404, code: "not_found" });
    await expect(call).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a call refused before sending (a URL of another operation) rejects, never throws", async () => {
    const call = box().chunkedUploads.getFileUploadSessionByUrl(
      `${server.origin}/api/2.0/folders/0`,
    );
    await expect(call.withResponse()).rejects.toThrow(/is not a URL of GET/);
  });
});
