// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/tricky-strings.yaml
// (Tricky strings 1). Change the spec and run `pnpm generate` instead.

export interface paths {
    "/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["create_note"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["put_tag"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/licenses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["upload_license"];
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
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    create_note: {
        parameters: {
            query: {
                q: "a&b=c d/é?";
            };
            header: {
                "x-note": "it's \"quoted\"";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "\"Quarterly\" report — it's done",
                 *       "body": "line one\nline two\r\n\tindented",
                 *       "path": "C:\\dir\\file.txt",
                 *       "nested": {
                 *         "emoji": "✓ 🚀 ünïcödé"
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @constant */
                    title: "\"Quarterly\" report — it's done";
                    /** @constant */
                    body: "line one\nline two\r\n\tindented";
                    /** @constant */
                    path: "C:\\dir\\file.txt";
                    nested: {
                        /** @constant */
                        emoji: "✓ 🚀 ünïcödé";
                    };
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
    put_tag: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    name: "\"quoted\"";
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
    upload_license: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    settings: {
                        /** @constant */
                        mode: "it's \"set\"";
                    };
                    /** @constant */
                    license: "@enterprise.ghl";
                    /** @constant */
                    note: "<not-a-file";
                    /** @constant */
                    kind: "text;type=image/png";
                    /** @constant */
                    plain: "it's plain";
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
