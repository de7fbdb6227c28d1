// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/request-kinds/openapi.yaml
// (Request kinds 1.0). Change the spec and run `pnpm generate` instead.

export interface paths {
    "/widgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["create_widget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widgets/{widget_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example w-1 */
                widget_id: components["parameters"]["WidgetId"];
            };
            cookie?: never;
        };
        get: operations["get_widget"];
        put?: never;
        post?: never;
        delete: operations["delete_widget"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widgets/{widget_id}/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["put_widget_image"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/widgets/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["list_my_widgets"];
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
        NewWidget: {
            /** @example Sprocket */
            name: string;
            /** @example 3 */
            size?: number;
            /** @enum {string} */
            colour?: "red" | "green";
        };
        Widget: components["schemas"]["NewWidget"] & {
            /** @example w-1 */
            id: string;
        };
    };
    responses: never;
    parameters: {
        /** @example w-1 */
        WidgetId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    create_widget: {
        parameters: {
            query?: {
                dry_run?: boolean;
            };
            header: {
                /** @example req-1 */
                "x-request-id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewWidget"];
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
    get_widget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example w-1 */
                widget_id: components["parameters"]["WidgetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A widget. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "w-1",
                     *       "name": "Sprocket",
                     *       "size": 3
                     *     }
                     */
                    "application/json": components["schemas"]["Widget"];
                };
            };
        };
    };
    delete_widget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example w-1 */
                widget_id: components["parameters"]["WidgetId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    put_widget_image: {
        parameters: {
            query?: never;
            header: {
                /** @example bytes 0-1023/1024 */
                "content-range": string;
            };
            path: {
                /** @example w-1 */
                widget_id: components["parameters"]["WidgetId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": Blob;
            };
        };
        responses: {
            /** @description Stored. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    list_my_widgets: {
        parameters: {
            query: {
                /** @example 10 */
                limit: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description My widgets. */
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
}
