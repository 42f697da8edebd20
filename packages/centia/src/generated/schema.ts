/**
 * Generated from specs/centia/openapi.yaml by scripts/generate.mjs.
 * Do not edit by hand: change the spec and run `pnpm generate`.
 */

export interface paths {
    "/auth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call a method of the Auth module
         * @description RPC endpoint of the Auth module. The request's `method` selects one of:
         *
         *     - `Auth.Login`: Obtain the auth token of the user.
         *
         *     Both outcomes come back with HTTP 200 (the docs: "usually with HTTP 200"); tell them apart by `success`. Login is the only method that needs no token.
         */
        post: operations["callAuth"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call a method of the Profiles module
         * @description RPC endpoint of the Profiles module. The request's `method` selects one of:
         *
         *     - `Profiles.GetProfiles`: Gets a list of profiles for the logged user.
         *     - `Profiles.GetStages`: Gets a list of stages of selected profile.
         *     - `Profiles.GetCountries`: Gets a list of valid countries.
         *     - `Profiles.GetStates`: Gets a list of states of selected country.
         *     - `Profiles.GetUsers`: Gets a list of users.
         *
         *     Both outcomes come back with HTTP 200 (the docs: "usually with HTTP 200"); tell them apart by `success`.
         */
        post: operations["callProfiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call a method of the Companies module
         * @description RPC endpoint of the Companies module. The request's `method` selects one of:
         *
         *     - `Companies.GetCompanies`: Gets a list of companies for selected profile.
         *     - `Companies.GetTypes`: Gets a list of company types of selected profile.
         *     - `Companies.GetIndustries`: Gets a list of industries of selected profile.
         *     - `Companies.GetInputs`: Gets a list of company inputs of selected profile.
         *     - `Companies.CreateCompany`: Creates a Company.
         *     - `Companies.GetCompany`: Get a company by search.
         *
         *     Both outcomes come back with HTTP 200 (the docs: "usually with HTTP 200"); tell them apart by `success`.
         */
        post: operations["callCompanies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call a method of the Contacts module
         * @description RPC endpoint of the Contacts module. The request's `method` selects one of:
         *
         *     - `Contacts.GetContacts`: Gets a list of contacts for selected profile.
         *     - `Contacts.GetOrigins`: Gets a list of contact origins of selected profile.
         *     - `Contacts.GetTitles`: Gets a list of titles of selected profile.
         *     - `Contacts.GetDepartments`: Gets a list of departments of selected profile.
         *     - `Contacts.GetPositions`: Gets a list of positions of selected profile.
         *     - `Contacts.GetInputs`: Gets a list of contact inputs of selected profile.
         *     - `Contacts.CreateContact`: Creates a Contact.
         *     - `Contacts.GetContact`: Gets a contact by search.
         *
         *     Both outcomes come back with HTTP 200 (the docs: "usually with HTTP 200"); tell them apart by `success`.
         */
        post: operations["callContacts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call a method of the Products module
         * @description RPC endpoint of the Products module. The request's `method` selects one of:
         *
         *     - `Products.GetProducts`: Gets a list of products.
         *     - `Products.GetCategories`: Gets a list of categories.
         *     - `Products.GetValidities`: Gets a list of validities.
         *     - `Products.GetDiscounts`: Gets a list of discounts.
         *     - `Products.GetMeasures`: Gets a list of measures.
         *     - `Products.GetTaxes`: Gets a list of taxes.
         *     - `Products.GetInputs`: Gets a list of inputs.
         *     - `Products.CreateProduct`: Creates a Product.
         *     - `Products.EditProduct`: Edits a Product.
         *
         *     Both outcomes come back with HTTP 200 (the docs: "usually with HTTP 200"); tell them apart by `success`.
         */
        post: operations["callProducts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call a method of the Opportunities module
         * @description RPC endpoint of the Opportunities module. The request's `method` selects one of:
         *
         *     - `Opportunities.GetInputs`: Gets a list of opportunity inputs of selected profile.
         *     - `Opportunities.GetOpportunities`: Gets a list of opportunities for selected profile.
         *     - `Opportunities.CreateOpportunity`: Creates an Opportunity.
         *     - `Opportunities.GetOpportunity`: Gets an opportunity.
         *
         *     Both outcomes come back with HTTP 200 (the docs: "usually with HTTP 200"); tell them apart by `success`.
         */
        post: operations["callOpportunities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call a method of the Tickets module
         * @description RPC endpoint of the Tickets module. The request's `method` selects one of:
         *
         *     - `Tickets.GetTickets`: Gets a list of tickets for selected profile.
         *     - `Tickets.GetOrigins`: Gets a list of tickets origins of selected profile.
         *     - `Tickets.GetCases`: Gets a list of tickets cases of selected profile.
         *     - `Tickets.GetPriorities`: Gets a list of tickets priorities of selected profile.
         *     - `Tickets.CreateTicket`: Creates a ticket.
         *
         *     Both outcomes come back with HTTP 200 (the docs: "usually with HTTP 200"); tell them apart by `success`.
         */
        post: operations["callTickets"];
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
         * @description A date written DD/MM/YY (two-digit day, month and year), as the docs ask ("Use format DD/MM/YY"). A pattern, not a `format`: this is not an ISO 8601 date. The pattern checks the shape and the day (01-31) and month (01-12) ranges only, not calendar validity; a four-digit year is rejected because the docs show two.
         * @example 31/12/24
         */
        DateDDMMYY: string;
        /** @description A shipping or billing address of a company (Companies.CreateCompany) or a contact (Contacts.CreateContact); the four tables list the same fields. Fields printed on one line in the docs are required, `latitude` and `longitude` are optional. Unknown fields are rejected. */
        Address: {
            /** @description The country code. Obtained from the Profiles.GetCountries method */
            country: string;
            /** @description The state code. Obtained from the Profiles.GetStates method */
            state: string;
            /** @description The street address */
            street: string;
            /** @description The number of the house */
            number: string;
            /** @description The interior number if any. Required: send an empty string when there is none. */
            interior_number: string;
            /** @description The zip code. A string (keeps leading zeros). */
            zip: string;
            /** @description The suburb if any. Required: send an empty string when there is none. */
            suburb: string;
            /** @description The city */
            city: string;
            /** @description The latitude coordinate. A string, as the docs type it. */
            latitude?: string;
            /** @description The longitude coordinate. A string, as the docs type it. */
            longitude?: string;
        };
        /** @description The contact's assistant information (Contacts.CreateContact `assistant`). `name` and `surname` are required, the rest optional. Unknown fields are rejected. */
        ContactAssistant: {
            /** @description The assistant's name */
            name: string;
            /** @description The assistant's surname */
            surname: string;
            /** @description The assistant's mother surname */
            mother_surname?: string;
            /** @description The office phone number */
            phone_office?: string;
            /** @description The office phone number extension if any */
            phone_office_extension?: string;
            /**
             * Format: email
             * @description The email
             */
            email?: string;
            /** @description The skype account */
            skype?: string;
            /** @description The linkedin account */
            linkedin?: string;
        };
        /** @description One product line of Opportunities.CreateOpportunity `products`. Every field is printed on one line in the docs, so all are required. Unknown fields are rejected. */
        OpportunityProduct: {
            /** @description The id of the product */
            product_id: number;
            /** @description The amount of products that the opportunity contains */
            amount: number;
            /**
             * Format: float
             * @description The price for each unit of the product (docs type `float`)
             */
            price: number;
            /**
             * Format: float
             * @description The discount applied for each product (docs type `float`)
             */
            discount: number;
            /**
             * Format: float
             * @description Amount or percentage of the tax applied to the product. from 0.00 to 1.00 (docs type `float`)
             */
            tax: number;
            /**
             * Format: float
             * @description The total amount for this product (docs type `float`)
             */
            total: number;
        };
        /** @description Values of a product's custom inputs, in key: value format where the key is the slug of the input (see Products.GetInputs) and the value is the value of the input. A string, number, boolean, null or a list of strings/numbers is accepted. */
        ProductInputValues: {
            [key: string]: string | number | boolean | (string | number)[] | null;
        };
        /** @description The logged user's basic information returned by Auth.Login. Its fields are undocumented: the docs say only "Logged user basic information". Open to any fields. */
        LoggedUser: {
            [key: string]: unknown;
        };
        /** @description A profile of the logged user. Its fields are undocumented: the docs say only "List of profile objects". Open to any fields. */
        Profile: {
            [key: string]: unknown;
        };
        /** @description A pipeline stage of a profile (see Opportunities `stage`, `stage_id`). Its fields are undocumented: the docs say only "List of stage objects". Open to any fields. */
        Stage: {
            [key: string]: unknown;
        };
        /** @description A valid country (its code is what Profiles.GetStates and addresses take). Its fields are undocumented: the docs say only "List of countries". Open to any fields. */
        Country: {
            [key: string]: unknown;
        };
        /** @description A state of a country (its code is what addresses take). Its fields are undocumented: the docs say only "List of states". Open to any fields. */
        State: {
            [key: string]: unknown;
        };
        /** @description A user of a profile. Its fields are undocumented: the docs say only "List of user objects". Open to any fields. */
        User: {
            [key: string]: unknown;
        };
        /** @description A company. Its fields are undocumented: the docs say only "List of company objects" / "Company object". Open to any fields. */
        Company: {
            [key: string]: unknown;
        };
        /** @description A company type. Its fields are undocumented: the docs say only "List of type objects". Open to any fields. */
        CompanyType: {
            [key: string]: unknown;
        };
        /** @description A company industry. Its fields are undocumented: the docs say only "List of industry objects". Open to any fields. */
        CompanyIndustry: {
            [key: string]: unknown;
        };
        /** @description A custom input (field) of companies. Its fields are undocumented: the docs say only "List of input objects". Open to any fields. */
        CompanyInput: {
            [key: string]: unknown;
        };
        /** @description A contact. Its fields are undocumented: the docs say only "List of contact objects" / "An object containing the contact data". Open to any fields. */
        Contact: {
            [key: string]: unknown;
        };
        /** @description A contact origin. Its fields are undocumented: the docs say only "List of origin objects". Open to any fields. */
        ContactOrigin: {
            [key: string]: unknown;
        };
        /** @description A contact title. Its fields are undocumented: the docs say only "List of title objects". Open to any fields. */
        ContactTitle: {
            [key: string]: unknown;
        };
        /** @description A contact department. Its fields are undocumented: the docs say only "List of department objects". Open to any fields. */
        ContactDepartment: {
            [key: string]: unknown;
        };
        /** @description A contact position. Its fields are undocumented: the docs say only "List of position objects". Open to any fields. */
        ContactPosition: {
            [key: string]: unknown;
        };
        /** @description A custom input (field) of contacts. Its fields are undocumented: the docs say only "List of input objects". Open to any fields. */
        ContactInput: {
            [key: string]: unknown;
        };
        /** @description A product. Its fields are undocumented: the docs say only "List of product objects" / "An object containing the product data". Open to any fields. */
        Product: {
            [key: string]: unknown;
        };
        /** @description A product category. Its fields are undocumented: the docs say only "List of category objects". Open to any fields. */
        ProductCategory: {
            [key: string]: unknown;
        };
        /** @description A product validity. Its fields are undocumented: the docs say only "List of validity objects". Open to any fields. */
        ProductValidity: {
            [key: string]: unknown;
        };
        /** @description A product discount. Its fields are undocumented: the docs say only "List of discount objects". Open to any fields. */
        ProductDiscount: {
            [key: string]: unknown;
        };
        /** @description A product measure (unit). Its fields are undocumented: the docs say only "List of measure objects". Open to any fields. */
        ProductMeasure: {
            [key: string]: unknown;
        };
        /** @description A tax. Its fields are undocumented: the docs say only "List of tax objects". Open to any fields. */
        ProductTax: {
            [key: string]: unknown;
        };
        /** @description A custom input (field) of products; its slug keys the `inputs` map of Products.CreateProduct / EditProduct. Its fields are undocumented: the docs say only "List of input objects". Open to any fields. */
        ProductInput: {
            [key: string]: unknown;
        };
        /** @description An opportunity. Its fields are undocumented: the docs say only "List of opportunity objects" / "Opportunity object". Open to any fields. */
        Opportunity: {
            [key: string]: unknown;
        };
        /** @description A custom input (field) of opportunities. Its fields are undocumented: the docs say only "List of input objects". Open to any fields. */
        OpportunityInput: {
            [key: string]: unknown;
        };
        /** @description A ticket. Its fields are undocumented: the docs say only "List of tickets objects" / "An object containing the ticket data". Open to any fields. */
        Ticket: {
            [key: string]: unknown;
        };
        /** @description A ticket origin. Its fields are undocumented: the docs say only "List of origin objects". Open to any fields. */
        TicketOrigin: {
            [key: string]: unknown;
        };
        /** @description A ticket case. Its fields are undocumented: the docs say only "List of cases objects". Open to any fields. */
        TicketCase: {
            [key: string]: unknown;
        };
        /** @description A ticket priority. Its fields are undocumented: the docs say only "List of priorities objects". Open to any fields. */
        TicketPriority: {
            [key: string]: unknown;
        };
        /** @description Failure envelope shared by every method: `success` is `false` and `error` carries the message ("Error message"). The docs say failures come back "usually with HTTP 200". The shape of `response` on a failure is undocumented. */
        RpcError: {
            /**
             * @description Indicates if successfull (always `false` here)
             * @constant
             */
            success: false;
            /** @description Error message */
            error: string;
            /** @description An object containing the response data. Undocumented on failures: absent, null or an object. */
            response?: Record<string, never> | null;
        };
        /** @description Request body of Auth.Login: Obtain the auth token of the user. The one-branch `oneOf` of this path carries a `discriminator` (lint requires one for a single-branch `oneOf`). */
        AuthLoginRequest: {
            /**
             * @description "Login" (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            method: "Login";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["AuthLoginParams"];
        };
        /** @description Parameters of Auth.Login ("Obtain the auth token of the user"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        AuthLoginParams: {
            /**
             * Format: email
             * @description User email.
             */
            email: string;
            /**
             * Format: password
             * @description User password
             */
            password: string;
        };
        /** @description The `response` object of a successful Auth.Login (docs type `object[]`, read as an object). */
        AuthLoginResult: {
            /** @description Authorization token. Send it as `Authorization: Bearer <token>` on every other method. */
            token: string;
            /** @description Logged user basic information (docs type `object[]`, read as an object) */
            user: components["schemas"]["LoggedUser"];
        };
        /** @description Success envelope of the Auth module: `success` is `true` and `response` is the result of the method that was called. */
        AuthSuccess: {
            /**
             * @description Indicates if successfull (always `true` here)
             * @constant
             */
            success: true;
            /** @description An object containing the response data */
            response: components["schemas"]["AuthLoginResult"];
            /** @description Error message. Optional; not expected on a success. */
            error?: string;
        };
        /** @description Request body of Profiles.GetProfiles: Gets a list of profiles for the logged user. */
        ProfilesGetProfilesRequest: {
            /**
             * @description "GetProfiles"
             * @constant
             */
            method: "GetProfiles";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters?: components["schemas"]["ProfilesGetProfilesParams"];
        };
        /** @description Parameters of Profiles.GetProfiles ("Gets a list of profiles for the logged user"). The docs list no parameters for this method: `parameters` may be omitted or sent empty. Unknown parameters are rejected (additionalProperties: false). */
        ProfilesGetProfilesParams: Record<string, never>;
        /** @description The `response` object of a successful Profiles.GetProfiles (docs type `object[]`, read as an object). */
        ProfilesGetProfilesResult: {
            /** @description List of profile objects (docs type `object[]`) */
            profiles: components["schemas"]["Profile"][];
        };
        /** @description Request body of Profiles.GetStages: Gets a list of stages of selected profile. */
        ProfilesGetStagesRequest: {
            /**
             * @description "GetStages"
             * @constant
             */
            method: "GetStages";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["ProfilesGetStagesParams"];
        };
        /** @description Parameters of Profiles.GetStages ("Gets a list of stages of selected profile"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        ProfilesGetStagesParams: {
            /** @description The id of the profile */
            profile_id: number;
        };
        /** @description The `response` object of a successful Profiles.GetStages (docs type `object[]`, read as an object). */
        ProfilesGetStagesResult: {
            /** @description List of stage objects (docs type `object[]`) */
            stages: components["schemas"]["Stage"][];
        };
        /** @description Request body of Profiles.GetCountries: Gets a list of valid countries. */
        ProfilesGetCountriesRequest: {
            /**
             * @description "GetCountries"
             * @constant
             */
            method: "GetCountries";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters?: components["schemas"]["ProfilesGetCountriesParams"];
        };
        /** @description Parameters of Profiles.GetCountries ("Gets a list of valid countries"). The docs list no parameters for this method: `parameters` may be omitted or sent empty. Unknown parameters are rejected (additionalProperties: false). */
        ProfilesGetCountriesParams: Record<string, never>;
        /** @description The `response` object of a successful Profiles.GetCountries (docs type `object[]`, read as an object). */
        ProfilesGetCountriesResult: {
            /** @description List of countries (docs type `object[]`) */
            countries: components["schemas"]["Country"][];
        };
        /** @description Request body of Profiles.GetStates: Gets a list of states of selected country. */
        ProfilesGetStatesRequest: {
            /**
             * @description "GetStates"
             * @constant
             */
            method: "GetStates";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["ProfilesGetStatesParams"];
        };
        /** @description Parameters of Profiles.GetStates ("Gets a list of states of selected country"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        ProfilesGetStatesParams: {
            /** @description The code of the country. Obtained from the Profiles.GetCountries method (e.g. `MX`). */
            country: string;
        };
        /** @description The `response` object of a successful Profiles.GetStates (docs type `object[]`, read as an object). */
        ProfilesGetStatesResult: {
            /** @description Code of country, e.g. `MX`. */
            country: string;
            /** @description List of states (docs type `object[]`) */
            states: components["schemas"]["State"][];
        };
        /** @description Request body of Profiles.GetUsers: Gets a list of users. */
        ProfilesGetUsersRequest: {
            /**
             * @description "GetUsers"
             * @constant
             */
            method: "GetUsers";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["ProfilesGetUsersParams"];
        };
        /** @description Parameters of Profiles.GetUsers ("Gets a list of users"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        ProfilesGetUsersParams: {
            /** @description The id of the profile */
            profile_id: number;
        };
        /** @description The `response` object of a successful Profiles.GetUsers (docs type `object[]`, read as an object). */
        ProfilesGetUsersResult: {
            /** @description List of user objects (docs type `object[]`) */
            users: components["schemas"]["User"][];
        };
        /** @description Success envelope of the Profiles module: `success` is `true` and `response` is the result of the method that was called (one of the module's `<Method>Result` schemas; which one is decided by the request's `method`). */
        ProfilesSuccess: {
            /**
             * @description Indicates if successfull (always `true` here)
             * @constant
             */
            success: true;
            /** @description An object containing the response data */
            response: components["schemas"]["ProfilesGetProfilesResult"] | components["schemas"]["ProfilesGetStagesResult"] | components["schemas"]["ProfilesGetCountriesResult"] | components["schemas"]["ProfilesGetStatesResult"] | components["schemas"]["ProfilesGetUsersResult"];
            /** @description Error message. Optional; not expected on a success. */
            error?: string;
        };
        /** @description Request body of Companies.GetCompanies: Gets a list of companies for selected profile. */
        CompaniesGetCompaniesRequest: {
            /**
             * @description "GetCompanies"
             * @constant
             */
            method: "GetCompanies";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["CompaniesGetCompaniesParams"];
        };
        /** @description Parameters of Companies.GetCompanies ("Gets a list of companies for selected profile"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        CompaniesGetCompaniesParams: {
            /** @description The id of the profile */
            profile_id: number;
            /** @description An array of company_type ids. Obtained from the Companies.GetTypes method (docs type `array[]`). */
            company_type?: number[];
            /** @description An array of company_industry ids. Obtained from the Companies.GetIndustries method (docs type `array[]`). */
            company_industry?: number[];
            /** @description An object containing the creation date ranges (docs type `object[]`, read as an object). Both bounds are optional. */
            created_at?: {
                /** @description The min created at date of the company. Use format DD/MM/YY */
                from?: components["schemas"]["DateDDMMYY"];
                /** @description The max created at date of the company. Use format DD/MM/YY */
                to?: components["schemas"]["DateDDMMYY"];
            };
            /** @description Indicates if we want to include input information for each company */
            with_inputs?: boolean;
            /** @description Indicates if we want to include contact information for each company */
            with_contacts?: boolean;
            /** @description Indicates if we want to include disclosed address information for each company */
            with_addresses?: boolean;
            /** @description Search query string */
            query?: string;
            /** @description Number of items to paginate (page size). Default is 500 */
            pagination?: number;
            /** @description Add this if you want to start on a specific page. The result's `current_page` and `last_page` tell whether more pages follow. */
            page?: number;
        };
        /** @description The `response` object of a successful Companies.GetCompanies (docs type `object[]`, read as an object). */
        CompaniesGetCompaniesResult: {
            /** @description Total number of company objects. (The docs print "Total number of opportunity objects" here, a wording evidently copied from Opportunities.GetOpportunities.) */
            total: number;
            /** @description Current results page of company objects. (The docs print "opportunity objects".) */
            current_page: number;
            /** @description Last results page of company objects. (The docs print "opportunity objects".) */
            last_page: number;
            /** @description List of company objects (docs type `object[]`) */
            companies: components["schemas"]["Company"][];
        };
        /** @description Request body of Companies.GetTypes: Gets a list of company types of selected profile. */
        CompaniesGetTypesRequest: {
            /**
             * @description "GetTypes"
             * @constant
             */
            method: "GetTypes";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["CompaniesGetTypesParams"];
        };
        /** @description Parameters of Companies.GetTypes ("Gets a list of company types of selected profile"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        CompaniesGetTypesParams: {
            /** @description The id of the profile */
            profile_id: number;
        };
        /** @description The `response` object of a successful Companies.GetTypes (docs type `object[]`, read as an object). */
        CompaniesGetTypesResult: {
            /** @description List of type objects (docs type `object[]`) */
            types: components["schemas"]["CompanyType"][];
        };
        /** @description Request body of Companies.GetIndustries: Gets a list of industries of selected profile. */
        CompaniesGetIndustriesRequest: {
            /**
             * @description "GetIndustries"
             * @constant
             */
            method: "GetIndustries";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["CompaniesGetIndustriesParams"];
        };
        /** @description Parameters of Companies.GetIndustries ("Gets a list of industries of selected profile"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        CompaniesGetIndustriesParams: {
            /** @description The id of the profile */
            profile_id: number;
        };
        /** @description The `response` object of a successful Companies.GetIndustries (docs type `object[]`, read as an object). */
        CompaniesGetIndustriesResult: {
            /** @description List of industry objects (docs type `object[]`) */
            industries: components["schemas"]["CompanyIndustry"][];
        };
        /** @description Request body of Companies.GetInputs: Gets a list of company inputs of selected profile. */
        CompaniesGetInputsRequest: {
            /**
             * @description "GetInputs"
             * @constant
             */
            method: "GetInputs";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["CompaniesGetInputsParams"];
        };
        /** @description Parameters of Companies.GetInputs ("Gets a list of company inputs of selected profile"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        CompaniesGetInputsParams: {
            /** @description The id of the profile */
            profile_id: number;
        };
        /** @description The `response` object of a successful Companies.GetInputs (docs type `object[]`, read as an object). */
        CompaniesGetInputsResult: {
            /** @description List of input objects (docs type `object[]`) */
            inputs: components["schemas"]["CompanyInput"][];
        };
        /** @description Request body of Companies.CreateCompany: Creates a Company. */
        CompaniesCreateCompanyRequest: {
            /**
             * @description "CreateCompany"
             * @constant
             */
            method: "CreateCompany";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["CompaniesCreateCompanyParams"];
        };
        /** @description Parameters of Companies.CreateCompany ("Creates a Company"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        CompaniesCreateCompanyParams: {
            /** @description The id of the profile */
            profile_id: number;
            /** @description The name of the Company */
            name: string;
            /** @description The id of the company type. Obtained from the Companies.GetTypes method. */
            type_id: number;
            /** @description The id of the company industry. Obtained from the Companies.GetIndustries method. */
            industry_id: number;
            /** @description The website of the company. No `format: uri`: the docs state no format and websites are often written without a scheme. */
            website?: string;
            /** @description The phone of the company */
            phone?: string;
            /** @description The billing name of the company */
            billing_name?: string;
            /** @description The rfc of the company (Mexican tax id, "Registro Federal de Contribuyentes"). The docs state no length. */
            rfc?: string;
            /** @description An object containing the shipping address of the company (docs type `object[]`, read as an object) */
            shipping_address?: components["schemas"]["Address"];
            /** @description An object containing the billing address of the company (docs type `object[]`, read as an object) */
            billing_address?: components["schemas"]["Address"];
        };
        /** @description The `response` object of a successful Companies.CreateCompany (docs type `object[]`, read as an object). */
        CompaniesCreateCompanyResult: {
            /** @description An object containing the company data (docs type `object[]`, read as an object) */
            company: components["schemas"]["Company"];
        };
        /** @description Request body of Companies.GetCompany: Get a company by search. */
        CompaniesGetCompanyRequest: {
            /**
             * @description "GetCompany"
             * @constant
             */
            method: "GetCompany";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["CompaniesGetCompanyParams"];
        };
        /** @description Parameters of Companies.GetCompany ("Get a company by search"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        CompaniesGetCompanyParams: {
            /** @description The id of the profile */
            profile_id: number;
            /**
             * @description The value type we are gonna use to search for the company. Supported options: 'id' or 'client_number'
             * @enum {string}
             */
            search_by: "id" | "client_number";
            /** @description The value that we are gonna use to search for our company. A string even when `search_by` is `id`, as the docs type it. */
            search_value: string;
        };
        /** @description The `response` object of a successful Companies.GetCompany (docs type `object[]`, read as an object). */
        CompaniesGetCompanyResult: {
            /** @description Company object (docs type `object[]`, read as an object) */
            company: components["schemas"]["Company"];
        };
        /** @description Success envelope of the Companies module: `success` is `true` and `response` is the result of the method that was called (one of the module's `<Method>Result` schemas; which one is decided by the request's `method`). */
        CompaniesSuccess: {
            /**
             * @description Indicates if successfull (always `true` here)
             * @constant
             */
            success: true;
            /** @description An object containing the response data */
            response: components["schemas"]["CompaniesGetCompaniesResult"] | components["schemas"]["CompaniesGetTypesResult"] | components["schemas"]["CompaniesGetIndustriesResult"] | components["schemas"]["CompaniesGetInputsResult"] | components["schemas"]["CompaniesCreateCompanyResult"] | components["schemas"]["CompaniesGetCompanyResult"];
            /** @description Error message. Optional; not expected on a success. */
            error?: string;
        };
        /** @description Request body of Contacts.GetContacts: Gets a list of contacts for selected profile. */
        ContactsGetContactsRequest: {
            /**
             * @description "GetContacts"
             * @constant
             */
            method: "GetContacts";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["ContactsGetContactsParams"];
        };
        /** @description Parameters of Contacts.GetContacts ("Gets a list of contacts for selected profile"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        ContactsGetContactsParams: {
            /** @description The id of the profile */
            profile_id: number;
            /** @description The id of the company */
            company_id?: number;
            /** @description An array of origin ids. Obtained from the Contacts.GetOrigins method (docs type `array[]`). */
            origin_id?: number[];
            /** @description An array of title ids. Obtained from the Contacts.GetTitles method (docs type `array[]`). */
            title_id?: number[];
            /** @description An array of position ids. Obtained from the Contacts.GetPositions method (docs type `array[]`). */
            position_id?: number[];
            /** @description An array of department ids. Obtained from the Contacts.GetDepartments method (docs type `array[]`). */
            department_id?: number[];
            /** @description An object containing the creation date ranges (docs type `object[]`, read as an object). Both bounds are optional. */
            created_at?: {
                /** @description The min created at date of the company (sic: the docs say "company" for this contact filter). Use format DD/MM/YY */
                from?: components["schemas"]["DateDDMMYY"];
                /** @description The max created at date of the company (sic: the docs say "company" for this contact filter). Use format DD/MM/YY */
                to?: components["schemas"]["DateDDMMYY"];
            };
            /** @description Indicates if we want to include input information for each company (sic: each contact) */
            with_inputs?: boolean;
            /** @description Indicates if we want to include disclosed address information for each company (sic: each contact) */
            with_addresses?: boolean;
            /** @description Search query string */
            query?: string;
            /** @description Number of items to paginate (page size). Default is 500 */
            pagination?: number;
            /** @description Add this if you want to start on a specific page. The result's `current_page` and `last_page` tell whether more pages follow. */
            page?: number;
        };
        /** @description The `response` object of a successful Contacts.GetContacts (docs type `object[]`, read as an object). */
        ContactsGetContactsResult: {
            /** @description Total number of contact objects. (The docs print "Total number of opportunity objects" here, a wording evidently copied from Opportunities.GetOpportunities.) */
            total: number;
            /** @description Current results page of contact objects. (The docs print "opportunity objects".) */
            current_page: number;
            /** @description Last results page of contact objects. (The docs print "opportunity objects".) */
            last_page: number;
            /** @description List of contact objects (docs type `object[]`) */
            contacts: components["schemas"]["Contact"][];
        };
        /** @description Request body of Contacts.GetOrigins: Gets a list of contact origins of selected profile. */
        ContactsGetOriginsRequest: {
            /**
             * @description "GetOrigins"
             * @constant
             */
            method: "GetOrigins";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["ContactsGetOriginsParams"];
        };
        /** @description Parameters of Contacts.GetOrigins ("Gets a list of contact origins of selected profile"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        ContactsGetOriginsParams: {
            /** @description The id of the profile */
            profile_id: number;
        };
        /** @description The `response` object of a successful Contacts.GetOrigins (docs type `object[]`, read as an object). */
        ContactsGetOriginsResult: {
            /** @description List of origin objects (docs type `object[]`) */
            origins: components["schemas"]["ContactOrigin"][];
        };
        /** @description Request body of Contacts.GetTitles: Gets a list of titles of selected profile. */
        ContactsGetTitlesRequest: {
            /**
             * @description "GetTitles"
             * @constant
             */
            method: "GetTitles";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["ContactsGetTitlesParams"];
        };
        /** @description Parameters of Contacts.GetTitles ("Gets a list of titles of selected profile"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        ContactsGetTitlesParams: {
            /** @description The id of the profile */
            profile_id: number;
        };
        /** @description The `response` object of a successful Contacts.GetTitles (docs type `object[]`, read as an object). */
        ContactsGetTitlesResult: {
            /** @description List of title objects (docs type `object[]`) */
            titles: components["schemas"]["ContactTitle"][];
        };
        /** @description Request body of Contacts.GetDepartments: Gets a list of departments of selected profile. */
        ContactsGetDepartmentsRequest: {
            /**
             * @description "GetDepartments"
             * @constant
             */
            method: "GetDepartments";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["ContactsGetDepartmentsParams"];
        };
        /** @description Parameters of Contacts.GetDepartments ("Gets a list of departments of selected profile"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        ContactsGetDepartmentsParams: {
            /** @description The id of the profile */
            profile_id: number;
        };
        /** @description The `response` object of a successful Contacts.GetDepartments (docs type `object[]`, read as an object). */
        ContactsGetDepartmentsResult: {
            /** @description List of department objects (docs type `object[]`) */
            departments: components["schemas"]["ContactDepartment"][];
        };
        /** @description Request body of Contacts.GetPositions: Gets a list of positions of selected profile. */
        ContactsGetPositionsRequest: {
            /**
             * @description "GetPositions"
             * @constant
             */
            method: "GetPositions";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["ContactsGetPositionsParams"];
        };
        /** @description Parameters of Contacts.GetPositions ("Gets a list of positions of selected profile"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        ContactsGetPositionsParams: {
            /** @description The id of the profile */
            profile_id: number;
        };
        /** @description The `response` object of a successful Contacts.GetPositions (docs type `object[]`, read as an object). */
        ContactsGetPositionsResult: {
            /** @description List of position objects (docs type `object[]`) */
            positions: components["schemas"]["ContactPosition"][];
        };
        /** @description Request body of Contacts.GetInputs: Gets a list of contact inputs of selected profile. */
        ContactsGetInputsRequest: {
            /**
             * @description "GetInputs"
             * @constant
             */
            method: "GetInputs";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["ContactsGetInputsParams"];
        };
        /** @description Parameters of Contacts.GetInputs ("Gets a list of contact inputs of selected profile"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        ContactsGetInputsParams: {
            /** @description The id of the profile */
            profile_id: number;
        };
        /** @description The `response` object of a successful Contacts.GetInputs (docs type `object[]`, read as an object). */
        ContactsGetInputsResult: {
            /** @description List of input objects (docs type `object[]`) */
            inputs: components["schemas"]["ContactInput"][];
        };
        /** @description Request body of Contacts.CreateContact: Creates a Contact. */
        ContactsCreateContactRequest: {
            /**
             * @description "CreateContact"
             * @constant
             */
            method: "CreateContact";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["ContactsCreateContactParams"];
        };
        /** @description Parameters of Contacts.CreateContact ("Creates a Contact"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        ContactsCreateContactParams: {
            /** @description The id of the profile */
            profile_id: number;
            /** @description The id of the company this contact belongs to */
            company_id: number;
            /** @description The name of the Contact */
            name: string;
            /** @description The surname of the Contact */
            surname: string;
            /** @description The mother surname of the Contact */
            mother_surname?: string;
            /** @description The id of the contact title. Obtained from the Contacts.GetTitles method. */
            title_id?: number;
            /** @description The id of the contact origin. Obtained from the Contacts.GetOrigins method. */
            origin_id: number;
            /** @description The id of the contact position. Obtained from the Contacts.GetPositions method. */
            position_id?: number;
            /** @description The id of the contact department. Obtained from the Contacts.GetDepartments method. */
            department_id?: number;
            /** @description The phone of the contact's office */
            phone_office?: string;
            /** @description The phone extension of the contact's office */
            phone_office_extension?: string;
            /** @description The mobile phone of the contact */
            phone_mobile?: string;
            /** @description Another phone of the contact */
            phone_other?: string;
            /**
             * Format: email
             * @description The email of the contact
             */
            email?: string;
            /** @description The skype of the contact */
            skype?: string;
            /** @description The linkedin of the contact */
            linkedin?: string;
            /** @description The twitter of the contact */
            twitter?: string;
            /** @description An object containing the shipping address of the contact (docs type `object[]`, read as an object) */
            shipping_address?: components["schemas"]["Address"];
            /** @description An object containing the billing address of the contact (docs type `object[]`, read as an object) */
            billing_address?: components["schemas"]["Address"];
            /** @description An object containing the contact's assistant information (docs type `object[]`, read as an object) */
            assistant?: components["schemas"]["ContactAssistant"];
        };
        /** @description The `response` object of a successful Contacts.CreateContact (docs type `object[]`, read as an object). */
        ContactsCreateContactResult: {
            /** @description An object containing the contact data (docs type `object[]`, read as an object) */
            contact: components["schemas"]["Contact"];
        };
        /** @description Request body of Contacts.GetContact: Gets a contact by search. */
        ContactsGetContactRequest: {
            /**
             * @description "GetContact"
             * @constant
             */
            method: "GetContact";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["ContactsGetContactParams"];
        };
        /** @description Parameters of Contacts.GetContact ("Gets a contact by search"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        ContactsGetContactParams: {
            /** @description The id of the profile */
            profile_id: number;
            /** @description The id of the company */
            company_id?: number;
            /**
             * @description The value type we are gonna use to search for the contact. Supported options: 'id' or 'email'
             * @enum {string}
             */
            search_by: "id" | "email";
            /** @description The value that we are gonna use to search for our contact. A string even when `search_by` is `id`, as the docs type it. */
            search_value: string;
        };
        /** @description The `response` object of a successful Contacts.GetContact (docs type `object[]`, read as an object). */
        ContactsGetContactResult: {
            /** @description An object containing the contact data (docs type `object[]`, read as an object) */
            contact: components["schemas"]["Contact"];
        };
        /** @description Success envelope of the Contacts module: `success` is `true` and `response` is the result of the method that was called (one of the module's `<Method>Result` schemas; which one is decided by the request's `method`). */
        ContactsSuccess: {
            /**
             * @description Indicates if successfull (always `true` here)
             * @constant
             */
            success: true;
            /** @description An object containing the response data */
            response: components["schemas"]["ContactsGetContactsResult"] | components["schemas"]["ContactsGetOriginsResult"] | components["schemas"]["ContactsGetTitlesResult"] | components["schemas"]["ContactsGetDepartmentsResult"] | components["schemas"]["ContactsGetPositionsResult"] | components["schemas"]["ContactsGetInputsResult"] | components["schemas"]["ContactsCreateContactResult"] | components["schemas"]["ContactsGetContactResult"];
            /** @description Error message. Optional; not expected on a success. */
            error?: string;
        };
        /** @description Request body of Products.GetProducts: Gets a list of products. */
        ProductsGetProductsRequest: {
            /**
             * @description "GetProducts"
             * @constant
             */
            method: "GetProducts";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["ProductsGetProductsParams"];
        };
        /** @description Parameters of Products.GetProducts ("Gets a list of products"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        ProductsGetProductsParams: {
            /** @description The id of the profile */
            profile_id: number;
            /** @description Indicates if we want to include input information for each product */
            with_inputs?: boolean;
        };
        /** @description The `response` object of a successful Products.GetProducts (docs type `object[]`, read as an object). */
        ProductsGetProductsResult: {
            /** @description List of product objects (docs type `object[]`) */
            products: components["schemas"]["Product"][];
        };
        /** @description Request body of Products.GetCategories: Gets a list of categories. */
        ProductsGetCategoriesRequest: {
            /**
             * @description "GetCategories"
             * @constant
             */
            method: "GetCategories";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["ProductsGetCategoriesParams"];
        };
        /** @description Parameters of Products.GetCategories ("Gets a list of categories"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        ProductsGetCategoriesParams: {
            /** @description The id of the profile */
            profile_id: number;
        };
        /** @description The `response` object of a successful Products.GetCategories (docs type `object[]`, read as an object). */
        ProductsGetCategoriesResult: {
            /** @description List of category objects (docs type `object[]`) */
            categories: components["schemas"]["ProductCategory"][];
        };
        /** @description Request body of Products.GetValidities: Gets a list of validities. */
        ProductsGetValiditiesRequest: {
            /**
             * @description "GetValidities"
             * @constant
             */
            method: "GetValidities";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["ProductsGetValiditiesParams"];
        };
        /** @description Parameters of Products.GetValidities ("Gets a list of validities"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        ProductsGetValiditiesParams: {
            /** @description The id of the profile */
            profile_id: number;
        };
        /** @description The `response` object of a successful Products.GetValidities (docs type `object[]`, read as an object). */
        ProductsGetValiditiesResult: {
            /** @description List of validity objects (docs type `object[]`) */
            validities: components["schemas"]["ProductValidity"][];
        };
        /** @description Request body of Products.GetDiscounts: Gets a list of discounts. */
        ProductsGetDiscountsRequest: {
            /**
             * @description "GetDiscounts"
             * @constant
             */
            method: "GetDiscounts";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["ProductsGetDiscountsParams"];
        };
        /** @description Parameters of Products.GetDiscounts ("Gets a list of discounts"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        ProductsGetDiscountsParams: {
            /** @description The id of the profile */
            profile_id: number;
        };
        /** @description The `response` object of a successful Products.GetDiscounts (docs type `object[]`, read as an object). */
        ProductsGetDiscountsResult: {
            /** @description List of discount objects (docs type `object[]`) */
            discounts: components["schemas"]["ProductDiscount"][];
        };
        /** @description Request body of Products.GetMeasures: Gets a list of measures. */
        ProductsGetMeasuresRequest: {
            /**
             * @description "GetMeasures"
             * @constant
             */
            method: "GetMeasures";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["ProductsGetMeasuresParams"];
        };
        /** @description Parameters of Products.GetMeasures ("Gets a list of measures"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        ProductsGetMeasuresParams: {
            /** @description The id of the profile */
            profile_id: number;
        };
        /** @description The `response` object of a successful Products.GetMeasures (docs type `object[]`, read as an object). */
        ProductsGetMeasuresResult: {
            /** @description List of measure objects (docs type `object[]`) */
            measures: components["schemas"]["ProductMeasure"][];
        };
        /** @description Request body of Products.GetTaxes: Gets a list of taxes. */
        ProductsGetTaxesRequest: {
            /**
             * @description "GetTaxes"
             * @constant
             */
            method: "GetTaxes";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["ProductsGetTaxesParams"];
        };
        /** @description Parameters of Products.GetTaxes ("Gets a list of taxes"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        ProductsGetTaxesParams: {
            /** @description The id of the profile */
            profile_id: number;
        };
        /** @description The `response` object of a successful Products.GetTaxes (docs type `object[]`, read as an object). */
        ProductsGetTaxesResult: {
            /** @description List of tax objects (docs type `object[]`) */
            taxes: components["schemas"]["ProductTax"][];
        };
        /** @description Request body of Products.GetInputs: Gets a list of inputs. */
        ProductsGetInputsRequest: {
            /**
             * @description "GetInputs"
             * @constant
             */
            method: "GetInputs";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["ProductsGetInputsParams"];
        };
        /** @description Parameters of Products.GetInputs ("Gets a list of inputs"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        ProductsGetInputsParams: {
            /** @description The id of the profile */
            profile_id: number;
        };
        /** @description The `response` object of a successful Products.GetInputs (docs type `object[]`, read as an object). */
        ProductsGetInputsResult: {
            /** @description List of input objects (docs type `object[]`) */
            inputs: components["schemas"]["ProductInput"][];
        };
        /** @description Request body of Products.CreateProduct: Creates a Product. */
        ProductsCreateProductRequest: {
            /**
             * @description "CreateProduct"
             * @constant
             */
            method: "CreateProduct";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["ProductsCreateProductParams"];
        };
        /** @description Parameters of Products.CreateProduct ("Creates a Product"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        ProductsCreateProductParams: {
            /** @description The id of the profile */
            profile_id: number;
            /** @description The name of the product */
            name: string;
            /** @description The short name of the product */
            short_name?: string;
            /**
             * Format: float
             * @description The value of the product (docs type `float`)
             */
            value: number;
            /** @description The sku of the product */
            sku?: string;
            /** @description The description of the product */
            description?: string;
            /** @description The id of the currency type. A string, as the docs type it. */
            profile_currency_type_id?: string;
            /** @description The id of the discount. A string, as the docs type it. Obtained from the Products.GetDiscounts method. */
            product_discount_id?: string;
            /** @description The id of the validity. A string, as the docs type it. Obtained from the Products.GetValidities method. */
            product_validity_id?: string;
            /** @description The id of the measury (sic: measure). A string, as the docs type it. Obtained from the Products.GetMeasures method. */
            product_measury_id?: string;
            /** @description The id of the category. A string, as the docs type it. Obtained from the Products.GetCategories method. */
            product_category_id?: string;
            /** @description An array of ids for the taxes (docs type `array`). Obtained from the Products.GetTaxes method. Integer or string ids are accepted. */
            taxes?: (number | string)[];
            /** @description An object containing the values of the inputs in key: value format where the key is the slug of the input and the value is the value of the input (docs type `object[]`, read as an object) */
            inputs?: components["schemas"]["ProductInputValues"];
        };
        /** @description The `response` object of a successful Products.CreateProduct (docs type `object[]`, read as an object). */
        ProductsCreateProductResult: {
            /** @description An object containing the product data (docs type `object[]`, read as an object) */
            product: components["schemas"]["Product"];
        };
        /** @description Request body of Products.EditProduct: Edits a Product. */
        ProductsEditProductRequest: {
            /**
             * @description "EditProduct"
             * @constant
             */
            method: "EditProduct";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["ProductsEditProductParams"];
        };
        /** @description Parameters of Products.EditProduct ("Edits a Product"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        ProductsEditProductParams: {
            /** @description The id of the profile */
            profile_id: number;
            /** @description The id of the product */
            product_id: number;
            /** @description The name of the product */
            name: string;
            /** @description The short name of the product */
            short_name?: string;
            /**
             * Format: float
             * @description The value of the product (docs type `float`)
             */
            value: number;
            /** @description The sku of the product */
            sku?: string;
            /** @description The description of the product */
            description?: string;
            /** @description The id of the currency type. A string, as the docs type it. */
            profile_currency_type_id?: string;
            /** @description The id of the discount. A string, as the docs type it. Obtained from the Products.GetDiscounts method. */
            product_discount_id?: string;
            /** @description The id of the validity. A string, as the docs type it. Obtained from the Products.GetValidities method. */
            product_validity_id?: string;
            /** @description The id of the measury (sic: measure). A string, as the docs type it. Obtained from the Products.GetMeasures method. */
            product_measury_id?: string;
            /** @description The id of the category. A string, as the docs type it. Obtained from the Products.GetCategories method. */
            product_category_id?: string;
            /** @description An array of ids for the taxes (docs type `array`). Obtained from the Products.GetTaxes method. Integer or string ids are accepted. */
            taxes?: (number | string)[];
            /** @description An object containing the values of the inputs in key: value format where the key is the slug of the input and the value is the value of the input (docs type `object[]`, read as an object) */
            inputs?: components["schemas"]["ProductInputValues"];
        };
        /** @description The `response` object of a successful Products.EditProduct (docs type `object[]`, read as an object). */
        ProductsEditProductResult: {
            /** @description An object containing the product data (docs type `object[]`, read as an object) */
            product: components["schemas"]["Product"];
        };
        /** @description Success envelope of the Products module: `success` is `true` and `response` is the result of the method that was called (one of the module's `<Method>Result` schemas; which one is decided by the request's `method`). */
        ProductsSuccess: {
            /**
             * @description Indicates if successfull (always `true` here)
             * @constant
             */
            success: true;
            /** @description An object containing the response data */
            response: components["schemas"]["ProductsGetProductsResult"] | components["schemas"]["ProductsGetCategoriesResult"] | components["schemas"]["ProductsGetValiditiesResult"] | components["schemas"]["ProductsGetDiscountsResult"] | components["schemas"]["ProductsGetMeasuresResult"] | components["schemas"]["ProductsGetTaxesResult"] | components["schemas"]["ProductsGetInputsResult"] | components["schemas"]["ProductsCreateProductResult"] | components["schemas"]["ProductsEditProductResult"];
            /** @description Error message. Optional; not expected on a success. */
            error?: string;
        };
        /** @description Request body of Opportunities.GetInputs: Gets a list of opportunity inputs of selected profile. */
        OpportunitiesGetInputsRequest: {
            /**
             * @description "GetInputs"
             * @constant
             */
            method: "GetInputs";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["OpportunitiesGetInputsParams"];
        };
        /** @description Parameters of Opportunities.GetInputs ("Gets a list of opportunity inputs of selected profile"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        OpportunitiesGetInputsParams: {
            /** @description The id of the profile */
            profile_id: number;
        };
        /** @description The `response` object of a successful Opportunities.GetInputs (docs type `object[]`, read as an object). */
        OpportunitiesGetInputsResult: {
            /** @description List of input objects (docs type `object[]`) */
            inputs: components["schemas"]["OpportunityInput"][];
        };
        /** @description Request body of Opportunities.GetOpportunities: Gets a list of opportunities for selected profile. */
        OpportunitiesGetOpportunitiesRequest: {
            /**
             * @description "GetOpportunities"
             * @constant
             */
            method: "GetOpportunities";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["OpportunitiesGetOpportunitiesParams"];
        };
        /** @description Parameters of Opportunities.GetOpportunities ("Gets a list of opportunities for selected profile"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        OpportunitiesGetOpportunitiesParams: {
            /** @description The id of the profile */
            profile_id: number;
            /** @description The id of the user */
            user_id?: number;
            /**
             * @description The status of the opportunity. Supported options: 'active', 'pending', 'won' or 'lost'
             * @enum {string}
             */
            status?: "active" | "pending" | "won" | "lost";
            /**
             * @description The contact type of the opportunity. Supported options: 'new' or 'existing'
             * @enum {string}
             */
            contact_type?: "new" | "existing";
            /**
             * @description The operation type of the opportunity. Supported options: 'new' or 'renew'
             * @enum {string}
             */
            operation_type?: "new" | "renew";
            /** @description An array of stage ids. Obtained from the Profiles.GetStages method (docs type `array[]`). */
            stage?: number[];
            /** @description An array of contat_origin (sic) ids. Obtained from the Contacts.GetOrigins method (docs type `array[]`). */
            contact_origin?: number[];
            /** @description An array of company_industry ids. Obtained from the Companies.GetIndustries method (docs type `array[]`). */
            company_industry?: number[];
            /** @description An object containing the value ranges (docs type `object[]`, read as an object). Both bounds are optional. */
            value?: {
                /** @description The min value of the opportunity. A string, as the docs type it (the opportunity's own `value` is a float). */
                from?: string;
                /** @description The max value of the opportunity. A string, as the docs type it. */
                to?: string;
            };
            /** @description An object containing the creation date ranges (docs type `object[]`, read as an object). Both bounds are optional. */
            created_at?: {
                /** @description The min created at date of the opportunity. Use format DD/MM/YY */
                from?: components["schemas"]["DateDDMMYY"];
                /** @description The max created at date of the opportunity. Use format DD/MM/YY */
                to?: components["schemas"]["DateDDMMYY"];
            };
            /** @description An object containing the estimated end date ranges (docs type `object[]`, read as an object). Both bounds are optional. */
            estimated_end_at?: {
                /** @description The min estimated end date of the opportunity. Use format DD/MM/YY */
                from?: components["schemas"]["DateDDMMYY"];
                /** @description The max estimated end date of the opportunity. Use format DD/MM/YY */
                to?: components["schemas"]["DateDDMMYY"];
            };
            /** @description An object containing the closed at date ranges (docs type `object[]`, read as an object). Both bounds are optional. */
            closed_at?: {
                /** @description The min closed at date of the opportunity. Use format DD/MM/YY */
                from?: components["schemas"]["DateDDMMYY"];
                /** @description The max closed at date of the opportunity. Use format DD/MM/YY */
                to?: components["schemas"]["DateDDMMYY"];
            };
            /** @description Indicates if we want to include user information for each opportunity */
            with_user?: boolean;
            /** @description Indicates if we want to include company information for each opportunity */
            with_company?: boolean;
            /** @description Indicates if we want to include contact information for each opportunity */
            with_contact?: boolean;
            /** @description Indicates if we want to include product information for each opportunity */
            with_products?: boolean;
            /** @description Indicates if we want to include input information for each opportunity */
            with_inputs?: boolean;
            /** @description Search query string */
            query?: string;
            /** @description Number of items to paginate (page size). Default is 500 */
            pagination?: number;
            /** @description Add this if you want to start on a specific page. The result's `current_page` and `last_page` tell whether more pages follow. */
            page?: number;
        };
        /** @description The `response` object of a successful Opportunities.GetOpportunities (docs type `object[]`, read as an object). */
        OpportunitiesGetOpportunitiesResult: {
            /** @description Total number of opportunity objects */
            total: number;
            /** @description Current results page of opportunity objects */
            current_page: number;
            /** @description Last results page of opportunity objects */
            last_page: number;
            /** @description List of opportunity objects (docs type `object[]`) */
            opportunities: components["schemas"]["Opportunity"][];
        };
        /** @description Request body of Opportunities.CreateOpportunity: Creates an Opportunity. */
        OpportunitiesCreateOpportunityRequest: {
            /**
             * @description "CreateOpportunity"
             * @constant
             */
            method: "CreateOpportunity";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["OpportunitiesCreateOpportunityParams"];
        };
        /** @description Parameters of Opportunities.CreateOpportunity ("Creates an Opportunity"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        OpportunitiesCreateOpportunityParams: {
            /** @description The id of the profile */
            profile_id: number;
            /** @description The id of the user that will own the opportunity */
            user_id: number;
            /** @description The title of the opportunity */
            title: string;
            /**
             * Format: float
             * @description The value of the opportunity (docs type `float`)
             */
            value: number;
            /** @description The estimated end date of the opportunity. Use format DD/MM/YY */
            estimated_end_at: components["schemas"]["DateDDMMYY"];
            /**
             * @description The prospect type of the opportunity. Supported options: 'new' or 'existing'
             * @enum {string}
             */
            prospect_type: "new" | "existing";
            /**
             * @description The operation type of the opportunity. Supported options: 'new' or 'renew'
             * @enum {string}
             */
            operation_type: "new" | "renew";
            /** @description The id of the stage the opportunity will be created at. Obtained from the Profiles.GetStages method. */
            stage_id: number;
            /** @description The id of the company the opportunity will be created for */
            company_id: number;
            /** @description The id of the contact the opportunity will be created for. The contact must belong to the company selected */
            contact_id: number;
            /** @description The id of the campaign the opportunity will be created for. A string, as the docs type it. */
            campaign_id?: string;
            /** @description Indicates if the opportunity has products or not */
            want_products: boolean;
            /** @description Indicates if the opportunity products will have tax or not */
            want_tax: boolean;
            /** @description An object containing the information of the products (docs type `object[]`): one product line or a list of product lines. */
            products?: components["schemas"]["OpportunityProduct"] | components["schemas"]["OpportunityProduct"][];
            /** @description Indicates if we want a notification to be sent to the user */
            notify: boolean;
            /** @description The comment that will be sent on the notification */
            comment?: string;
        };
        /** @description The `response` object of a successful Opportunities.CreateOpportunity (docs type `object[]`, read as an object). */
        OpportunitiesCreateOpportunityResult: {
            /** @description An object containing the opportunity data (docs type `object[]`, read as an object) */
            opportunity: components["schemas"]["Opportunity"];
        };
        /** @description Request body of Opportunities.GetOpportunity: Gets an opportunity. */
        OpportunitiesGetOpportunityRequest: {
            /**
             * @description "GetOpportunity"
             * @constant
             */
            method: "GetOpportunity";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["OpportunitiesGetOpportunityParams"];
        };
        /** @description Parameters of Opportunities.GetOpportunity ("Gets an opportunity"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        OpportunitiesGetOpportunityParams: {
            /** @description The id of the profile */
            profile_id: number;
            /** @description The id of the opportunity */
            opportunity_id: number;
            /** @description Indicates if we want to include user information */
            with_user?: boolean;
            /** @description Indicates if we want to include company information */
            with_company?: boolean;
            /** @description Indicates if we want to include contact information */
            with_contact?: boolean;
            /** @description Indicates if we want to include product information */
            with_products?: boolean;
            /** @description Indicates if we want to include input information */
            with_inputs?: boolean;
        };
        /** @description The `response` object of a successful Opportunities.GetOpportunity (docs type `object[]`, read as an object). */
        OpportunitiesGetOpportunityResult: {
            /** @description Opportunity object (docs type `object[]`, read as an object) */
            opportunity: components["schemas"]["Opportunity"];
        };
        /** @description Success envelope of the Opportunities module: `success` is `true` and `response` is the result of the method that was called (one of the module's `<Method>Result` schemas; which one is decided by the request's `method`). */
        OpportunitiesSuccess: {
            /**
             * @description Indicates if successfull (always `true` here)
             * @constant
             */
            success: true;
            /** @description An object containing the response data */
            response: components["schemas"]["OpportunitiesGetInputsResult"] | components["schemas"]["OpportunitiesGetOpportunitiesResult"] | components["schemas"]["OpportunitiesCreateOpportunityResult"] | components["schemas"]["OpportunitiesGetOpportunityResult"];
            /** @description Error message. Optional; not expected on a success. */
            error?: string;
        };
        /** @description Request body of Tickets.GetTickets: Gets a list of tickets for selected profile. */
        TicketsGetTicketsRequest: {
            /**
             * @description "GetTickets"
             * @constant
             */
            method: "GetTickets";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["TicketsGetTicketsParams"];
        };
        /** @description Parameters of Tickets.GetTickets ("Gets a list of tickets for selected profile"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        TicketsGetTicketsParams: {
            /** @description The id of the profile */
            profile_id: number;
        };
        /** @description The `response` object of a successful Tickets.GetTickets (docs type `object[]`, read as an object). */
        TicketsGetTicketsResult: {
            /** @description List of tickets objects (docs type `object[]`) */
            tickets: components["schemas"]["Ticket"][];
        };
        /** @description Request body of Tickets.GetOrigins: Gets a list of tickets origins of selected profile. */
        TicketsGetOriginsRequest: {
            /**
             * @description "GetOrigins"
             * @constant
             */
            method: "GetOrigins";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["TicketsGetOriginsParams"];
        };
        /** @description Parameters of Tickets.GetOrigins ("Gets a list of tickets origins of selected profile"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        TicketsGetOriginsParams: {
            /** @description The id of the profile */
            profile_id: number;
        };
        /** @description The `response` object of a successful Tickets.GetOrigins (docs type `object[]`, read as an object). */
        TicketsGetOriginsResult: {
            /** @description List of origin objects (docs type `object[]`) */
            origins: components["schemas"]["TicketOrigin"][];
        };
        /** @description Request body of Tickets.GetCases: Gets a list of tickets cases of selected profile. */
        TicketsGetCasesRequest: {
            /**
             * @description "GetCases"
             * @constant
             */
            method: "GetCases";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["TicketsGetCasesParams"];
        };
        /** @description Parameters of Tickets.GetCases ("Gets a list of tickets cases of selected profile"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        TicketsGetCasesParams: {
            /** @description The id of the profile */
            profile_id: number;
        };
        /** @description The `response` object of a successful Tickets.GetCases (docs type `object[]`, read as an object). */
        TicketsGetCasesResult: {
            /** @description List of cases objects (docs type `object[]`) */
            cases: components["schemas"]["TicketCase"][];
        };
        /** @description Request body of Tickets.GetPriorities: Gets a list of tickets priorities of selected profile. */
        TicketsGetPrioritiesRequest: {
            /**
             * @description "GetPriorities"
             * @constant
             */
            method: "GetPriorities";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["TicketsGetPrioritiesParams"];
        };
        /** @description Parameters of Tickets.GetPriorities ("Gets a list of tickets priorities of selected profile"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        TicketsGetPrioritiesParams: {
            /** @description The id of the profile */
            profile_id: number;
        };
        /** @description The `response` object of a successful Tickets.GetPriorities (docs type `object[]`, read as an object). */
        TicketsGetPrioritiesResult: {
            /** @description List of priorities objects (docs type `object[]`) */
            priorities: components["schemas"]["TicketPriority"][];
        };
        /** @description Request body of Tickets.CreateTicket: Creates a ticket. */
        TicketsCreateTicketRequest: {
            /**
             * @description "CreateTicket"
             * @constant
             */
            method: "CreateTicket";
            /** @description An object with data for the method (docs type `object[]`, read as an object) */
            parameters: components["schemas"]["TicketsCreateTicketParams"];
        };
        /** @description Parameters of Tickets.CreateTicket ("Creates a ticket"). Fields printed on one line in the docs are required; fields broken over lines are optional. Unknown parameters are rejected (additionalProperties: false). */
        TicketsCreateTicketParams: {
            /** @description The id of the profile */
            profile_id: number;
            /** @description The title of the ticket */
            title: string;
            /** @description The description of the ticket */
            description: string;
            /** @description The id of the company the ticket will be created for */
            company_id: number;
            /** @description The id of the contact the ticket will be created for. The contact must belong to the company selected */
            contact_id?: number;
            /** @description The id of the opportunity linked to the ticket */
            opportunity_id?: number;
            /** @description The id of the user that will own the ticket */
            user_id: number;
            /** @description The id of the ticket origin. Obtained from the Tickets.GetOrigins method. */
            origin_id: number;
            /** @description The id of the ticket case. Obtained from the Tickets.GetCases method. */
            case_id: number;
            /** @description The id of the ticket priority. Obtained from the Tickets.GetPriorities method. */
            priority_id: number;
            /**
             * Format: date
             * @description The estimated end date of the ticket. Use format YYYY-MM-DD. Unlike every other date of the API (DD/MM/YY) the docs ask for an ISO 8601 calendar date here, so this field carries `format: date` as well as the pattern.
             */
            estimated_end_at: string;
            /** @description Indicates if we want a notification to be sent to the user */
            notify: boolean;
            /** @description The comment that will be sent on the notification */
            comment?: string;
        };
        /** @description The `response` object of a successful Tickets.CreateTicket (docs type `object[]`, read as an object). */
        TicketsCreateTicketResult: {
            /** @description An object containing the ticket data (docs type `object[]`, read as an object) */
            ticket: components["schemas"]["Ticket"];
        };
        /** @description Success envelope of the Tickets module: `success` is `true` and `response` is the result of the method that was called (one of the module's `<Method>Result` schemas; which one is decided by the request's `method`). */
        TicketsSuccess: {
            /**
             * @description Indicates if successfull (always `true` here)
             * @constant
             */
            success: true;
            /** @description An object containing the response data */
            response: components["schemas"]["TicketsGetTicketsResult"] | components["schemas"]["TicketsGetOriginsResult"] | components["schemas"]["TicketsGetCasesResult"] | components["schemas"]["TicketsGetPrioritiesResult"] | components["schemas"]["TicketsCreateTicketResult"];
            /** @description Error message. Optional; not expected on a success. */
            error?: string;
        };
    };
    responses: {
        /** @description A body that is not a valid RPC call (malformed JSON, no `method`) answered with HTTP 400 and the failure envelope. The docs only describe failures as `success: false` "usually with HTTP 200". */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "error": "Invalid request"
                 *     }
                 */
                "application/json": components["schemas"]["RpcError"];
            };
        };
        /** @description A missing, invalid or expired bearer token answered with HTTP 401 and the failure envelope. The server may instead answer HTTP 200 with `success: false`. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "success": false,
                 *       "error": "Invalid or expired token"
                 *     }
                 */
                "application/json": components["schemas"]["RpcError"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type DateDDMMYY = components['schemas']['DateDDMMYY'];
export type Address = components['schemas']['Address'];
export type ContactAssistant = components['schemas']['ContactAssistant'];
export type OpportunityProduct = components['schemas']['OpportunityProduct'];
export type ProductInputValues = components['schemas']['ProductInputValues'];
export type LoggedUser = components['schemas']['LoggedUser'];
export type Profile = components['schemas']['Profile'];
export type Stage = components['schemas']['Stage'];
export type Country = components['schemas']['Country'];
export type State = components['schemas']['State'];
export type User = components['schemas']['User'];
export type Company = components['schemas']['Company'];
export type CompanyType = components['schemas']['CompanyType'];
export type CompanyIndustry = components['schemas']['CompanyIndustry'];
export type CompanyInput = components['schemas']['CompanyInput'];
export type Contact = components['schemas']['Contact'];
export type ContactOrigin = components['schemas']['ContactOrigin'];
export type ContactTitle = components['schemas']['ContactTitle'];
export type ContactDepartment = components['schemas']['ContactDepartment'];
export type ContactPosition = components['schemas']['ContactPosition'];
export type ContactInput = components['schemas']['ContactInput'];
export type Product = components['schemas']['Product'];
export type ProductCategory = components['schemas']['ProductCategory'];
export type ProductValidity = components['schemas']['ProductValidity'];
export type ProductDiscount = components['schemas']['ProductDiscount'];
export type ProductMeasure = components['schemas']['ProductMeasure'];
export type ProductTax = components['schemas']['ProductTax'];
export type ProductInput = components['schemas']['ProductInput'];
export type Opportunity = components['schemas']['Opportunity'];
export type OpportunityInput = components['schemas']['OpportunityInput'];
export type Ticket = components['schemas']['Ticket'];
export type TicketOrigin = components['schemas']['TicketOrigin'];
export type TicketCase = components['schemas']['TicketCase'];
export type TicketPriority = components['schemas']['TicketPriority'];
export type RpcError = components['schemas']['RpcError'];
export type AuthLoginRequest = components['schemas']['AuthLoginRequest'];
export type AuthLoginParams = components['schemas']['AuthLoginParams'];
export type AuthLoginResult = components['schemas']['AuthLoginResult'];
export type AuthSuccess = components['schemas']['AuthSuccess'];
export type ProfilesGetProfilesRequest = components['schemas']['ProfilesGetProfilesRequest'];
export type ProfilesGetProfilesParams = components['schemas']['ProfilesGetProfilesParams'];
export type ProfilesGetProfilesResult = components['schemas']['ProfilesGetProfilesResult'];
export type ProfilesGetStagesRequest = components['schemas']['ProfilesGetStagesRequest'];
export type ProfilesGetStagesParams = components['schemas']['ProfilesGetStagesParams'];
export type ProfilesGetStagesResult = components['schemas']['ProfilesGetStagesResult'];
export type ProfilesGetCountriesRequest = components['schemas']['ProfilesGetCountriesRequest'];
export type ProfilesGetCountriesParams = components['schemas']['ProfilesGetCountriesParams'];
export type ProfilesGetCountriesResult = components['schemas']['ProfilesGetCountriesResult'];
export type ProfilesGetStatesRequest = components['schemas']['ProfilesGetStatesRequest'];
export type ProfilesGetStatesParams = components['schemas']['ProfilesGetStatesParams'];
export type ProfilesGetStatesResult = components['schemas']['ProfilesGetStatesResult'];
export type ProfilesGetUsersRequest = components['schemas']['ProfilesGetUsersRequest'];
export type ProfilesGetUsersParams = components['schemas']['ProfilesGetUsersParams'];
export type ProfilesGetUsersResult = components['schemas']['ProfilesGetUsersResult'];
export type ProfilesSuccess = components['schemas']['ProfilesSuccess'];
export type CompaniesGetCompaniesRequest = components['schemas']['CompaniesGetCompaniesRequest'];
export type CompaniesGetCompaniesParams = components['schemas']['CompaniesGetCompaniesParams'];
export type CompaniesGetCompaniesResult = components['schemas']['CompaniesGetCompaniesResult'];
export type CompaniesGetTypesRequest = components['schemas']['CompaniesGetTypesRequest'];
export type CompaniesGetTypesParams = components['schemas']['CompaniesGetTypesParams'];
export type CompaniesGetTypesResult = components['schemas']['CompaniesGetTypesResult'];
export type CompaniesGetIndustriesRequest = components['schemas']['CompaniesGetIndustriesRequest'];
export type CompaniesGetIndustriesParams = components['schemas']['CompaniesGetIndustriesParams'];
export type CompaniesGetIndustriesResult = components['schemas']['CompaniesGetIndustriesResult'];
export type CompaniesGetInputsRequest = components['schemas']['CompaniesGetInputsRequest'];
export type CompaniesGetInputsParams = components['schemas']['CompaniesGetInputsParams'];
export type CompaniesGetInputsResult = components['schemas']['CompaniesGetInputsResult'];
export type CompaniesCreateCompanyRequest = components['schemas']['CompaniesCreateCompanyRequest'];
export type CompaniesCreateCompanyParams = components['schemas']['CompaniesCreateCompanyParams'];
export type CompaniesCreateCompanyResult = components['schemas']['CompaniesCreateCompanyResult'];
export type CompaniesGetCompanyRequest = components['schemas']['CompaniesGetCompanyRequest'];
export type CompaniesGetCompanyParams = components['schemas']['CompaniesGetCompanyParams'];
export type CompaniesGetCompanyResult = components['schemas']['CompaniesGetCompanyResult'];
export type CompaniesSuccess = components['schemas']['CompaniesSuccess'];
export type ContactsGetContactsRequest = components['schemas']['ContactsGetContactsRequest'];
export type ContactsGetContactsParams = components['schemas']['ContactsGetContactsParams'];
export type ContactsGetContactsResult = components['schemas']['ContactsGetContactsResult'];
export type ContactsGetOriginsRequest = components['schemas']['ContactsGetOriginsRequest'];
export type ContactsGetOriginsParams = components['schemas']['ContactsGetOriginsParams'];
export type ContactsGetOriginsResult = components['schemas']['ContactsGetOriginsResult'];
export type ContactsGetTitlesRequest = components['schemas']['ContactsGetTitlesRequest'];
export type ContactsGetTitlesParams = components['schemas']['ContactsGetTitlesParams'];
export type ContactsGetTitlesResult = components['schemas']['ContactsGetTitlesResult'];
export type ContactsGetDepartmentsRequest = components['schemas']['ContactsGetDepartmentsRequest'];
export type ContactsGetDepartmentsParams = components['schemas']['ContactsGetDepartmentsParams'];
export type ContactsGetDepartmentsResult = components['schemas']['ContactsGetDepartmentsResult'];
export type ContactsGetPositionsRequest = components['schemas']['ContactsGetPositionsRequest'];
export type ContactsGetPositionsParams = components['schemas']['ContactsGetPositionsParams'];
export type ContactsGetPositionsResult = components['schemas']['ContactsGetPositionsResult'];
export type ContactsGetInputsRequest = components['schemas']['ContactsGetInputsRequest'];
export type ContactsGetInputsParams = components['schemas']['ContactsGetInputsParams'];
export type ContactsGetInputsResult = components['schemas']['ContactsGetInputsResult'];
export type ContactsCreateContactRequest = components['schemas']['ContactsCreateContactRequest'];
export type ContactsCreateContactParams = components['schemas']['ContactsCreateContactParams'];
export type ContactsCreateContactResult = components['schemas']['ContactsCreateContactResult'];
export type ContactsGetContactRequest = components['schemas']['ContactsGetContactRequest'];
export type ContactsGetContactParams = components['schemas']['ContactsGetContactParams'];
export type ContactsGetContactResult = components['schemas']['ContactsGetContactResult'];
export type ContactsSuccess = components['schemas']['ContactsSuccess'];
export type ProductsGetProductsRequest = components['schemas']['ProductsGetProductsRequest'];
export type ProductsGetProductsParams = components['schemas']['ProductsGetProductsParams'];
export type ProductsGetProductsResult = components['schemas']['ProductsGetProductsResult'];
export type ProductsGetCategoriesRequest = components['schemas']['ProductsGetCategoriesRequest'];
export type ProductsGetCategoriesParams = components['schemas']['ProductsGetCategoriesParams'];
export type ProductsGetCategoriesResult = components['schemas']['ProductsGetCategoriesResult'];
export type ProductsGetValiditiesRequest = components['schemas']['ProductsGetValiditiesRequest'];
export type ProductsGetValiditiesParams = components['schemas']['ProductsGetValiditiesParams'];
export type ProductsGetValiditiesResult = components['schemas']['ProductsGetValiditiesResult'];
export type ProductsGetDiscountsRequest = components['schemas']['ProductsGetDiscountsRequest'];
export type ProductsGetDiscountsParams = components['schemas']['ProductsGetDiscountsParams'];
export type ProductsGetDiscountsResult = components['schemas']['ProductsGetDiscountsResult'];
export type ProductsGetMeasuresRequest = components['schemas']['ProductsGetMeasuresRequest'];
export type ProductsGetMeasuresParams = components['schemas']['ProductsGetMeasuresParams'];
export type ProductsGetMeasuresResult = components['schemas']['ProductsGetMeasuresResult'];
export type ProductsGetTaxesRequest = components['schemas']['ProductsGetTaxesRequest'];
export type ProductsGetTaxesParams = components['schemas']['ProductsGetTaxesParams'];
export type ProductsGetTaxesResult = components['schemas']['ProductsGetTaxesResult'];
export type ProductsGetInputsRequest = components['schemas']['ProductsGetInputsRequest'];
export type ProductsGetInputsParams = components['schemas']['ProductsGetInputsParams'];
export type ProductsGetInputsResult = components['schemas']['ProductsGetInputsResult'];
export type ProductsCreateProductRequest = components['schemas']['ProductsCreateProductRequest'];
export type ProductsCreateProductParams = components['schemas']['ProductsCreateProductParams'];
export type ProductsCreateProductResult = components['schemas']['ProductsCreateProductResult'];
export type ProductsEditProductRequest = components['schemas']['ProductsEditProductRequest'];
export type ProductsEditProductParams = components['schemas']['ProductsEditProductParams'];
export type ProductsEditProductResult = components['schemas']['ProductsEditProductResult'];
export type ProductsSuccess = components['schemas']['ProductsSuccess'];
export type OpportunitiesGetInputsRequest = components['schemas']['OpportunitiesGetInputsRequest'];
export type OpportunitiesGetInputsParams = components['schemas']['OpportunitiesGetInputsParams'];
export type OpportunitiesGetInputsResult = components['schemas']['OpportunitiesGetInputsResult'];
export type OpportunitiesGetOpportunitiesRequest = components['schemas']['OpportunitiesGetOpportunitiesRequest'];
export type OpportunitiesGetOpportunitiesParams = components['schemas']['OpportunitiesGetOpportunitiesParams'];
export type OpportunitiesGetOpportunitiesResult = components['schemas']['OpportunitiesGetOpportunitiesResult'];
export type OpportunitiesCreateOpportunityRequest = components['schemas']['OpportunitiesCreateOpportunityRequest'];
export type OpportunitiesCreateOpportunityParams = components['schemas']['OpportunitiesCreateOpportunityParams'];
export type OpportunitiesCreateOpportunityResult = components['schemas']['OpportunitiesCreateOpportunityResult'];
export type OpportunitiesGetOpportunityRequest = components['schemas']['OpportunitiesGetOpportunityRequest'];
export type OpportunitiesGetOpportunityParams = components['schemas']['OpportunitiesGetOpportunityParams'];
export type OpportunitiesGetOpportunityResult = components['schemas']['OpportunitiesGetOpportunityResult'];
export type OpportunitiesSuccess = components['schemas']['OpportunitiesSuccess'];
export type TicketsGetTicketsRequest = components['schemas']['TicketsGetTicketsRequest'];
export type TicketsGetTicketsParams = components['schemas']['TicketsGetTicketsParams'];
export type TicketsGetTicketsResult = components['schemas']['TicketsGetTicketsResult'];
export type TicketsGetOriginsRequest = components['schemas']['TicketsGetOriginsRequest'];
export type TicketsGetOriginsParams = components['schemas']['TicketsGetOriginsParams'];
export type TicketsGetOriginsResult = components['schemas']['TicketsGetOriginsResult'];
export type TicketsGetCasesRequest = components['schemas']['TicketsGetCasesRequest'];
export type TicketsGetCasesParams = components['schemas']['TicketsGetCasesParams'];
export type TicketsGetCasesResult = components['schemas']['TicketsGetCasesResult'];
export type TicketsGetPrioritiesRequest = components['schemas']['TicketsGetPrioritiesRequest'];
export type TicketsGetPrioritiesParams = components['schemas']['TicketsGetPrioritiesParams'];
export type TicketsGetPrioritiesResult = components['schemas']['TicketsGetPrioritiesResult'];
export type TicketsCreateTicketRequest = components['schemas']['TicketsCreateTicketRequest'];
export type TicketsCreateTicketParams = components['schemas']['TicketsCreateTicketParams'];
export type TicketsCreateTicketResult = components['schemas']['TicketsCreateTicketResult'];
export type TicketsSuccess = components['schemas']['TicketsSuccess'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type $defs = Record<string, never>;
export interface operations {
    callAuth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description `{ method, parameters }` for one method of the Auth module. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AuthLoginRequest"];
            };
        };
        responses: {
            /** @description The call's outcome: a success envelope (`success: true`, `response`) or a failure envelope (`success: false`, `error`). The examples are illustrative, built from the docs' field tables. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthSuccess"] | components["schemas"]["RpcError"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    callProfiles: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description `{ method, parameters }` for one method of the Profiles module. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfilesGetProfilesRequest"] | components["schemas"]["ProfilesGetStagesRequest"] | components["schemas"]["ProfilesGetCountriesRequest"] | components["schemas"]["ProfilesGetStatesRequest"] | components["schemas"]["ProfilesGetUsersRequest"];
            };
        };
        responses: {
            /** @description The call's outcome: a success envelope (`success: true`, `response`) or a failure envelope (`success: false`, `error`). The examples are illustrative, built from the docs' field tables. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfilesSuccess"] | components["schemas"]["RpcError"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    callCompanies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description `{ method, parameters }` for one method of the Companies module. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompaniesGetCompaniesRequest"] | components["schemas"]["CompaniesGetTypesRequest"] | components["schemas"]["CompaniesGetIndustriesRequest"] | components["schemas"]["CompaniesGetInputsRequest"] | components["schemas"]["CompaniesCreateCompanyRequest"] | components["schemas"]["CompaniesGetCompanyRequest"];
            };
        };
        responses: {
            /** @description The call's outcome: a success envelope (`success: true`, `response`) or a failure envelope (`success: false`, `error`). The examples are illustrative, built from the docs' field tables. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompaniesSuccess"] | components["schemas"]["RpcError"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    callContacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description `{ method, parameters }` for one method of the Contacts module. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactsGetContactsRequest"] | components["schemas"]["ContactsGetOriginsRequest"] | components["schemas"]["ContactsGetTitlesRequest"] | components["schemas"]["ContactsGetDepartmentsRequest"] | components["schemas"]["ContactsGetPositionsRequest"] | components["schemas"]["ContactsGetInputsRequest"] | components["schemas"]["ContactsCreateContactRequest"] | components["schemas"]["ContactsGetContactRequest"];
            };
        };
        responses: {
            /** @description The call's outcome: a success envelope (`success: true`, `response`) or a failure envelope (`success: false`, `error`). The examples are illustrative, built from the docs' field tables. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactsSuccess"] | components["schemas"]["RpcError"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    callProducts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description `{ method, parameters }` for one method of the Products module. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductsGetProductsRequest"] | components["schemas"]["ProductsGetCategoriesRequest"] | components["schemas"]["ProductsGetValiditiesRequest"] | components["schemas"]["ProductsGetDiscountsRequest"] | components["schemas"]["ProductsGetMeasuresRequest"] | components["schemas"]["ProductsGetTaxesRequest"] | components["schemas"]["ProductsGetInputsRequest"] | components["schemas"]["ProductsCreateProductRequest"] | components["schemas"]["ProductsEditProductRequest"];
            };
        };
        responses: {
            /** @description The call's outcome: a success envelope (`success: true`, `response`) or a failure envelope (`success: false`, `error`). The examples are illustrative, built from the docs' field tables. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductsSuccess"] | components["schemas"]["RpcError"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    callOpportunities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description `{ method, parameters }` for one method of the Opportunities module. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpportunitiesGetInputsRequest"] | components["schemas"]["OpportunitiesGetOpportunitiesRequest"] | components["schemas"]["OpportunitiesCreateOpportunityRequest"] | components["schemas"]["OpportunitiesGetOpportunityRequest"];
            };
        };
        responses: {
            /** @description The call's outcome: a success envelope (`success: true`, `response`) or a failure envelope (`success: false`, `error`). The examples are illustrative, built from the docs' field tables. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpportunitiesSuccess"] | components["schemas"]["RpcError"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    callTickets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description `{ method, parameters }` for one method of the Tickets module. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TicketsGetTicketsRequest"] | components["schemas"]["TicketsGetOriginsRequest"] | components["schemas"]["TicketsGetCasesRequest"] | components["schemas"]["TicketsGetPrioritiesRequest"] | components["schemas"]["TicketsCreateTicketRequest"];
            };
        };
        responses: {
            /** @description The call's outcome: a success envelope (`success: true`, `response`) or a failure envelope (`success: false`, `error`). The examples are illustrative, built from the docs' field tables. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketsSuccess"] | components["schemas"]["RpcError"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
}
