import type { BinaryBody } from "../runtime/call.js";
import type { CallOptions } from "../runtime/options.js";
import type { UPLOAD_METHODS } from "../generated/upload-methods.generated.js";

/**
 * The shapes the uploader reads, as Box's chunked-upload API defines them, with only the fields
 * it uses. Declared here rather than imported from the generated types, so that this hand-written
 * entry compiles whatever spec the client package is generated from; a client without Box's
 * chunked-upload methods is then a type error where it is passed to `uploadFile`. The methods'
 * names are the generated client's own (`UPLOAD_METHODS`).
 */
export interface UploadSessionLike {
  /** The session's id: what `resume` takes. */
  id?: string;
  /** The size of every part but the last, in bytes, as Box chose it for the file's size. */
  part_size?: number;
  /** How many parts the file needs. */
  total_parts?: number;
  /** The session's own URLs, on the upload host Box chose for it. */
  session_endpoints?: {
    upload_part?: string;
    commit?: string;
    abort?: string;
    list_parts?: string;
  };
}

/** A stored part, as upload part and list parts return it and commit takes it back. */
export interface UploadPartLike {
  /** Box's id of the stored part. */
  part_id?: string;
  /** The part's first byte in the file. */
  offset?: number;
  /** The part's length in bytes. */
  size?: number;
  /** The SHA-1 of the part's bytes, hex. */
  sha1?: string;
}

/** The method names, by role, as the generated client has them. */
type Names = typeof UPLOAD_METHODS;
type Method<Role extends keyof Names, F> = { [K in Names[Role]]: F };

/**
 * The part of a generated client the uploader calls: Box's chunked-upload methods, under the
 * names the client generated from the spec gives them (`UPLOAD_METHODS`).
 */
export type UploadMethods = Method<
  "createSession",
  (
    body: { folder_id: string; file_size: number; file_name: string },
    options?: CallOptions,
  ) => Promise<UploadSessionLike>
> &
  Method<
    "createVersionSession",
    (
      fileId: string,
      body: { file_size: number; file_name?: string },
      options?: CallOptions,
    ) => Promise<UploadSessionLike>
  > &
  Method<"getSession", (id: string, options?: CallOptions) => Promise<UploadSessionLike>> &
  Method<
    "uploadPart",
    (
      url: string,
      body: BinaryBody,
      options: CallOptions & {
        headers: { digest: string; "content-range": string; "content-length"?: string };
      },
    ) => Promise<{ part?: UploadPartLike }>
  > &
  Method<
    "listParts",
    (
      url: string,
      options?: CallOptions & { query?: { offset?: number; limit?: number } },
    ) => Promise<{ entries?: UploadPartLike[]; total_count?: number }>
  > &
  Method<
    "commit",
    (
      url: string,
      body: { parts: UploadPartLike[] },
      options: CallOptions & { headers: { digest: string } },
    ) => Promise<{ entries?: unknown[] } | undefined>
  > &
  Method<"abort", (id: string, options?: CallOptions) => Promise<unknown>> &
  Method<"abortAtUrl", (url: string, options?: CallOptions) => Promise<unknown>>;

/** A generated client, as far as the uploader uses it: the resource that holds its methods. */
export type UploadClient = { [K in Names["resource"]]: UploadMethods };

/** The committed file's type, as the client's own commit method declares it (`File` for Box). */
export type CommittedFile<C extends UploadClient> = NonNullable<
  NonNullable<Awaited<ReturnType<C[Names["resource"]][Names["commit"]]>>>["entries"]
>[number];
