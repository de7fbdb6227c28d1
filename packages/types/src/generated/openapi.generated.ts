// generated — do not edit: @chunked-uploads/codegen wrote this file from spec/openapi.yaml
// (Box Platform API — chunked uploads 2024.0). Change the spec and run `pnpm generate` instead.

export interface paths {
    "/files/upload_sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create upload session
         * @description Creates an upload session for a new file.
         */
        post: operations["post_files_upload_sessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/{file_id}/upload_sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create upload session for existing file
         * @description Creates an upload session for an existing file.
         */
        post: operations["post_files_id_upload_sessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
        /**
         * Upload part of file
         * @description Uploads a chunk of a file for an upload session.
         *
         *     The actual endpoint URL is returned by the
         *     [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
         *     and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id)
         *     endpoints.
         */
        put: operations["put_files_upload_sessions_id"];
        post?: never;
        /**
         * Remove upload session
         * @description Abort an upload session and discard all data uploaded.
         *
         *     This cannot be reversed.
         *
         *     The actual endpoint URL is returned by the
         *     [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
         *     and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id)
         *     endpoints.
         */
        delete: operations["delete_files_upload_sessions_id"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/upload_sessions/{upload_session_id}/parts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List parts
         * @description Return a list of the chunks uploaded to the upload session so far.
         *
         *     The actual endpoint URL is returned by the
         *     [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
         *     and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id)
         *     endpoints.
         */
        get: operations["get_files_upload_sessions_id_parts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/files/upload_sessions/{upload_session_id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Commit upload session
         * @description Close an upload session and create a file from the uploaded chunks.
         *
         *     The actual endpoint URL is returned by the
         *     [`Create upload session`](https://developer.box.com/reference/post-files-upload-sessions)
         *     and [`Get upload session`](https://developer.box.com/reference/get-files-upload-sessions-id)
         *     endpoints.
         */
        post: operations["post_files_upload_sessions_id_commit"];
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
         * Upload part (Mini)
         * @description The basic representation of an upload
         *     session chunk.
         */
        "UploadPart--Mini": {
            /**
             * @description The unique ID of the chunk.
             * @example 6F2D3486
             */
            part_id?: string;
            /**
             * Format: int64
             * @description The offset of the chunk within the file
             *     in bytes. The lower bound of the position
             *     of the chunk within the file.
             * @example 16777216
             */
            offset?: number;
            /**
             * Format: int64
             * @description The size of the chunk in bytes.
             * @example 3222784
             */
            size?: number;
        };
        /**
         * Upload part
         * @description The representation of an upload
         *     session chunk.
         */
        UploadPart: components["schemas"]["UploadPart--Mini"] & {
            /**
             * @description The SHA1 hash of the chunk.
             * @example 134b65991ed521fcfe4724b7d814ab8ded5185dc
             */
            sha1?: string;
        };
        /**
         * Upload parts
         * @description A list of uploaded chunks for an upload
         *     session.
         */
        UploadParts: {
            /**
             * Format: int64
             * @description One greater than the offset of the last entry in the entire collection.
             *     The total number of entries in the collection may be less than
             *     `total_count`.
             *
             *     This field is only returned for calls that use offset-based pagination.
             *     For marker-based paginated APIs, this field will be omitted.
             * @example 5000
             */
            total_count?: number;
            /**
             * Format: int64
             * @description The limit that was used for these entries. This will be the same as the
             *     `limit` query parameter unless that value exceeded the maximum value
             *     allowed. The maximum value varies by API.
             * @example 1000
             */
            limit?: number;
            /**
             * Format: int64
             * @description The 0-based offset of the first entry in this set. This will be the same
             *     as the `offset` query parameter.
             *
             *     This field is only returned for calls that use offset-based pagination.
             *     For marker-based paginated APIs, this field will be omitted.
             * @example 2000
             */
            offset?: number;
            /**
             * @description The order by which items are returned.
             *
             *     This field is only returned for calls that use offset-based pagination.
             *     For marker-based paginated APIs, this field will be omitted.
             */
            order?: {
                /**
                 * @description The field to order by.
                 * @example type
                 */
                by?: string;
                /**
                 * @description The direction to order by, either ascending or descending.
                 * @example ASC
                 * @enum {string}
                 */
                direction?: "ASC" | "DESC";
            }[];
        } & {
            /**
             * @description A list of uploaded chunks for an upload
             *     session.
             */
            entries?: components["schemas"]["UploadPart"][];
        };
        /**
         * Uploaded part
         * @description A chunk of a file uploaded as part of
         *     an upload session, as returned by some endpoints.
         */
        UploadedPart: {
            part?: components["schemas"]["UploadPart"];
        };
        /**
         * Files
         * @description A list of files.
         */
        Files: {
            /**
             * Format: int64
             * @description The number of files.
             * @example 1
             */
            total_count?: number;
            /** @description A list of files. */
            entries?: components["schemas"]["File"][];
        };
        /**
         * File (Base)
         * @description The bare basic representation of a file, the minimal
         *     amount of fields returned when using the `fields` query
         *     parameter.
         */
        "File--Base": {
            /**
             * @description The unique identifier that represent a file.
             *
             *     The ID for any file can be determined
             *     by visiting a file in the web application
             *     and copying the ID from the URL. For example,
             *     for the URL `https://*.app.box.com/files/123`
             *     the `file_id` is `123`.
             * @example 12345
             */
            id: string;
            /**
             * @description The HTTP `etag` of this file. This can be used within some API
             *     endpoints in the `If-Match` and `If-None-Match` headers to only
             *     perform changes on the file if (no) changes have happened.
             * @example 1
             */
            etag?: string | null;
            /**
             * @description The value will always be `file`.
             * @example file
             * @enum {string}
             */
            type: "file";
        };
        /**
         * File (Mini)
         * @description A mini representation of a file, used when
         *     nested under another resource.
         */
        "File--Mini": components["schemas"]["File--Base"] & {
            /**
             * @description A numeric identifier that represents the most recent user event
             *     that has been applied to this item.
             *
             *     This can be used in combination with the `GET /events`-endpoint
             *     to filter out user events that would have occurred before this
             *     identifier was read.
             * @example 3
             */
            sequence_id?: string;
            /**
             * @description The name of the file.
             * @example Contract.pdf
             */
            name?: string;
            /**
             * Format: digest
             * @description The SHA1 hash of the file. This can be used to compare the contents
             *     of a file on Box with a local file.
             * @example 85136C79CBF9FE36BB9D05D0639C70C265C18D37
             */
            sha1?: string;
            /** @description The information about the current version of the file. */
            file_version?: components["schemas"]["FileVersion--Mini"];
        };
        /**
         * File
         * @description A standard representation of a file, as returned from any
         *     file API endpoints by default.
         */
        File: components["schemas"]["File--Mini"] & {
            /**
             * @description The optional description of this file.
             *     If the description exceeds 255 characters, the first 255 characters
             *     are set as a file description and the rest of it is ignored.
             * @example Contract for Q1 renewal
             */
            description?: string;
            /**
             * @description The file size in bytes. Be careful parsing this integer as it can
             *     get very large and cause an integer overflow.
             * @example 629644
             */
            size?: number;
            /**
             * Path collection
             * @description The tree of folders that this file is contained in,
             *     starting at the root.
             */
            path_collection?: {
                /**
                 * Format: int64
                 * @description The number of folders in this list.
                 * @example 1
                 */
                total_count: number;
                /** @description The parent folders for this item. */
                entries: components["schemas"]["Folder--Mini"][];
            };
            /**
             * Format: date-time
             * @description The date and time when the file was created on Box.
             * @example 2012-12-12T10:53:43-08:00
             */
            created_at?: string;
            /**
             * Format: date-time
             * @description The date and time when the file was last updated on Box.
             * @example 2012-12-12T10:53:43-08:00
             */
            modified_at?: string;
            /**
             * Format: date-time
             * @description The time at which this file was put in the trash.
             * @example 2012-12-12T10:53:43-08:00
             */
            trashed_at?: string | null;
            /**
             * Format: date-time
             * @description The time at which this file is expected to be purged
             *     from the trash.
             * @example 2012-12-12T10:53:43-08:00
             */
            purged_at?: string | null;
            /**
             * Format: date-time
             * @description The date and time at which this file was originally
             *     created, which might be before it was uploaded to Box.
             * @example 2012-12-12T10:53:43-08:00
             */
            content_created_at?: string | null;
            /**
             * Format: date-time
             * @description The date and time at which this file was last updated,
             *     which might be before it was uploaded to Box.
             * @example 2012-12-12T10:53:43-08:00
             */
            content_modified_at?: string | null;
            /** @description The user who created this file. */
            created_by?: components["schemas"]["User--Mini"];
            /** @description The user who last modified this file. */
            modified_by?: components["schemas"]["User--Mini"];
            /** @description The user who owns this file. */
            owned_by?: components["schemas"]["User--Mini"];
            /**
             * @description The folder that this file is located within.
             *     This value may be `null` for some folders such as
             *     the root folder or the trash folder.
             */
            parent?: components["schemas"]["Folder--Mini"] | null;
            /**
             * @description Defines if this item has been deleted or not.
             *
             *     * `active` when the item has is not in the trash
             *     * `trashed` when the item has been moved to the trash but not deleted
             *     * `deleted` when the item has been permanently deleted.
             * @example active
             * @enum {string}
             */
            item_status?: "active" | "trashed" | "deleted";
        };
        /**
         * File version (Base)
         * @description The bare basic representation of a file version, the minimal
         *     amount of fields returned when using the `fields` query
         *     parameter.
         */
        "FileVersion--Base": {
            /**
             * @description The unique identifier that represent a file version.
             * @example 12345
             */
            id: string;
            /**
             * @description The value will always be `file_version`.
             * @example file_version
             * @enum {string}
             */
            type: "file_version";
        };
        /**
         * File version (Mini)
         * @description A mini representation of a file version, used when
         *     nested within another resource.
         */
        "FileVersion--Mini": components["schemas"]["FileVersion--Base"] & {
            /**
             * @description The SHA1 hash of this version of the file.
             * @example 134b65991ed521fcfe4724b7d814ab8ded5185dc
             */
            sha1?: string;
        };
        /**
         * Folder (Base)
         * @description The bare basic representation of a folder, the minimal
         *     amount of fields returned when using the `fields` query
         *     parameter.
         */
        "Folder--Base": {
            /**
             * @description The unique identifier that represent a folder.
             *
             *     The ID for any folder can be determined
             *     by visiting a folder in the web application
             *     and copying the ID from the URL. For example,
             *     for the URL `https://*.app.box.com/folders/123`
             *     the `folder_id` is `123`.
             * @example 12345
             */
            id: string;
            /**
             * @description The HTTP `etag` of this folder. This can be used within some API
             *     endpoints in the `If-Match` and `If-None-Match` headers to only
             *     perform changes on the folder if (no) changes have happened.
             * @example 1
             */
            etag?: string | null;
            /**
             * @description The value will always be `folder`.
             * @example folder
             * @enum {string}
             */
            type: "folder";
        };
        /**
         * Folder (Mini)
         * @description A mini representation of a file version, used when
         *     nested under another resource.
         */
        "Folder--Mini": components["schemas"]["Folder--Base"] & {
            /**
             * @description A numeric identifier that represents the most recent user event
             *     that has been applied to this item.
             * @example 3
             */
            sequence_id?: string;
            /**
             * @description The name of the folder.
             * @example Contracts
             */
            name?: string;
        };
        /**
         * User (Base)
         * @description A mini representation of a user, used when
         *     nested within another resource.
         */
        "User--Base": {
            /**
             * @description The unique identifier for this user.
             * @example 11446498
             */
            id: string;
            /**
             * @description The value will always be `user`.
             * @example user
             * @enum {string}
             */
            type: "user";
        };
        /**
         * User (Mini)
         * @description A mini representation of a user, as can be returned when nested within other
         *     resources.
         */
        "User--Mini": components["schemas"]["User--Base"] & {
            /**
             * @description The display name of this user.
             * @example Aaron Levie
             */
            name?: string;
            /**
             * Format: email
             * @description The primary email address of this user.
             * @example ceo@example.com
             */
            login?: string;
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
            code?: "created" | "accepted" | "no_content" | "redirect" | "not_modified" | "bad_request" | "unauthorized" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "too_many_requests" | "internal_server_error" | "unavailable" | "item_name_invalid" | "insufficient_scope";
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
    post_files_upload_sessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The ID of the folder to upload the new file to.
                     * @example 0
                     */
                    folder_id: string;
                    /**
                     * Format: int64
                     * @description The total number of bytes of the file to be uploaded.
                     * @example 104857600
                     */
                    file_size: number;
                    /**
                     * @description The name of new file.
                     * @example Project.mov
                     */
                    file_name: string;
                };
            };
        };
        responses: {
            /** @description Returns a new upload session. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadSession"];
                };
            };
            /**
             * @description Returns an error if some of the parameters are missing or
             *     not valid.
             *
             *     * `missing_destination`: No `folder_id` was provided.
             *     * `invalid_folder_id`: `folder_id` is not valid.
             *     * `item_name_invalid`: `file_name` is not valid.
             *     * `missing_file_size`: `file_size` was not provided.
             *     * `invalid_file_size`: `file_size` was not a valid number.
             *     * `file_size_too_small`: `file_size` is below minimum file size for
             *       uploads via this API.
             *     * `missing_file_name`: `file_name` was not provided.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientError"];
                };
            };
            /**
             * @description Returns an error if the operation is not allowed for some reason.
             *
             *     * `storage_limit_exceeded`: Account storage limit reached.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientError"];
                };
            };
            /**
             * @description Returns an error if the parent folder could not be found, or
             *     the authenticated user does not have access to it.
             *
             *     * `invalid_parameter`: The `folder_id` value represents a
             *       folder that the user does not have access to, or does not
             *       exist.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientError"];
                };
            };
            /**
             * @description Returns an error if the file already exists,
             *     or the account has run out of disk space.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientError"];
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
    post_files_id_upload_sessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier that represents a file.
                 *
                 *     The ID for any file can be determined
                 *     by visiting a file in the web application
                 *     and copying the ID from the URL. For example,
                 *     for the URL `https://*.app.box.com/files/123`
                 *     the `file_id` is `123`.
                 * @example 12345
                 */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: int64
                     * @description The total number of bytes of the file to be uploaded.
                     * @example 104857600
                     */
                    file_size: number;
                    /**
                     * @description The optional new name of new file.
                     * @example Project.mov
                     */
                    file_name?: string;
                };
            };
        };
        responses: {
            /** @description Returns a new upload session. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadSession"];
                };
            };
            /**
             * @description Returns an error if the file already exists,
             *     or if the account has run out of disk space.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientError"];
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
    put_files_upload_sessions_id: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The [RFC3230][1] message digest of the chunk uploaded.
                 *
                 *     Only SHA1 is supported. The SHA1 digest must be base64
                 *     encoded. The format of this header is as
                 *     `sha=BASE64_ENCODED_DIGEST`.
                 *
                 *     To get the value for the `SHA` digest, use the
                 *     openSSL command to encode the file part:
                 *     `openssl sha1 -binary <FILE_PART_NAME> | base64`.
                 *
                 *     [1]: https://tools.ietf.org/html/rfc3230
                 * @example sha=fpRyg5eVQletdZqEKaFlqwBXJzM=
                 */
                digest: string;
                /**
                 * @description The byte range of the chunk.
                 *
                 *     Must not overlap with the range of a part already
                 *     uploaded this session. Each part’s size must be
                 *     exactly equal in size to the part size specified
                 *     in the upload session that you created.
                 *     One exception is the last part of the file, as this can be smaller.
                 *
                 *     When providing the value for `content-range`, remember that:
                 *
                 *     * The lower bound of each part's byte range
                 *       must be a multiple of the part size.
                 *     * The higher bound must be a multiple of the part size - 1.
                 * @example bytes 8388608-16777215/445856194
                 */
                "content-range": string;
            };
            path: {
                /**
                 * @description The ID of the upload session.
                 * @example D5E3F7A
                 */
                upload_session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": Blob;
            };
        };
        responses: {
            /** @description Chunk has been uploaded successfully. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadedPart"];
                };
            };
            /**
             * @description Returns an error if the chunk conflicts with another
             *     chunk previously uploaded.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientError"];
                };
            };
            /** @description Returns an error if a precondition was not met. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientError"];
                };
            };
            /**
             * @description Returns an error if the content range does not match a specified range
             *     for the session.
             */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientError"];
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
    delete_files_upload_sessions_id: {
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
            /**
             * @description A blank response is returned if the session was
             *     successfully aborted.
             */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    get_files_upload_sessions_id_parts: {
        parameters: {
            query?: {
                /**
                 * @description The offset of the item at which to begin the response.
                 *
                 *     Queries with offset parameter value
                 *     exceeding 10000 will be rejected
                 *     with a 400 response.
                 * @example 1000
                 */
                offset?: number;
                /**
                 * @description The maximum number of items to return per page.
                 * @example 1000
                 */
                limit?: number;
            };
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
            /** @description Returns a list of parts that have been uploaded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadParts"];
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
    post_files_upload_sessions_id_commit: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description The [RFC3230][1] message digest of the whole file.
                 *
                 *     Only SHA1 is supported. The SHA1 digest must be Base64
                 *     encoded. The format of this header is as
                 *     `sha=BASE64_ENCODED_DIGEST`.
                 *
                 *     [1]: https://tools.ietf.org/html/rfc3230
                 * @example sha=fpRyg5eVQletdZqEKaFlqwBXJzM=
                 */
                digest: string;
                /**
                 * @description Ensures this item hasn't recently changed before
                 *     making changes.
                 *
                 *     Pass in the item's last observed `etag` value
                 *     into this header and the endpoint will fail
                 *     with a `412 Precondition Failed` if it
                 *     has changed since.
                 * @example 1
                 */
                "if-match"?: string;
                /**
                 * @description Ensures an item is only returned if it has changed.
                 *
                 *     Pass in the item's last observed `etag` value
                 *     into this header and the endpoint will fail
                 *     with a `304 Not Modified` if the item has not
                 *     changed since.
                 * @example 1
                 */
                "if-none-match"?: string;
            };
            path: {
                /**
                 * @description The ID of the upload session.
                 * @example D5E3F7A
                 */
                upload_session_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The list details for the uploaded parts. */
                    parts: components["schemas"]["UploadPart"][];
                };
            };
        };
        responses: {
            /** @description Returns the file object in a list. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Files"];
                };
            };
            /**
             * @description Returns when all chunks have been uploaded but not yet processed.
             *
             *     Inspect the upload session to get more information about the
             *     progress of processing the chunks, then retry committing the file
             *     when all chunks have processed.
             */
            202: {
                headers: {
                    /**
                     * @description Indicates the number of seconds the client should wait before
                     *     attempting their commit request again.
                     */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Returns an error if there is already a file with the same name
             *     in the target folder.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientError"];
                };
            };
            /** @description Returns an error if the `If-Match` or `If-None-Match` conditions fail. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientError"];
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
