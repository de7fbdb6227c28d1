// The Box chunked-upload API itself, as the types package states it: the only type tests that
// name Box's operations and schemas (tests of the generator read the model or use fixtures).
// Imports through the package's own exports, so the built declarations are what is checked,
// as a downstream user would see them.
import { describe, expectTypeOf, it } from "vitest";
import type {
  ClientError,
  CreateFileUploadSessionCommitParams,
  CreateFileUploadSessionCommitRequestBody,
  CreateFileUploadSessionCommitResponse,
  CreateFileUploadSessionRequestBody,
  DeleteFileUploadSessionByIdResponse,
  Files,
  GetFileUploadSessionPartsParams,
  UploadFilePartParams,
  UploadFilePartRequestBody,
  UploadPart,
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
    // Field by field rather than the whole object: a field Box adds later is not a break.
    expectTypeOf<UploadSession["id"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<UploadSession["type"]>().toEqualTypeOf<"upload_session" | undefined>();
    expectTypeOf<UploadSession["session_expires_at"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<UploadSession["part_size"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<UploadSession["total_parts"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<UploadSession["num_parts_processed"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<NonNullable<UploadSession["session_endpoints"]>>().toEqualTypeOf<{
      upload_part?: string;
      commit?: string;
      abort?: string;
      list_parts?: string;
      status?: string;
      log_event?: string;
    }>();
    // biome-ignore lint/complexity/noBannedTypes: the empty object type is the point: nothing is required
    expectTypeOf<{}>().toExtend<UploadSession>();
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
  });
});

describe("the other chunked-upload operations", () => {
  it("the session path also takes PUT (a part) and DELETE (abort)", () => {
    expectTypeOf<
      NonNullable<paths["/files/upload_sessions/{upload_session_id}"]["put"]>
    >().toEqualTypeOf<operations["put_files_upload_sessions_id"]>();
    expectTypeOf<
      NonNullable<paths["/files/upload_sessions/{upload_session_id}"]["delete"]>
    >().toEqualTypeOf<operations["delete_files_upload_sessions_id"]>();
  });

  it("create session takes the folder, size and name, all required", () => {
    expectTypeOf<CreateFileUploadSessionRequestBody>().toEqualTypeOf<{
      folder_id: string;
      file_size: number;
      file_name: string;
    }>();
  });

  it("upload part takes raw bytes and requires digest and content-range headers", () => {
    expectTypeOf<UploadFilePartRequestBody>().toEqualTypeOf<Blob>();
    expectTypeOf<UploadFilePartParams["header"]>().toEqualTypeOf<{
      digest: string;
      "content-range": string;
    }>();
  });

  it("list parts pages with optional offset and limit", () => {
    expectTypeOf<GetFileUploadSessionPartsParams["query"]>().toEqualTypeOf<
      { offset?: number; limit?: number } | undefined
    >();
  });

  it("commit sends the parts and returns the files, or nothing on 202", () => {
    expectTypeOf<CreateFileUploadSessionCommitRequestBody>().toEqualTypeOf<{
      parts: UploadPart[];
    }>();
    expectTypeOf<CreateFileUploadSessionCommitParams["header"]["digest"]>().toEqualTypeOf<string>();
    expectTypeOf<CreateFileUploadSessionCommitResponse>().toEqualTypeOf<Files | undefined>();
  });

  it("abort answers 204 with no body", () => {
    expectTypeOf<DeleteFileUploadSessionByIdResponse>().toEqualTypeOf<undefined>();
  });
});
