// Box's chunked-upload API as the generated client types it (these tests may name its operations).
import type {
  File as BoxFile,
  Files,
  UploadPart,
  UploadParts,
  UploadSession,
} from "@chunked-uploads/types";
import { uploadFile, uploadFiles, uploadFileVersion } from "@chunked-uploads/client/upload";
import { describe, expectTypeOf, it } from "vitest";
import {
  createClient,
  createCoreClient,
  createRawClient,
  getFileUploadSessionById,
  getFileUploadSessionParts,
  type ApiClient,
  type CoreClient,
  type ApiPromise,
  type BinaryBody,
  type OperationOptions,
} from "@chunked-uploads/client";

const box = createClient({ token: "t" });

describe("the generated method", () => {
  it("takes the session id positionally and returns an UploadSession", () => {
    expectTypeOf(box.chunkedUploads.getFileUploadSessionById).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(box.chunkedUploads.getFileUploadSessionById).returns.toEqualTypeOf<
      ApiPromise<UploadSession>
    >();
    expectTypeOf(box.chunkedUploads.getFileUploadSessionByUrl).returns.toEqualTypeOf<
      ApiPromise<UploadSession>
    >();
    expectTypeOf(
      box.chunkedUploads.getFileUploadSessionById,
    ).returns.resolves.toEqualTypeOf<UploadSession>();
    expectTypeOf<ApiClient>().toHaveProperty("chunkedUploads");
  });

  it("gives the response on request", async () => {
    const { data, response, requestId } = await box.chunkedUploads
      .getFileUploadSessionById("x")
      .withResponse();
    expectTypeOf(data).toEqualTypeOf<UploadSession>();
    expectTypeOf(response).toEqualTypeOf<Response>();
    expectTypeOf(requestId).toEqualTypeOf<string | undefined>();
    expectTypeOf(box.chunkedUploads.getFileUploadSessionById("x").asResponse()).toEqualTypeOf<
      Promise<Response>
    >();
  });

  it("a paginated method: the first page, and every part when iterated", async () => {
    const parts = box.chunkedUploads.getFileUploadSessionParts("x", { query: { limit: 10 } });
    expectTypeOf(parts).resolves.toEqualTypeOf<UploadParts>();
    for await (const part of parts) expectTypeOf(part).toEqualTypeOf<UploadPart>();
  });

  it("rejects what the spec does not allow", () => {
    // @ts-expect-error the id is a string
    void box.chunkedUploads.getFileUploadSessionById(42);
    // @ts-expect-error the operation has no query parameters
    void box.chunkedUploads.getFileUploadSessionById("x", { query: { fields: "id" } });
    // @ts-expect-error timeoutMs is a number
    void box.chunkedUploads.getFileUploadSessionById("x", { timeoutMs: "5s" });
    void box.chunkedUploads.getFileUploadSessionById("x", {
      signal: AbortSignal.timeout(1000),
      timeoutMs: 5000,
      maxRetries: 1,
    });
  });

  it("maps the spec's header and query parameters onto the options", () => {
    type Params = { query: { limit?: number }; header: { digest: string }; path: { id: string } };
    type Headers = OperationOptions<Params>["headers"];
    expectTypeOf<{ digest: string; "x-request-id": string }>().toMatchTypeOf<Headers>();
    expectTypeOf<{ "x-request-id": string }>().not.toMatchTypeOf<Headers>(); // digest is required
    expectTypeOf<OperationOptions<Params>["query"]>().toEqualTypeOf<{ limit?: number }>();
    expectTypeOf<OperationOptions<Params>>().not.toHaveProperty("path");
  });
});

describe("extra headers", () => {
  it("go with any call, declared headers or not, and as the client's defaults", () => {
    void box.chunkedUploads.getFileUploadSessionById("x", { headers: { "x-request-id": "r-1" } });
    void createClient({ token: "t", headers: { "x-team": "platform" } });
    // @ts-expect-error the client's default headers are text
    void createClient({ token: "t", headers: { "x-team": 1 } });
  });
});

describe("signatures: path parameters, then the body, then options", () => {
  const chunked = box.chunkedUploads;
  it("takes a binary body and requires options when a header is required", () => {
    expectTypeOf(chunked.uploadFilePart).parameter(1).toEqualTypeOf<BinaryBody>();
    expectTypeOf(chunked.uploadFilePart).parameter(2).not.toEqualTypeOf<undefined>();
    expectTypeOf(chunked.uploadFilePart).parameter(2).toHaveProperty("headers");
    // @ts-expect-error the digest and content-range headers are required
    void chunked.uploadFilePart("S1", new Uint8Array(1));
    // @ts-expect-error content-range is required too
    void chunked.uploadFilePart("S1", new Uint8Array(1), { headers: { digest: "sha=x" } });
    void chunked.uploadFilePart("S1", new Blob([]), {
      headers: { digest: "sha=x", "content-range": "bytes 0-0/1" },
    });
  });

  it("returns Files | undefined from commit (202 has no body) and undefined from abort", () => {
    expectTypeOf(chunked.createFileUploadSessionCommit).returns.toEqualTypeOf<
      ApiPromise<Files | undefined>
    >();
    expectTypeOf(chunked.deleteFileUploadSessionById).returns.toEqualTypeOf<
      ApiPromise<undefined>
    >();
    // @ts-expect-error the commit body is required
    void chunked.createFileUploadSessionCommit("S1", undefined, { headers: { digest: "x" } });
  });

  it("leaves options optional when nothing in them is required", () => {
    void chunked.getFileUploadSessionParts("S1");
    void chunked.createFileUploadSession({ folder_id: "0", file_size: 1, file_name: "a" });
    // @ts-expect-error file_name is required
    void chunked.createFileUploadSession({ folder_id: "0", file_size: 1 });
  });
});

