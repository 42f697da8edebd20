/**
 * Generated from specs/syscap/openapi.yaml by scripts/generate.mjs.
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
         * List prospects
         * @description "List of Prospects". Paged with `page` and `per`; the answer is `{ data, meta: { count } }`,
         *     where `meta.count` is the total number of prospects across all pages.
         */
        get: operations["listProspects"];
        put?: never;
        /**
         * Create a prospect
         * @description "Create a new prospect". The attributes are wrapped in `prospect`; `prospect[name]` and
         *     `prospect[lastname]` are required, everything else is optional. Answers 201 with the
         *     created prospect in the same structure as `GET /prospects/{id}` (the docs show no
         *     separate example for it, so the `GET /prospects/{id}` example is reused).
         */
        post: operations["createProspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/prospects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a prospect
         * @description "Specific prospect": one prospect, with its prospections and its promoter, wrapped in `data`.
         */
        get: operations["getProspect"];
        /**
         * Update a prospect
         * @description "Update an existing prospect". The attributes to change are wrapped in `prospect`; all of
         *     them are optional. The docs list fewer attributes here than for create (no `company`,
         *     `company_name`, `phone_number_extension` or address fields), and the spec accepts only
         *     the listed ones. Answers 200 with the prospect in the same structure as
         *     `GET /prospects/{id}` (the docs show no separate example, so that example is reused).
         */
        put: operations["updateProspect"];
        post?: never;
        /**
         * Delete a prospect
         * @description "Delete a prospect". Answers 204 with no body on success.
         */
        delete: operations["deleteProspect"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/prospects/{id}/prospections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a prospect's prospections
         * @description "Prospections from specific prospect". Answers `{ data, meta: { count } }`. The docs
         *     document no `page`/`per` parameters for this call, so none are declared. Each item has
         *     a different shape from the prospections embedded in a prospect (see `Prospection`).
         */
        get: operations["listProspectProspections"];
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
        /**
         * @description A local date and time to the minute, written `YYYY-MM-DD - HH:MM` (e.g.
         *     `2026-04-30 - 10:00`), as in every example of the docs. Not ISO 8601, so no
         *     `format: date-time`. The docs do not state the time zone.
         */
        Timestamp: string;
        /**
         * @description A decimal number written as a string (money amounts and rates: `'0.00'`, `'1000000.0'`,
         *     `'29.00'`), as in the docs' examples. Kept a string so that no precision is lost.
         */
        DecimalString: string;
        /**
         * @description An amount per currency: Mexican pesos (`mxn`) and US dollars (`usd`), each a decimal
         *     string, e.g. `{ 'mxn': '0.00', 'usd': '0.00' }`.
         */
        MoneyAmounts: {
            mxn?: components["schemas"]["DecimalString"];
            usd?: components["schemas"]["DecimalString"];
        };
        /**
         * @description The currency of a prospection. The docs disagree on its shape: the prospections embedded
         *     in a prospect show an object `{ 'name': 'MXN', 'value': 'mxn' }`, while
         *     `GET /prospects/:id/prospections` shows the bare string `'mxn'`. Both are accepted.
         *     The docs list no enumeration; the values seen are `mxn`/`MXN` (and `usd` appears as a
         *     money key elsewhere).
         */
        Currency: {
            /** @description Display name of the currency, e.g. `MXN`. */
            name?: string;
            /** @description Currency key, e.g. `mxn`. */
            value?: string;
        } | string;
        /** @description A custom ("extra") field and its value, as in the promoter's `extra_fields_attributes`. */
        ExtraField: {
            /** @description Id of the extra field (example `extra-field-uuid`). */
            id: string;
            /** @description The field's value (example `Test Value`). */
            value?: string;
            /** @description The field's label (example `Test Label`). */
            label?: string;
            /** @description Kind of input (example `text`). The docs list no other values. */
            input_type?: string;
            /** @description Options offered for the field (example `['Option 1', 'Option 2']`). */
            options?: string[];
            /** @description The field's key (example `key_TEST`). */
            key?: string;
        };
        /** @description Metadata of a list answer. */
        ListMeta: {
            /** @description Number of records that match, across all pages (what paging with `page`/`per` relies on). */
            count: number;
        };
        /** @description The promoter of a prospection, in short (`{ 'id', 'full_name' }`). */
        PromoterSummary: {
            /** @description Id of the promoter (example `promoter-uuid`). */
            id: string;
            /** @description Full name of the promoter. */
            full_name?: string;
        };
        /**
         * @description The promoter (sales agent who attracts investors) a prospect is assigned to, as embedded
         *     in a prospect. Only `id` is guaranteed; fields the example shows as `null` may be null.
         */
        Promoter: {
            /** @description Id of the promoter (example `promoter-uuid`). */
            id: string;
            /** @description Sequential number of the promoter. */
            sequential_id?: number;
            /** @description First name. */
            name?: string;
            /** @description Last name. */
            lastname?: string;
            /** @description Second last name. */
            matriname?: string;
            /** @description Full name. */
            full_name?: string;
            /** @description Whether the promoter is a company. */
            company?: boolean;
            /** @description Company name; null in the example. */
            company_name?: string | null;
            /** @description Person type, a translated label (example "Persona física"). The docs list no values. */
            person_type?: string;
            /**
             * Format: email
             * @description Email address.
             */
            email?: string;
            /** @description Phone number. */
            phone_number?: string;
            /** @description Phone extension; null in the example. */
            phone_number_extension?: string | null;
            /** @description Mobile number. */
            mobile_number?: string;
            /**
             * @description Gender (example `other`). The docs state `male`, `female`, `other` for prospects only,
             *     so no enumeration is enforced for promoters.
             */
            gender?: string;
            /**
             * Format: date
             * @description Date of birth (YYYY-MM-DD).
             */
            dob?: string;
            /** @description Tax number (example `TAX123456`). */
            tax_number?: string;
            /** @description Base commission, a decimal string (example `'2.00'`). */
            base_commission?: components["schemas"]["DecimalString"];
            /** @description Id of the promoter's organization (example `org-uuid`). */
            organization_id?: string;
            /** @description Number of investors the promoter attracted. */
            investors_attracted?: number;
            /** @description Nationality key. */
            nationality?: string;
            /** @description Nationality, translated label. */
            translated_nationality?: string;
            /** @description Amount of the promoter's active investors, per currency. */
            active_investors_amount?: components["schemas"]["MoneyAmounts"];
            /** @description Creation time, `YYYY-MM-DD - HH:MM` (not ISO 8601). */
            created_at?: components["schemas"]["Timestamp"];
            /** @description Last update time, `YYYY-MM-DD - HH:MM` (not ISO 8601). */
            updated_at?: components["schemas"]["Timestamp"];
            /** @description Full name of the user who created the promoter. */
            created_by_full_name?: string;
            /** @description Country code (example `MEX`). */
            country?: string;
            /** @description Country, translated label (example "México"). */
            country_translated?: string;
            /** @description Whether the promoter is a financial entity. */
            is_financial_entity?: boolean;
            /** @description Id of the promoter's subsidiary (example `subsidiary-uuid`). */
            subsidiary_id?: string;
            /** @description Custom fields of the promoter. */
            extra_fields_attributes?: components["schemas"]["ExtraField"][];
            /** @description Name of the promoter's subsidiary. */
            subsidiary_name?: string;
        };
        /**
         * @description A prospection (prospective investment, e.g. a promissory note) as embedded in a
         *     prospect's `prospections`. This shape differs from the items of
         *     `GET /prospects/:id/prospections` (see `Prospection`): `currency` is an object here, and
         *     it carries `promoter`, `investor`, `tentative_investment_*`, `*_months` and
         *     `extra_fields_attributes` instead of `investor_id`, `prospect`, `society` and
         *     `organization`. Only `id` is guaranteed; fields the example shows as `null` may be null.
         */
        ProspectProspection: {
            /** @description Id of the prospection (example `prospections-uuid`). */
            id: string;
            /** @description Sequential number of the prospection. */
            sequential_id?: number;
            /** @description Initial amount, a decimal string (example `'1000000.00'`). */
            initial_amount?: components["schemas"]["DecimalString"];
            /** @description Kind of prospection (example `promissory_note`). The docs list no other values. */
            type_of?: string;
            /** @description Status key (examples `in_process`, `standby`). The docs list no enumeration. */
            status?: string;
            /** @description Status, translated label (examples "En proceso", "En espera"). */
            status_translated?: string;
            /**
             * Format: date
             * @description Start date (YYYY-MM-DD).
             */
            start_date?: string;
            /**
             * Format: date
             * @description End date (YYYY-MM-DD).
             */
            end_date?: string;
            currency?: components["schemas"]["Currency"];
            /** @description Interest rate, a decimal string (example `'29.00'`). */
            interest_rate?: components["schemas"]["DecimalString"];
            /** @description Whether the rate includes an external (reference) rate. */
            includes_external_rate?: boolean;
            /** @description Label of the external rate; `null` in the docs' examples. */
            external_rate_label?: string | null;
            /** @description Floor of the interest rate; `null` in the docs' examples. */
            interest_rate_floor?: string | null;
            /** @description Ceiling of the interest rate; `null` in the docs' examples. */
            interest_rate_ceiling?: string | null;
            /** @description Notes on the prospection; may be `null`. */
            commentary?: string | null;
            promoter?: components["schemas"]["PromoterSummary"];
            /** @description The investor of the prospection. The docs show only null, so the object's shape is undocumented. */
            investor?: {
                [key: string]: unknown;
            } | null;
            /** @description Tentative investment in Mexican pesos, a decimal string (example `'1000000.00'`). */
            tentative_investment_mxn?: components["schemas"]["DecimalString"];
            /**
             * @description Tentative investment in US dollars. The docs' example writes the number `0` here while
             *     `tentative_investment_mxn` is the string `'1000000.00'`; both a decimal string and a
             *     number are accepted.
             */
            tentative_investment_usd?: components["schemas"]["DecimalString"] | number;
            /** @description Duration of the promissory note in months; `null` in the docs' examples. */
            promissory_duration_months?: number | null;
            /** @description Minimum term in months; `null` in the docs' examples. */
            minimum_term_months?: number | null;
            /** @description Custom fields of the prospection. */
            extra_fields_attributes?: components["schemas"]["ExtraField"][];
        };
        /**
         * @description A prospection as listed by `GET /prospects/:id/prospections`. Differs from the
         *     prospections embedded in a prospect (`ProspectProspection`): `currency` is a bare string
         *     here (e.g. `'mxn'`), and it carries `investor_id`, `prospect`, `society` and
         *     `organization`. Only `id` is guaranteed; fields the example shows as `null` may be null.
         */
        Prospection: {
            /** @description Id of the prospection (example `prospection-uuid`). */
            id: string;
            /** @description Sequential number of the prospection. */
            sequential_id?: number;
            /** @description Initial amount, a decimal string (example `'1000000.0'`). */
            initial_amount?: components["schemas"]["DecimalString"];
            /** @description Kind of prospection (example `promissory_note`). The docs list no other values. */
            type_of?: string;
            /** @description Status key (examples `standby`, `in_process`). The docs list no enumeration. */
            status?: string;
            /** @description Status, translated label (examples "En espera", "En proceso"). */
            status_translated?: string;
            /**
             * Format: date
             * @description Start date (YYYY-MM-DD).
             */
            start_date?: string;
            /**
             * Format: date
             * @description End date (YYYY-MM-DD).
             */
            end_date?: string;
            currency?: components["schemas"]["Currency"];
            /** @description Interest rate, a decimal string (example `'12.0'`). */
            interest_rate?: components["schemas"]["DecimalString"];
            /** @description Whether the rate includes an external (reference) rate. */
            includes_external_rate?: boolean;
            /** @description Label of the external rate; `null` in the docs' examples. */
            external_rate_label?: string | null;
            /** @description Floor of the interest rate; `null` in the docs' examples. */
            interest_rate_floor?: string | null;
            /** @description Ceiling of the interest rate; `null` in the docs' examples. */
            interest_rate_ceiling?: string | null;
            /** @description Notes on the prospection; may be `null`. */
            commentary?: string | null;
            /** @description Id of the investor; `null` in the docs' example. */
            investor_id?: string | null;
            /** @description The prospect of the prospection. Its fields are undocumented (the docs' example elides it as `{ ... }`). */
            prospect?: {
                [key: string]: unknown;
            };
            /**
             * @description The society (company) of the prospection. Undocumented: the docs' example elides it
             *     as `{ ... }`.
             */
            society?: {
                [key: string]: unknown;
            };
            /**
             * @description The organization of the prospection. Undocumented: the docs' example elides it as
             *     `{ ... }`.
             */
            organization?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description A prospect (prospective investor), as returned by list, get, create and update. Only `id`
         *     is guaranteed; any other field may be absent. Fields may be `null` where an example shows
         *     null and where the attribute is optional when creating a prospect.
         */
        Prospect: {
            /** @description Id of the prospect (example `prospect-uuid`). */
            id: string;
            /** @description Sequential number of the prospect. */
            sequential_id?: number;
            /** @description First name. */
            name?: string;
            /** @description Last name. */
            lastname?: string;
            /** @description Second last name; null in one example. */
            matriname?: string | null;
            /** @description Full name (name, last name and second last name). */
            full_name?: string;
            /** @description Whether the prospect is a company. */
            company?: boolean;
            /** @description Company name; null in the examples. */
            company_name?: string | null;
            /** @description Person type, a translated label (example "Persona física"). The docs list no values. */
            person_type?: string;
            /**
             * Format: email
             * @description Email address; `null` when not given.
             */
            email?: string | null;
            /** @description Tentative investment per currency, decimal strings (example `{ 'mxn': '0.00', 'usd': '0.00' }`). */
            tentative_investment?: components["schemas"]["MoneyAmounts"];
            /**
             * @description Most advanced status of the prospect's prospections, a translated label (example
             *     "En proceso"). The docs list no values.
             */
            max_status?: string;
            /** @description Phone number; `null` when not given. */
            phone_number?: string | null;
            /** @description Phone extension; `null` when not given. */
            phone_number_extension?: string | null;
            /** @description Mobile number; `null` when not given. */
            mobile_number?: string | null;
            /**
             * @description Gender: `male`, `female` or `other` (the values the docs state for requests); `null` when not given.
             * @enum {string|null}
             */
            gender?: "male" | "female" | "other" | null;
            /**
             * Format: date
             * @description Date of birth (YYYY-MM-DD); `null` when not given.
             */
            dob?: string | null;
            /**
             * Format: date
             * @description Contact date (YYYY-MM-DD); null in the examples.
             */
            contact_date?: string | null;
            /** @description Street name; null in the examples. */
            street?: string | null;
            /** @description Street number; null in the examples. */
            street_number?: string | null;
            /** @description Interior number; null in the examples. */
            street_number_internal?: string | null;
            /** @description Postal code; null in the examples. */
            postal_code?: string | null;
            /** @description City; null in the examples. */
            city?: string | null;
            /** @description State; null in the examples. */
            state?: string | null;
            /** @description Country code; null in the examples. */
            country?: string | null;
            /** @description Suburb / colony; null in the examples. */
            suburb?: string | null;
            /** @description Creation time, `YYYY-MM-DD - HH:MM` (not ISO 8601). */
            created_at?: components["schemas"]["Timestamp"];
            /** @description Last update time, `YYYY-MM-DD - HH:MM` (not ISO 8601). */
            updated_at?: components["schemas"]["Timestamp"];
            /** @description Full name of the user who created the prospect. */
            created_by_full_name?: string;
            /** @description Nationality key (e.g. `mexican`); null in one example. */
            nationality?: string | null;
            /** @description Nationality, translated label; null in one example. */
            translated_nationality?: string | null;
            /** @description Additional notes; `null` when not given. */
            commentary?: string | null;
            /** @description Associated promoter UUID; `null` when not given. */
            promoter_id?: string | null;
            /** @description Country, translated label (example "México"); null in one example. */
            country_translated?: string | null;
            /** @description The prospect's prospections. */
            prospections?: components["schemas"]["ProspectProspection"][];
            /** @description The prospect's promoter; `null` when the prospect has none. */
            promoter?: components["schemas"]["Promoter"] | null;
        };
        /** @description One prospect, wrapped in `data`. */
        ProspectResponse: {
            data: components["schemas"]["Prospect"];
        };
        /** @description A page of prospects, `{ data, meta: { count } }`. */
        ProspectListResponse: {
            /** @description The prospects of the requested page. */
            data: components["schemas"]["Prospect"][];
            meta: components["schemas"]["ListMeta"];
        };
        /** @description A prospect's prospections, `{ data, meta: { count } }`. */
        ProspectionListResponse: {
            /** @description The prospections. */
            data: components["schemas"]["Prospection"][];
            meta: components["schemas"]["ListMeta"];
        };
        /**
         * @description Prospect attributes ("Prospect attributes"; must be a hash). `name` and `lastname` are
         *     required; `company_name` is required when `company` is true ("required when company is
         *     true"). Unknown attributes are rejected by this spec (`additionalProperties: false`) so
         *     that clients send only what the docs list; the server's own handling of unknown keys is
         *     undocumented. Null values are not accepted (the docs say every attribute "Must be a
         *     String").
         */
        CreateProspectAttributes: {
            /** @description First name ("First name"). */
            name: string;
            /** @description Last name ("Last name"). */
            lastname: string;
            /** @description Second last name ("Second last name"). */
            matriname?: string;
            /**
             * @description Whether the prospect is a company ("Whether the prospect is a company"). Must be one of: `true`, `false`, `1`, `0`.
             * @enum {boolean|integer}
             */
            company?: true | false | 1 | 0;
            /** @description Company name ("Company name (required when company is true)"). */
            company_name?: string;
            /**
             * Format: email
             * @description Email address ("Email address").
             */
            email?: string;
            /** @description Phone number ("Phone number"). A string, not a number. */
            phone_number?: string;
            /** @description Phone extension ("Phone extension"). */
            phone_number_extension?: string;
            /** @description Mobile number ("Mobile number"). */
            mobile_number?: string;
            /**
             * @description Gender ("Gender"). Must be one of: `male`, `female`, `other`.
             * @enum {string}
             */
            gender?: "male" | "female" | "other";
            /**
             * Format: date
             * @description Date of birth ("Date of birth (YYYY-MM-DD)").
             */
            dob?: string;
            /**
             * Format: date
             * @description Contact date ("Contact date (YYYY-MM-DD)").
             */
            contact_date?: string;
            /** @description Nationality key ("Nationality key (e.g. mexican)"). */
            nationality?: string;
            /** @description Associated promoter UUID ("Associated promoter UUID"). */
            promoter_id?: string;
            /** @description Street name ("Street name"). */
            street?: string;
            /** @description Street number ("Street number"). */
            street_number?: string;
            /** @description Interior number ("Interior number"). */
            street_number_internal?: string;
            /** @description Postal code ("Postal code"). */
            postal_code?: string;
            /** @description City ("City"). */
            city?: string;
            /** @description State ("State"). */
            state?: string;
            /** @description Country code ("Country code"). */
            country?: string;
            /** @description Suburb / colony ("Suburb / colony"). */
            suburb?: string;
            /** @description Additional notes ("Additional notes"). */
            commentary?: string;
        };
        /**
         * @description Prospect attributes to update ("Prospect attributes to update"; must be a hash). All are
         *     optional. Only the attributes the docs list for update are accepted: `company`,
         *     `company_name`, `phone_number_extension` and the address fields (`street`, …, `suburb`)
         *     are documented for create only, so this spec rejects them here
         *     (`additionalProperties: false`). The docs state no minimum number of attributes. Null
         *     values are not accepted (the docs say every attribute "Must be a String").
         */
        UpdateProspectAttributes: {
            /** @description First name ("First name"). */
            name?: string;
            /** @description Last name ("Last name"). */
            lastname?: string;
            /** @description Second last name ("Second last name"). */
            matriname?: string;
            /**
             * Format: email
             * @description Email address ("Email address").
             */
            email?: string;
            /** @description Phone number ("Phone number"). A string, not a number. */
            phone_number?: string;
            /** @description Mobile number ("Mobile number"). */
            mobile_number?: string;
            /**
             * @description Gender ("Gender"). Must be one of: `male`, `female`, `other`.
             * @enum {string}
             */
            gender?: "male" | "female" | "other";
            /**
             * Format: date
             * @description Date of birth ("Date of birth (YYYY-MM-DD)").
             */
            dob?: string;
            /**
             * Format: date
             * @description Contact date ("Contact date (YYYY-MM-DD)").
             */
            contact_date?: string;
            /** @description Nationality key ("Nationality key (e.g. mexican)"). */
            nationality?: string;
            /** @description Associated promoter UUID ("Associated promoter UUID"). */
            promoter_id?: string;
            /** @description Additional notes ("Additional notes"). */
            commentary?: string;
        };
        /** @description Body of `POST /prospects`. The attributes are wrapped in `prospect` (required). */
        CreateProspectRequest: {
            prospect: components["schemas"]["CreateProspectAttributes"];
        };
        /** @description Body of `PUT /prospects/{id}`. The attributes are wrapped in `prospect` (required). */
        UpdateProspectRequest: {
            prospect: components["schemas"]["UpdateProspectAttributes"];
        };
        /**
         * @description An error answer. The docs list the error codes with their reason phrases only ("Bad
         *     Request", "Unauthorized", …) and show no error body, so any JSON object is accepted;
         *     `error` is typed where present.
         */
        Error: {
            /** @description Error message, when the server sends one. */
            error?: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /** @description Bad Request (documented for every call). The body is undocumented (see the `Error` schema). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Bad Request"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unauthorized (documented for every call). The body is undocumented (see the `Error` schema). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Unauthorized"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Forbidden (documented for every call). The body is undocumented (see the `Error` schema). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Forbidden"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not Found (documented for every call, including list and create). The body is undocumented (see the `Error` schema). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Not Found"
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Internal Server Error (documented for every call). The body is undocumented (see the `Error` schema). */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": "Internal Server Error"
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
export type Timestamp = components['schemas']['Timestamp'];
export type DecimalString = components['schemas']['DecimalString'];
export type MoneyAmounts = components['schemas']['MoneyAmounts'];
export type Currency = components['schemas']['Currency'];
export type ExtraField = components['schemas']['ExtraField'];
export type ListMeta = components['schemas']['ListMeta'];
export type PromoterSummary = components['schemas']['PromoterSummary'];
export type Promoter = components['schemas']['Promoter'];
export type ProspectProspection = components['schemas']['ProspectProspection'];
export type Prospection = components['schemas']['Prospection'];
export type Prospect = components['schemas']['Prospect'];
export type ProspectResponse = components['schemas']['ProspectResponse'];
export type ProspectListResponse = components['schemas']['ProspectListResponse'];
export type ProspectionListResponse = components['schemas']['ProspectionListResponse'];
export type CreateProspectAttributes = components['schemas']['CreateProspectAttributes'];
export type UpdateProspectAttributes = components['schemas']['UpdateProspectAttributes'];
export type CreateProspectRequest = components['schemas']['CreateProspectRequest'];
export type UpdateProspectRequest = components['schemas']['UpdateProspectRequest'];
export type Error = components['schemas']['Error'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type $defs = Record<string, never>;
export interface operations {
    listProspects: {
        parameters: {
            query?: {
                /** @description Page index ("Page index"). Optional; must be an integer. The docs state no range or default. */
                page?: number;
                /** @description Items per page ("Items per page"). Optional; must be an integer. The docs state no range or default. */
                per?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of prospects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "prospect-uuid",
                     *           "sequential_id": 1,
                     *           "name": "Test",
                     *           "lastname": "Prospect",
                     *           "matriname": "Example",
                     *           "full_name": "Test Prospect Example",
                     *           "company": false,
                     *           "company_name": null,
                     *           "person_type": "Persona física",
                     *           "email": "prospect@example.com",
                     *           "tentative_investment": {
                     *             "mxn": "0.00",
                     *             "usd": "0.00"
                     *           },
                     *           "max_status": "En proceso",
                     *           "phone_number": "5500000000",
                     *           "phone_number_extension": "5500000000",
                     *           "mobile_number": "5500000000",
                     *           "gender": "other",
                     *           "dob": "1990-01-01",
                     *           "contact_date": null,
                     *           "street": null,
                     *           "street_number": null,
                     *           "street_number_internal": null,
                     *           "postal_code": null,
                     *           "city": null,
                     *           "state": null,
                     *           "country": null,
                     *           "suburb": null,
                     *           "created_at": "2026-04-30 - 10:00",
                     *           "updated_at": "2026-04-30 - 12:00",
                     *           "created_by_full_name": "Name Example",
                     *           "nationality": null,
                     *           "translated_nationality": null,
                     *           "commentary": "Comment example",
                     *           "promoter_id": "promoter-uuid",
                     *           "country_translated": null,
                     *           "prospections": [
                     *             {
                     *               "id": "prospections-uuid",
                     *               "sequential_id": 1,
                     *               "initial_amount": "1000000.00",
                     *               "type_of": "promissory_note",
                     *               "status": "in_process",
                     *               "status_translated": "En proceso",
                     *               "start_date": "2026-04-01",
                     *               "end_date": "2027-04-30",
                     *               "currency": {
                     *                 "name": "MXN",
                     *                 "value": "mxn"
                     *               },
                     *               "interest_rate": "29.00",
                     *               "includes_external_rate": false,
                     *               "external_rate_label": null,
                     *               "interest_rate_floor": null,
                     *               "interest_rate_ceiling": null,
                     *               "commentary": "Test prospection commentary",
                     *               "promoter": {
                     *                 "id": "promoter-uuid",
                     *                 "full_name": "Test Promoter"
                     *               },
                     *               "investor": null,
                     *               "tentative_investment_mxn": "1000000.00",
                     *               "tentative_investment_usd": 0,
                     *               "promissory_duration_months": null,
                     *               "minimum_term_months": null,
                     *               "extra_fields_attributes": []
                     *             }
                     *           ],
                     *           "promoter": {
                     *             "id": "promoter-uuid",
                     *             "sequential_id": 1,
                     *             "name": "Test",
                     *             "lastname": "User",
                     *             "matriname": "Example",
                     *             "full_name": "Test User Example",
                     *             "company": false,
                     *             "company_name": null,
                     *             "person_type": "Persona física",
                     *             "email": "test@example.com",
                     *             "phone_number": "5551234567",
                     *             "phone_number_extension": null,
                     *             "mobile_number": "5559876543",
                     *             "gender": "other",
                     *             "dob": "1990-01-01",
                     *             "tax_number": "TAX123456",
                     *             "base_commission": "2.00",
                     *             "organization_id": "org-uuid",
                     *             "investors_attracted": 3,
                     *             "nationality": "test_nationality",
                     *             "translated_nationality": "Test Nationality",
                     *             "active_investors_amount": {
                     *               "mxn": "1000.00",
                     *               "usd": "500.00"
                     *             },
                     *             "created_at": "2026-01-01 - 10:00",
                     *             "updated_at": "2026-01-02 - 12:00",
                     *             "created_by_full_name": "Test Admin",
                     *             "country": "MEX",
                     *             "country_translated": "México",
                     *             "is_financial_entity": false,
                     *             "subsidiary_id": "subsidiary-uuid",
                     *             "extra_fields_attributes": [
                     *               {
                     *                 "id": "extra-field-uuid",
                     *                 "value": "Test Value",
                     *                 "label": "Test Label",
                     *                 "input_type": "text",
                     *                 "options": [
                     *                   "Option 1",
                     *                   "Option 2"
                     *                 ],
                     *                 "key": "key_TEST"
                     *               }
                     *             ],
                     *             "subsidiary_name": "Test Subsidiary"
                     *           }
                     *         }
                     *       ],
                     *       "meta": {
                     *         "count": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ProspectListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createProspect: {
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
                 *       "prospect": {
                 *         "name": "Test",
                 *         "lastname": "Prospect",
                 *         "email": "test.prospect@example.com",
                 *         "phone_number": "5512345678",
                 *         "gender": "male",
                 *         "dob": "1990-06-15",
                 *         "contact_date": "2026-05-07",
                 *         "nationality": "mexican",
                 *         "promoter_id": "promoter-uuid",
                 *         "commentary": "First contact via referral"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateProspectRequest"];
            };
        };
        responses: {
            /** @description Created ("Response (201 Created): same structure as GET /prospects/:id"). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getProspect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Requested prospect ID ("Requested prospect ID"). Must be a string.
                 * @example prospect-uuid
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prospect. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateProspect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Prospect ID to update ("Prospect ID to update"). Must be a string.
                 * @example prospect-uuid
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "prospect": {
                 *         "commentary": "Updated via API"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["UpdateProspectRequest"];
            };
        };
        responses: {
            /** @description Updated ("Response (200 OK): same structure as GET /prospects/:id"). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProspectResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteProspect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Prospect ID to delete ("Prospect ID to delete"). Must be a string.
                 * @example prospect-uuid
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted ("Response (204 No Content) on success"). No body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listProspectProspections: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Requested prospect ID ("Requested prospect ID"). Must be a string.
                 * @example prospect-uuid
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The prospect's prospections. The docs' example elides `prospect`, `society` and
             *     `organization` as `{ ... }`; the example here writes them as `{}`.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "prospection-uuid",
                     *           "sequential_id": 1,
                     *           "initial_amount": "1000000.0",
                     *           "type_of": "promissory_note",
                     *           "status": "standby",
                     *           "status_translated": "En espera",
                     *           "start_date": "2021-07-01",
                     *           "end_date": "2022-07-01",
                     *           "currency": "mxn",
                     *           "interest_rate": "12.0",
                     *           "includes_external_rate": false,
                     *           "external_rate_label": null,
                     *           "interest_rate_floor": null,
                     *           "interest_rate_ceiling": null,
                     *           "commentary": "Some notes",
                     *           "investor_id": null,
                     *           "prospect": {},
                     *           "society": {},
                     *           "organization": {}
                     *         }
                     *       ],
                     *       "meta": {
                     *         "count": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ProspectionListResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
