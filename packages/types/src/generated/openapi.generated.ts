// generated — do not edit: @chunked-uploads/codegen wrote this file from spec/openapi.yaml
// (Box Platform API — chunked uploads 2024.0). Change the spec and run `pnpm generate` instead.

export interface paths {
  "/files/upload_sessions/{upload_session_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get upload session
     * @description Return information about an upload session.
     *
     *     The actual endpoint URL is returned by the
     *     [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
     *     endpoint.
     */
    get: operations["get_files_upload_sessions_id"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * Upload session
     * @description An upload session for chunk uploading a file.
     */
    UploadSession: {
      /**
       * @description The unique identifier for this session.
       * @example F971964745A5CD0C001BBE4E58196BFD
       */
      id?: string;
      /**
       * @description The value will always be `upload_session`.
       * @example upload_session
       * @enum {string}
       */
      type?: "upload_session";
      /**
       * Format: date-time
       * @description The date and time when this session expires.
       * @example 2012-12-12T10:53:43-08:00
       */
      session_expires_at?: string;
      /**
       * Format: int64
       * @description The size in bytes that must be used for all parts of the upload.
       *
       *     Only the last part is allowed to be of a smaller size.
       * @example 1024
       */
      part_size?: number;
      /**
       * Format: int32
       * @description The total number of parts expected in this upload session, as determined by the
       *     file size and part size.
       * @example 1000
       */
      total_parts?: number;
      /**
       * Format: int32
       * @description The number of parts that have been uploaded and processed by the server. This
       *     starts at `0`.
       *
       *     When committing a file, inspecting this property can provide insight if all parts
       *     have been uploaded correctly.
       * @example 455
       */
      num_parts_processed?: number;
      /**
       * Session endpoints
       * @description A list of endpoints for this session.
       */
      session_endpoints?: {
        /**
         * @description The URL to upload parts to.
         * @example https://{box-upload-server}/api/2.0/files/upload_sessions/F971964745A5CD0C001BBE4E58196BFD
         */
        upload_part?: string;
        /**
         * @description The URL used to commit the file.
         * @example https://{box-upload-server}/api/2.0/files/upload_sessions/F971964745A5CD0C001BBE4E58196BFD/commit
         */
        commit?: string;
        /**
         * @description The URL used to abort the session.
         * @example https://{box-upload-server}/api/2.0/files/upload_sessions/F971964745A5CD0C001BBE4E58196BFD
         */
        abort?: string;
        /**
         * @description The URL used to list all parts.
         * @example https://{box-upload-server}/api/2.0/files/upload_sessions/F971964745A5CD0C001BBE4E58196BFD/parts
         */
        list_parts?: string;
        /**
         * @description The URL used to get the status of the upload.
         * @example https://{box-upload-server}/api/2.0/files/upload_sessions/F971964745A5CD0C001BBE4E58196BFD
         */
        status?: string;
        /**
         * @description The URL used to get the upload log from.
         * @example https://{box-upload-server}/api/2.0/files/upload_sessions/F971964745A5CD0C001BBE4E58196BFD/log
         */
        log_event?: string;
      };
    };
    /**
     * Client error
     * @description A generic error.
     */
    ClientError: {
      /**
       * @description The value will always be `error`.
       * @example error
       * @enum {string}
       */
      type?: "error";
      /**
       * Format: int32
       * @description The HTTP status of the response.
       * @example 400
       */
      status?: number;
      /**
       * @description A Box-specific error code.
       * @example item_name_invalid
       * @enum {string}
       */
      code?:
        | "created"
        | "accepted"
        | "no_content"
        | "redirect"
        | "not_modified"
        | "bad_request"
        | "unauthorized"
        | "forbidden"
        | "not_found"
        | "method_not_allowed"
        | "conflict"
        | "precondition_failed"
        | "too_many_requests"
        | "internal_server_error"
        | "unavailable"
        | "item_name_invalid"
        | "insufficient_scope";
      /**
       * @description A short message describing the error.
       * @example Method Not Allowed
       */
      message?: string;
      /**
       * @description A free-form object that contains additional context about the error. The possible
       *     fields are defined on a per-endpoint basis. `message` is only one example.
       * @example {
       *       "message": "Something went wrong"
       *     }
       */
      context_info?: {
        [key: string]: unknown;
      } | null;
      /**
       * @description A URL that links to more information about why this error occurred.
       * @example https://developer.box.com/guides/api-calls/permissions-and-errors/common-errors/
       */
      help_url?: string;
      /**
       * @description A unique identifier for this response, which can be used when contacting Box
       *     support.
       * @example abcdef123456
       */
      request_id?: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  get_files_upload_sessions_id: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description The ID of the upload session.
         * @example D5E3F7A
         */
        upload_session_id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Returns an upload session object. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "F971964745A5CD0C001BBE4E58196BFD",
           *       "type": "upload_session",
           *       "num_parts_processed": 455,
           *       "part_size": 1024,
           *       "session_endpoints": {
           *         "abort": "https://{box-upload-server}/api/2.0/files/upload_sessions/F971964745A5CD0C001BBE4E58196BFD",
           *         "commit": "https://{box-upload-server}/api/2.0/files/upload_sessions/F971964745A5CD0C001BBE4E58196BFD/commit",
           *         "list_parts": "https://{box-upload-server}/api/2.0/files/upload_sessions/F971964745A5CD0C001BBE4E58196BFD/parts",
           *         "log_event": "https://{box-upload-server}/api/2.0/files/upload_sessions/F971964745A5CD0C001BBE4E58196BFD/log",
           *         "status": "https://{box-upload-server}/api/2.0/files/upload_sessions/F971964745A5CD0C001BBE4E58196BFD",
           *         "upload_part": "https://{box-upload-server}/api/2.0/files/upload_sessions/F971964745A5CD0C001BBE4E58196BFD"
           *       },
           *       "session_expires_at": "2012-12-12T10:53:43-08:00",
           *       "total_parts": 1000
           *     }
           */
          "application/json": components["schemas"]["UploadSession"];
        };
      };
      /** @description An unexpected client error. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ClientError"];
        };
      };
    };
  };
}
