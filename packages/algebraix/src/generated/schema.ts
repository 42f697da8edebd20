/**
 * Generated from specs/algebraix/openapi.yaml by scripts/generate.mjs.
 * Do not edit by hand: change the spec and run `pnpm generate`.
 */

export interface paths {
    "/prospects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the CRM's prospects
         * @description Gets the list of the CRM's prospects ("Obtener lista de prospectos del CRM"). The answer
         *     is a bare JSON array of prospects (no envelope). The docs describe no query parameters,
         *     filters or pagination: the whole list comes back at once.
         */
        get: operations["listProspects"];
        put?: never;
        /**
         * Create a prospect
         * @description Creates a prospect (an applicant) in the CRM, optionally with up to two guardian contacts
         *     (`contact1`, `contact2`) and answers to the school's custom fields (`extra_data`). The
         *     answer carries the new prospect's `id` and the message `Prospect created`.
         */
        post: operations["createProspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/prospects/{prospect_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the prospect: the `id` of a listed prospect, or the `id` the create call answered.
                 * @example WADFERF3
                 */
                prospect_id: components["parameters"]["ProspectId"];
            };
            cookie?: never;
        };
        /**
         * Get a prospect
         * @description Gets the detailed information of one prospect
         *     ("Obtener información detallada de un prospecto específico"): the same fields as an
         *     entry of the list. The docs document no 404 status.
         */
        get: operations["getProspect"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a prospect partially
         * @description Partial update of one prospect ("Actualización parcial de un prospecto específico"):
         *     send only the fields to change. The answer carries the message `Prospect updated` (and,
         *     in the docs' example, no `id`).
         */
        patch: operations["updateProspect"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description An Algebraix record id, an 8-character code such as `OOMWQDUB`. */
        AlgebraixId: string;
        /**
         * @description A catalogue entry the prospect belongs to (admissions process, curriculum, section,
         *     level or school cycle), as responses show it: its id and display name.
         */
        CatalogRef: {
            id: components["schemas"]["AlgebraixId"];
            /** @description Display name of the entry. */
            name?: string;
        };
        /**
         * @description A guardian contact of a prospect as responses show it (an entry of `contacts`). Responses
         *     say `sex` where requests say `gender`. Every field but `id` is optional.
         */
        ProspectContact: {
            id: components["schemas"]["AlgebraixId"];
            /** @description First name(s) of the contact. */
            name?: string;
            /** @description First (paternal) surname of the contact. */
            lastname1?: string;
            /** @description Second (maternal) surname of the contact. */
            lastname2?: string;
            /** @description Sex of the contact. Its values are not documented; requests send `m` or `f` as `gender`. */
            sex?: string;
            /** @description E-mail address of the contact. */
            email?: string;
            /** @description Telephone number of the contact, as a string. */
            telephone?: string;
            /** @description Mobile telephone number of the contact, as a string. */
            mobile_telephone?: string;
        };
        /**
         * @description A prospect (admission applicant) as the list and get operations answer it. Responses say
         *     `sex` where requests say `gender`, and show the catalogue entries (`process`,
         *     `curriculum`, `section`, `level`, `cicle`) as `{ id, name }` objects where requests send
         *     `*_id`. Every field but `id` is optional.
         */
        Prospect: {
            id: components["schemas"]["AlgebraixId"];
            /** @description First name(s) of the prospect. */
            name?: string;
            /** @description First (paternal) surname. */
            lastname1?: string;
            /** @description Second (maternal) surname. */
            lastname2?: string;
            /** @description Surnames of the prospect (response only; `lastname1` and `lastname2` joined, by its name). */
            lastname?: string;
            /** @description Full name of the prospect (response only; name and surnames joined, by its name). */
            fullname?: string;
            /** @description Sex of the prospect (requests call it `gender` and send `m` or `f`). Its values are not documented. */
            sex?: string;
            /** @description E-mail address. */
            email?: string;
            /** @description Telephone number, as a string. */
            telephone?: string;
            /** @description Mobile telephone number, as a string. */
            mobile_telephone?: string;
            /** @description Date of birth. Requests write it `dd/mm/yyyy`. */
            birthday?: string;
            /** @description Id of the prospect's current stage in the admissions Kanban board. */
            kanban_stage_id?: components["schemas"]["AlgebraixId"];
            /** @description Name of the prospect's current Kanban stage. */
            current_stage_name?: string;
            /** @description Colour of the prospect's current Kanban stage. Its notation is undocumented. */
            current_stage_color?: string;
            /** @description The user who created the prospect. Its form (name or id) is undocumented. */
            creator_user?: string;
            /** @description The kind of creator of the prospect. Its values are undocumented. */
            creator_type?: string;
            /** @description When the prospect was created. Its notation is undocumented. */
            create_date_time?: string;
            /** @description Whether the prospect applied over the internet (e.g. an online form). */
            is_internet_applicant?: boolean;
            /** @description The admissions process the prospect is in (requests send `process_id`). */
            process?: components["schemas"]["CatalogRef"];
            /** @description The curriculum the prospect applies to (requests send `curriculum_id`). */
            curriculum?: components["schemas"]["CatalogRef"];
            /** @description The section the prospect applies to (requests send `section_id`). */
            section?: components["schemas"]["CatalogRef"];
            /** @description The level (grade) the prospect applies to (requests send `level_id`). */
            level?: components["schemas"]["CatalogRef"];
            /**
             * @description The school cycle (school year) the prospect applies for (requests send `cicle_id`).
             *     `cicle` is the vendor's spelling (from Spanish *ciclo*) and is kept.
             */
            cicle?: components["schemas"]["CatalogRef"];
            /** @description The prospect's guardian contacts (requests send them as `contact1` and `contact2`). */
            contacts?: components["schemas"]["ProspectContact"][];
        };
        /**
         * @description Gender code used by requests: `m` (male) or `f` (female).
         * @enum {string}
         */
        Gender: "m" | "f";
        /**
         * @description A date written `dd/mm/yyyy` (e.g. `01/01/2000`), as the docs' examples write it. Not
         *     `format: date`: the vendor's examples contradict ISO 8601, so a `pattern` states the
         *     shape instead.
         */
        DateDMY: string;
        /**
         * @description Answers to the school's custom admission-form fields: a map from field code (an
         *     8-character code such as `77XD2ZMZ`, as the docs' examples show) to the answer, either a
         *     string or, for multiple-choice fields, a list of strings. Every value is text even when it
         *     holds a number (`"25"`), a `dd/mm/yyyy` date (`"09/01/2026"`) or a yes/no answer
         *     (`"VERDADERO"`). Which codes exist depends on the school's configuration and is not
         *     documented.
         */
        ExtraData: {
            [key: string]: string | string[];
        };
        /**
         * @description A guardian contact as requests send it (`contact1`, `contact2`). Uses `gender` where
         *     responses say `sex`. The docs mark no field as required, so none is required here.
         *     Unknown fields are rejected (a decision: it catches a `sex` copied from a response).
         */
        ContactInput: {
            /** @description First name(s) of the contact. */
            name?: string;
            /** @description First (paternal) surname of the contact. */
            lastname1?: string;
            /** @description Second (maternal) surname of the contact. */
            lastname2?: string;
            gender?: components["schemas"]["Gender"];
            /**
             * Format: email
             * @description E-mail address of the contact.
             */
            email?: string;
            /** @description Telephone number of the contact, sent as a string (e.g. `6621112222`). */
            telephone?: string;
            /** @description Mobile telephone number of the contact, sent as a string. */
            mobile_telephone?: string;
        };
        /**
         * @description Body of the create call. No field is required, and unknown fields are rejected (this
         *     catches response-only names such as `sex` or `curriculum`). The server may still answer
         *     400 "Bad parameters" to a body it finds incomplete.
         */
        ProspectCreate: {
            /** @description First name(s) of the prospect. */
            name?: string;
            /** @description First (paternal) surname. */
            lastname1?: string;
            /** @description Second (maternal) surname. */
            lastname2?: string;
            gender?: components["schemas"]["Gender"];
            /** @description Id of the curriculum the prospect applies to. */
            curriculum_id?: components["schemas"]["AlgebraixId"];
            /** @description Id of the section the prospect applies to. */
            section_id?: components["schemas"]["AlgebraixId"];
            /** @description Id of the level (grade) the prospect applies to. */
            level_id?: components["schemas"]["AlgebraixId"];
            /** @description Id of the school cycle (school year); `cicle` is the vendor's spelling. */
            cicle_id?: components["schemas"]["AlgebraixId"];
            /** @description Id of the admissions process. */
            process_id?: components["schemas"]["AlgebraixId"];
            /**
             * @description Whether the prospect is an enrolment prospect (the docs' example sends `false`; its
             *     meaning is undocumented).
             */
            enrollment_prospect?: boolean;
            /** @description Date of birth, `dd/mm/yyyy`. */
            birthday?: components["schemas"]["DateDMY"];
            /**
             * Format: email
             * @description E-mail address of the prospect.
             */
            email?: string;
            /** @description Telephone number, sent as a string (e.g. `6621234567`). */
            telephone?: string;
            /** @description Mobile telephone number, sent as a string. */
            mobile_telephone?: string;
            /** @description First guardian contact. */
            contact1?: components["schemas"]["ContactInput"];
            /** @description Second guardian contact. */
            contact2?: components["schemas"]["ContactInput"];
            extra_data?: components["schemas"]["ExtraData"];
        };
        /**
         * @description Body of the partial update: only the fields to change, none required. Accepts exactly the
         *     fields the docs' update example shows; unknown fields are rejected.
         */
        ProspectUpdate: {
            /** @description New first name(s). */
            name?: string;
            /**
             * Format: email
             * @description New e-mail address.
             */
            email?: string;
            /** @description New telephone number, as a string. */
            telephone?: string;
            /** @description Id of the admissions process to move the prospect to. */
            process_id?: components["schemas"]["AlgebraixId"];
            extra_data?: components["schemas"]["ExtraData"];
        };
        /**
         * @description Answer of the create and update calls: `{ details, id, message }` after a create,
         *     `{ details, message }` after an update (the docs' examples).
         */
        ProspectWriteResult: {
            /**
             * @description Details of the outcome. The docs' examples show only an empty list, so the shape of
             *     its entries is undocumented.
             */
            details?: unknown[];
            /** @description Id of the new prospect. Present in the create answer; the docs' update answer has none. */
            id?: components["schemas"]["AlgebraixId"];
            /** @description Outcome message, `Prospect created` or `Prospect updated` in the docs' examples. */
            message?: string;
        };
        /** @description Answer of the create call, `{ details, id, message }`: it always carries the new prospect's `id`. */
        ProspectCreateResult: WithRequired<components["schemas"]["ProspectWriteResult"], "id">;
        /**
         * @description An error answer. The docs show no error body, only the labels "Bad parameters" (400) and
         *     "Authorization Required" (401), so any JSON object is accepted; `message` and `details`
         *     are typed where present.
         */
        Error: {
            /** @description Human-readable error message, when the server sends one. */
            message?: string;
            /** @description Details of the error, when the server sends them; their entries are undocumented. */
            details?: unknown[];
        };
    };
    responses: {
        /** @description "Bad parameters": the request was rejected. The body is undocumented (see the `Error` schema). */
        BadParameters: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description "Authorization Required": the bearer token is missing or invalid. The body is undocumented (see the `Error` schema). */
        AuthorizationRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Id of the prospect: the `id` of a listed prospect, or the `id` the create call answered.
         * @example WADFERF3
         */
        ProspectId: components["schemas"]["AlgebraixId"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type AlgebraixId = components['schemas']['AlgebraixId'];
export type CatalogRef = components['schemas']['CatalogRef'];
export type ProspectContact = components['schemas']['ProspectContact'];
export type Prospect = components['schemas']['Prospect'];
export type Gender = components['schemas']['Gender'];
export type DateDMY = components['schemas']['DateDMY'];
export type ExtraData = components['schemas']['ExtraData'];
export type ContactInput = components['schemas']['ContactInput'];
export type ProspectCreate = components['schemas']['ProspectCreate'];
export type ProspectUpdate = components['schemas']['ProspectUpdate'];
export type ProspectWriteResult = components['schemas']['ProspectWriteResult'];
export type ProspectCreateResult = components['schemas']['ProspectCreateResult'];
export type Error = components['schemas']['Error'];
export type ResponseBadParameters = components['responses']['BadParameters'];
export type ResponseAuthorizationRequired = components['responses']['AuthorizationRequired'];
export type ParameterProspectId = components['parameters']['ProspectId'];
export type $defs = Record<string, never>;
export interface operations {
    listProspects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prospects ("No error"). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "stringst",
                     *         "name": "string",
                     *         "lastname1": "string",
                     *         "lastname2": "string",
                     *         "lastname": "string",
                     *         "fullname": "string",
                     *         "sex": "string",
                     *         "email": "string",
                     *         "telephone": "string",
                     *         "mobile_telephone": "string",
                     *         "birthday": "string",
                     *         "kanban_stage_id": "stringst",
                     *         "current_stage_name": "string",
                     *         "current_stage_color": "string",
                     *         "creator_user": "string",
                     *         "creator_type": "string",
                     *         "create_date_time": "string",
                     *         "is_internet_applicant": true,
                     *         "process": {
                     *           "id": "stringst",
                     *           "name": "string"
                     *         },
                     *         "curriculum": {
                     *           "id": "stringst",
                     *           "name": "string"
                     *         },
                     *         "section": {
                     *           "id": "stringst",
                     *           "name": "string"
                     *         },
                     *         "level": {
                     *           "id": "stringst",
                     *           "name": "string"
                     *         },
                     *         "cicle": {
                     *           "id": "stringst",
                     *           "name": "string"
                     *         },
                     *         "contacts": [
                     *           {
                     *             "id": "stringst",
                     *             "name": "string",
                     *             "lastname1": "string",
                     *             "lastname2": "string",
                     *             "sex": "string",
                     *             "email": "string",
                     *             "telephone": "string",
                     *             "mobile_telephone": "string"
                     *           }
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Prospect"][];
                };
            };
            400: components["responses"]["BadParameters"];
            401: components["responses"]["AuthorizationRequired"];
        };
    };
    createProspect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new prospect. Fields use `gender` (not `sex`) and `*_id` references. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Juan",
                 *       "lastname1": "Pérez",
                 *       "lastname2": "López",
                 *       "gender": "m",
                 *       "curriculum_id": "OOMWQDUB",
                 *       "section_id": "OOMWQDUB",
                 *       "level_id": "OOMWQDUB",
                 *       "cicle_id": "OOMWQDUB",
                 *       "process_id": "OOMWQDUB",
                 *       "enrollment_prospect": false,
                 *       "birthday": "01/01/2000",
                 *       "email": "juan.perez@example.com",
                 *       "telephone": "6621234567",
                 *       "mobile_telephone": "6629876543",
                 *       "contact1": {
                 *         "name": "María",
                 *         "lastname1": "González",
                 *         "lastname2": "Ramírez",
                 *         "gender": "f",
                 *         "email": "maria.gonzalez@example.com",
                 *         "telephone": "6621112222",
                 *         "mobile_telephone": "6623334444"
                 *       },
                 *       "contact2": {
                 *         "name": "Carlos",
                 *         "lastname1": "Sánchez",
                 *         "lastname2": "Torres",
                 *         "gender": "m",
                 *         "email": "carlos.sanchez@example.com",
                 *         "telephone": "6625556666",
                 *         "mobile_telephone": "6627778888"
                 *       },
                 *       "extra_data": {
                 *         "77XD2ZMZ": "Asalariado",
                 *         "MJ9VZNT2": "25",
                 *         "OJQEZHMF": "09/01/2026",
                 *         "KCTWB3Q0": "VERDADERO",
                 *         "8CRQ3DTK": [
                 *           "LENGUAJE",
                 *           "ATENCIONALES"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ProspectCreate"];
            };
        };
        responses: {
            /**
             * @description The prospect was created ("No error"). The docs answer 200 (not 201) with the new
             *     prospect's `id`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "details": [],
                     *       "id": "WADFERF3",
                     *       "message": "Prospect created"
                     *     }
                     */
                    "application/json": components["schemas"]["ProspectCreateResult"];
                };
            };
            400: components["responses"]["BadParameters"];
            401: components["responses"]["AuthorizationRequired"];
        };
    };
    getProspect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the prospect: the `id` of a listed prospect, or the `id` the create call answered.
                 * @example WADFERF3
                 */
                prospect_id: components["parameters"]["ProspectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prospect ("No error"). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "stringst",
                     *       "name": "string",
                     *       "lastname1": "string",
                     *       "lastname2": "string",
                     *       "lastname": "string",
                     *       "fullname": "string",
                     *       "sex": "string",
                     *       "email": "string",
                     *       "telephone": "string",
                     *       "mobile_telephone": "string",
                     *       "birthday": "string",
                     *       "kanban_stage_id": "stringst",
                     *       "current_stage_name": "string",
                     *       "current_stage_color": "string",
                     *       "creator_user": "string",
                     *       "creator_type": "string",
                     *       "create_date_time": "string",
                     *       "is_internet_applicant": true,
                     *       "process": {
                     *         "id": "stringst",
                     *         "name": "string"
                     *       },
                     *       "curriculum": {
                     *         "id": "stringst",
                     *         "name": "string"
                     *       },
                     *       "section": {
                     *         "id": "stringst",
                     *         "name": "string"
                     *       },
                     *       "level": {
                     *         "id": "stringst",
                     *         "name": "string"
                     *       },
                     *       "cicle": {
                     *         "id": "stringst",
                     *         "name": "string"
                     *       },
                     *       "contacts": [
                     *         {
                     *           "id": "stringst",
                     *           "name": "string",
                     *           "lastname1": "string",
                     *           "lastname2": "string",
                     *           "sex": "string",
                     *           "email": "string",
                     *           "telephone": "string",
                     *           "mobile_telephone": "string"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Prospect"];
                };
            };
            400: components["responses"]["BadParameters"];
            401: components["responses"]["AuthorizationRequired"];
        };
    };
    updateProspect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Id of the prospect: the `id` of a listed prospect, or the `id` the create call answered.
                 * @example WADFERF3
                 */
                prospect_id: components["parameters"]["ProspectId"];
            };
            cookie?: never;
        };
        /** @description The fields to change. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Juan",
                 *       "email": "juan.perez@example.com",
                 *       "telephone": "6621234567",
                 *       "process_id": "OOMWQDUB",
                 *       "extra_data": {
                 *         "77XD2ZMZ": "Asalariado"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ProspectUpdate"];
            };
        };
        responses: {
            /** @description The prospect was updated ("No error"). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "details": [],
                     *       "message": "Prospect updated"
                     *     }
                     */
                    "application/json": components["schemas"]["ProspectWriteResult"];
                };
            };
            400: components["responses"]["BadParameters"];
            401: components["responses"]["AuthorizationRequired"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
