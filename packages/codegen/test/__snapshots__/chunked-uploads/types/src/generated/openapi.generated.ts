// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/chunked-uploads/openapi.yaml
// (Chunked uploads fixture 1.0). Change the spec and run `pnpm generate` instead.

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
        /** Create upload session */
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
        /** Create upload session for existing file */
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
            path: {
                /**
                 * @description The ID of the upload session.
                 * @example D5E3F7A
                 */
                upload_session_id: components["parameters"]["UploadSessionId"];
            };
            cookie?: never;
        };
        /** Get upload session */
        get: operations["get_files_upload_sessions_id"];
        /** Upload part of file */
        put: operations["put_files_upload_sessions_id"];
        post?: never;
        /** Remove upload session */
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
        /** List parts */
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
        /** Commit upload session */
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
        UploadSession: {
            id?: string;
            /** @enum {string} */
            type?: "upload_session";
            /** Format: date-time */
            session_expires_at?: string;
            /** Format: int64 */
            part_size?: number;
            /** Format: int32 */
            total_parts?: number;
            /** Format: int32 */
            num_parts_processed?: number;
            session_endpoints?: {
                upload_part?: string;
                commit?: string;
                abort?: string;
                list_parts?: string;
                status?: string;
                log_event?: string;
            };
        };
        ClientError: {
            /** @enum {string} */
            type?: "error";
            /** Format: int32 */
            status?: number;
            code?: string;
            message?: string;
            context_info?: {
                [key: string]: unknown;
            } | null;
            help_url?: string;
            request_id?: string;
        };
        Files: {
            total_count?: number;
            entries?: {
                id?: string;
                /** @enum {string} */
                type?: "file";
            }[];
        };
        UploadPart: {
            part_id?: string;
            /** Format: int64 */
            offset?: number;
            /** Format: int64 */
            size?: number;
            sha1?: string;
        };
        UploadParts: {
            /** Format: int64 */
            total_count?: number;
            /** Format: int64 */
            limit?: number;
            /** Format: int64 */
            offset?: number;
            entries?: components["schemas"]["UploadPart"][];
        };
    };
    responses: {
        /** @description An unexpected client error. */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ClientError"];
            };
        };
        /** @description Returns a new upload session. */
        SessionCreated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["UploadSession"];
            };
        };
    };
    parameters: {
        /**
         * @description The ID of the upload session.
         * @example D5E3F7A
         */
        UploadSessionId: string;
    };
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
                    folder_id: string;
                    /** Format: int64 */
                    file_size: number;
                    file_name: string;
                };
            };
        };
        responses: {
            201: components["responses"]["SessionCreated"];
            400: components["responses"]["Error"];
            409: components["responses"]["Error"];
            default: components["responses"]["Error"];
        };
    };
    post_files_id_upload_sessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example 12345 */
                file_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: int64 */
                    file_size: number;
                    file_name?: string;
                };
            };
        };
        responses: {
            201: components["responses"]["SessionCreated"];
            default: components["responses"]["Error"];
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
                upload_session_id: components["parameters"]["UploadSessionId"];
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
                    "application/json": components["schemas"]["UploadSession"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    put_files_upload_sessions_id: {
        parameters: {
            query?: never;
            header: {
                digest: string;
                "content-range": string;
            };
            path: {
                /**
                 * @description The ID of the upload session.
                 * @example D5E3F7A
                 */
                upload_session_id: components["parameters"]["UploadSessionId"];
            };
            cookie?: never;
        };
        requestBody?: {
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
                    "application/json": {
                        part?: components["schemas"]["UploadPart"];
                    };
                };
            };
            409: components["responses"]["Error"];
            412: components["responses"]["Error"];
            416: components["responses"]["Error"];
            default: components["responses"]["Error"];
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
                upload_session_id: components["parameters"]["UploadSessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A blank response is returned if the session was successfully aborted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["Error"];
        };
    };
    get_files_upload_sessions_id_parts: {
        parameters: {
            query?: {
                offset?: number;
                limit?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The ID of the upload session.
                 * @example D5E3F7A
                 */
                upload_session_id: components["parameters"]["UploadSessionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list of parts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadParts"];
                };
            };
            default: components["responses"]["Error"];
        };
    };
    post_files_upload_sessions_id_commit: {
        parameters: {
            query?: never;
            header: {
                digest: string;
                "if-match"?: string;
                "if-none-match"?: string;
            };
            path: {
                /**
                 * @description The ID of the upload session.
                 * @example D5E3F7A
                 */
                upload_session_id: components["parameters"]["UploadSessionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    parts: components["schemas"]["UploadPart"][];
                };
            };
        };
        responses: {
            /** @description The committed file. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Files"];
                };
            };
            /** @description Parts are still processing. */
            202: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content?: never;
            };
            default: components["responses"]["Error"];
        };
    };
}
