import type { UploadSession } from "@chunked-uploads/types";
import { describe, expectTypeOf, it } from "vitest";
import {
  createClient,
  createRawClient,
  type ApiClient,
  type OperationOptions,
} from "@chunked-uploads/client";

const box = createClient({ token: "t" });

describe("the generated method", () => {
  it("takes the session id positionally and returns an UploadSession", () => {
    expectTypeOf(box.chunkedUploads.getFileUploadSessionById).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(box.chunkedUploads.getFileUploadSessionById).returns.toEqualTypeOf<
      Promise<UploadSession>
    >();
    expectTypeOf(box.chunkedUploads.getFileUploadSessionByUrl).returns.toEqualTypeOf<
      Promise<UploadSession>
    >();
    expectTypeOf<ApiClient>().toHaveProperty("chunkedUploads");
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
    expectTypeOf<OperationOptions<Params>["headers"]>().toEqualTypeOf<{ digest: string }>();
    expectTypeOf<OperationOptions<Params>["query"]>().toEqualTypeOf<{ limit?: number }>();
    expectTypeOf<OperationOptions<Params>>().not.toHaveProperty("path");
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
