// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/servers/trailing-slash.yaml
// (Trailing slash 1). Change the spec and run `pnpm generate` instead.

export interface paths {
    "/things/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["get_thing"];
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
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    get_thing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example t-1 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A thing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example t-1 */
                        id?: string;
                    };
                };
            };
        };
    };
}
