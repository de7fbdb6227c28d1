import type { BinaryBody } from "../runtime/call.js";
import type { CallOptions } from "../runtime/options.js";

/**
 * The shapes the uploader reads, as Box's chunked-upload API defines them, with only the fields
 * it uses. Declared here rather than imported from the generated types, so that this hand-written
 * entry compiles whatever spec the client package is generated from; a client without Box's
 * chunked-upload methods is then a type error where it is passed to `uploadFile`.
 */
export interface UploadSessionLike {
  id?: string;
  part_size?: number;
  total_parts?: number;
  session_endpoints?: {
    upload_part?: string;
    commit?: string;
    abort?: string;
    list_parts?: string;
  };
}

/** A stored part, as upload part and list parts return it and commit takes it back. */
export interface UploadPartLike {
  part_id?: string;
  offset?: number;
  size?: number;
  sha1?: string;
}

/** The part of a generated client the uploader calls: Box's chunked-upload methods. */
export interface UploadClient {
  chunkedUploads: {
    createFileUploadSession(
      body: { folder_id: string; file_size: number; file_name: string },
      options?: CallOptions,
    ): Promise<UploadSessionLike>;
    createFileUploadSessionForExistingFile(
      fileId: string,
      body: { file_size: number; file_name?: string },
      options?: CallOptions,
    ): Promise<UploadSessionLike>;
    getFileUploadSessionById(id: string, options?: CallOptions): Promise<UploadSessionLike>;
    uploadFilePartByUrl(
      url: string,
      body: BinaryBody,
      options: CallOptions & { headers: { digest: string; "content-range": string } },
    ): Promise<{ part?: UploadPartLike }>;
    getFileUploadSessionPartsByUrl(
      url: string,
      options?: CallOptions & { query?: { offset?: number; limit?: number } },
    ): Promise<{ entries?: UploadPartLike[]; total_count?: number }>;
    createFileUploadSessionCommitByUrl(
      url: string,
      body: { parts: UploadPartLike[] },
      options: CallOptions & { headers: { digest: string } },
    ): Promise<{ entries?: unknown[] } | undefined>;
    deleteFileUploadSessionByUrl(url: string, options?: CallOptions): Promise<unknown>;
    deleteFileUploadSessionById(id: string, options?: CallOptions): Promise<unknown>;
  };
}

/** The committed file's type, as the client's own commit method declares it (`File` for Box). */
export type CommittedFile<C extends UploadClient> = NonNullable<
  NonNullable<
    Awaited<ReturnType<C["chunkedUploads"]["createFileUploadSessionCommitByUrl"]>>
  >["entries"]
>[number];