describe("the standalone functions", () => {
  it("take a client first, then the method's own arguments, and return its promise", () => {
    const core = createCoreClient({ token: "t" });
    expectTypeOf(getFileUploadSessionById).parameter(0).toEqualTypeOf<CoreClient>();
    expectTypeOf(getFileUploadSessionById(core, "S")).toEqualTypeOf<ApiPromise<UploadSession>>();
    // Both kinds of client go; the method and the function take the same arguments.
    expectTypeOf(box).toMatchTypeOf<CoreClient>();
    expectTypeOf<Parameters<typeof getFileUploadSessionById>>().toEqualTypeOf<
      [CoreClient, ...Parameters<typeof box.chunkedUploads.getFileUploadSessionById>]
    >();
    expectTypeOf(getFileUploadSessionParts(core, "S")).toEqualTypeOf<
      ReturnType<typeof box.chunkedUploads.getFileUploadSessionParts>
    >();
    expectTypeOf(core.withOptions({ maxRetries: 1 })).toEqualTypeOf<CoreClient>();
    // @ts-expect-error the client comes first
    getFileUploadSessionById("S");
    // @ts-expect-error a core client has no resources
    core.chunkedUploads;
  });
});

describe("the raw openapi-fetch client", () => {
  it("is typed from the spec's paths", async () => {
    const raw = createRawClient({ token: "t" });
    const { data } = await raw.GET("/files/upload_sessions/{upload_session_id}", {
      params: { path: { upload_session_id: "x" } },
    });
    expectTypeOf(data).toEqualTypeOf<UploadSession | undefined>();
  });
});

describe("uploadFile", () => {
  it("returns the committed file as the spec types it", () => {
    const options = { folderId: "0", fileName: "a" };
    expectTypeOf(uploadFile(box, new Uint8Array(1), options)).resolves.toEqualTypeOf<BoxFile>();
    expectTypeOf(uploadFileVersion(box, "1", new Blob([]))).resolves.toEqualTypeOf<BoxFile>();
  });

  it("refuses a client without Box's chunked-upload methods, and options it does not take", () => {
    // @ts-expect-error no chunked-upload methods
    void uploadFile({ chunkedUploads: {} }, new Uint8Array(1), { folderId: "0", fileName: "a" });
    // @ts-expect-error folderId is required
    void uploadFile(box, new Uint8Array(1), { fileName: "a" });
    // @ts-expect-error a string is not a source
    void uploadFile(box, "text", { folderId: "0", fileName: "a" });
  });

  it("a stream needs its fileSize; bytes, Blobs and Files do not", () => {
    const stream = new ReadableStream<Uint8Array>();
    const chunks = (async function* () {
      yield new Uint8Array(1);
    })();
    // @ts-expect-error a stream cannot say its size
    void uploadFile(box, stream, { folderId: "0", fileName: "a" });
    // @ts-expect-error nor can an async iterable
    void uploadFile(box, chunks, { folderId: "0", fileName: "a" });
    // @ts-expect-error a new version from a stream needs its size too
    void uploadFileVersion(box, "1", stream);
    void uploadFile(box, stream, { folderId: "0", fileName: "a", fileSize: 1 });
    void uploadFileVersion(box, "1", chunks, { fileSize: 1 });
    void uploadFile(box, new Blob([]), { folderId: "0", fileName: "a" });
    void uploadFile(box, new File([], "a"), { folderId: "0", fileName: "a" });
    void uploadFile(box, new ArrayBuffer(1), { folderId: "0", fileName: "a" });
  });

  it("uploadFiles reports each file as the spec types it", () => {
    void uploadFiles(box, [{ source: new Blob([]), folderId: "0", fileName: "a" }], {
      onFileDone: (_index, result) => {
        if (result.status === "fulfilled") expectTypeOf(result.value).toEqualTypeOf<BoxFile>();
      },
    });
  });

  it("a resume takes the session alone, and a source that can be read again", () => {
    void uploadFile(box, new Blob([]), { resume: "S1", onSession: (s) => void s.id });
    void uploadFile(box, new Uint8Array(1), { resume: { id: "S1" } });
    void uploadFileVersion(box, "1", new Blob([]), { resume: "S1" });
    // @ts-expect-error the session's folder and name hold: not given again
    void uploadFile(box, new Blob([]), { resume: "S1", folderId: "0", fileName: "a" });
    // @ts-expect-error a stream cannot be read again
    void uploadFile(box, new ReadableStream<Uint8Array>(), { resume: "S1", fileSize: 1 });
  });
});
