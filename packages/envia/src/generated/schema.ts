/**
 * Generated from specs/envia/openapi.yaml by scripts/generate.mjs.
 * Do not edit by hand: change the spec and run `pnpm generate`.
 */

export interface paths {
    "/prospects/grouped": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List prospects grouped by follow-up category (Kanban)
         * @description "Prospects grouped by follow-up category (Kanban)". "Returns prospects grouped by
         *     follow-up category for the Kanban board. Supports pagination per group and extensive
         *     filters." `start`/`length` page each group.
         *
         *     Auth: "Permission 319" (`x-permissions: ["319"]`).
         */
        get: operations["listProspectsGrouped"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/prospects/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List prospects (paginated data table)
         * @description "Paginated prospect list with sorting and filters". "Returns a paginated, sortable list
         *     of prospects for the data table view."
         *
         *     Paging is by offset: `start` (default 0) and `length` (default 25). The answer carries
         *     `recordsTotal`, `recordsFiltered` (the number of rows matching the filters, to page
         *     through) and the page of rows in `data`.
         *
         *     Query parameters: "All parameters from /prospects/grouped plus" the ones the docs list
         *     for this endpoint. Date ranges are sent as two bracketed parameters, e.g.
         *     `nextContact[0]` (start) and `nextContact[1]` (end); the names are literal.
         *
         *     Auth: "Permission 319" (`x-permissions: ["319"]`).
         */
        get: operations["listProspects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/prospects/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List follow-up activities in a date range (Calendar)
         * @description "Follow-up activities in a date range (Calendar)". "Returns follow-up activities within
         *     a date range for the calendar view." `startDate` and `endDate` are required. The
         *     role-based filters ("kae ... parapaquetes" in the docs) are the eight role filters of
         *     `/prospects/grouped`.
         *
         *     Auth: "Permission 319" (`x-permissions: ["319"]`).
         */
        get: operations["listProspectActivities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/prospects/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get KPI aggregates per follow-up category
         * @description "KPI aggregates per follow-up category". "Returns KPI aggregates (e.g., total account
         *     value) per follow-up category." Query parameters: "Same filters as /prospects/grouped
         *     (excluding pagination)" — every `/prospects/grouped` parameter except `start` and
         *     `length`.
         *
         *     Auth: "Permission 319" (`x-permissions: ["319"]`).
         */
        get: operations["getProspectKpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/prospects/process": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate and deduplicate a batch of prospects (no database write)
         * @description "Validate and deduplicate prospects (no DB write)". "Validates and deduplicates a batch
         *     of prospects without writing to the database. Used as a preview step during CSV
         *     import." The rows take the fields of `POST /prospects`.
         *
         *     Auth: "token_admin" — the admin JWT, no further permission (`x-permissions: ["token_admin"]`).
         */
        post: operations["processProspects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/prospects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create prospects (batch)
         * @description "Create prospects (batch)". "Creates prospects in batch from validated data. Triggers
         *     Respondio integration for new leads." "Phone numbers are validated as numeric values
         *     during prospect creation": `phone` and `code` are numbers. Every field is optional, as
         *     the docs' table says. The docs show the answer with status 200 (not 201).
         *
         *     Auth: "token_admin" — the admin JWT, no further permission (`x-permissions: ["token_admin"]`).
         */
        post: operations["createProspects"];
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
         * Get a prospect with its notes, contacts and locations
         * @description "Single prospect with notes, contacts, locations". "Returns full prospect details
         *     including notes, contacts, and locations."
         *
         *     Auth: "Permission 319" (`x-permissions: ["319"]`).
         */
        get: operations["getProspect"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a prospect's core fields
         * @description "Update prospect fields (name, email, phone, etc.)". "Updates core prospect fields."
         *     Every field is optional. Unlike `POST /prospects`, `phone_code` and `phone` are strings
         *     here. The response body is undocumented.
         *
         *     Auth: "token_admin" — the admin JWT, no further permission (`x-permissions: ["token_admin"]`).
         */
        patch: operations["updateProspect"];
        trace?: never;
    };
    "/prospects/{id}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a prospect's follow-up data
         * @description "Update follow-up data (channel, account value, etc.)". "Updates follow-up metadata for
         *     a prospect." Every field is optional. The body is the same `FollowDataUpdate` as
         *     `PATCH /clients/{id}/data`. The response body is undocumented.
         *
         *     Auth: "Permission 319" (`x-permissions: ["319"]`).
         */
        patch: operations["updateProspectData"];
        trace?: never;
    };
    "/prospects/{id}/partner-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a partner prospect's partner data
         * @description "Update partner prospect data (URL, rating, etc.)". "Updates partner-specific data for
         *     type-3 prospects. Requires crm-partners permission." "Partner data rating must be an
         *     integer between 1 and 5." `social_network` is limited to 150 characters. The response
         *     body is undocumented.
         *
         *     Auth: "crm-partners" (`x-permissions: ["crm-partners"]`).
         */
        patch: operations["updateProspectPartnerData"];
        trace?: never;
    };
    "/prospects/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a contact (or the prospect's default contact)
         * @description "Update contact (or default prospect contact)". "Updates an existing contact. If
         *     isDefault is true, updates the primary prospect record instead of extra_contacts."
         *     "Email uniqueness is checked on contact update (PUT /prospects/{id}/contacts) against
         *     both prospection_users and users tables."
         *
         *     Every field is optional and `isDefault` is a boolean. `{id}` is the contact's id, or the
         *     prospect's id when `isDefault` is true. The response body is undocumented.
         *
         *     Auth: "Permission 319" (`x-permissions: ["319"]`).
         */
        put: operations["updateProspectContact"];
        /**
         * Add a contact to a prospect
         * @description "Add contact for a prospect". "Adds a new contact to a prospect." The body is the same
         *     `ContactCreate` as `POST /clients/{id}/contacts`. The response body is undocumented.
         *
         *     Auth: "Permission 319" (`x-permissions: ["319"]`).
         */
        post: operations["createProspectContact"];
        /**
         * Delete a contact by ID
         * @description "Delete contact by ID". "Deletes a contact from extra_contacts. The {id} path parameter
         *     refers to the contact ID" — not the prospect's ID, although the path is the same as for
         *     adding a contact. The response body is undocumented.
         *
         *     Auth: "Permission 319" (`x-permissions: ["319"]`).
         */
        delete: operations["deleteProspectContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/prospects/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a follow-up note to a prospect
         * @description "Add follow-up note". "Creates a follow-up note for a prospect or client, optionally
         *     updating the follow-up status." The body is the same `NoteCreate` as
         *     `POST /clients/{id}/notes`. The response body is undocumented.
         *
         *     Auth: "Permission 319" (`x-permissions: ["319"]`).
         */
        post: operations["createProspectNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/prospects/{id}/notes/{noteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a note's scheduled date
         * @description "Update note scheduled date". "Updates the scheduled date of an existing note."
         *     `scheduled_date` is required and may be `null` ("null to remove"); `origin` is
         *     "prospect or company" (`company` for a client's note). The response body is
         *     undocumented.
         *
         *     Auth: "Permission 319" (`x-permissions: ["319"]`).
         */
        patch: operations["updateProspectNote"];
        trace?: never;
    };
    "/prospects/{id}/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a location for a prospect
         * @description "Create location for a prospect". "Creates a location for a prospect. Requires crm-menu
         *     permission." The body is the same `LocationCreate` as `POST /clients/{id}/locations`.
         *     The response body is undocumented.
         *
         *     Auth: "crm-menu" (`x-permissions: ["crm-menu"]`).
         */
        post: operations["createProspectLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/prospects/locations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a location
         * @description "Update location". "Updates an existing location. Same fields as POST, all optional."
         *     `{id}` is the location's ID. The body is the same `LocationUpdate` as
         *     `PUT /clients/locations/{id}`. The response body is undocumented.
         *     The path has the same shape as `/prospects/{id}/data` etc.; it is kept as documented.
         *
         *     Auth: "crm-menu" (`x-permissions: ["crm-menu"]`).
         */
        put: operations["updateProspectLocation"];
        post?: never;
        /**
         * Delete a location
         * @description "Delete location". "Deletes a location by ID." The response body is undocumented.
         *
         *     Auth: "crm-menu" (`x-permissions: ["crm-menu"]`).
         */
        delete: operations["deleteProspectLocation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a client with its contacts, notes, integrations and locations
         * @description "Client details with contacts, notes, integrations, locations". "Returns full client
         *     details by company ID, including contacts, notes, integrations, locations, and
         *     onboarding data." The docs' example shows `follow_data`, `integrations` and
         *     `onboarding` empty; `follow_data` has the fields of the prospect's follow-up data, the
         *     others are undocumented.
         *
         *     Auth: "Permission 319" (`x-permissions: ["319"]`).
         */
        get: operations["getClient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{id}/onboarding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a client's onboarding data
         * @description "Client onboarding data". "Returns onboarding data for a client." Its fields are
         *     undocumented.
         *
         *     Auth: "Permission 319" (`x-permissions: ["319"]`).
         */
        get: operations["getClientOnboarding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a contact to a client
         * @description "Add contact for a client". "Same payload as POST /prospects/{id}/contacts" (the shared
         *     `ContactCreate`). The response body is undocumented.
         *
         *     Auth: "Permission 319" (`x-permissions: ["319"]`).
         */
        post: operations["createClientContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a follow-up note to a client
         * @description "Add follow-up note for a client". "Same payload as POST /prospects/{id}/notes" (the
         *     shared `NoteCreate`). The response body is undocumented.
         *
         *     Auth: "Permission 319" (`x-permissions: ["319"]`).
         */
        post: operations["createClientNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/{id}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update a client's follow-up data
         * @description "Update client follow-up data". "Same payload as PATCH /prospects/{id}/data" (the
         *     shared `FollowDataUpdate`). The response body is undocumented.
         *
         *     Auth: "Permission 319" (`x-permissions: ["319"]`).
         */
        patch: operations["updateClientData"];
        trace?: never;
    };
    "/clients/{id}/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a location for a client
         * @description "Create location for a client". "Same payload as POST /prospects/{id}/locations
         *     (the shared `LocationCreate`). Requires crm-menu permission." The response body is
         *     undocumented.
         *
         *     Auth: "crm-menu" (`x-permissions: ["crm-menu"]`).
         */
        post: operations["createClientLocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clients/locations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update a client location
         * @description "Update client location". "Same payload as PUT /prospects/locations/{id}" (the shared
         *     `LocationUpdate`: the fields of POST, all optional). "Requires crm-menu permission."
         *     `{id}` is the location's ID. The response body is undocumented.
         *     The path has the same shape as `/clients/{id}/data` etc.; it is kept as documented.
         *
         *     Auth: "crm-menu" (`x-permissions: ["crm-menu"]`).
         */
        put: operations["updateClientLocation"];
        post?: never;
        /**
         * Delete a client location
         * @description "Delete client location". "Deletes a client location by ID. Requires crm-menu
         *     permission." The response body is undocumented.
         *
         *     Auth: "crm-menu" (`x-permissions: ["crm-menu"]`).
         */
        delete: operations["deleteClientLocation"];
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
         * @description "All errors follow the Boom format": `statusCode`, `error` and `message` are always
         *     sent. Other fields may appear (hapi may add e.g. `validation` to a Joi failure).
         */
        Boom: {
            /** @description The HTTP status code (400, 401, 403, 404, 409 or 422 in the docs). */
            statusCode: number;
            /** @description The HTTP reason phrase, e.g. "Bad Request". */
            error: string;
            /** @description A descriptive error message. */
            message: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Undocumented: the docs show no body for this response, so its shape is unknown and the
         *     schema accepts any JSON value.
         */
        UndocumentedBody: unknown;
        /**
         * @description A date (`2026-03-10`) or a date-time (`2026-03-15T10:30:00Z`). The docs' examples write
         *     `last_contact` as a date-time in `/prospects/grouped` and as a date in `/prospects/list`,
         *     so both shapes are accepted.
         */
        DateOrDateTime: string;
        /**
         * @description Account type: "individual, startup, sme, enterprise, corporate".
         * @enum {string}
         */
        AccountType: "individual" | "startup" | "sme" | "enterprise" | "corporate";
        /**
         * @description Location type. "Location types are restricted to: office, warehouse, branch, headquarters, distribution_center."
         * @enum {string}
         */
        LocationType: "office" | "warehouse" | "branch" | "headquarters" | "distribution_center";
        /**
         * @description Action type: "call, whatsapp, email, meeting, sms, other".
         * @enum {string}
         */
        NoteAction: "call" | "whatsapp" | "email" | "meeting" | "sms" | "other";
        /**
         * @description "1 = prospect (default), 2 = client, 3 = partner".
         * @default 1
         * @enum {number}
         */
        ProspectType: 1 | 2 | 3;
        /** @description The Kanban board - one group per follow-up category. */
        ProspectsGrouped: {
            /** @description The follow-up categories, each with its page of prospects. */
            categories: components["schemas"]["ProspectCategoryGroup"][];
        } & {
            [key: string]: unknown;
        };
        /** @description A follow-up category (Kanban column) with its prospects. */
        ProspectCategoryGroup: {
            /** @description ID of the follow-up category. */
            id: number;
            /** @description Name (key) of the follow-up category, e.g. `new_lead`. */
            name?: string;
            /** @description This group's page of prospects (`start`/`length` apply per group). */
            records: components["schemas"]["ProspectCard"][];
            /** @description Number of records in the category, when `counters` is true ("Include record counts per category"). */
            count?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description A prospect as shown on the Kanban board. Only `id` is always present. */
        ProspectCard: {
            /** @description Prospect ID. */
            id: number;
            /** @description Company name. */
            company_name?: string;
            /** @description Contact name. */
            name?: string;
            /**
             * Format: email
             * @description Email address.
             */
            email?: string;
            /** @description ID of the current follow-up status (category). */
            follow_up_id?: number;
            /** @description Name (key) of the current follow-up status. */
            follow_name?: string;
            /** @description Balance. */
            balance?: number;
            /** @description Estimated account value. */
            account_value?: number;
            last_contact?: components["schemas"]["DateOrDateTime"];
            /** @description Name of the assigned salesman. */
            salesman_name?: string;
            /** @description Whether the prospect is verified. */
            verified?: boolean;
            /** @description Tier, e.g. `gold`. The docs list no values. */
            tier?: string;
            /** @description Monthly shipments. A number, as in the example. */
            monthly_shipments?: number;
            /** @description IDs of services. */
            services?: number[];
        } & {
            [key: string]: unknown;
        };
        /**
         * @description One page of the prospect list. `recordsFiltered` is the number of rows matching the
         *     filters (page with `start`/`length` until `start` reaches it); `recordsTotal` the number
         *     of rows before filtering.
         */
        ProspectList: {
            /** @description Total number of prospects, before filters. */
            recordsTotal: number;
            /** @description Number of prospects matching the filters. */
            recordsFiltered: number;
            /** @description The prospects of this page. */
            data: components["schemas"]["ProspectListRow"][];
        } & {
            [key: string]: unknown;
        };
        /** @description A prospect as a row of the data table. Only `id` is always present. */
        ProspectListRow: {
            /** @description Prospect ID. */
            id: number;
            /** @description Company name. */
            company_name?: string;
            /** @description Name (key) of the current follow-up status. */
            follow_name?: string;
            /** @description Name of the assigned salesman. */
            salesman_name?: string;
            /** @description Balance. */
            balance?: number;
            /** @description Estimated account value. */
            account_value?: number;
            /**
             * Format: date
             * @description Date of the first contact.
             */
            first_contact?: string;
            last_contact?: components["schemas"]["DateOrDateTime"];
            /** @description Days count "uc" (the docs do not expand the abbreviation). */
            days_uc?: number;
            /** @description Days without contact. */
            days_without_contact?: number;
            /**
             * Format: date
             * @description Date of the next contact.
             */
            next_contact?: string;
            /** @description Monthly shipments range, as text (e.g. `100-500`). */
            monthly_shipments_desc?: string;
            /** @description Campaign. */
            campaign?: string;
            /** @description Lead status, e.g. `qualified`. The docs list no values. */
            lead_status?: string;
            /**
             * Format: date
             * @description Estimated close date.
             */
            estimated_close_date?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description A follow-up activity in the calendar. */
        Activity: {
            /** @description ID of the activity. */
            id: number;
            /** @description Name of the prospect or client. */
            entity_name?: string;
            /** @description Kind of entity, e.g. `prospect`. The docs show no other value, so no enum. */
            entity_type?: string;
            /** @description ID of the prospect or client. */
            entity_id?: number;
            /** @description Action, e.g. `call`. Not constrained to the note actions, which the docs do not say apply here. */
            action?: string;
            /** @description Comment (the note's text). */
            comment?: string;
            /**
             * Format: date-time
             * @description Scheduled date and time.
             */
            scheduled_date?: string;
            /** @description Name of the admin who created the activity. */
            created_by_name?: string;
            /** @description Name (key) of the follow-up status. */
            follow_name?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description KPI aggregates of one follow-up category. */
        CategoryKpi: {
            /** @description ID of the follow-up category. */
            category_id: number;
            /** @description Name (key) of the follow-up category. */
            category_name?: string;
            /** @description Total account value of the category's prospects. */
            total_value?: number;
            /** @description Number of prospects in the category. */
            count?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Full prospect details ("including notes, contacts, and locations"). */
        ProspectDetail: {
            prospect: components["schemas"]["Prospect"];
            follow_data: components["schemas"]["FollowData"];
            /** @description The prospect's follow-up notes. */
            notes: components["schemas"]["Note"][];
            /** @description The prospect's extra contacts. */
            contacts: components["schemas"]["Contact"][];
            /** @description The prospect's locations. */
            locations: components["schemas"]["Location"][];
        } & {
            [key: string]: unknown;
        };
        /** @description A prospect record. Only `id` is always present. */
        Prospect: {
            /** @description Prospect ID. */
            id: number;
            /** @description Contact name. */
            name?: string;
            /** @description Company name. */
            company_name?: string;
            /**
             * Format: email
             * @description Email address.
             */
            email?: string;
            /** @description Country phone code (a string here, e.g. "52"). */
            phone_code?: string;
            /** @description Phone number (a string here, e.g. "5551234567"). */
            phone?: string;
            /** @description ID of the company (client) the prospect became; `null` in the docs' example. */
            company_id?: number | null;
            /** @description ID of the current follow-up status. */
            follow_up_id?: number;
            /** @description Locale/country ID. */
            locale_id?: number;
            /**
             * @description "1 = prospect (default), 2 = client, 3 = partner" (the codes documented for `POST /prospects`).
             * @enum {integer}
             */
            type?: 1 | 2 | 3;
            /** @description Status. The docs list no values. */
            status?: number;
            /** @description ID of the admin the prospect is assigned to. */
            created_by?: number;
            /**
             * Format: date-time
             * @description Creation date and time.
             */
            created_at?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description Follow-up data of a prospect or client; shared by `GET /prospects/{id}` and
         *     `GET /clients/{id}` (whose example is `{}`). All fields optional.
         */
        FollowData: {
            /** @description Acquisition channel. */
            channel?: string;
            /** @description Estimated account value. */
            account_value?: number;
            /** @description Monthly shipment estimate. A number, as in the example. */
            monthly_shipments?: number;
            /** @description E-commerce platform type. */
            ecommerce_type_id?: number;
            account_type?: components["schemas"]["AccountType"];
            /**
             * Format: date
             * @description Expected close date.
             */
            estimated_close_date?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A follow-up note, as listed in `notes` of a prospect or client. Its shape is
         *     undocumented (the docs show only empty lists); every field is optional.
         */
        Note: {
            /** @description ID of the note (the `noteId` of `PATCH /prospects/{id}/notes/{noteId}`). */
            id?: number;
            /** @description Follow-up status ID set by the note, as in `NoteCreate`. */
            follow?: number;
            action?: components["schemas"]["NoteAction"];
            /** @description Note content. */
            note?: string;
            /**
             * Format: date-time
             * @description Scheduled follow-up date/time; `null` once removed.
             */
            scheduled_date?: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A contact, as listed in `contacts` of a prospect or client. Its shape is undocumented
         *     (the docs show only empty lists); every field is optional.
         */
        Contact: {
            /** @description ID of the contact (the ID `DELETE /prospects/{id}/contacts` takes). */
            id?: number;
            /** @description Contact name. */
            name?: string;
            /**
             * Format: email
             * @description Contact email.
             */
            email?: string;
            /** @description Country phone code. */
            phone_code?: string;
            /** @description Phone number. */
            phone?: string;
            /** @description Job title/position. */
            position?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A location, as listed in `locations` of a prospect or client. Its shape is undocumented
         *     (the docs show only empty lists); every field is optional.
         */
        Location: {
            /** @description ID of the location (the ID of `PUT`/`DELETE /prospects/locations/{id}`). */
            id?: number;
            /** @description Location name (max 50 chars). */
            name?: string;
            /**
             * Format: uri
             * @description Map URL (max 150 chars).
             */
            link?: string;
            type?: components["schemas"]["LocationType"];
        } & {
            [key: string]: unknown;
        };
        /** @description Full client details ("including contacts, notes, integrations, locations, and onboarding data"). */
        ClientDetail: {
            company: components["schemas"]["Client"];
            follow_data: components["schemas"]["FollowData"];
            /** @description The client's follow-up notes. */
            notes: components["schemas"]["Note"][];
            /** @description The client's contacts. */
            contacts: components["schemas"]["Contact"][];
            /** @description The client's locations. */
            locations: components["schemas"]["Location"][];
            /** @description The client's integrations. Undocumented - the docs show only an empty list, so the entries' shape is unknown. */
            integrations: unknown[];
            onboarding: components["schemas"]["ClientOnboarding"];
        } & {
            [key: string]: unknown;
        };
        /** @description A client (company) record. Only `id` is always present. */
        Client: {
            /** @description Company ID. */
            id: number;
            /** @description Company name. */
            company_name?: string;
            /** @description Balance. */
            balance?: number;
            /** @description ID of the current follow-up status. */
            follow_up_id?: number;
            /** @description Name (key) of the current follow-up status, e.g. `active_client`. */
            follow_name?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description A client's onboarding data. Undocumented: the docs show it only as `{}`, so its fields
         *     are unknown.
         */
        ClientOnboarding: {
            [key: string]: unknown;
        };
        /**
         * @description The fields of a prospect to import (`POST /prospects`, `POST /prospects/process`). All
         *     optional, as the docs' table says. Open: it is also the shape of the rows echoed back in
         *     `inserts` of `POST /prospects/process`; request bodies close it with `ProspectImport`.
         */
        ProspectImportFields: {
            /** @description Contact name. */
            name?: string;
            /** @description Company name. */
            company?: string;
            /**
             * Format: email
             * @description Email address.
             */
            email?: string;
            /** @description Phone number. A number ("Phone numbers are validated as numeric values during prospect creation"). */
            phone?: number;
            /** @description Phone country code (a number). */
            code?: number;
            /** @description Locale/country ID. */
            locale?: number;
            type?: components["schemas"]["ProspectType"];
            /** @description Estimated monthly shipments ("string/number" in the docs). */
            monthly_shipments?: string | number;
            /** @description Initial follow-up status. */
            follow_up_id?: number;
        };
        /**
         * @description A prospect to import, as sent in a request. Unknown fields are rejected
         *     (`unevaluatedProperties: false`), as Joi rejects unknown keys by default.
         */
        ProspectImport: components["schemas"]["ProspectImportFields"];
        /** @description A batch of prospects (a bare JSON array). The docs state no size limits. */
        ProspectBatch: components["schemas"]["ProspectImport"][];
        /** @description A row that was not accepted, e.g. because its email already exists. */
        ProspectImportError: {
            /**
             * Format: email
             * @description Email of the rejected row.
             */
            email?: string;
            /** @description Error code, e.g. `DUPLICATE_EMAIL`. The docs list no other codes. */
            code?: string;
            /** @description ID of the existing prospect the row duplicates. */
            existing_id?: number;
        } & {
            [key: string]: unknown;
        };
        /** @description Result of `POST /prospects/process` (nothing is written). */
        ProspectProcessResult: {
            /** @description Rows that would be inserted (echoed back). */
            inserts: components["schemas"]["ProspectImportFields"][];
            /** @description Rows that would update an existing prospect, shaped like `inserts`. */
            updates: components["schemas"]["ProspectImportFields"][];
            /** @description Rows rejected by validation or deduplication. */
            errors: components["schemas"]["ProspectImportError"][];
        } & {
            [key: string]: unknown;
        };
        /** @description A prospect created by `POST /prospects`. */
        ProspectCreated: {
            /** @description ID of the new prospect. */
            id: number;
            /**
             * Format: email
             * @description Its email.
             */
            email?: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Result of `POST /prospects`. */
        ProspectCreateResult: {
            /** @description The prospects created. */
            inserts: components["schemas"]["ProspectCreated"][];
            /** @description Rows that could not be created, shaped like the `errors` of `POST /prospects/process`. */
            errors: components["schemas"]["ProspectImportError"][];
        } & {
            [key: string]: unknown;
        };
        /** @description Core prospect fields to change. All optional; unknown fields are rejected. */
        ProspectUpdate: {
            /** @description Company name. */
            company_name?: string;
            /** @description Contact name. */
            name?: string;
            /**
             * Format: email
             * @description Email (validated).
             */
            email?: string;
            /** @description Country phone code (a string here). */
            phone_code?: string;
            /** @description Phone number (a string here). */
            phone?: string;
            /** @description Reassign to another admin (the admin's ID). */
            created_by?: number;
        };
        /**
         * @description Follow-up data to change, for a prospect (`PATCH /prospects/{id}/data`) or a client
         *     (`PATCH /clients/{id}/data`, "Same payload"). All optional; unknown fields are rejected.
         */
        FollowDataUpdate: {
            /** @description Display name. */
            name?: string;
            /** @description E-commerce platform type. */
            ecommerce_type_id?: number;
            /** @description Acquisition channel. */
            channel?: string;
            /** @description Estimated account value. */
            account_value?: number;
            /** @description Locale ID. */
            locale?: number;
            /** @description Monthly shipment estimate. */
            monthly_shipments?: number;
            /** @description Weight range category. */
            weight_id?: number;
            /** @description Content type. */
            content_id?: number;
            /** @description Free-text annotations. */
            annotations?: string;
            account_type?: components["schemas"]["AccountType"];
            /**
             * Format: date
             * @description Expected close date ("ISO date"; the example is a calendar date, `2026-05-01`).
             */
            estimated_close_date?: string;
        };
        /**
         * @description Partner data of a type-3 prospect. `url`, `partner_type_id`, `partner_origin_id`,
         *     `rating` and `locale_id` are required; unknown fields are rejected.
         */
        PartnerDataUpdate: {
            /**
             * Format: uri
             * @description Partner website URL.
             */
            url: string;
            /** @description Partner type. */
            partner_type_id: number;
            /** @description Partner origin. */
            partner_origin_id: number;
            /**
             * @description Rating 1-5. The table types it "number"; the validation notes say "Partner data
             *     rating must be an integer between 1 and 5", so it is an integer.
             */
            rating: number;
            /** @description Locale ID. */
            locale_id: number;
            /** @description Social media handle (max 150 chars). */
            social_network?: string;
        };
        /**
         * @description A new contact of a prospect or client ("Same payload" for both). `name`, `email`,
         *     `phone_code` and `phone` are required; unknown fields are rejected.
         */
        ContactCreate: {
            /** @description Contact name. */
            name: string;
            /**
             * Format: email
             * @description Contact email.
             */
            email: string;
            /** @description Country phone code (a string, e.g. "52"). */
            phone_code: string;
            /** @description Phone number (a string, e.g. "5559876543"). */
            phone: string;
            /** @description Job title/position. */
            position?: string;
        };
        /** @description Contact fields to change. Every field is optional; unknown fields are rejected. */
        ContactUpdate: {
            /** @description Contact name. */
            name?: string;
            /**
             * Format: email
             * @description Contact email. "Email uniqueness is checked on contact update" against both prospection_users and users.
             */
            email?: string;
            /** @description Country phone code. */
            phone_code?: string;
            /** @description Phone number. */
            phone?: string;
            /** @description Job title/position. */
            position?: string;
            /** @description If true, updates the primary prospect record instead of extra_contacts. */
            isDefault?: boolean;
        };
        /**
         * @description A new follow-up note of a prospect or client ("Same payload" for both). Only `note` is
         *     required; unknown fields are rejected.
         */
        NoteCreate: {
            /** @description New follow-up status ID (updates current status). */
            follow?: number;
            action?: components["schemas"]["NoteAction"];
            /** @description Note content. */
            note: string;
            /**
             * Format: date-time
             * @description Scheduled follow-up date/time. The docs type it "ISO date"; the example is a
             *     date-time (`2026-03-20T09:00:00Z`), which the schema follows.
             */
            scheduled_date?: string;
        };
        /** @description The new scheduled date of a note. Both fields are required; unknown fields are rejected. */
        NoteUpdate: {
            /**
             * Format: date-time
             * @description New scheduled date ("null to remove"). "ISO date" in the docs; the example is a
             *     date-time, which the schema follows.
             */
            scheduled_date: string | null;
            /**
             * @description "prospect or company": whether the note belongs to a prospect or to a client (company).
             * @enum {string}
             */
            origin: "prospect" | "company";
        };
        /**
         * @description A new location of a prospect or client ("Same payload" for both). All three fields are
         *     required; unknown fields are rejected.
         */
        LocationCreate: {
            /** @description Location name (max 50 chars). */
            name: string;
            /**
             * Format: uri
             * @description Map URL (max 150 chars).
             */
            link: string;
            type: components["schemas"]["LocationType"];
        };
        /**
         * @description Location fields to change: "Same fields as POST, all optional", with the same limits.
         *     Unknown fields are rejected.
         */
        LocationUpdate: {
            /** @description Location name (max 50 chars). */
            name?: string;
            /**
             * Format: uri
             * @description Map URL (max 150 chars).
             */
            link?: string;
            type?: components["schemas"]["LocationType"];
        };
    };
    responses: {
        /** @description Success. The docs document neither the status nor the body of this response. */
        UndocumentedSuccess: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /** @example {} */
                "application/json": components["schemas"]["UndocumentedBody"];
            };
        };
        /** @description "Validation failed (Joi schema)" (Boom `badRequest`). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 400,
                 *       "error": "Bad Request",
                 *       "message": "Descriptive error message"
                 *     }
                 */
                "application/json": components["schemas"]["Boom"];
            };
        };
        /** @description "Missing or invalid JWT" (Boom `unauthorized`). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 401,
                 *       "error": "Unauthorized",
                 *       "message": "Missing authentication"
                 *     }
                 */
                "application/json": components["schemas"]["Boom"];
            };
        };
        /** @description "Insufficient permissions for the action" (Boom `forbidden`). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 403,
                 *       "error": "Forbidden",
                 *       "message": "Insufficient permissions"
                 *     }
                 */
                "application/json": components["schemas"]["Boom"];
            };
        };
        /** @description "Prospect, client, contact, or location not found" (Boom `notFound`). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 404,
                 *       "error": "Not Found",
                 *       "message": "Prospect not found"
                 *     }
                 */
                "application/json": components["schemas"]["Boom"];
            };
        };
        /** @description "Duplicate email/phone detected during creation" (Boom `conflict`). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 409,
                 *       "error": "Conflict",
                 *       "message": "Email already registered"
                 *     }
                 */
                "application/json": components["schemas"]["Boom"];
            };
        };
        /** @description "Malformed request data (Boom badData)". */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "statusCode": 422,
                 *       "error": "Unprocessable Entity",
                 *       "message": "Malformed request data"
                 *     }
                 */
                "application/json": components["schemas"]["Boom"];
            };
        };
    };
    parameters: {
        /** @description Prospect ID. */
        ProspectId: number;
        /** @description Company ID (the client's ID). */
        CompanyId: number;
        /** @description ID of the location ("Deletes a location by ID"). */
        LocationId: number;
        /** @description Offset for pagination. */
        Start: number;
        /** @description Page size. */
        Length: number;
        /** @description Sort field. */
        SortBy: string;
        /** @description Sort direction. The docs list no values here; for `/prospects/list` they say "asc or desc". */
        SortType: string;
        /** @description Offset (default 0). */
        ListStart: number;
        /** @description Page size (default 25). */
        ListLength: number;
        /** @description Column to sort by. */
        ListSortBy: string;
        /** @description asc or desc. */
        ListSortType: "asc" | "desc";
        /** @description Filter by specific follow-up category. */
        Category: number;
        /** @description Free-text search (company name, contact name). */
        Search: string;
        /** @description Filter by follow-up status ID(s). */
        Follow: string;
        /** @description Filter by prospect type. */
        Type: string;
        /** @description Filter by onboarding status. */
        Onboarding: string;
        /** @description Filter by ecommerce type. */
        Ecommerce: string;
        /** @description Filter by campaign. The name is spelled `campaing` in the docs and kept as is. */
        Campaing: string;
        /** @description Filter by assigned salesman (requires the `all-prospects` permission). */
        Salesman: string;
        /** @description Date range start (requires the `all-prospects` permission). The docs type it as a string and give no format. */
        StartDate: string;
        /** @description Date range end (requires the `all-prospects` permission). The docs type it as a string and give no format. */
        EndDate: string;
        /** @description Filter by KAE assignment. */
        Kae: string;
        /** @description Filter by KAE LTL assignment. */
        KaeLtl: string;
        /** @description Filter by CSR assignment. */
        Csr: string;
        /** @description Filter by CSR LTL assignment. */
        CsrLtl: string;
        /** @description Filter by Fulfillment assignment. The name is spelled `fullfilment` in the docs and kept as is. */
        Fullfilment: string;
        /** @description Filter by WMS assignment. */
        Wms: string;
        /** @description Filter by Ecartpay assignment. */
        Ecartpay: string;
        /** @description Filter by Parapaquetes assignment. */
        Parapaquetes: string;
        /**
         * @description "company (default) or partner". "The source query parameter on listing endpoints
         *     defaults to company and can be set to partner for partner-type prospects."
         */
        Source: "company" | "partner";
        /** @description Include record counts per category. */
        Counters: boolean;
        /** @description Report mode flag. */
        Report: boolean;
    };
    requestBodies: {
        /** @description A new contact; the same payload for prospects and clients. */
        ContactCreate: {
            content: {
                /**
                 * @example {
                 *       "name": "Jane Smith",
                 *       "email": "jane@acme.com",
                 *       "phone_code": "52",
                 *       "phone": "5559876543",
                 *       "position": "CTO"
                 *     }
                 */
                "application/json": components["schemas"]["ContactCreate"];
            };
        };
        /** @description A new follow-up note; the same payload for prospects and clients. */
        NoteCreate: {
            content: {
                /**
                 * @example {
                 *       "follow": 3,
                 *       "action": "call",
                 *       "note": "Discussed pricing options. Client interested in enterprise plan.",
                 *       "scheduled_date": "2026-03-20T09:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["NoteCreate"];
            };
        };
        /** @description Follow-up data to change; the same payload for prospects and clients. */
        FollowDataUpdate: {
            content: {
                /**
                 * @example {
                 *       "channel": "referral",
                 *       "account_value": 8000,
                 *       "monthly_shipments": 200,
                 *       "ecommerce_type_id": 3,
                 *       "weight_id": 2,
                 *       "content_id": 1,
                 *       "account_type": "enterprise",
                 *       "estimated_close_date": "2026-05-01",
                 *       "annotations": "High-priority account, needs custom pricing."
                 *     }
                 */
                "application/json": components["schemas"]["FollowDataUpdate"];
            };
        };
        /** @description A new location; the same payload for prospects and clients. */
        LocationCreate: {
            content: {
                /**
                 * @example {
                 *       "name": "Main Office",
                 *       "link": "https://maps.google.com/?q=...",
                 *       "type": "headquarters"
                 *     }
                 */
                "application/json": components["schemas"]["LocationCreate"];
            };
        };
        /**
         * @description Location fields to change ("Same fields as POST, all optional"); the same payload for
         *     prospects and clients.
         */
        LocationUpdate: {
            content: {
                /**
                 * @example {
                 *       "name": "Main Office",
                 *       "type": "headquarters"
                 *     }
                 */
                "application/json": components["schemas"]["LocationUpdate"];
            };
        };
    };
    headers: never;
    pathItems: never;
}
export type Boom = components['schemas']['Boom'];
export type UndocumentedBody = components['schemas']['UndocumentedBody'];
export type DateOrDateTime = components['schemas']['DateOrDateTime'];
export type AccountType = components['schemas']['AccountType'];
export type LocationType = components['schemas']['LocationType'];
export type NoteAction = components['schemas']['NoteAction'];
export type ProspectType = components['schemas']['ProspectType'];
export type ProspectsGrouped = components['schemas']['ProspectsGrouped'];
export type ProspectCategoryGroup = components['schemas']['ProspectCategoryGroup'];
export type ProspectCard = components['schemas']['ProspectCard'];
export type ProspectList = components['schemas']['ProspectList'];
export type ProspectListRow = components['schemas']['ProspectListRow'];
export type Activity = components['schemas']['Activity'];
export type CategoryKpi = components['schemas']['CategoryKpi'];
export type ProspectDetail = components['schemas']['ProspectDetail'];
export type Prospect = components['schemas']['Prospect'];
export type FollowData = components['schemas']['FollowData'];
export type Note = components['schemas']['Note'];
export type Contact = components['schemas']['Contact'];
export type Location = components['schemas']['Location'];
export type ClientDetail = components['schemas']['ClientDetail'];
export type Client = components['schemas']['Client'];
export type ClientOnboarding = components['schemas']['ClientOnboarding'];
export type ProspectImportFields = components['schemas']['ProspectImportFields'];
export type ProspectImport = components['schemas']['ProspectImport'];
export type ProspectBatch = components['schemas']['ProspectBatch'];
export type ProspectImportError = components['schemas']['ProspectImportError'];
export type ProspectProcessResult = components['schemas']['ProspectProcessResult'];
export type ProspectCreated = components['schemas']['ProspectCreated'];
export type ProspectCreateResult = components['schemas']['ProspectCreateResult'];
export type ProspectUpdate = components['schemas']['ProspectUpdate'];
export type FollowDataUpdate = components['schemas']['FollowDataUpdate'];
export type PartnerDataUpdate = components['schemas']['PartnerDataUpdate'];
export type ContactCreate = components['schemas']['ContactCreate'];
export type ContactUpdate = components['schemas']['ContactUpdate'];
export type NoteCreate = components['schemas']['NoteCreate'];
export type NoteUpdate = components['schemas']['NoteUpdate'];
export type LocationCreate = components['schemas']['LocationCreate'];
export type LocationUpdate = components['schemas']['LocationUpdate'];
export type ResponseUndocumentedSuccess = components['responses']['UndocumentedSuccess'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseConflict = components['responses']['Conflict'];
export type ResponseUnprocessableEntity = components['responses']['UnprocessableEntity'];
export type ParameterProspectId = components['parameters']['ProspectId'];
export type ParameterCompanyId = components['parameters']['CompanyId'];
export type ParameterLocationId = components['parameters']['LocationId'];
export type ParameterStart = components['parameters']['Start'];
export type ParameterLength = components['parameters']['Length'];
export type ParameterSortBy = components['parameters']['SortBy'];
export type ParameterSortType = components['parameters']['SortType'];
export type ParameterListStart = components['parameters']['ListStart'];
export type ParameterListLength = components['parameters']['ListLength'];
export type ParameterListSortBy = components['parameters']['ListSortBy'];
export type ParameterListSortType = components['parameters']['ListSortType'];
export type ParameterCategory = components['parameters']['Category'];
export type ParameterSearch = components['parameters']['Search'];
export type ParameterFollow = components['parameters']['Follow'];
export type ParameterType = components['parameters']['Type'];
export type ParameterOnboarding = components['parameters']['Onboarding'];
export type ParameterEcommerce = components['parameters']['Ecommerce'];
export type ParameterCampaing = components['parameters']['Campaing'];
export type ParameterSalesman = components['parameters']['Salesman'];
export type ParameterStartDate = components['parameters']['StartDate'];
export type ParameterEndDate = components['parameters']['EndDate'];
export type ParameterKae = components['parameters']['Kae'];
export type ParameterKaeLtl = components['parameters']['KaeLtl'];
export type ParameterCsr = components['parameters']['Csr'];
export type ParameterCsrLtl = components['parameters']['CsrLtl'];
export type ParameterFullfilment = components['parameters']['Fullfilment'];
export type ParameterWms = components['parameters']['Wms'];
export type ParameterEcartpay = components['parameters']['Ecartpay'];
export type ParameterParapaquetes = components['parameters']['Parapaquetes'];
export type ParameterSource = components['parameters']['Source'];
export type ParameterCounters = components['parameters']['Counters'];
export type ParameterReport = components['parameters']['Report'];
export type RequestBodyContactCreate = components['requestBodies']['ContactCreate'];
export type RequestBodyNoteCreate = components['requestBodies']['NoteCreate'];
export type RequestBodyFollowDataUpdate = components['requestBodies']['FollowDataUpdate'];
export type RequestBodyLocationCreate = components['requestBodies']['LocationCreate'];
export type RequestBodyLocationUpdate = components['requestBodies']['LocationUpdate'];
export type $defs = Record<string, never>;
export interface operations {
    listProspectsGrouped: {
        parameters: {
            query?: {
                /** @description Offset for pagination. */
                start?: components["parameters"]["Start"];
                /** @description Page size. */
                length?: components["parameters"]["Length"];
                /** @description Sort field. */
                sortBy?: components["parameters"]["SortBy"];
                /** @description Sort direction. The docs list no values here; for `/prospects/list` they say "asc or desc". */
                sortType?: components["parameters"]["SortType"];
                /** @description Filter by specific follow-up category. */
                category?: components["parameters"]["Category"];
                /** @description Free-text search (company name, contact name). */
                search?: components["parameters"]["Search"];
                /** @description Filter by follow-up status ID(s). */
                follow?: components["parameters"]["Follow"];
                /** @description Filter by prospect type. */
                type?: components["parameters"]["Type"];
                /** @description Filter by onboarding status. */
                onboarding?: components["parameters"]["Onboarding"];
                /** @description Filter by ecommerce type. */
                ecommerce?: components["parameters"]["Ecommerce"];
                /** @description Filter by campaign. The name is spelled `campaing` in the docs and kept as is. */
                campaing?: components["parameters"]["Campaing"];
                /** @description Filter by assigned salesman (requires the `all-prospects` permission). */
                salesman?: components["parameters"]["Salesman"];
                /** @description Date range start (requires the `all-prospects` permission). The docs type it as a string and give no format. */
                startDate?: components["parameters"]["StartDate"];
                /** @description Date range end (requires the `all-prospects` permission). The docs type it as a string and give no format. */
                endDate?: components["parameters"]["EndDate"];
                /** @description Filter by KAE assignment. */
                kae?: components["parameters"]["Kae"];
                /** @description Filter by KAE LTL assignment. */
                kae_ltl?: components["parameters"]["KaeLtl"];
                /** @description Filter by CSR assignment. */
                csr?: components["parameters"]["Csr"];
                /** @description Filter by CSR LTL assignment. */
                csr_ltl?: components["parameters"]["CsrLtl"];
                /** @description Filter by Fulfillment assignment. The name is spelled `fullfilment` in the docs and kept as is. */
                fullfilment?: components["parameters"]["Fullfilment"];
                /** @description Filter by WMS assignment. */
                wms?: components["parameters"]["Wms"];
                /** @description Filter by Ecartpay assignment. */
                ecartpay?: components["parameters"]["Ecartpay"];
                /** @description Filter by Parapaquetes assignment. */
                parapaquetes?: components["parameters"]["Parapaquetes"];
                /**
                 * @description "company (default) or partner". "The source query parameter on listing endpoints
                 *     defaults to company and can be set to partner for partner-type prospects."
                 */
                source?: components["parameters"]["Source"];
                /** @description Include record counts per category. */
                counters?: components["parameters"]["Counters"];
                /** @description Report mode flag. */
                report?: components["parameters"]["Report"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prospects, grouped by follow-up category. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "categories": [
                     *         {
                     *           "id": 1,
                     *           "name": "new_lead",
                     *           "records": [
                     *             {
                     *               "id": 42,
                     *               "company_name": "Acme Corp",
                     *               "name": "John Doe",
                     *               "email": "john@acme.com",
                     *               "follow_up_id": 1,
                     *               "follow_name": "new_lead",
                     *               "balance": 0,
                     *               "account_value": 5000,
                     *               "last_contact": "2026-03-15T10:30:00Z",
                     *               "salesman_name": "Maria Garcia",
                     *               "verified": true,
                     *               "tier": "gold",
                     *               "monthly_shipments": 150,
                     *               "services": [
                     *                 1,
                     *                 3,
                     *                 5
                     *               ]
                     *             }
                     *           ],
                     *           "count": 23
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProspectsGrouped"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listProspects: {
        parameters: {
            query?: {
                /** @description Offset (default 0). */
                start?: components["parameters"]["ListStart"];
                /** @description Page size (default 25). */
                length?: components["parameters"]["ListLength"];
                /** @description Column to sort by. */
                sortBy?: components["parameters"]["ListSortBy"];
                /** @description asc or desc. */
                sortType?: components["parameters"]["ListSortType"];
                /** @description Filter by specific follow-up category. */
                category?: components["parameters"]["Category"];
                /** @description Free-text search (company name, contact name). */
                search?: components["parameters"]["Search"];
                /** @description Filter by follow-up status ID(s). */
                follow?: components["parameters"]["Follow"];
                /** @description Filter by prospect type. */
                type?: components["parameters"]["Type"];
                /** @description Filter by onboarding status. */
                onboarding?: components["parameters"]["Onboarding"];
                /** @description Filter by ecommerce type. */
                ecommerce?: components["parameters"]["Ecommerce"];
                /** @description Filter by campaign. The name is spelled `campaing` in the docs and kept as is. */
                campaing?: components["parameters"]["Campaing"];
                /** @description Filter by assigned salesman (requires the `all-prospects` permission). */
                salesman?: components["parameters"]["Salesman"];
                /** @description Date range start (requires the `all-prospects` permission). The docs type it as a string and give no format. */
                startDate?: components["parameters"]["StartDate"];
                /** @description Date range end (requires the `all-prospects` permission). The docs type it as a string and give no format. */
                endDate?: components["parameters"]["EndDate"];
                /** @description Filter by KAE assignment. */
                kae?: components["parameters"]["Kae"];
                /** @description Filter by KAE LTL assignment. */
                kae_ltl?: components["parameters"]["KaeLtl"];
                /** @description Filter by CSR assignment. */
                csr?: components["parameters"]["Csr"];
                /** @description Filter by CSR LTL assignment. */
                csr_ltl?: components["parameters"]["CsrLtl"];
                /** @description Filter by Fulfillment assignment. The name is spelled `fullfilment` in the docs and kept as is. */
                fullfilment?: components["parameters"]["Fullfilment"];
                /** @description Filter by WMS assignment. */
                wms?: components["parameters"]["Wms"];
                /** @description Filter by Ecartpay assignment. */
                ecartpay?: components["parameters"]["Ecartpay"];
                /** @description Filter by Parapaquetes assignment. */
                parapaquetes?: components["parameters"]["Parapaquetes"];
                /**
                 * @description "company (default) or partner". "The source query parameter on listing endpoints
                 *     defaults to company and can be set to partner for partner-type prospects."
                 */
                source?: components["parameters"]["Source"];
                /** @description Include record counts per category. */
                counters?: components["parameters"]["Counters"];
                /** @description Report mode flag. */
                report?: components["parameters"]["Report"];
                /** @description Filter by weight range. */
                weightRange?: string;
                /** @description Filter by content type. */
                contentId?: string;
                /** @description Filter by plan type. */
                planTypeId?: string;
                /** @description Minimum monthly shipments. */
                minShipments?: number;
                /** @description Filter by lead status. */
                leadStatus?: string;
                /** @description Next contact date range start. The docs type it as a string and give no format. */
                "nextContact[0]"?: string;
                /** @description Next contact date range end. The docs type it as a string and give no format. */
                "nextContact[1]"?: string;
                /** @description Estimated close date range start. The docs type it as a string and give no format. */
                "estimatedCloseDate[0]"?: string;
                /** @description Estimated close date range end. The docs type it as a string and give no format. */
                "estimatedCloseDate[1]"?: string;
                /** @description Filter by estimated close month. The docs give no format. */
                estimatedCloseMonth?: string;
                /** @description Commercial offer date range start. The docs type it as a string and give no format. */
                "commercialOfferDate[0]"?: string;
                /** @description Commercial offer date range end. The docs type it as a string and give no format. */
                "commercialOfferDate[1]"?: string;
                /** @description "0 or 1 — filter by recharge status". A string, as the docs type it. */
                hasRecharge?: "0" | "1";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of prospects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "recordsTotal": 1250,
                     *       "recordsFiltered": 89,
                     *       "data": [
                     *         {
                     *           "id": 42,
                     *           "company_name": "Acme Corp",
                     *           "follow_name": "contacted",
                     *           "salesman_name": "Maria Garcia",
                     *           "balance": 15000,
                     *           "account_value": 5000,
                     *           "first_contact": "2026-01-15",
                     *           "last_contact": "2026-03-10",
                     *           "days_uc": 5,
                     *           "days_without_contact": 9,
                     *           "next_contact": "2026-03-20",
                     *           "monthly_shipments_desc": "100-500",
                     *           "campaign": "Q1-2026",
                     *           "lead_status": "qualified",
                     *           "estimated_close_date": "2026-04-15"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProspectList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listProspectActivities: {
        parameters: {
            query: {
                /** @description Date range start. The docs type it as a string and give no format. */
                startDate: string;
                /** @description Date range end. The docs type it as a string and give no format. */
                endDate: string;
                /** @description Free-text search. */
                search?: string;
                /** @description Filter by follow-up status. */
                follow?: string;
                /** @description Filter by prospect type. */
                type?: components["parameters"]["Type"];
                /** @description Filter by onboarding status. */
                onboarding?: components["parameters"]["Onboarding"];
                /** @description Filter by ecommerce type. */
                ecommerce?: components["parameters"]["Ecommerce"];
                /** @description Filter by campaign. The name is spelled `campaing` in the docs and kept as is. */
                campaing?: components["parameters"]["Campaing"];
                /** @description Filter by assigned salesman. */
                salesman?: string;
                /** @description Filter by KAE assignment. */
                kae?: components["parameters"]["Kae"];
                /** @description Filter by KAE LTL assignment. */
                kae_ltl?: components["parameters"]["KaeLtl"];
                /** @description Filter by CSR assignment. */
                csr?: components["parameters"]["Csr"];
                /** @description Filter by CSR LTL assignment. */
                csr_ltl?: components["parameters"]["CsrLtl"];
                /** @description Filter by Fulfillment assignment. The name is spelled `fullfilment` in the docs and kept as is. */
                fullfilment?: components["parameters"]["Fullfilment"];
                /** @description Filter by WMS assignment. */
                wms?: components["parameters"]["Wms"];
                /** @description Filter by Ecartpay assignment. */
                ecartpay?: components["parameters"]["Ecartpay"];
                /** @description Filter by Parapaquetes assignment. */
                parapaquetes?: components["parameters"]["Parapaquetes"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The follow-up activities in the range (a bare JSON array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": 101,
                     *         "entity_name": "Acme Corp",
                     *         "entity_type": "prospect",
                     *         "entity_id": 42,
                     *         "action": "call",
                     *         "comment": "Discussed pricing options",
                     *         "scheduled_date": "2026-03-15T09:00:00Z",
                     *         "created_by_name": "Maria Garcia",
                     *         "follow_name": "negotiation"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Activity"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getProspectKpis: {
        parameters: {
            query?: {
                /** @description Sort field. */
                sortBy?: components["parameters"]["SortBy"];
                /** @description Sort direction. The docs list no values here; for `/prospects/list` they say "asc or desc". */
                sortType?: components["parameters"]["SortType"];
                /** @description Filter by specific follow-up category. */
                category?: components["parameters"]["Category"];
                /** @description Free-text search (company name, contact name). */
                search?: components["parameters"]["Search"];
                /** @description Filter by follow-up status ID(s). */
                follow?: components["parameters"]["Follow"];
                /** @description Filter by prospect type. */
                type?: components["parameters"]["Type"];
                /** @description Filter by onboarding status. */
                onboarding?: components["parameters"]["Onboarding"];
                /** @description Filter by ecommerce type. */
                ecommerce?: components["parameters"]["Ecommerce"];
                /** @description Filter by campaign. The name is spelled `campaing` in the docs and kept as is. */
                campaing?: components["parameters"]["Campaing"];
                /** @description Filter by assigned salesman (requires the `all-prospects` permission). */
                salesman?: components["parameters"]["Salesman"];
                /** @description Date range start (requires the `all-prospects` permission). The docs type it as a string and give no format. */
                startDate?: components["parameters"]["StartDate"];
                /** @description Date range end (requires the `all-prospects` permission). The docs type it as a string and give no format. */
                endDate?: components["parameters"]["EndDate"];
                /** @description Filter by KAE assignment. */
                kae?: components["parameters"]["Kae"];
                /** @description Filter by KAE LTL assignment. */
                kae_ltl?: components["parameters"]["KaeLtl"];
                /** @description Filter by CSR assignment. */
                csr?: components["parameters"]["Csr"];
                /** @description Filter by CSR LTL assignment. */
                csr_ltl?: components["parameters"]["CsrLtl"];
                /** @description Filter by Fulfillment assignment. The name is spelled `fullfilment` in the docs and kept as is. */
                fullfilment?: components["parameters"]["Fullfilment"];
                /** @description Filter by WMS assignment. */
                wms?: components["parameters"]["Wms"];
                /** @description Filter by Ecartpay assignment. */
                ecartpay?: components["parameters"]["Ecartpay"];
                /** @description Filter by Parapaquetes assignment. */
                parapaquetes?: components["parameters"]["Parapaquetes"];
                /**
                 * @description "company (default) or partner". "The source query parameter on listing endpoints
                 *     defaults to company and can be set to partner for partner-type prospects."
                 */
                source?: components["parameters"]["Source"];
                /** @description Include record counts per category. */
                counters?: components["parameters"]["Counters"];
                /** @description Report mode flag. */
                report?: components["parameters"]["Report"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One KPI aggregate per follow-up category (a bare JSON array). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "category_id": 1,
                     *         "category_name": "new_lead",
                     *         "total_value": 125000,
                     *         "count": 23
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["CategoryKpi"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    processProspects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "name": "John Doe",
                 *         "company": "Acme Corp",
                 *         "email": "john@acme.com",
                 *         "phone": 5551234567,
                 *         "code": 52,
                 *         "locale": 1
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["ProspectBatch"];
            };
        };
        responses: {
            /** @description The batch split into rows to insert, rows to update and rows in error. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "inserts": [
                     *         {
                     *           "name": "John Doe",
                     *           "company": "Acme Corp",
                     *           "email": "john@acme.com",
                     *           "phone": 5551234567,
                     *           "code": 52,
                     *           "locale": 1
                     *         }
                     *       ],
                     *       "updates": [],
                     *       "errors": [
                     *         {
                     *           "email": "duplicate@example.com",
                     *           "code": "DUPLICATE_EMAIL",
                     *           "existing_id": 99
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProspectProcessResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    createProspects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "name": "John Doe",
                 *         "company": "Acme Corp",
                 *         "email": "john@acme.com",
                 *         "phone": 5551234567,
                 *         "code": 52,
                 *         "locale": 1,
                 *         "type": 1,
                 *         "monthly_shipments": 150,
                 *         "follow_up_id": 1
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["ProspectBatch"];
            };
        };
        responses: {
            /** @description The prospects created, and the rows that could not be created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "inserts": [
                     *         {
                     *           "id": 42,
                     *           "email": "john@acme.com"
                     *         }
                     *       ],
                     *       "errors": []
                     *     }
                     */
                    "application/json": components["schemas"]["ProspectCreateResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    getProspect: {
        parameters: {
            query?: {
                /**
                 * @description "company (default) or partner". "The source query parameter on listing endpoints
                 *     defaults to company and can be set to partner for partner-type prospects."
                 */
                source?: components["parameters"]["Source"];
            };
            header?: never;
            path: {
                /** @description Prospect ID. */
                id: components["parameters"]["ProspectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prospect, its follow-up data, notes, contacts and locations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "prospect": {
                     *         "id": 42,
                     *         "name": "John Doe",
                     *         "company_name": "Acme Corp",
                     *         "email": "john@acme.com",
                     *         "phone_code": "52",
                     *         "phone": "5551234567",
                     *         "company_id": null,
                     *         "follow_up_id": 3,
                     *         "locale_id": 1,
                     *         "type": 1,
                     *         "status": 1,
                     *         "created_by": 10,
                     *         "created_at": "2026-01-15T08:00:00Z"
                     *       },
                     *       "follow_data": {
                     *         "channel": "website",
                     *         "account_value": 5000,
                     *         "monthly_shipments": 150,
                     *         "ecommerce_type_id": 2,
                     *         "account_type": "sme",
                     *         "estimated_close_date": "2026-04-15"
                     *       },
                     *       "notes": [],
                     *       "contacts": [],
                     *       "locations": []
                     *     }
                     */
                    "application/json": components["schemas"]["ProspectDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateProspect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Prospect ID. */
                id: components["parameters"]["ProspectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "company_name": "Acme Corporation",
                 *       "name": "John Doe",
                 *       "email": "john.doe@acme.com",
                 *       "phone_code": "52",
                 *       "phone": "5559876543",
                 *       "created_by": 15
                 *     }
                 */
                "application/json": components["schemas"]["ProspectUpdate"];
            };
        };
        responses: {
            200: components["responses"]["UndocumentedSuccess"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    updateProspectData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Prospect ID. */
                id: components["parameters"]["ProspectId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["FollowDataUpdate"];
        responses: {
            200: components["responses"]["UndocumentedSuccess"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    updateProspectPartnerData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Prospect ID. */
                id: components["parameters"]["ProspectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://partner-store.com",
                 *       "partner_type_id": 2,
                 *       "partner_origin_id": 1,
                 *       "rating": 4,
                 *       "locale_id": 1,
                 *       "social_network": "@partnerstore"
                 *     }
                 */
                "application/json": components["schemas"]["PartnerDataUpdate"];
            };
        };
        responses: {
            200: components["responses"]["UndocumentedSuccess"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    updateProspectContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The ID of the contact to update, or the prospect ID when `isDefault` is true. */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Jane Smith",
                 *       "email": "jane.smith@acme.com",
                 *       "phone_code": "52",
                 *       "phone": "5559876543",
                 *       "position": "VP Engineering",
                 *       "isDefault": false
                 *     }
                 */
                "application/json": components["schemas"]["ContactUpdate"];
            };
        };
        responses: {
            200: components["responses"]["UndocumentedSuccess"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    createProspectContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Prospect ID. */
                id: components["parameters"]["ProspectId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ContactCreate"];
        responses: {
            200: components["responses"]["UndocumentedSuccess"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    deleteProspectContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The contact ID ("The {id} path parameter refers to the contact ID"). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UndocumentedSuccess"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createProspectNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Prospect ID. */
                id: components["parameters"]["ProspectId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["NoteCreate"];
        responses: {
            200: components["responses"]["UndocumentedSuccess"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    updateProspectNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Prospect ID. */
                id: components["parameters"]["ProspectId"];
                /** @description ID of the note. */
                noteId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "scheduled_date": "2026-03-25T14:00:00Z",
                 *       "origin": "prospect"
                 *     }
                 */
                "application/json": components["schemas"]["NoteUpdate"];
            };
        };
        responses: {
            200: components["responses"]["UndocumentedSuccess"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    createProspectLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Prospect ID. */
                id: components["parameters"]["ProspectId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["LocationCreate"];
        responses: {
            200: components["responses"]["UndocumentedSuccess"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    updateProspectLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the location ("Deletes a location by ID"). */
                id: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["LocationUpdate"];
        responses: {
            200: components["responses"]["UndocumentedSuccess"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    deleteProspectLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the location ("Deletes a location by ID"). */
                id: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UndocumentedSuccess"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Company ID (the client's ID). */
                id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client (company), its follow-up data, notes, contacts, locations, integrations and onboarding data. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "company": {
                     *         "id": 100,
                     *         "company_name": "Acme Corp",
                     *         "balance": 15000,
                     *         "follow_up_id": 5,
                     *         "follow_name": "active_client"
                     *       },
                     *       "follow_data": {},
                     *       "notes": [],
                     *       "contacts": [],
                     *       "locations": [],
                     *       "integrations": [],
                     *       "onboarding": {}
                     *     }
                     */
                    "application/json": components["schemas"]["ClientDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getClientOnboarding: {
        parameters: {
            query?: {
                /** @description Translate onboarding keys (default false). */
                translate?: boolean;
            };
            header?: never;
            path: {
                /** @description Company ID (the client's ID). */
                id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client's onboarding data (shape undocumented). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["ClientOnboarding"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createClientContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Company ID (the client's ID). */
                id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["ContactCreate"];
        responses: {
            200: components["responses"]["UndocumentedSuccess"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    createClientNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Company ID (the client's ID). */
                id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["NoteCreate"];
        responses: {
            200: components["responses"]["UndocumentedSuccess"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    updateClientData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Company ID (the client's ID). */
                id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["FollowDataUpdate"];
        responses: {
            200: components["responses"]["UndocumentedSuccess"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    createClientLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Company ID (the client's ID). */
                id: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["LocationCreate"];
        responses: {
            200: components["responses"]["UndocumentedSuccess"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    updateClientLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the location ("Deletes a location by ID"). */
                id: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["LocationUpdate"];
        responses: {
            200: components["responses"]["UndocumentedSuccess"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    deleteClientLocation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ID of the location ("Deletes a location by ID"). */
                id: components["parameters"]["LocationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["UndocumentedSuccess"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
}
