// generated — do not edit: @chunked-uploads/codegen wrote this file from packages/codegen/test/fixtures/nested-forms.yaml
// (Nested form bodies 1). Change the spec and run `pnpm generate` instead.

export interface paths {
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account */
        post: operations["createAccount"];
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
        AccountForm: {
            email: string;
            /** @description An empty string clears it; leaving it out keeps it. */
            nickname?: string;
            /** @description Key-value pairs, or an empty string to clear them all. */
            metadata?: {
                [key: string]: string;
            } | "";
            documents?: {
                verification?: {
                    files?: string[];
                };
            };
            items?: {
                price: string;
                quantity?: number;
            }[];
            settings?: {
                payouts?: {
                    schedule?: {
                        delay_days?: number;
                        /** @enum {string} */
                        interval?: "daily" | "weekly";
                    };
                    debit_negative_balances?: boolean;
                };
                branding?: {
                    icon?: string;
                };
            };
            tags?: string[];
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
    createAccount: {
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
                 *       "email": "jenny@example.com",
                 *       "nickname": "",
                 *       "metadata": {
                 *         "order_id": "6735"
                 *       },
                 *       "documents": {
                 *         "verification": {
                 *           "files": [
                 *             "file_123",
                 *             "file_456"
                 *           ]
                 *         }
                 *       },
                 *       "items": [
                 *         {
                 *           "price": "price_1",
                 *           "quantity": 2
                 *         },
                 *         {
                 *           "price": "price_2",
                 *           "quantity": 1
                 *         }
                 *       ],
                 *       "settings": {
                 *         "payouts": {
                 *           "schedule": {
                 *             "delay_days": 7,
                 *             "interval": "daily"
                 *           },
                 *           "debit_negative_balances": true
                 *         },
                 *         "branding": {}
                 *       },
                 *       "tags": [
                 *         "new",
                 *         "vip"
                 *       ]
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["AccountForm"];
            };
        };
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id?: string;
                    };
                };
            };
        };
    };
}
