/**
 * `startMock()`: the mock a downstream team starts in its tests, and `pnpm mock` in this
 * repository. Strict where the spec is (see spec-server.ts); bound to 127.0.0.1 unless told.
 */
import { hasChunkedUploads } from "@chunked-uploads/codegen/model";
import { modelOf, type SpecInput } from "./spec-source.js";
import { startSpecServer, type MockRequest } from "./spec-server.js";
import { chunkedUploads, type UploadRules, type UploadsView } from "./uploads/chunked-uploads.js";
import type { Fault } from "./uploads/faults.js";

export interface MockOptions {
  /**
   * The spec to serve: a file (YAML or JSON) or a parsed document. Default: the spec these
   * packages were generated from (Box's chunked-upload API).
   */
  spec?: SpecInput;
  /** Default 0: a free port (read it from `url`). */
  port?: number;
  /** Default `127.0.0.1`. `0.0.0.0` lets other machines in: do that only where they may. */
  host?: string;
  /**
   * The one access token accepted (`Authorization: Bearer <token>`): another is answered 401,
   * as Box answers an expired or wrong one. Default: any token the spec's security allows.
   */
  token?: string;
  /** Request bodies above this many bytes are refused with 413 before they are buffered. Default 64 MiB. */
  maxBodyBytes?: number;
  /**
   * Box's chunked uploads with their state: sessions, stored parts, commit and abort, as Box's
   * rules say (or with `UploadRules` changed for a test: a smaller part size, say). On by
   * default for the embedded spec; for another spec, `true` needs its seven operations.
   */
  stateful?: boolean | UploadRules;
  /** Faults for the chunked-upload steps to answer with (see `Fault`); also `mock.faults`. */
  faults?: Fault[];
}

export interface Mock {
  /** `http://127.0.0.1:PORT`: the mock's origin. */
  url: string;
  /**
   * The spec's first server with the mock's origin in place of its own
   * (`http://127.0.0.1:PORT/api/2.0`): the `baseUrl` to give a client.
   */
  baseUrl: string;
  /** Every request received, in order: what was sent, what was wrong with it, what was answered. */
  requests: MockRequest[];
  /** Faults still to fire; push one to inject it into the next matching request. */
  faults: Fault[];
  /** The stateful uploads' sessions and committed files (when `stateful`). */
  uploads?: UploadsView;
  /** `text` with each of the spec's server origins replaced by the mock's (for snippets, URLs). */
  pointAt(text: string): string;
  /** Stops the server and cuts open connections. */
  close(): Promise<void>;
}

export async function startMock(options: MockOptions = {}): Promise<Mock> {
  const model = await modelOf(options.spec);
  const stateful = options.stateful ?? options.spec === undefined;
  if (stateful && !hasChunkedUploads(model))
    throw new Error(
      `stateful uploads need Box's seven chunked-upload operations, which ${model.specFile} does not declare`,
    );
  const faults = [...(options.faults ?? [])];
  const uploads = stateful
    ? await chunkedUploads(model, stateful === true ? {} : stateful, faults)
    : undefined;
  let server: Awaited<ReturnType<typeof startSpecServer>>;
  try {
    server = await startSpecServer(model, {
      ...(options.port !== undefined && { port: options.port }),
      ...(options.host !== undefined && { host: options.host }),
      ...(options.maxBodyBytes !== undefined && { maxBodyBytes: options.maxBodyBytes }),
      ...(options.token !== undefined && { token: options.token }),
      ...(uploads && { answer: uploads.answer, spill: uploads.store }),
    });
  } catch (error) {
    await uploads?.close();
    throw error;
  }
  const first = model.operations[0]?.servers[0]?.defaultUrl ?? "/";
  const baseUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(first)
    ? server.pointAt(first)
    : `${server.url}${first.startsWith("/") ? "" : "/"}${first}`;
  return {
    ...server,
    baseUrl: baseUrl.replace(/\/$/, ""),
    faults,
    ...(uploads && { uploads: uploads.view }),
    close: async () => {
      uploads?.release();
      await server.close();
      await uploads?.close();
    },
  };
}
