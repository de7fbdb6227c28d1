// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/empty-enum.yaml
// (Empty enums 1). Change the spec and run `pnpm generate` instead.

export interface paths {
    "/widgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List widgets */
        get: operations["listWidgets"];
        put?: never;
        /** Create a widget */
        post: operations["createWidget"];
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
        Widget: {
            name: string;
            size?: number;
            /**
             * @description Why the widget was retired; no value is defined yet.
             * @enum {string}
             */
            retired_reason?: never;
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
    listWidgets: {
        parameters: {
            query?: {
                color?: "red" | "blue";
                /** @description Reserved; no value is accepted yet. */
                legacy_mode?: never;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The widgets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Widget"][];
                };
            };
        };
    };
    createWidget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Widget"];
            };
        };
        responses: {
            /** @description Created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Widget"];
                };
            };
        };
    };
}
