/**
 * Generated from specs/leancore/openapi.yaml by scripts/generate.mjs.
 * Do not edit by hand: change the spec and run `pnpm generate`.
 */

export interface paths {
    "/lead": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the leads of an ecosystem
         * @description Finds every lead in LeanCore's database that belongs to the given ecosystem
         *     ("Este método permite encontrar todos los Leads en la base de datos de LeanCore
         *     pertenecientes a un ecosistema"). The docs describe no pagination: the whole list is
         *     returned at once.
         */
        get: operations["listLeads"];
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
        /** @description A lead of an ecosystem. Fields marked "(opcional)" in the docs are optional here; all others are required. */
        Lead: {
            /** @description ID of the lead ("ID del lead"). */
            id: string;
            /** @description URL of the image associated with the lead ("URL de la imagen asociada al lead"). Optional. */
            image?: string;
            /** @description First name of the lead ("Nombre del lead"). */
            name: string;
            /** @description Last name of the lead ("Apellido del lead"). */
            lastname: string;
            /** @description Name of the lead's company ("Nombre de la empresa del lead"). */
            business_name: string;
            /** @description Quota of the lead ("Cuota del lead"). */
            quota: number;
            /** @description Status of the lead ("Estado del lead"). The docs list no values. */
            status: string;
            /** @description Phone number of the lead ("Número de teléfono del lead"). */
            phone: string;
            /** @description E-mail address of the lead ("Dirección de correo electrónico del lead"). */
            email: string;
            /** @description NIT (Colombian tax id) of the lead ("NIT del lead"). */
            nit: string;
            /** @description Address of the lead ("Dirección del lead"). */
            address: string;
            /** @description History of the lead ("Historial del lead"). Optional. The docs show only an empty list, so the entries' shape is undocumented. */
            history?: unknown[];
            /** @description Score of the lead ("Puntaje del lead"). Optional. */
            score?: number;
            /** @description Payment data of the lead ("Datos de pago del lead"). Optional. The docs show only `{}`; its fields are undocumented. */
            payment_data?: {
                [key: string]: unknown;
            };
            /** @description APN (Apple Push Notification) token associated with the lead ("Token de APN"). Optional. */
            apn_token?: string;
            /** @description Ecosystem of the lead ("Ecosistema del lead"); the id passed as the `ecosystem` query parameter. */
            ecosystem: string;
            /** @description Business entity of the lead ("Entidad empresarial del lead"). */
            business_entity: string;
            /** @description Additional data of the lead ("Datos adicionales del lead"). Optional. The docs show only `{}`; its fields are undocumented. */
            additional_data?: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description An error answer. The docs show no error body, so any JSON object is accepted; `message`
         *     is typed where present.
         */
        Error: {
            /** @description Human-readable error message, when the server sends one. */
            message?: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description The request was rejected, for instance a missing or malformed `ecosystem`. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "ecosystem must be a valid UUID"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Missing or invalid bearer token. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Unauthorized"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description An unexpected server error. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "message": "Internal server error"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type Lead = components['schemas']['Lead'];
export type Error = components['schemas']['Error'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseServerError = components['responses']['ServerError'];
export type $defs = Record<string, never>;
export interface operations {
    listLeads: {
        parameters: {
            query: {
                /**
                 * @description Unique identifier (UUID) of the ecosystem ("Identificador único (UUID) del ecosistema").
                 * @example fd3705e1-3149-4c41-bfe7-cf0bee79cfad
                 */
                ecosystem: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ecosystem's leads. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "string",
                     *         "image": "string",
                     *         "name": "string",
                     *         "lastname": "string",
                     *         "business_name": "string",
                     *         "quota": 0,
                     *         "status": "string",
                     *         "phone": "string",
                     *         "email": "string",
                     *         "nit": "string",
                     *         "address": "string",
                     *         "history": [],
                     *         "score": 0,
                     *         "payment_data": {},
                     *         "apn_token": "string",
                     *         "ecosystem": "string",
                     *         "business_entity": "string",
                     *         "additional_data": {}
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Lead"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["ServerError"];
        };
    };
}
