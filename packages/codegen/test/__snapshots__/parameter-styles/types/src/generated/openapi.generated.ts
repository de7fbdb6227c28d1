// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/parameter-styles.yaml
// (Parameter styles 1.0.0). Change the spec and run `pnpm generate` instead.

export interface paths {
    "/matrix/{ids}/{point}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["matrix_path"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/label/{ids}/{point}/{plain}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["label_path"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["query_styles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/headers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["header_styles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cookies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["cookie_styles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forms/urlencoded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["urlencoded_form"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/forms/multipart": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["multipart_form"];
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
         * @example {
         *       "x": 1,
         *       "y": 2
         *     }
         */
        Point: {
            x: number;
            y: number;
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
    matrix_path: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @example [
                 *       3,
                 *       4
                 *     ]
                 */
                ids: number[];
                point: components["schemas"]["Point"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    label_path: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                ids: ("red" | "green" | "blue")[];
                point: components["schemas"]["Point"];
                /**
                 * @example [
                 *       1,
                 *       2,
                 *       3
                 *     ]
                 */
                plain: number[];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    query_styles: {
        parameters: {
            query: {
                /**
                 * @example [
                 *       "a b",
                 *       "c"
                 *     ]
                 */
                tags: string[];
                /**
                 * @example [
                 *       1,
                 *       2
                 *     ]
                 */
                csv: number[];
                piped: ("x" | "y" | "z")[];
                /**
                 * @example [
                 *       7,
                 *       8
                 *     ]
                 */
                spaced: number[];
                filter: {
                    /** @enum {string} */
                    kind: "round";
                    size: number;
                };
                point: components["schemas"]["Point"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    header_styles: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @example [
                 *       5,
                 *       6
                 *     ]
                 */
                "x-ids": number[];
                "x-point": components["schemas"]["Point"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    cookie_styles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie: {
                /** @example s-42 */
                session: string;
                /**
                 * @example [
                 *       1,
                 *       2
                 *     ]
                 */
                ids: number[];
            };
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    urlencoded_form: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "a b",
                 *       "tags": [
                 *         "x",
                 *         "y"
                 *       ],
                 *       "filter": {
                 *         "kind": "round"
                 *       },
                 *       "point": {
                 *         "x": 1,
                 *         "y": 2
                 *       }
                 *     }
                 */
                "application/x-www-form-urlencoded": {
                    name: string;
                    tags: string[];
                    filter: {
                        /** @enum {string} */
                        kind: "round";
                    };
                    point: components["schemas"]["Point"];
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    multipart_form: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "note": "hello",
                 *       "meta": {
                 *         "size": 3
                 *       },
                 *       "tags": [
                 *         "a",
                 *         "b"
                 *       ]
                 *     }
                 */
                "multipart/form-data": {
                    note: string;
                    /** Format: binary */
                    file: Blob;
                    attachments?: Blob[];
                    meta: {
                        size: number;
                    };
                    tags: string[];
                };
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
