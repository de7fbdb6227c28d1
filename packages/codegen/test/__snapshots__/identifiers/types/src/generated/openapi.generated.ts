// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/identifiers.yaml
// (Identifiers on two lines 1). Change the spec and run `pnpm generate` instead.

export interface paths {
    "/things/{class}/{options}/{body}/{transport}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["call"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/one-click/apps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listOneClickApps"];
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
        Package: {
            /** @example p-1 */
            id?: string;
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
    call: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example c */
                class: string;
                /** @example o */
                options: string;
                /** @example b */
                body: string;
                /** @example t */
                transport: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example n */
                    name?: string;
                };
            };
        };
        responses: {
            /** @description The package. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Package"];
                };
            };
        };
    };
    listOneClickApps: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The apps. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        apps?: string[];
                    };
                };
            };
        };
    };
}
