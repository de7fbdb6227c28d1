// Pins the public shape of the generated types; imports through the package's own exports
// (so the built declarations are what is checked, as a downstream user would see them).
import { describe, expectTypeOf, it } from "vitest";
import type {
  ClientError,
  GetFileUploadSessionByIdError,
  GetFileUploadSessionByIdParams,
  GetFileUploadSessionByIdResponse,
  UploadSession,
  components,
  operations,
  paths,
} from "@chunked-uploads/types";

describe("UploadSession", () => {
  it("has every field of the docs page, all optional as in Box's spec", () => {
    expectTypeOf<UploadSession>().toEqualTypeOf<{
      id?: string;
      type?: "upload_session";
      session_expires_at?: string;
      part_size?: number;
      total_parts?: number;
      num_parts_processed?: number;
      session_endpoints?: {
        upload_part?: string;
        commit?: string;
        abort?: string;
        list_parts?: string;
        status?: string;
        log_event?: string;
      };
    }>();
    expectTypeOf<UploadSession>().toEqualTypeOf<components["schemas"]["UploadSession"]>();
  });
});

describe("ClientError", () => {
  it("keeps Box's code enum and a nullable free-form context_info", () => {
    expectTypeOf<ClientError["type"]>().toEqualTypeOf<"error" | undefined>();
    expectTypeOf<ClientError["status"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<"not_found">().toExtend<NonNullable<ClientError["code"]>>();
    expectTypeOf<"too_many_requests">().toExtend<NonNullable<ClientError["code"]>>();
    expectTypeOf<ClientError["context_info"]>().toEqualTypeOf<
      { [key: string]: unknown } | null | undefined
    >();
    expectTypeOf<ClientError>().toHaveProperty("request_id");
    expectTypeOf<ClientError>().toHaveProperty("help_url");
  });
});

describe("getFileUploadSessionById", () => {
  it("takes the session id as a required string path parameter and nothing else", () => {
    expectTypeOf<GetFileUploadSessionByIdParams["path"]>().toEqualTypeOf<{
      upload_session_id: string;
    }>();
    expectTypeOf<GetFileUploadSessionByIdParams["query"]>().toEqualTypeOf<undefined>();
    expectTypeOf<GetFileUploadSessionByIdParams>().toEqualTypeOf<
      operations["get_files_upload_sessions_id"]["parameters"]
    >();
  });

  it("returns an UploadSession and fails with a ClientError", () => {
    expectTypeOf<GetFileUploadSessionByIdResponse>().toEqualTypeOf<UploadSession>();
    expectTypeOf<GetFileUploadSessionByIdError>().toEqualTypeOf<ClientError>();
  });

  it("is a GET on the upload-session path and nothing else", () => {
    expectTypeOf<paths["/files/upload_sessions/{upload_session_id}"]["get"]>().toEqualTypeOf<
      operations["get_files_upload_sessions_id"]
    >();
    expectTypeOf<
      paths["/files/upload_sessions/{upload_session_id}"]["post"]
    >().toEqualTypeOf<undefined>();
    expectTypeOf<keyof paths>().toEqualTypeOf<"/files/upload_sessions/{upload_session_id}">();
  });
});
