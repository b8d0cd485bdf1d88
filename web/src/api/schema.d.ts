// Generated from the OpenAPI document by `npm run web:api-types`. Do not edit.

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database check; 503 when the database does not answer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Health"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers (no database involved). Restart the process when this fails */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Liveness"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: send traffic here? 503 names what fails
         * @description Ready when the database answers, every migration this code ships is applied, the job runner (when it runs in this process) polled within the last 30 s, and the process is not shutting down.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Readiness"];
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Readiness"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and CSRF token, or nulls */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a customer account and sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                        name: string;
                        /** @enum {string} */
                        locale?: "en" | "sv";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a password reset link (answers 202 whether or not the account exists) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            accepted: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a new password with the mailed token; ends all sessions */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Accounts of this organisation (admin) */
        get: {
            parameters: {
                query?: {
                    role?: "customer" | "staff" | "admin";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            users: components["schemas"]["User"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{userId}": {
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
        /** Change an account's role (admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    userId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        role: "customer" | "staff" | "admin";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete the account (password required): personal data anonymised, future bookings cancelled by the cancellation policy, payments and invoices kept; refused while something is unpaid */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change the signed-in user's name or language (mails and messages follow the language) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        locale?: "en" | "sv";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This organisation's API keys (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keys: components["schemas"]["ApiKey"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Make an API key (admin); the secret is in this answer only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description What the key is for, e.g. "Accounting export" */
                        name: string;
                        /** @description `read`: every GET a staff member may make; `bookings:write`: book, hold, cancel, reschedule, check in; `catalogue:write`: classes, services, providers, locations, packages; `payments:write`: mark paid, refunds, invoices, credit adjustments; `admin`: everything else an admin may do */
                        scopes: ("read" | "bookings:write" | "catalogue:write" | "payments:write" | "admin")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            key: components["schemas"]["ApiKey"];
                            /** @description Shown once: send it as `Authorization: Bearer <secret>`. Only its hash is kept. */
                            secret: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key (admin): it stops working at once */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    keyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApiKey"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user's details and mail preferences */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Profile"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change name, phone, address, language or which mails to get (the email has its own route) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        phone?: string | null;
                        address?: string | null;
                        /** @enum {string} */
                        locale?: "en" | "sv";
                        notifications?: {
                            /** @description A reminder before each booking */
                            reminders?: boolean;
                            /** @description Invoices, payment reminders and receipts by mail (they stay in the portal) */
                            invoices?: boolean;
                            /** @description News and offers from the business (off until chosen) */
                            news?: boolean;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Profile"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password (the current one required); every other session is signed out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask to change the email address: a link goes to the new address and a notice to the current one; nothing changes until the link is opened */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        newEmail: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            pendingEmail: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/email-change/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a new email address with the mailed token (once, within a day) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about the signed-in account in this organisation, as JSON */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonalDataExport"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation this request is for (public settings only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organisation"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the organisation settings (admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        timeZone?: string;
                        currency?: string;
                        /** @enum {string} */
                        defaultLocale?: "en" | "sv";
                        cancellationDeadlineHours?: number;
                        /** @description Hours before a class that its reminder is mailed; 0 for none */
                        reminderHours?: number;
                        mailFrom?: string | null;
                        paymentMethods?: ("card" | "swish" | "bank_transfer" | "venue")[];
                        /** @description How long a card checkout holds its spots */
                        holdMinutes?: number;
                        /** @description How long a chosen time or spot is held while the customer fills in the checkout */
                        slotHoldMinutes?: number;
                        /** @description How long a Swish or bank transfer booking waits for payment */
                        manualPaymentHours?: number;
                        swishNumber?: string | null;
                        bankAccount?: string | null;
                        /**
                         * @description A payment that arrives when its booking can no longer be made: refund it at once, or queue it for an admin
                         * @enum {string}
                         */
                        unbookablePaymentPolicy?: "refund" | "queue";
                        /** @description The name on invoices; null uses the name */
                        legalName?: string | null;
                        addressLines?: string[];
                        postcode?: string | null;
                        city?: string | null;
                        country?: string | null;
                        /** @description Organisation number, printed on invoices */
                        orgNumber?: string | null;
                        /** @description VAT registration number, printed on invoices */
                        vatNumber?: string | null;
                        bankgiro?: string | null;
                        /** @description Days from issue to the due date of an invoice */
                        invoiceDueDays?: number;
                        /**
                         * @description When invoices are issued by themselves: when a booking is made, after it is completed, or never
                         * @enum {string}
                         */
                        invoicePolicy?: "at_booking" | "after_completion" | "never";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Organisation"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Upcoming classes with spots left (public) */
        get: {
            parameters: {
                query?: {
                    /** @description Classes starting at or after this (default: now) */
                    from?: string;
                    /** @description Classes starting before the end of this date or before this instant */
                    to?: string;
                    status?: "scheduled" | "cancelled";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            classes: components["schemas"]["Class"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Publish a class (admin). Supports Idempotency-Key. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        /** @default  */
                        description?: string;
                        /** @default  */
                        instructorName?: string;
                        /** @default  */
                        location?: string;
                        /**
                         * @description A location of the organisation; the free-text location stays
                         * @default null
                         */
                        locationId?: string | null;
                        /**
                         * @description A class type of the organisation: what credit packages may be limited to
                         * @default null
                         */
                        classTypeId?: string | null;
                        startsAt: string;
                        endsAt: string;
                        maxSpots: number;
                        /** @default 1 */
                        maxSpotsPerCustomer?: number;
                        price: {
                            /** @description Integer minor units: 15000 is 150.00 SEK */
                            amount: number;
                            /** @description Defaults to the organisation's currency */
                            currency?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Class"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/classes/{classId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One class (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    classId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Class"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a class without bookings (admin); a class with bookings is cancelled instead */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    classId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a class (admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    classId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        description?: string;
                        instructorName?: string;
                        location?: string;
                        /** @description A location of the organisation; the free-text location stays */
                        locationId?: string | null;
                        /** @description A class type of the organisation: what credit packages may be limited to */
                        classTypeId?: string | null;
                        startsAt?: string;
                        endsAt?: string;
                        maxSpots?: number;
                        maxSpotsPerCustomer?: number;
                        price?: {
                            /** @description Integer minor units: 15000 is 150.00 SEK */
                            amount: number;
                            /** @description Defaults to the organisation's currency */
                            currency?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Class"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/class-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Class types: labels on classes that credit packages can be limited to (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            classTypes: components["schemas"]["ClassType"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a class type (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClassType"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/class-types/{classTypeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a class type (admin); its classes become untyped */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    classTypeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename a class type (admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    classTypeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClassType"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Locations: name, address and time zone (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            locations: components["schemas"]["Location"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a location (admin). Supports Idempotency-Key. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /**
                         * @default {
                         *       "lines": [],
                         *       "postalCode": "",
                         *       "city": "",
                         *       "country": ""
                         *     }
                         */
                        address?: {
                            /** @default [] */
                            lines?: string[];
                            /** @default  */
                            postalCode?: string;
                            /** @default  */
                            city?: string;
                            /** @default  */
                            country?: string | "";
                        };
                        /** @description IANA time zone; defaults to the organisation's */
                        timeZone?: string;
                        /** @default null */
                        coordinates?: {
                            lat: number;
                            lng: number;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Location"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/locations/{locationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One location (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    locationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Location"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a location no service, class or opening hour uses (admin); otherwise 409 location_in_use */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    locationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a location (admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    locationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        address?: {
                            /** @default [] */
                            lines?: string[];
                            /** @default  */
                            postalCode?: string;
                            /** @default  */
                            city?: string;
                            /** @default  */
                            country?: string | "";
                        };
                        /** @description IANA time zone; defaults to the organisation's */
                        timeZone?: string;
                        coordinates?: {
                            lat: number;
                            lng: number;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Location"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Providers (public: active ones, name and bio only; staff: all, with account link and services) */
        get: {
            parameters: {
                query?: {
                    /** @description Staff only; the public sees active providers */
                    active?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            providers: components["schemas"]["Provider"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a provider (admin). Supports Idempotency-Key. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @default  */
                        bio?: string;
                        /**
                         * @description A staff or admin account of the organisation that is this provider
                         * @default null
                         */
                        userId?: string | null;
                        /** @description IANA time zone of the provider's hours; defaults to the organisation's */
                        timeZone?: string;
                        /** @default true */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Provider"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{providerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One provider (public view unless staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Provider"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a provider with its schedule (admin); deactivate instead to keep it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a provider (admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        bio?: string;
                        /** @description A staff or admin account of the organisation that is this provider */
                        userId?: string | null;
                        /** @description IANA time zone of the provider's hours; defaults to the organisation's */
                        timeZone?: string;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Provider"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/providers/{providerId}/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Weekly hours, local times in the provider's zone (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WeeklyHours"];
                    };
                };
            };
        };
        /** Replace the whole week of hours at once (admin); overlapping intervals: 409 schedule_overlap */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The whole week; replaces what was there */
                        intervals: {
                            /** @description ISO: 1 = Monday … 7 = Sunday */
                            weekday: number;
                            start: string;
                            end: string;
                            /**
                             * @description Where this interval is worked; null: anywhere
                             * @default null
                             */
                            locationId?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WeeklyHours"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{providerId}/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Date overrides: other hours on a date, or closed (staff) */
        get: {
            parameters: {
                query?: {
                    /** @description First date (default: today in the provider’s zone) */
                    from?: string;
                    /** @description Last date, inclusive (default: a year after from) */
                    to?: string;
                };
                header?: never;
                path: {
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            overrides: components["schemas"]["DateOverride"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{providerId}/overrides/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the hours of one local date; no intervals closes it (admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    providerId: string;
                    /** @description A date in the provider’s time zone, YYYY-MM-DD */
                    date: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Hours on that date instead of the weekly ones; empty: closed */
                        intervals: {
                            start: string;
                            end: string;
                            /**
                             * @description Where this interval is worked; null: anywhere
                             * @default null
                             */
                            locationId?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DateOverride"];
                    };
                };
            };
        };
        post?: never;
        /** Back to the weekly hours on that date (admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    providerId: string;
                    /** @description A date in the provider’s time zone, YYYY-MM-DD */
                    date: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{providerId}/time-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Time off from now or in a date range, with notes (staff) */
        get: {
            parameters: {
                query?: {
                    /** @description First date (default: today in the provider’s zone) */
                    from?: string;
                    /** @description Last date, inclusive (default: a year after from) */
                    to?: string;
                };
                header?: never;
                path: {
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            timeOff: components["schemas"]["TimeOff"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Block time off (admin, or the staff member linked to the provider). Supports Idempotency-Key. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An instant, or a local date-time in the provider’s zone */
                        startsAt: string;
                        endsAt: string;
                        /**
                         * @description Seen by staff only
                         * @default
                         */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeOff"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{providerId}/time-off/{timeOffId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove time off (admin, or the staff member linked to the provider) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    providerId: string;
                    timeOffId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{providerId}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the services a provider offers, replacing the list in one step (admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        serviceIds: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            serviceIds: string[];
                            /** Format: uuid */
                            providerId: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bookable services: duration, price, where, providers (public: active ones) */
        get: {
            parameters: {
                query?: {
                    /** @description Staff only; the public sees active services */
                    active?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            services: components["schemas"]["Service"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a service (admin). Supports Idempotency-Key. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @default  */
                        description?: string;
                        durationMinutes: number;
                        /**
                         * @description Kept free before each appointment
                         * @default 0
                         */
                        bufferBeforeMinutes?: number;
                        /**
                         * @description Kept free after each appointment
                         * @default 0
                         */
                        bufferAfterMinutes?: number;
                        /** @description Defaults to the duration */
                        slotIntervalMinutes?: number;
                        /** @default 0 */
                        minimumNoticeMinutes?: number;
                        /** @default 90 */
                        maximumDaysAhead?: number;
                        price: {
                            /** @description Integer minor units: 65000 is 650.00 SEK */
                            amount: number;
                            /** @description Defaults to the organisation's currency */
                            currency?: string;
                        };
                        /** @description Where the appointment happens */
                        where: {
                            /** @enum {string} */
                            mode: "at_location";
                            /** Format: uuid */
                            locationId: string;
                        } | {
                            /** @enum {string} */
                            mode: "at_customer";
                        } | {
                            /** @enum {string} */
                            mode: "remote";
                        };
                        /**
                         * @description Providers who offer it; replaces the list
                         * @default []
                         */
                        providerIds?: string[];
                        /** @default true */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Service"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One service (public if active) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    serviceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Service"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a service (admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    serviceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a service (admin); providerIds replaces the list */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    serviceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        description?: string;
                        durationMinutes?: number;
                        /** @description Kept free before each appointment */
                        bufferBeforeMinutes?: number;
                        /** @description Kept free after each appointment */
                        bufferAfterMinutes?: number;
                        /** @description Start times every this many minutes */
                        slotIntervalMinutes?: number;
                        minimumNoticeMinutes?: number;
                        maximumDaysAhead?: number;
                        price?: {
                            /** @description Integer minor units: 65000 is 650.00 SEK */
                            amount: number;
                            /** @description Defaults to the organisation's currency */
                            currency?: string;
                        };
                        /** @description Where the appointment happens */
                        where?: {
                            /** @enum {string} */
                            mode: "at_location";
                            /** Format: uuid */
                            locationId: string;
                        } | {
                            /** @enum {string} */
                            mode: "at_customer";
                        } | {
                            /** @enum {string} */
                            mode: "remote";
                        };
                        /** @description Providers who offer it; replaces the list */
                        providerIds?: string[];
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Service"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/manage-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail the manage links of an address's upcoming bookings (answers 202 whether or not it has any)
         * @description For a guest who lost the link. 429 rate_limited after 3 requests for one address or 10 from one client in 15 minutes.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            accepted: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hold a time (or spots in a class) for a few minutes while the customer checks out
         * @description Book it with POST /bookings naming holdId before expiresAt. 409 slot_taken or capacity_full when it is gone; 422 slot_unavailable when the start is not one of the offered slots.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Hold spots in this class
                         */
                        classId?: string;
                        /** @default 1 */
                        spots?: number;
                        /**
                         * Format: uuid
                         * @description Book an appointment of this service
                         */
                        serviceId?: string;
                        /** @description Appointments: the provider; absent or null for any provider who is free (assigned fairly) */
                        providerId?: string | null;
                        /**
                         * Format: date-time
                         * @description Appointments: the start, one of the offered slots
                         */
                        start?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Hold"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/holds/{holdId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Let a hold go before it lapses */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    holdId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customers of this organisation, guests and accounts (staff) */
        get: {
            parameters: {
                query?: {
                    /** @description Part of a name or email */
                    q?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            customers: components["schemas"]["Customer"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/services/{serviceId}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bookable start times of a service, for one provider or any (public) */
        get: {
            parameters: {
                query: {
                    /** @description First local date (in timeZone), or an instant */
                    from: string;
                    /** @description Last local date, inclusive, or an instant (exclusive); at most 62 days after from */
                    to: string;
                    /** @description One provider; without it, any provider who offers the service */
                    provider?: string;
                    /** @description IANA zone of the dates asked and of the local times answered; default the provider's */
                    timeZone?: string;
                };
                header?: never;
                path: {
                    serviceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Slots"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All bookings, newest first, with filters (staff) */
        get: {
            parameters: {
                query?: {
                    classId?: string;
                    serviceId?: string;
                    providerId?: string;
                    kind?: "class" | "appointment";
                    customerId?: string;
                    email?: string;
                    status?: "pending" | "confirmed" | "in_progress" | "completed" | "no_show" | "cancelled";
                    /** @description Bookings starting at or after this */
                    from?: string;
                    /** @description Bookings starting before the end of this date or this instant */
                    to?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bookings: components["schemas"]["Booking"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Book spots in a class or an appointment, as a guest or signed in. Supports Idempotency-Key.
         * @description 201 with a new booking, or 200 with the existing one when this customer already holds a booking in the class. 409 capacity_full when the class has fewer spots left than asked for. The price is the server's quote (POST /quotes): with expectedTotal, another total answers 409 price_changed with the new quote; a promo code used up answers 409 promo_exhausted unless withoutPromoIfExhausted. The payment opened is for the deposit, when the service or class asks for one.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Book spots in this class
                         */
                        classId?: string;
                        /** @default 1 */
                        spots?: number;
                        /**
                         * Format: uuid
                         * @description Book an appointment of this service
                         */
                        serviceId?: string;
                        /** @description Appointments: the provider; absent or null for any provider who is free (assigned fairly) */
                        providerId?: string | null;
                        /**
                         * Format: date-time
                         * @description Appointments: the start, one of the offered slots
                         */
                        start?: string;
                        /**
                         * Format: uuid
                         * @description Book what this hold holds
                         */
                        holdId?: string;
                        /** @description Services at the customer's: where */
                        address?: string;
                        /** @description Services at the customer's: how to reach them */
                        phone?: string;
                        /** @description Anything the provider should know */
                        notes?: string;
                        /** @description Who books, when not signed in (staff: the customer they book for) */
                        guest?: {
                            name: string;
                            email: string;
                            /** @enum {string} */
                            locale?: "en" | "sv";
                        };
                        /**
                         * @description How the customer pays (ignored when free). Default: at the venue, where offered. 'credits': from the account's prepaid credits
                         * @enum {string}
                         */
                        paymentMethod?: "card" | "swish" | "bank_transfer" | "venue" | "credits";
                        /** @description Pay by card with one of my saved cards (GET /me/cards), confirmed at once; paymentMethod 'card' */
                        savedCardId?: string;
                        /** @description A promo code; case does not matter */
                        promoCode?: string;
                        /** @description The total of the quote the customer saw; another total answers 409 price_changed with the new quote */
                        expectedTotal?: number;
                        /** @description Book at the full price when the promo code is used up, instead of 409 promo_exhausted */
                        withoutPromoIfExhausted?: boolean;
                        /** @description Services at the customer's: where, for the travel fee (else the address is placed by the geocoder) */
                        place?: {
                            lat: number;
                            lon: number;
                        } | {
                            postcode: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BookingCreated"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BookingCreated"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{bookingId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a booking (its customer before the deadline, or staff at any time) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Booking"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/{token}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a booking by its manage token, before the deadline */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Booking"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{bookingId}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an appointment to another time or provider (its customer before the deadline, or staff); staff may move a class booking to another class
         * @description providerId absent keeps the provider; null lets any free provider take it. 409 slot_taken when the new time is taken.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Appointments: the provider; absent or null for any provider who is free (assigned fairly) */
                        providerId?: string | null;
                        /**
                         * Format: date-time
                         * @description Appointments: the start, one of the offered slots
                         */
                        start?: string;
                        /**
                         * Format: uuid
                         * @description Staff: move a class booking to this class
                         */
                        classId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Booking"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/{token}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move an appointment by its manage token, before the deadline */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Appointments: the provider; absent or null for any provider who is free (assigned fairly) */
                        providerId?: string | null;
                        /**
                         * Format: date-time
                         * @description Appointments: the start, one of the offered slots
                         */
                        start?: string;
                        /**
                         * Format: uuid
                         * @description Staff: move a class booking to this class
                         */
                        classId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Booking"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/classes/{classId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a class and all its bookings (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    classId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            class: components["schemas"]["Class"];
                            cancelledBookingIds: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in customer's bookings */
        get: {
            parameters: {
                query?: {
                    when?: "upcoming" | "past" | "all";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bookings: components["schemas"]["Booking"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{bookingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One booking (its customer, or staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Booking"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a booking for good (admin); the audit log keeps it */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A booking by its manage token (the link in the confirmation mail) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Booking"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{bookingId}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check the customer in (staff): confirmed → in_progress
         * @description Marking a booking again in the state it is in is a no-op (200). 409 invalid_transition from any other state; 409 booking_not_started for a no-show before the start.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Booking"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{bookingId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark the booking completed (staff): confirmed or in_progress → completed
         * @description Marking a booking again in the state it is in is a no-op (200). 409 invalid_transition from any other state; 409 booking_not_started for a no-show before the start.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Booking"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{bookingId}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a no-show (staff), once the booking has started: confirmed → no_show
         * @description Marking a booking again in the state it is in is a no-op (200). 409 invalid_transition from any other state; 409 booking_not_started for a no-show before the start.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Booking"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who changed what, newest first (admin) */
        get: {
            parameters: {
                query?: {
                    entityType?: string;
                    entityId?: string;
                    /** @description Cursor: return entries older than this id */
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: components["schemas"]["AuditEntry"][];
                            nextBefore: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/customers/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's bookings as an iCalendar feed (secret URL from GET /me/calendar or the confirmation mail) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/{token}/booking.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One booking as an iCalendar file (add to calendar), by its manage token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/providers/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A provider's own appointments as an iCalendar feed (secret URL from GET /providers/{id}/calendar-link) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{providerId}/calendar-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The address of a provider's calendar feed (the provider's own staff account, or an admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    providerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            url: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{orgSlug}/classes.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation's timetable as an iCalendar feed (public) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgSlug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The address of the signed-in customer's calendar feed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            url: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outgoing webhook endpoints (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            endpoints: components["schemas"]["WebhookEndpoint"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register an endpoint; the answer holds its signing secret, shown once (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uri */
                        url: string;
                        /** @default  */
                        description?: string;
                        /** @description Event types to receive; '*' for all */
                        events: ("booking.created" | "booking.cancelled" | "booking.rescheduled" | "booking.checked_in" | "booking.completed" | "booking.no_show" | "class.cancelled" | "payment.succeeded" | "refund.succeeded" | "*")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            url: string;
                            description: string;
                            events: string[];
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** @description Signing secret, shown only now. Slotwise-Signature: t=<unix>,v1=hex(HMAC-SHA256(secret, "<t>.<body>")) */
                            secret: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an endpoint (admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    endpointId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an endpoint (admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    endpointId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uri */
                        url?: string;
                        description?: string;
                        /** @description Event types to receive; '*' for all */
                        events?: ("booking.created" | "booking.cancelled" | "booking.rescheduled" | "booking.checked_in" | "booking.completed" | "booking.no_show" | "class.cancelled" | "payment.succeeded" | "refund.succeeded" | "*")[];
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookEndpoint"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/webhooks/{endpointId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent deliveries to an endpoint with their status (admin) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    endpointId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deliveries: components["schemas"]["WebhookDelivery"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Background jobs (mail, webhooks), newest first; status=dead lists those that failed for good (admin) */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "running" | "done" | "dead" | "cancelled";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jobs: components["schemas"]["Job"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{jobId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue a dead or cancelled job again with fresh attempts (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    jobId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** After Stripe.js reports success: settle the payment from Stripe’s own record (idempotent; the webhook does the same) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        paymentIntentId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            settlement: components["schemas"]["Settlement"];
                            booking: components["schemas"]["Booking"] | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/by-intent/{paymentIntentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Poll: is the booking of this PaymentIntent confirmed yet? (a guest booking: whoever holds the id; an account booking: its owner) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    paymentIntentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The booking is confirmed */
                            found: boolean;
                            booking: components["schemas"]["Booking"];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{paymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A payment with its refunds: what the refund dialog shows (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    paymentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Payment"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{paymentId}/mark-paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Staff saw a Swish or bank transfer payment arrive: confirm the booking (re-checks the class if the deadline passed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    paymentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Settlement"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{paymentId}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund all or part of a paid booking (admin); a full refund cancels the booking. A package payment refunds at most its unused share and revokes the credits refunded. Card refunds go through Stripe. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    paymentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Minor units; all that is left when omitted */
                        amount?: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Refund"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/unbookable-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Payments that succeeded when their booking could not be made, with the reason (admin) */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "refunding" | "refunded" | "booked";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            payments: components["schemas"]["UnbookablePayment"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/unbookable-payments/{problemId}/book": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Book the customer anyway, if the class has room now (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    problemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Booking"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integrity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Money that is not where it should be; empty in normal operation (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IntegrityReport"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/invoices/{invoiceId}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay one of my open or overdue invoices: by card (a PaymentIntent for what is due), Swish or bank
         * @description 404 for an invoice or booking that is not yours; 409 invoice_paid, invoice_void (credited or void), nothing_due, amount_mismatch (with details.due), booking_cancelled; 422 payment_method_unavailable; 503 payments_disabled (card without Stripe).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoiceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        method: "card" | "swish" | "bank_transfer";
                        /** @description The amount due as shown to the customer (minor units); another amount due now is 409 amount_mismatch */
                        expectedAmount?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DuePayment"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/bookings/{bookingId}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay my booking's balance: the rest after a deposit, or what was to be paid at the venue
         * @description 404 for an invoice or booking that is not yours; 409 invoice_paid, invoice_void (credited or void), nothing_due, amount_mismatch (with details.due), booking_cancelled; 422 payment_method_unavailable; 503 payments_disabled (card without Stripe).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        method: "card" | "swish" | "bank_transfer";
                        /** @description The amount due as shown to the customer (minor units); another amount due now is 409 amount_mismatch */
                        expectedAmount?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DuePayment"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/{token}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay a booking's balance by its manage token (the link in the mails)
         * @description 404 for an invoice or booking that is not yours; 409 invoice_paid, invoice_void (credited or void), nothing_due, amount_mismatch (with details.due), booking_cancelled; 422 payment_method_unavailable; 503 payments_disabled (card without Stripe).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        method: "card" | "swish" | "bank_transfer";
                        /** @description The amount due as shown to the customer (minor units); another amount due now is 409 amount_mismatch */
                        expectedAmount?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DuePayment"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisation/logo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's logo (public), 404 when it has none */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /**
         * Set the logo drawn on invoices (admin): a PNG or JPEG of at most 45 000 bytes, base64
         * @description 422 invalid_image when it is neither, or cannot be read in full.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: byte
                         * @description The image file, base64
                         */
                        image: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Remove the logo (admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{bookingId}/invoice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a booking's invoice (staff): a receipt when it is paid in full, else an invoice for what is due
         * @description 409 invoice_exists when the booking has an invoice that stands (credit it first); 409 booking_cancelled; 422 nothing_to_invoice for a free booking.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    bookingId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invoice"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{invoiceId}/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Credit an invoice or receipt in full (staff): issues a credit note that references it
         * @description 422 credit_note_not_creditable for a credit note; 409 invoice_already_credited.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoiceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invoice"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invoices, receipts and credit notes, newest first (staff) */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "paid" | "overdue" | "void" | "credited";
                    customerId?: string;
                    /** @description Issued on or after this date */
                    from?: string;
                    /** @description Issued on or before this date */
                    to?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            invoices: components["schemas"]["InvoiceSummary"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{invoiceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One invoice with its lines (staff, or the customer it was issued to) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoiceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invoice"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invoices/{invoiceId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One invoice as a PDF (staff, or the customer it was issued to) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoiceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in customer's invoices, receipts and credit notes, newest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            invoices: components["schemas"]["InvoiceSummary"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/invoices/{invoiceId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of the signed-in customer's invoices as a PDF (another's is 404) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    invoiceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/packages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Credit packages for sale (public); staff may ask for withdrawn ones too */
        get: {
            parameters: {
                query?: {
                    /** @description Staff: include withdrawn packages */
                    all?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            packages: components["schemas"]["Package"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a credit package (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        credits: number;
                        price: {
                            /** @description Integer minor units */
                            amount: number;
                            /** @description Defaults to the organisation's currency */
                            currency?: string;
                        };
                        /** @description The credits expire this many days after the purchase */
                        validityDays: number;
                        /**
                         * @description What the credits pay for: every class, classes of the listed types, the listed services, or anything
                         * @enum {string}
                         */
                        scope: "all_classes" | "class_types" | "services" | "everything";
                        /**
                         * @description The class type ids (scope class_types) or service ids (scope services)
                         * @default []
                         */
                        scopeIds?: string[];
                        /**
                         * @description Credits one booked spot costs
                         * @default 1
                         */
                        creditsPerBooking?: number;
                        /**
                         * @description Offered for sale
                         * @default true
                         */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Package"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/packages/{packageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One package (public if for sale) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    packageId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
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
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a package for later sales, or withdraw it with active: false (admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    packageId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        credits?: number;
                        price?: {
                            /** @description Integer minor units */
                            amount: number;
                            /** @description Defaults to the organisation's currency */
                            currency?: string;
                        };
                        /** @description The credits expire this many days after the purchase */
                        validityDays?: number;
                        /**
                         * @description What the credits pay for: every class, classes of the listed types, the listed services, or anything
                         * @enum {string}
                         */
                        scope?: "all_classes" | "class_types" | "services" | "everything";
                        /** @description The class type ids (scope class_types) or service ids (scope services) */
                        scopeIds?: string[];
                        /** @description Credits one booked spot costs */
                        creditsPerBooking?: number;
                        /** @description Offered for sale */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
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
        trace?: never;
    };
    "/api/v1/packages/{packageId}/purchase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Buy a package (signed-in customer), or sell one to a customer (staff). The credits are granted when the payment settles. Supports Idempotency-Key. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    packageId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description Customers: card, swish or bank_transfer (as the organisation offers). Staff: venue, swish, bank_transfer
                         * @enum {string}
                         */
                        paymentMethod: "card" | "swish" | "bank_transfer" | "venue";
                        /**
                         * Format: uuid
                         * @description Staff: the customer the package is sold to
                         */
                        customerId?: string;
                        /** @description Customers: pay by card with one of my saved cards (GET /me/cards), confirmed at once; paymentMethod 'card' */
                        savedCardId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PackagePurchase"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My credits: balance, grants with their expiry, and the ledger (newest first, paginated) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Credits"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customerId}/credits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's credits (staff) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Credits"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customerId}/credits/adjust": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant or take credits by hand, with a reason (staff; audited; never below zero) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Credits to grant (positive) or take (negative); never below zero */
                        delta: number;
                        reason: string;
                        /**
                         * Format: date-time
                         * @description A grant: when its credits expire (default never)
                         */
                        expiresAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Credits"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/cards/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start saving a card: a SetupIntent for Stripe.js (signed in; makes my Stripe Customer when first needed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            setupIntentId: string;
                            /** @description For Stripe.js: the card form's confirmSetup */
                            clientSecret: string;
                            publishableKey: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My saved cards: brand, last four digits, expiry and which is the default (read from Stripe) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cards: components["schemas"]["SavedCard"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/cards/{cardId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one of my saved cards; answers the cards left (404 card_not_found for any other card) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cardId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cards: components["schemas"]["SavedCard"][];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/cards/{cardId}/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make one of my saved cards the default; answers my cards */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    cardId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cards: components["schemas"]["SavedCard"][];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cancellation-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The default cancellation policy and the overrides per service or class type (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            policies: components["schemas"]["CancellationPolicy"][];
                        };
                    };
                };
            };
        };
        /** Set the policy of the organisation (no serviceId or classTypeId), of a service or of a class type, replacing the one there (admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description An override for this service
                         */
                        serviceId?: string;
                        /**
                         * Format: uuid
                         * @description An override for classes of this type
                         */
                        classTypeId?: string;
                        /**
                         * @description Free until this many hours before the start; null: the organisation's cancellationDeadlineHours
                         * @default null
                         */
                        freeHours?: number | null;
                        /**
                         * @description After the free period: refuse (customers may not cancel), fee (keep lateFee), no_refund
                         * @enum {string}
                         */
                        lateAction: "refuse" | "fee" | "no_refund";
                        /** @default null */
                        lateFee?: {
                            /** @enum {string} */
                            kind: "fixed" | "percent";
                            /** @description Minor units (fixed) or basis points (percent: 2500 = 25 %) */
                            value: number;
                        } | null;
                        /**
                         * @description Where a cancellation's refund goes: card (the original method: a card refund, or the admin queue for Swish and transfers) or credit (credits for the same service or class type; guests and deposits get money back)
                         * @default card
                         * @enum {string}
                         */
                        refundTo?: "card" | "credit";
                        /**
                         * @description How long credits given as a refund last
                         * @default 365
                         */
                        creditValidityDays?: number;
                        /**
                         * @description Kept of a no-show's payment, the rest refunded; null: a no-show keeps everything paid
                         * @default null
                         */
                        noShowFee?: {
                            /** @enum {string} */
                            kind: "fixed" | "percent";
                            /** @description Minor units (fixed) or basis points (percent: 2500 = 25 %) */
                            value: number;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CancellationPolicy"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cancellation-policies/{policyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a policy: its bookings fall back to the default (admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    policyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The price of a class or an appointment, line by line, without booking it (public)
         * @description Name what is booked as POST /bookings does, with promoCode and, for a service at the customer's, a place (a map pin or a postcode) or an address (placed by the geocoder when one is configured). Refusals: 404 promo_not_found, 422 promo_expired, promo_not_applicable, out_of_service_area, address_not_placed, address_required, 409 promo_exhausted, 400 validation_failed. Send the total back as expectedTotal when booking.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        classId?: string;
                        /** @default 1 */
                        spots?: number;
                        /** Format: uuid */
                        serviceId?: string;
                        providerId?: string | null;
                        /**
                         * Format: date-time
                         * @description Appointments: the start
                         */
                        start?: string;
                        promoCode?: string;
                        /** @description Services at the customer's: where, for the travel fee (else the address is placed by the geocoder) */
                        place?: {
                            lat: number;
                            lon: number;
                        } | {
                            postcode: string;
                        };
                        /** @description Services at the customer's: the address, placed on the map when a geocoder is configured */
                        address?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Quote"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pricing/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether prices include tax, and the default tax rate (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PricingSettings"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change whether prices include tax, or the default tax rate (admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        pricesIncludeTax?: boolean;
                        defaultTaxRateId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PricingSettings"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/pricing/tax-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tax rates (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            taxRates: components["schemas"]["TaxRate"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a tax rate (admin). Supports Idempotency-Key. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description 2500 is 25 % */
                        basisPoints: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaxRate"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pricing/tax-rates/{taxRateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a tax rate nothing uses (admin); otherwise 409 tax_rate_in_use */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    taxRateId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a tax rate (admin): prices already booked keep their tax lines */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    taxRateId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description 2500 is 25 % */
                        basisPoints?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TaxRate"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/pricing/services/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A service's tax rate and deposit (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ItemPricing"];
                    };
                };
            };
        };
        /** Set a service's tax rate and deposit (admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        taxRateId: string | null;
                        deposit: components["schemas"]["DepositInput"];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ItemPricing"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pricing/classes/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A class's tax rate and deposit (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ItemPricing"];
                    };
                };
            };
        };
        /** Set a class's tax rate and deposit (admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        taxRateId: string | null;
                        deposit: components["schemas"]["DepositInput"];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ItemPricing"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pricing/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Holidays, as local dates (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            holidays: {
                                /**
                                 * Format: date
                                 * @description A date in the organisation's time zone, YYYY-MM-DD
                                 */
                                date: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Replace the list of holidays (admin); holiday surcharges apply on them */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        holidays: {
                            /**
                             * Format: date
                             * @description A date in the organisation's time zone, YYYY-MM-DD
                             */
                            date: string;
                            name: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            holidays: {
                                /**
                                 * Format: date
                                 * @description A date in the organisation's time zone, YYYY-MM-DD
                                 */
                                date: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pricing/surcharges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Surcharge rules on appointments (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            surcharges: components["schemas"]["SurchargeRule"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a surcharge rule (admin). Supports Idempotency-Key. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        when: {
                            /** @enum {string} */
                            kind: "weekly";
                            /** @description ISO weekdays: 1 is Monday, 7 Sunday */
                            weekdays: number[];
                            /** @description Local start of the window; null from midnight */
                            from: string | null;
                            /** @description Local end of the window; null to midnight */
                            until: (string | "24:00") | null;
                        } | {
                            /** @enum {string} */
                            kind: "holiday";
                        } | {
                            /** @enum {string} */
                            kind: "short_notice";
                            withinMinutes: number;
                        };
                        adjustment: components["schemas"]["PriceAdjustmentInput"];
                        /** @default true */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SurchargeRule"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pricing/surcharges/{surchargeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a surcharge rule (admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    surchargeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        when: {
                            /** @enum {string} */
                            kind: "weekly";
                            /** @description ISO weekdays: 1 is Monday, 7 Sunday */
                            weekdays: number[];
                            /** @description Local start of the window; null from midnight */
                            from: string | null;
                            /** @description Local end of the window; null to midnight */
                            until: (string | "24:00") | null;
                        } | {
                            /** @enum {string} */
                            kind: "holiday";
                        } | {
                            /** @enum {string} */
                            kind: "short_notice";
                            withinMinutes: number;
                        };
                        adjustment: components["schemas"]["PriceAdjustmentInput"];
                        /** @default true */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SurchargeRule"];
                    };
                };
            };
        };
        post?: never;
        /** Delete a surcharge rule (admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    surchargeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pricing/service-area": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the organisation travels to, for services at the customer's (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceArea"];
                    };
                };
            };
        };
        /** Replace the service area: centre, distance bands and postcode zones (admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Where distances are measured from; null: postcode zones only */
                        centre: {
                            lat: number;
                            lon: number;
                        } | null;
                        /** @description Beyond the last band is outside the area */
                        bands: {
                            upToKm: number;
                            /** @description Integer minor units: 65000 is 650.00 SEK */
                            fixedAmount: number;
                            /** @description Per whole km beyond the previous band's end */
                            perKmAmount: number;
                        }[];
                        /** @description The longest matching prefix wins */
                        postcodeZones: {
                            prefix: string;
                            /** @description Integer minor units: 65000 is 650.00 SEK */
                            amount: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ServiceArea"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pricing/promo-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Promo codes with their uses so far (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            promoCodes: components["schemas"]["PromoCode"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a promo code (admin). Supports Idempotency-Key. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Typed by the customer; case does not matter */
                        code: string;
                        adjustment: components["schemas"]["PriceAdjustmentInput"];
                        /** @default null */
                        validFrom?: string | null;
                        /** @default null */
                        validUntil?: string | null;
                        /**
                         * @description What it can be used for
                         * @default {
                         *       "kind": "all"
                         *     }
                         */
                        appliesTo?: {
                            /** @enum {string} */
                            kind: "all";
                        } | {
                            /** @enum {string} */
                            kind: "classes";
                        } | {
                            /** @enum {string} */
                            kind: "services";
                        } | {
                            /** @enum {string} */
                            kind: "listed";
                            /** @default [] */
                            serviceIds?: string[];
                            /** @default [] */
                            classIds?: string[];
                        };
                        /**
                         * @description The order (before the discount) must come to at least this
                         * @default 0
                         */
                        minimumOrder?: number;
                        /**
                         * @description Uses in all; null: no limit
                         * @default null
                         */
                        maxUses?: number | null;
                        /** @default null */
                        maxUsesPerCustomer?: number | null;
                        /**
                         * @description Only for a customer's first booking
                         * @default false
                         */
                        firstBookingOnly?: boolean;
                        /** @default true */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PromoCode"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pricing/promo-codes/{promoId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One promo code (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    promoId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PromoCode"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a promo code, or deactivate it (admin); codes are never deleted, their uses name them */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    promoId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Typed by the customer; case does not matter */
                        code?: string;
                        adjustment?: components["schemas"]["PriceAdjustmentInput"];
                        validFrom?: string | null;
                        validUntil?: string | null;
                        /** @description What it can be used for */
                        appliesTo?: {
                            /** @enum {string} */
                            kind: "all";
                        } | {
                            /** @enum {string} */
                            kind: "classes";
                        } | {
                            /** @enum {string} */
                            kind: "services";
                        } | {
                            /** @enum {string} */
                            kind: "listed";
                            /** @default [] */
                            serviceIds?: string[];
                            /** @default [] */
                            classIds?: string[];
                        };
                        /** @description The order (before the discount) must come to at least this */
                        minimumOrder?: number;
                        /** @description Uses in all; null: no limit */
                        maxUses?: number | null;
                        maxUsesPerCustomer?: number | null;
                        /** @description Only for a customer's first booking */
                        firstBookingOnly?: boolean;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PromoCode"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/loyalty/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether loyalty is on and the earning rate (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LoyaltySettings"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Turn loyalty on or off, or set the earning rate (admin; audited) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enabled?: boolean;
                        pointsPerUnitBp?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LoyaltySettings"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/loyalty/rewards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rewards catalogue, inactive ones too (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rewards: components["schemas"]["LoyaltyReward"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a reward (admin; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @default  */
                        description?: string;
                        costPoints: number;
                        /**
                         * @description Null: unlimited
                         * @default null
                         */
                        stock?: number | null;
                        /** @default true */
                        active?: boolean;
                        /**
                         * @description What redeeming issues: a single-use promo code, credits, or a product that staff hand over
                         * @enum {string}
                         */
                        kind: "promo" | "credits" | "product";
                        /**
                         * @description Kind promo: the code it issues
                         * @default null
                         */
                        promo?: {
                            /** @enum {string} */
                            kind: "percent" | "fixed";
                            /** @description Percent in basis points, or fixed minor units */
                            value: number;
                            /** @default null */
                            validDays?: number | null;
                        } | null;
                        /**
                         * @description Kind credits: the credits it grants (they pay for anything)
                         * @default null
                         */
                        credits?: {
                            credits: number;
                            /** @default null */
                            validDays?: number | null;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LoyaltyReward"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loyalty/rewards/{rewardId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a reward never redeemed (admin; audited); 409 reward_in_use otherwise */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    rewardId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a reward, or withdraw it with active: false (admin; audited) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    rewardId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        description?: string;
                        costPoints?: number;
                        /** @description Null: unlimited */
                        stock?: number | null;
                        active?: boolean;
                        /**
                         * @description What redeeming issues: a single-use promo code, credits, or a product that staff hand over
                         * @enum {string}
                         */
                        kind?: "promo" | "credits" | "product";
                        /** @description Kind promo: the code it issues */
                        promo?: {
                            /** @enum {string} */
                            kind: "percent" | "fixed";
                            /** @description Percent in basis points, or fixed minor units */
                            value: number;
                            /** @default null */
                            validDays?: number | null;
                        } | null;
                        /** @description Kind credits: the credits it grants (they pay for anything) */
                        credits?: {
                            credits: number;
                            /** @default null */
                            validDays?: number | null;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LoyaltyReward"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/me/loyalty": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My points: balance, ledger (newest first, paginated), the active rewards and my redemptions */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyLoyalty"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/loyalty/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Spend points on a reward: a promo code or credits are issued at once, a product waits for staff. 409 insufficient_points, reward_out_of_stock, reward_inactive, loyalty_disabled */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        rewardId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LoyaltyRedemption"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loyalty/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redemptions, newest first (staff) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    status?: "pending" | "fulfilled" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            redemptions: components["schemas"]["LoyaltyRedemption"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loyalty/redemptions/{redemptionId}/fulfil": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a pending redemption handed over (staff; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    redemptionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LoyaltyRedemption"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loyalty/redemptions/{redemptionId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a pending redemption: its points and stock come back (staff; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    redemptionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LoyaltyRedemption"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customerId}/loyalty": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's points, ledger and redemptions (staff) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LoyaltyPoints"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customerId}/loyalty/adjust": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give or take points by hand, with a reason (staff; audited; never below zero) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Points to give (positive) or take (negative); never below zero */
                        delta: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LoyaltyPoints"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in customer's payments, refunds and credit uses as one history, newest first
         * @description Keyset pagination: pass the answer's nextCursor as cursor for the next page. Dates are read in the organisation's time zone; entries carry instants.
         */
        get: {
            parameters: {
                query?: {
                    /** @description On or after this date, in the organisation's time zone */
                    from?: string;
                    /** @description On or before this date, in the organisation's time zone */
                    to?: string;
                    /** @description A calendar year in the organisation's time zone (combined with from/to when both are given) */
                    year?: number;
                    status?: "pending" | "succeeded" | "failed" | "cancelled";
                    method?: "card" | "swish" | "bank_transfer" | "credits";
                    kind?: "payment" | "refund" | "credit_use" | "credit_return";
                    limit?: number;
                    /** @description Keyset pagination: the nextCursor of the previous page (entries are newest first) */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: components["schemas"]["PaymentHistoryEntry"][];
                            /** @description Pass as cursor for the next (older) page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/payments/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in customer's whole history (same filters) as a CSV or JSON download, streamed */
        get: {
            parameters: {
                query?: {
                    /** @description On or after this date, in the organisation's time zone */
                    from?: string;
                    /** @description On or before this date, in the organisation's time zone */
                    to?: string;
                    /** @description A calendar year in the organisation's time zone (combined with from/to when both are given) */
                    year?: number;
                    status?: "pending" | "succeeded" | "failed" | "cancelled";
                    method?: "card" | "swish" | "bank_transfer" | "credits";
                    kind?: "payment" | "refund" | "credit_use" | "credit_return";
                    format?: "csv" | "json";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All of the organisation's payments as a CSV or JSON download, streamed (admin; audited)
         * @description from/to select by when the money moved.
         */
        get: {
            parameters: {
                query?: {
                    /** @description On or after this date, in the organisation's time zone */
                    from?: string;
                    /** @description On or before this date, in the organisation's time zone */
                    to?: string;
                    format?: "csv" | "json";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All of the organisation's bookings as a CSV or JSON download, streamed (admin; audited)
         * @description from/to select by the start of the class or appointment.
         */
        get: {
            parameters: {
                query?: {
                    /** @description On or after this date, in the organisation's time zone */
                    from?: string;
                    /** @description On or before this date, in the organisation's time zone */
                    to?: string;
                    format?: "csv" | "json";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * All of the organisation's customers as a CSV or JSON download, streamed (admin; audited)
         * @description from/to select by when the customer was created.
         */
        get: {
            parameters: {
                query?: {
                    /** @description On or after this date, in the organisation's time zone */
                    from?: string;
                    /** @description On or before this date, in the organisation's time zone */
                    to?: string;
                    format?: "csv" | "json";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Analytics: bookings (staff)
         * @description Bookings per local day by kind (class or appointment), by the day they take place, with cancellations and no-shows. Days are the organisation's local days; at most a year per request.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                    from?: string;
                    /** @description Last day, in the organisation's time zone (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnalyticsBookings"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/bookings/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Analytics: bookings as a CSV download (staff)
         * @description Bookings per local day by kind (class or appointment), by the day they take place, with cancellations and no-shows. Headers in the caller's language; amounts as decimals.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                    from?: string;
                    /** @description Last day, in the organisation's time zone (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/revenue-by-method": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Analytics: revenue by method (staff)
         * @description Money paid and refunded through Slotwise by payment method: a payment on the day it succeeded, a refund on the day it was settled. Days are the organisation's local days; at most a year per request.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                    from?: string;
                    /** @description Last day, in the organisation's time zone (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnalyticsRevenueByMethod"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/revenue-by-method/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Analytics: revenue by method as a CSV download (staff)
         * @description Money paid and refunded through Slotwise by payment method: a payment on the day it succeeded, a refund on the day it was settled. Headers in the caller's language; amounts as decimals.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                    from?: string;
                    /** @description Last day, in the organisation's time zone (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/revenue-by-item": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Analytics: revenue by item (staff)
         * @description Money paid and refunded by what it paid for: classes by title, services, credit packages. Days are the organisation's local days; at most a year per request.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                    from?: string;
                    /** @description Last day, in the organisation's time zone (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnalyticsRevenueByItem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/revenue-by-item/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Analytics: revenue by item as a CSV download (staff)
         * @description Money paid and refunded by what it paid for: classes by title, services, credit packages. Headers in the caller's language; amounts as decimals.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                    from?: string;
                    /** @description Last day, in the organisation's time zone (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/fill-rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Analytics: fill rate (staff)
         * @description Each class of the period: spots offered, booked and attended. Days are the organisation's local days; at most a year per request.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                    from?: string;
                    /** @description Last day, in the organisation's time zone (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnalyticsFillRate"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/fill-rate/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Analytics: fill rate as a CSV download (staff)
         * @description Each class of the period: spots offered, booked and attended. Headers in the caller's language; amounts as decimals.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                    from?: string;
                    /** @description Last day, in the organisation's time zone (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/utilisation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Analytics: utilisation (staff)
         * @description Each provider's booked minutes against their working minutes (weekly hours, date overrides, time off). Days are the organisation's local days; at most a year per request.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                    from?: string;
                    /** @description Last day, in the organisation's time zone (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnalyticsUtilisation"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/utilisation/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Analytics: utilisation as a CSV download (staff)
         * @description Each provider's booked minutes against their working minutes (weekly hours, date overrides, time off). Headers in the caller's language; amounts as decimals.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                    from?: string;
                    /** @description Last day, in the organisation's time zone (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Analytics: payments (staff)
         * @description Payments started in the period by method and outcome, with the success rate of those that ended. Days are the organisation's local days; at most a year per request.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                    from?: string;
                    /** @description Last day, in the organisation's time zone (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnalyticsPayments"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/payments/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Analytics: payments as a CSV download (staff)
         * @description Payments started in the period by method and outcome, with the success rate of those that ended. Headers in the caller's language; amounts as decimals.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                    from?: string;
                    /** @description Last day, in the organisation's time zone (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Analytics: funnel (staff)
         * @description Page views and checkouts started (counted by the server, per day, nobody identified) against bookings made online. Days are the organisation's local days; at most a year per request.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                    from?: string;
                    /** @description Last day, in the organisation's time zone (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnalyticsFunnel"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/funnel/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Analytics: funnel as a CSV download (staff)
         * @description Page views and checkouts started (counted by the server, per day, nobody identified) against bookings made online. Headers in the caller's language; amounts as decimals.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                    from?: string;
                    /** @description Last day, in the organisation's time zone (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Analytics: customers (staff)
         * @description Customers who booked in the period: new, or returning. Days are the organisation's local days; at most a year per request.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                    from?: string;
                    /** @description Last day, in the organisation's time zone (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnalyticsCustomers"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/customers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Analytics: customers as a CSV download (staff)
         * @description Customers who booked in the period: new, or returning. Headers in the caller's language; amounts as decimals.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                    from?: string;
                    /** @description Last day, in the organisation's time zone (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Analytics: balances (staff)
         * @description Credits and loyalty points customers hold now (the period does not apply). Days are the organisation's local days; at most a year per request.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                    from?: string;
                    /** @description Last day, in the organisation's time zone (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AnalyticsBalances"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/balances/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Analytics: balances as a CSV download (staff)
         * @description Credits and loyalty points customers hold now (the period does not apply). Headers in the caller's language; amounts as decimals.
         */
        get: {
            parameters: {
                query?: {
                    /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                    from?: string;
                    /** @description Last day, in the organisation's time zone (default: today) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count one step of the booking funnel (public; no cookie, no personal data)
         * @description Adds one to today's counter of the step for the organisation. Nothing about the caller is stored; the web app sends it when a booking page or a checkout opens.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description A booking page was shown, or a checkout was opened
                         * @enum {string}
                         */
                        step: "page_view" | "checkout_started";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        AuditEntryInput: {
            id: number;
            /** Format: date-time */
            occurredAt: string;
            actor: {
                /** @enum {string} */
                type: "user" | "guest" | "system" | "api_key";
                id: string | null;
                /** @description An API key's name */
                label: string | null;
            };
            ip: string | null;
            userAgent: string | null;
            requestId: string | null;
            action: string;
            entityType: string;
            /** Format: uuid */
            entityId: string;
            before: unknown;
            after: unknown;
        };
        MoneyInput: {
            /** @description Integer minor units (öre, cents) */
            amount: number;
            /** @description ISO 4217 code */
            currency: string;
        };
        HoldInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "class" | "appointment";
            /**
             * Format: date-time
             * @description Book before this, naming the hold, or it lapses
             */
            expiresAt: string;
            classId: string | null;
            spots: number;
            serviceId: string | null;
            providerId: string | null;
            start: string | null;
            end: string | null;
        };
        BookingPricingInput: {
            lines: {
                /** @enum {string} */
                kind: "base" | "travel" | "surcharge" | "discount";
                label: string;
                quantity: number;
                unitAmount: number;
                /** @description As entered (with or without tax, per pricesIncludeTax); discounts negative */
                amount: number;
                /** @description The surcharge rule id, the postcode zone or the promo code */
                ref: string | null;
                tax: {
                    name: string;
                    basisPoints: number;
                    amount: number;
                } | null;
            }[];
            pricesIncludeTax: boolean;
            subtotal: components["schemas"]["MoneyInput"];
            discount: components["schemas"]["MoneyInput"];
            taxTotal: components["schemas"]["MoneyInput"];
            total: components["schemas"]["MoneyInput"];
            /** @description The payment asked for at booking */
            depositDueNow: components["schemas"]["MoneyInput"];
            promoCode: string | null;
        };
        BookingInput: {
            /** Format: uuid */
            id: string;
            /**
             * @description Spots in a class, or a provider's time
             * @enum {string}
             */
            kind: "class" | "appointment";
            /** @enum {string} */
            status: "pending" | "confirmed" | "in_progress" | "completed" | "no_show" | "cancelled";
            /** @description The class's title or the service's name */
            title: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** Format: date-time */
            startsAtLocal: string;
            /** Format: date-time */
            endsAtLocal: string;
            /** @description The organisation's time zone, in which the local times are given */
            timeZone: string;
            spots: number;
            /** @description The total, tax included */
            price: components["schemas"]["MoneyInput"];
            /** @description How the price was made up (null for bookings made before prices had lines) */
            pricing: components["schemas"]["BookingPricingInput"] | null;
            /** @description Paid so far, less refunds */
            paid: components["schemas"]["MoneyInput"];
            /** @description Still to pay: the rest after a deposit, or all of it at the venue; 0 once cancelled */
            due: components["schemas"]["MoneyInput"];
            /** @enum {string} */
            paymentMethod: "venue" | "free" | "card" | "swish" | "bank_transfer" | "credits";
            /** @enum {string} */
            source: "guest" | "account" | "staff";
            /** Format: date-time */
            createdAt: string;
            cancelledAt: string | null;
            cancelledBy: ("customer" | "staff" | "system") | null;
            cancelReason: string | null;
            /** @description Until when the customer may cancel; null if no longer */
            cancellableUntil: string | null;
            /** @description Appointments: until when the customer may move it; null if no longer */
            reschedulableUntil: string | null;
            checkedInAt: string | null;
            /** @description When it was marked completed or no-show */
            finishedAt: string | null;
            /** @description Set for a class booking */
            class: {
                /** Format: uuid */
                id: string;
                title: string;
                location: string;
                instructorName: string;
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
                /** Format: date-time */
                startsAtLocal: string;
                /** Format: date-time */
                endsAtLocal: string;
                timeZone: string;
                /** @enum {string} */
                status: "scheduled" | "cancelled";
            } | null;
            /** @description Set for an appointment (a provider's time) */
            appointment: {
                service: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    /** @enum {string} */
                    locationMode: "at_location" | "at_customer" | "remote";
                    durationMinutes: number;
                };
                provider: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                /** @description The place, for a service at a location */
                location: string | null;
                /** @description The customer's address, for a service at the customer's */
                address: string | null;
                phone: string | null;
                notes: string | null;
                videoUrl: string | null;
                /**
                 * @description Remote services: the meeting link is made just after booking; "pending" until then
                 * @enum {string}
                 */
                videoStatus: "not_needed" | "pending" | "ready";
            } | null;
            customer: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
            } | null;
            /** @description A pending booking holds its spots until then */
            holdExpiresAt: string | null;
            /**
             * @description Derived from the payment and its refunds
             * @enum {string}
             */
            paymentStatus: "not_required" | "at_venue" | "pending" | "paid" | "partially_refunded" | "refunded" | "unpaid";
            paymentId: string | null;
            /** @description While a Swish or bank transfer booking waits for its payment: where to pay, and the reference to write */
            paymentInstructions: {
                /** @enum {string} */
                method: "swish" | "bank_transfer";
                payTo: string | null;
                reference: string;
                amount: components["schemas"]["MoneyInput"];
            } | null;
        };
        CheckoutInput: {
            /**
             * Format: uuid
             * @description The payment
             */
            id: string;
            /** @enum {string} */
            method: "card" | "swish" | "bank_transfer";
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed" | "cancelled";
            amount: components["schemas"]["MoneyInput"];
            /** @description Pay before this, or the spots are released */
            holdExpiresAt: string | null;
            /** @description Swish / bank transfer: the message to write with the payment */
            reference: string | null;
            /** @description Swish number or bank account */
            payTo: string | null;
            /** @description Card: for Stripe.js confirmCardPayment / Elements */
            clientSecret: string | null;
            publishableKey: string | null;
        };
        BookingCreatedInput: {
            booking: components["schemas"]["BookingInput"];
            /** @description True when this customer already had a booking in the class; nothing new was created */
            alreadyBooked: boolean;
            /** @description The guest's secret for viewing and cancelling without an account */
            manageToken: string | null;
            manageUrl: string | null;
            /** @description Set when the booking waits for a payment */
            payment: components["schemas"]["CheckoutInput"] | null;
        };
        JobInput: {
            id: number;
            kind: string;
            /** @enum {string} */
            status: "pending" | "running" | "done" | "dead" | "cancelled";
            attempts: number;
            maxAttempts: number;
            /** Format: date-time */
            runAt: string;
            lastError: string | null;
            result: string | null;
            /** Format: date-time */
            createdAt: string;
            finishedAt: string | null;
        };
        WebhookEndpointInput: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string;
            events: string[];
            active: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        WebhookDeliveryInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            eventId: string;
            eventType: string;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            attempts: number;
            lastStatusCode: number | null;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            deliveredAt: string | null;
        };
        UserInput: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "customer" | "staff" | "admin";
            locale: ("en" | "sv") | null;
        };
        SessionInput: {
            user: components["schemas"]["UserInput"] | null;
            /** @description Send as the X-CSRF-Token header on every cookie-authenticated POST, PATCH and DELETE */
            csrfToken: string | null;
        };
        ProfileInput: {
            /** Format: uuid */
            id: string;
            email: string;
            /** @description A new address waiting for its confirmation link to be opened */
            pendingEmail: string | null;
            name: string;
            phone: string | null;
            address: string | null;
            /** @description Mails and messages use it; null follows the organisation's */
            locale: ("en" | "sv") | null;
            /** @description Booking confirmations, changes, cancellations and refunds are always sent */
            notifications: {
                /** @description A reminder before each booking */
                reminders: boolean;
                /** @description Invoices, payment reminders and receipts by mail (they stay in the portal) */
                invoices: boolean;
                /** @description News and offers from the business (off until chosen) */
                news: boolean;
            };
        };
        PersonalDataExportInput: {
            /** Format: date-time */
            exportedAt: string;
            organisation: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @description Rows by section (account, customers, bookings, payments, refunds, invoices, credit ledger, audit…) */
            sections: {
                [key: string]: unknown[];
            };
        };
        OrganisationInput: {
            /** Format: uuid */
            id: string;
            slug: string;
            name: string;
            timeZone: string;
            currency: string;
            /** @enum {string} */
            defaultLocale: "en" | "sv";
            cancellationDeadlineHours: number;
            reminderHours: number;
            mailFrom: string | null;
            paymentMethods: ("card" | "swish" | "bank_transfer" | "venue")[];
            holdMinutes: number;
            slotHoldMinutes: number;
            manualPaymentHours: number;
            swishNumber: string | null;
            bankAccount: string | null;
            /** @enum {string} */
            unbookablePaymentPolicy: "refund" | "queue";
            legalName: string | null;
            addressLines: string[];
            postcode: string | null;
            city: string | null;
            country: string | null;
            orgNumber: string | null;
            vatNumber: string | null;
            bankgiro: string | null;
            invoiceDueDays: number;
            /** @enum {string} */
            invoicePolicy: "at_booking" | "after_completion" | "never";
            /** @description Whether card payments work on this deployment (Stripe is configured) */
            cardPayments: boolean;
        };
        ClassInput: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            instructorName: string;
            location: string;
            locationId: string | null;
            classTypeId: string | null;
            /**
             * Format: date-time
             * @description Instant, UTC
             */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /**
             * Format: date-time
             * @description The same instant in the organisation's time zone
             */
            startsAtLocal: string;
            /** Format: date-time */
            endsAtLocal: string;
            timeZone: string;
            maxSpots: number;
            maxSpotsPerCustomer: number;
            spotsLeft: number;
            soldOut: boolean;
            price: components["schemas"]["MoneyInput"];
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            cancelledAt: string | null;
        };
        ClassTypeInput: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: date-time */
            createdAt: string;
        };
        CustomerInput: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            locale: ("en" | "sv") | null;
            hasAccount: boolean;
            activeBookings: number;
            /** Format: date-time */
            createdAt: string;
        };
        SlotsInput: {
            /** Format: uuid */
            serviceId: string;
            /** @description The zone of startLocal and date */
            timeZone: string;
            slots: {
                /** Format: date-time */
                start: string;
                /** Format: date-time */
                end: string;
                /** @description The start with its offset in timeZone, e.g. 2026-03-29T09:00:00+02:00 */
                startLocal: string;
                /** @description Local date of the start in timeZone */
                date: string;
                /** @description The providers free at this start */
                providerIds: string[];
            }[];
            /** @description Active providers who offer the service */
            providers: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
        };
        HealthInput: {
            /** @enum {string} */
            status: "ok" | "unavailable";
            database: {
                /** @enum {string} */
                kind: "pglite" | "postgres";
                ok: boolean;
                durationMs: number;
            };
            uptimeSeconds: number;
        };
        ReadinessInput: {
            /** @enum {string} */
            status: "ready" | "not_ready";
            /** @description The checks that failed */
            failing: ("database" | "migrations" | "jobs" | "shutdown")[];
            checks: {
                /** @description ok, or why it could not be read */
                database: string;
                /** @description ok, or the versions missing */
                migrations: string;
                /** @description ok, stalled, stopped, or not run in this process */
                jobs: string;
                /** @description no, or draining after SIGTERM */
                shutdown: string;
            };
        };
        LocationInput: {
            /** Format: uuid */
            id: string;
            name: string;
            address: {
                lines: string[];
                postalCode: string;
                city: string;
                country: string;
            };
            timeZone: string;
            coordinates: {
                lat: number;
                lng: number;
            } | null;
        };
        WeeklyHoursInput: {
            /** @description Zone of the wall times */
            timeZone: string;
            intervals: {
                weekday: number;
                start: string;
                end: string;
                locationId: string | null;
            }[];
        };
        DateOverrideInput: {
            date: string;
            closed: boolean;
            intervals: {
                start: string;
                end: string;
                locationId: string | null;
            }[];
        };
        TimeOffInput: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            note: string;
        };
        ProviderInput: {
            /** Format: uuid */
            id: string;
            name: string;
            bio: string;
            active: boolean;
            /** @description Staff only */
            userId?: string | null;
            /** @description Staff only */
            timeZone?: string;
            /** @description Staff only: the services this provider performs */
            serviceIds?: string[];
        };
        ServiceInput: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            durationMinutes: number;
            bufferBeforeMinutes: number;
            bufferAfterMinutes: number;
            slotIntervalMinutes: number;
            minimumNoticeMinutes: number;
            maximumDaysAhead: number;
            price: components["schemas"]["MoneyInput"];
            where: {
                /** @enum {string} */
                mode: "at_location" | "at_customer" | "remote";
                locationId: string | null;
            };
            /** @description Public: active providers only */
            providerIds: string[];
            capacity: number;
            active: boolean;
        };
        InvoiceSummaryInput: {
            /** Format: uuid */
            id: string;
            /** @description Sequential per organisation, without gaps */
            number: number;
            /** @enum {string} */
            kind: "invoice" | "receipt" | "credit_note";
            /** @enum {string} */
            status: "open" | "paid" | "overdue" | "void" | "credited";
            /** @description On a credit note: the invoice it credits */
            creditsInvoiceId: string | null;
            /**
             * Format: date
             * @description In the organisation's time zone
             */
            issueDate: string;
            /** Format: date */
            dueDate: string;
            currency: string;
            /** @enum {string} */
            locale: "en" | "sv";
            customerId: string | null;
            buyer: {
                name: string;
                email: string;
                address: string | null;
            };
            /** @description Integer minor units; negative on a credit note */
            totals: {
                net: number;
                vat: number;
                gross: number;
                paid: number;
                due: number;
            };
            bookingId: string | null;
            paymentId: string | null;
            /** Format: date-time */
            issuedAt: string;
            paidAt: string | null;
        };
        InvoiceInput: {
            /** Format: uuid */
            id: string;
            /** @description Sequential per organisation, without gaps */
            number: number;
            /** @enum {string} */
            kind: "invoice" | "receipt" | "credit_note";
            /** @enum {string} */
            status: "open" | "paid" | "overdue" | "void" | "credited";
            /** @description On a credit note: the invoice it credits */
            creditsInvoiceId: string | null;
            /**
             * Format: date
             * @description In the organisation's time zone
             */
            issueDate: string;
            /** Format: date */
            dueDate: string;
            currency: string;
            /** @enum {string} */
            locale: "en" | "sv";
            customerId: string | null;
            buyer: {
                name: string;
                email: string;
                address: string | null;
            };
            /** @description Integer minor units; negative on a credit note */
            totals: {
                net: number;
                vat: number;
                gross: number;
                paid: number;
                due: number;
            };
            bookingId: string | null;
            paymentId: string | null;
            /** Format: date-time */
            issuedAt: string;
            paidAt: string | null;
            seller: {
                name: string;
                addressLines: string[];
                postcode: string | null;
                city: string | null;
                country: string | null;
                orgNumber: string | null;
                vatNumber: string | null;
                bankAccount: string | null;
                bankgiro: string | null;
                swishNumber: string | null;
                timeZone: string;
            };
            pricesIncludeTax: boolean;
            vatBreakdown: {
                basisPoints: number;
                net: number;
                vat: number;
            }[];
            packagePurchaseId: string | null;
            lines: {
                description: string;
                quantity: number;
                unitAmount: number;
                /** @description As entered: inclusive or exclusive of VAT per the invoice's pricesIncludeTax */
                amount: number;
                vatBasisPoints: number;
                netAmount: number;
                vatAmount: number;
            }[];
        };
        PaymentInput: {
            /** Format: uuid */
            id: string;
            bookingId: string | null;
            /** @description Set when the payment buys a package of credits */
            packagePurchaseId: string | null;
            /** @enum {string} */
            method: "card" | "swish" | "bank_transfer";
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed" | "cancelled";
            /** @description Minor units */
            amount: number;
            currency: string;
            refunded: number;
            refundPending: number;
            refundable: number;
            /** @description Kept by a late cancellation or no-show fee */
            retained: number;
            /** @description Given back as credits instead of money */
            credited: number;
            reference: string | null;
            failureReason: string | null;
            /** Format: date-time */
            createdAt: string;
            succeededAt: string | null;
            refunds: {
                /** Format: uuid */
                id: string;
                amount: number;
                /** @enum {string} */
                status: "pending" | "succeeded" | "failed";
                reason: string;
                failureReason: string | null;
                /** Format: date-time */
                createdAt: string;
                settledAt: string | null;
            }[];
        };
        RefundInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            paymentId: string;
            amount: components["schemas"]["MoneyInput"];
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            reason: string;
        };
        SettlementInput: {
            /** @enum {string} */
            outcome: "booked" | "already" | "unbookable" | "credited";
            bookingId: string | null;
            /**
             * Format: uuid
             * @description A package purchase: its credits were granted
             */
            packagePurchaseId?: string;
            /** @enum {string} */
            reason?: "slot_taken" | "appointment_started" | "class_full" | "class_cancelled" | "class_started" | "already_booked" | "booking_cancelled" | "mismatch" | "nothing_due" | "no_show" | "promo_exhausted";
        };
        UnbookablePaymentInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            paymentId: string;
            /** Format: uuid */
            bookingId: string;
            /** @enum {string} */
            reason: "slot_taken" | "appointment_started" | "class_full" | "class_cancelled" | "class_started" | "already_booked" | "booking_cancelled" | "mismatch" | "nothing_due" | "no_show" | "promo_exhausted";
            /** @enum {string} */
            status: "open" | "refunding" | "refunded" | "booked";
            /** @enum {string} */
            method: "card" | "swish" | "bank_transfer";
            amount: number;
            currency: string;
            refundable: number;
            /** Format: date-time */
            createdAt: string;
            resolvedAt: string | null;
        };
        IntegrityReportInput: {
            clean: boolean;
            paymentsWithoutBookingOrRefund: {
                /** Format: uuid */
                paymentId: string;
                /** Format: uuid */
                bookingId: string;
                amount: number;
                refunded: number;
            }[];
            paidBookingsWithoutPayment: {
                /** Format: uuid */
                bookingId: string;
                paymentMethod: string;
            }[];
            refundsStuckPending: {
                /** Format: uuid */
                refundId: string;
                /** Format: uuid */
                paymentId: string;
                amount: number;
                /** Format: date-time */
                createdAt: string;
            }[];
            holdsPastExpiry: {
                /** Format: uuid */
                bookingId: string;
                holdExpiresAt: string | null;
            }[];
            /** @description A stored credit balance that is not the sum of its ledger rows */
            creditBalancesOffLedger: {
                /** Format: uuid */
                customerId: string;
                balance: number;
                ledgerSum: number;
            }[];
            creditGrantsOffLedger: {
                /** Format: uuid */
                grantId: string;
                remaining: number;
                ledgerSum: number;
            }[];
            /** @description A package paid for with neither its credits granted nor the money refunded */
            packagePaymentsWithoutCredits: {
                /** Format: uuid */
                paymentId: string;
                /** Format: uuid */
                packagePurchaseId: string;
                amount: number;
                refunded: number;
            }[];
            /** @description A stored loyalty points balance that is not the sum of its ledger rows */
            pointsBalancesOffLedger: {
                /** Format: uuid */
                customerId: string;
                balance: number;
                ledgerSum: number;
            }[];
            /** @description Money recorded as given back in credits, with no credits granted for it */
            creditedPaymentsWithoutGrant: {
                /** Format: uuid */
                paymentId: string;
                credited: number;
            }[];
        };
        DuePaymentInput: {
            /** Format: uuid */
            bookingId: string;
            /** @description The booking's invoice the payment will be recorded on */
            invoiceId: string | null;
            /** @description The open payment of the balance: for a card, the client secret to confirm with Stripe.js; for Swish or a bank transfer, where to pay and the reference. Asking again returns the same open payment. */
            payment: components["schemas"]["CheckoutInput"];
        };
        PackageInput: {
            /** Format: uuid */
            id: string;
            name: string;
            credits: number;
            price: components["schemas"]["MoneyInput"];
            validityDays: number;
            /** @enum {string} */
            scope: "all_classes" | "class_types" | "services" | "everything";
            scopeIds: string[];
            creditsPerBooking: number;
            active: boolean;
        };
        PackagePurchaseInput: {
            purchase: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                packageId: string;
                /** Format: uuid */
                customerId: string;
                /** @enum {string} */
                status: "pending" | "paid" | "failed" | "refunded";
                /** @enum {string} */
                method: "card" | "swish" | "bank_transfer" | "venue";
                credits: number;
                price: components["schemas"]["MoneyInput"];
                /** Format: date-time */
                createdAt: string;
            };
            /** @description Null when sold at the venue: the credits are granted at once */
            payment: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                method: "card" | "swish" | "bank_transfer";
                status: string;
                amount: components["schemas"]["MoneyInput"];
                /** @description Swish or bank transfer: the message to write with the payment */
                reference: string | null;
                payTo: string | null;
                /** @description Card: confirm with Stripe.js */
                clientSecret: string | null;
                publishableKey: string | null;
            } | null;
        };
        CreditsInput: {
            /** @description Credits that can be used now (expired ones excluded) */
            balance: number;
            grants: {
                /** Format: uuid */
                id: string;
                credits: number;
                remaining: number;
                expiresAt: string | null;
                expired: boolean;
                /** @enum {string} */
                source: "package" | "adjustment" | "refund";
                /** @enum {string} */
                scope: "all_classes" | "class_types" | "services" | "everything";
                scopeIds: string[];
                creditsPerBooking: number;
                /** Format: date-time */
                createdAt: string;
            }[];
            ledger: {
                entries: {
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    kind: "grant" | "use" | "return" | "expiry" | "adjustment";
                    delta: number;
                    reason: string;
                    /** Format: uuid */
                    grantId: string;
                    bookingId: string | null;
                    paymentId: string | null;
                    /** Format: date-time */
                    createdAt: string;
                }[];
                total: number;
                limit: number;
                offset: number;
            };
        };
        LoyaltySettingsInput: {
            enabled: boolean;
            /** @description Points per whole currency unit paid, in basis points (10000 = 1 point per unit); a payment earns the result rounded down */
            pointsPerUnitBp: number;
        };
        LoyaltyRewardInput: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            costPoints: number;
            stock: number | null;
            active: boolean;
            /** @enum {string} */
            kind: "promo" | "credits" | "product";
            promo: {
                /** @enum {string} */
                kind: "percent" | "fixed";
                value: number;
                validDays: number | null;
            } | null;
            credits: {
                credits: number;
                validDays: number | null;
            } | null;
        };
        LoyaltyRedemptionInput: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            rewardId: string;
            rewardName: string;
            /** @enum {string} */
            kind: "promo" | "credits" | "product";
            points: number;
            /** @enum {string} */
            status: "pending" | "fulfilled" | "cancelled";
            /** Format: uuid */
            customerId: string;
            customerName: string;
            /** @description The single-use code issued, for a promo reward */
            promoCode: string | null;
            creditGrantId: string | null;
            /** Format: date-time */
            createdAt: string;
            fulfilledAt: string | null;
            cancelledAt: string | null;
        };
        LoyaltyPointsInput: {
            enabled: boolean;
            balance: number;
            ledger: {
                entries: {
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    kind: "earn" | "refund" | "redeem" | "return" | "adjustment";
                    delta: number;
                    /** @description A refund: points that could not be taken back (already spent) */
                    shortfall: number;
                    reason: string;
                    paymentId: string | null;
                    redemptionId: string | null;
                    /** Format: date-time */
                    createdAt: string;
                }[];
                total: number;
                limit: number;
                offset: number;
            };
            redemptions: components["schemas"]["LoyaltyRedemptionInput"][];
        };
        MyLoyaltyInput: {
            enabled: boolean;
            balance: number;
            ledger: {
                entries: {
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    kind: "earn" | "refund" | "redeem" | "return" | "adjustment";
                    delta: number;
                    /** @description A refund: points that could not be taken back (already spent) */
                    shortfall: number;
                    reason: string;
                    paymentId: string | null;
                    redemptionId: string | null;
                    /** Format: date-time */
                    createdAt: string;
                }[];
                total: number;
                limit: number;
                offset: number;
            };
            redemptions: components["schemas"]["LoyaltyRedemptionInput"][];
            /** @description The active rewards */
            rewards: components["schemas"]["LoyaltyRewardInput"][];
        };
        SavedCardInput: {
            /** @description Stripe's PaymentMethod id (pm_…): what savedCardId names at checkout */
            id: string;
            /** @description visa, mastercard, amex, … */
            brand: string;
            last4: string;
            expMonth: number;
            expYear: number;
            isDefault: boolean;
        };
        CancellationPolicyInput: {
            /** Format: uuid */
            id: string;
            serviceId: string | null;
            classTypeId: string | null;
            freeHours: number | null;
            /** @enum {string} */
            lateAction: "refuse" | "fee" | "no_refund";
            lateFee: {
                /** @enum {string} */
                kind: "fixed" | "percent";
                value: number;
            } | null;
            /** @enum {string} */
            refundTo: "card" | "credit";
            creditValidityDays: number;
            noShowFee: {
                /** @enum {string} */
                kind: "fixed" | "percent";
                value: number;
            } | null;
        };
        PriceAdjustmentInput: {
            /** @constant */
            kind: "percent";
            /** @description Hundredths of a percent: 2500 is 25 % */
            basisPoints: number;
        } | {
            /** @constant */
            kind: "fixed";
            /** @description Integer minor units: 65000 is 650.00 SEK */
            amount: number;
        };
        /** @description Paid at booking; the rest is due later. Of the total, and never more than it */
        DepositInput: {
            /** @constant */
            kind: "none";
        } | {
            /** @constant */
            kind: "percent";
            /** @description Hundredths of a percent: 2500 is 25 % */
            basisPoints: number;
        } | {
            /** @constant */
            kind: "fixed";
            /** @description Integer minor units: 65000 is 650.00 SEK */
            amount: number;
        };
        TaxRateInput: {
            /** Format: uuid */
            id: string;
            name: string;
            basisPoints: number;
        };
        PricingSettingsInput: {
            /** @description Prices are entered with tax included (true) or before tax (false) */
            pricesIncludeTax: boolean;
            /** @description The rate of services and classes without one of their own */
            defaultTaxRateId: string | null;
        };
        ItemPricingInput: {
            /** @description null: the organisation's default rate */
            taxRateId: string | null;
            deposit: components["schemas"]["DepositInput"];
        };
        SurchargeRuleInput: {
            /** Format: uuid */
            id: string;
            name: string;
            when: {
                /** @constant */
                kind: "weekly";
                weekdays: number[];
                from: string | null;
                until: string | null;
            } | {
                /** @constant */
                kind: "holiday";
            } | {
                /** @constant */
                kind: "short_notice";
                withinMinutes: number;
            };
            adjustment: components["schemas"]["PriceAdjustmentInput"];
            active: boolean;
        };
        ServiceAreaInput: {
            centre: {
                lat: number;
                lon: number;
            } | null;
            bands: {
                upToKm: number;
                fixedAmount: number;
                perKmAmount: number;
            }[];
            postcodeZones: {
                prefix: string;
                amount: number;
            }[];
        };
        PromoCodeInput: {
            /** Format: uuid */
            id: string;
            code: string;
            adjustment: components["schemas"]["PriceAdjustmentInput"];
            validFrom: string | null;
            validUntil: string | null;
            appliesTo: {
                /** @enum {string} */
                kind: "all" | "classes" | "services";
            } | {
                /** @constant */
                kind: "listed";
                serviceIds: string[];
                classIds: string[];
            };
            minimumOrder: number;
            maxUses: number | null;
            maxUsesPerCustomer: number | null;
            firstBookingOnly: boolean;
            active: boolean;
            /** @description Uses so far, by bookings that are not cancelled */
            usesCount: number;
            /** Format: date-time */
            createdAt: string;
        };
        QuoteInput: {
            currency: string;
            pricesIncludeTax: boolean;
            lines: {
                /** @enum {string} */
                kind: "base" | "travel" | "surcharge" | "discount";
                label: string;
                quantity: number;
                unitAmount: number;
                /** @description As entered (with or without tax, per pricesIncludeTax); discounts negative */
                amount: number;
                /** @description The surcharge rule id, the postcode zone or the promo code */
                ref: string | null;
            }[];
            /** @description The lines before the discount */
            subtotal: number;
            discount: number;
            taxes: {
                name: string;
                basisPoints: number;
                /** @description Before tax */
                taxableAmount: number;
                taxAmount: number;
            }[];
            taxTotal: number;
            /** @description What the customer pays in all, tax included */
            total: number;
            /** @description Paid at booking (the total when there is no deposit) */
            depositDueNow: number;
            dueLater: number;
            /** @description False when the order is under the code’s minimum */
            promoApplied: boolean;
            /** @description From the area's centre, when the travel fee was priced by distance */
            distanceKm?: number;
        };
        ApiKeyInput: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The first characters of the secret, to tell keys apart */
            prefix: string;
            scopes: ("read" | "bookings:write" | "catalogue:write" | "payments:write" | "admin")[];
            /** Format: date-time */
            createdAt: string;
            /** @description To the minute */
            lastUsedAt: string | null;
            revokedAt: string | null;
        };
        PaymentHistoryEntryInput: {
            /** @description The payment, refund or (first) credit ledger row */
            id: string;
            /** @enum {string} */
            kind: "payment" | "refund" | "credit_use" | "credit_return";
            /**
             * Format: date-time
             * @description When the money moved (or the attempt was made), an instant
             */
            occurredAt: string;
            /** @description Integer minor units; negative for a refund; null for a credit movement */
            amount: number | null;
            currency: string | null;
            /** @description Credits moved: negative for a use, positive for a return */
            credits: number | null;
            /** @enum {string} */
            method: "card" | "swish" | "bank_transfer" | "credits";
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed" | "cancelled";
            /** @description What it was for: the class, the service or the credit package */
            title: string | null;
            /** @description When the class or appointment starts */
            startsAt: string | null;
            bookingId: string | null;
            packagePurchaseId: string | null;
            paymentId: string | null;
            /** @description The invoice or receipt of the booking or package, if one was issued */
            invoiceId: string | null;
        };
        LivenessInput: {
            /** @constant */
            status: "ok";
        };
        AnalyticsBookingsInput: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            timeZone: string;
            /** @description The organisation's currency */
            currency: string;
            rows: {
                /** Format: date */
                date: string;
                /** @description Live class bookings (confirmed, attended or no-show) of classes on this day */
                classes: number;
                /** @description Live appointments on this day */
                appointments: number;
                /** @description Bookings for this day cancelled by the customer or staff */
                cancelled: number;
                noShows: number;
            }[];
        };
        AnalyticsRevenueByMethodInput: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            timeZone: string;
            /** @description The organisation's currency */
            currency: string;
            rows: {
                /** @enum {string} */
                method: "card" | "swish" | "bank_transfer";
                currency: string;
                payments: number;
                /** @description Integer minor units */
                gross: number;
                /** @description Integer minor units */
                refunded: number;
                /** @description Integer minor units */
                net: number;
            }[];
        };
        AnalyticsRevenueByItemInput: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            timeZone: string;
            /** @description The organisation's currency */
            currency: string;
            rows: {
                /** @enum {string} */
                kind: "class" | "service" | "package";
                name: string;
                currency: string;
                payments: number;
                /** @description Integer minor units */
                gross: number;
                /** @description Integer minor units */
                refunded: number;
                /** @description Integer minor units */
                net: number;
            }[];
        };
        AnalyticsFillRateInput: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            timeZone: string;
            /** @description The organisation's currency */
            currency: string;
            rows: {
                /** Format: uuid */
                classId: string;
                title: string;
                /** Format: date-time */
                startsAt: string;
                spots: number;
                booked: number;
                attended: number;
                /** @description 0 to 1 (may exceed 1 only by over-long bookings); null: nothing to divide by */
                fillRate: number | null;
            }[];
        };
        AnalyticsUtilisationInput: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            timeZone: string;
            /** @description The organisation's currency */
            currency: string;
            rows: {
                /** Format: uuid */
                providerId: string;
                name: string;
                workingMinutes: number;
                bookedMinutes: number;
                /** @description 0 to 1 (may exceed 1 only by over-long bookings); null: nothing to divide by */
                utilisation: number | null;
            }[];
        };
        AnalyticsPaymentsInput: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            timeZone: string;
            /** @description The organisation's currency */
            currency: string;
            rows: {
                /** @enum {string} */
                method: "card" | "swish" | "bank_transfer";
                started: number;
                succeeded: number;
                failed: number;
                cancelled: number;
                pending: number;
                /** @description Succeeded of the payments that have ended (succeeded, failed or cancelled) */
                successRate: number | null;
            }[];
        };
        AnalyticsFunnelInput: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            timeZone: string;
            /** @description The organisation's currency */
            currency: string;
            rows: {
                /** Format: date */
                date: string;
                pageViews: number;
                checkoutsStarted: number;
                /** @description Bookings made online this day (not by staff; checkouts whose payment never came aside) */
                booked: number;
            }[];
        };
        AnalyticsCustomersInput: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            timeZone: string;
            /** @description The organisation's currency */
            currency: string;
            rows: {
                /** @description Customers whose first booking was made in the period */
                newCustomers: number;
                /** @description Customers who booked in the period and had booked before */
                returningCustomers: number;
            }[];
        };
        AnalyticsBalancesInput: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            timeZone: string;
            /** @description The organisation's currency */
            currency: string;
            rows: {
                /** @description Unexpired credits customers hold now */
                credits: number;
                creditCustomers: number;
                /** @description Loyalty points customers hold now */
                points: number;
                pointCustomers: number;
            }[];
        };
        AuditEntry: {
            id: number;
            /** Format: date-time */
            occurredAt: string;
            actor: {
                /** @enum {string} */
                type: "user" | "guest" | "system" | "api_key";
                id: string | null;
                /** @description An API key's name */
                label: string | null;
            };
            ip: string | null;
            userAgent: string | null;
            requestId: string | null;
            action: string;
            entityType: string;
            /** Format: uuid */
            entityId: string;
            before: unknown;
            after: unknown;
        };
        Money: {
            /** @description Integer minor units (öre, cents) */
            amount: number;
            /** @description ISO 4217 code */
            currency: string;
        };
        Hold: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "class" | "appointment";
            /**
             * Format: date-time
             * @description Book before this, naming the hold, or it lapses
             */
            expiresAt: string;
            classId: string | null;
            spots: number;
            serviceId: string | null;
            providerId: string | null;
            start: string | null;
            end: string | null;
        };
        BookingPricing: {
            lines: {
                /** @enum {string} */
                kind: "base" | "travel" | "surcharge" | "discount";
                label: string;
                quantity: number;
                unitAmount: number;
                /** @description As entered (with or without tax, per pricesIncludeTax); discounts negative */
                amount: number;
                /** @description The surcharge rule id, the postcode zone or the promo code */
                ref: string | null;
                tax: {
                    name: string;
                    basisPoints: number;
                    amount: number;
                } | null;
            }[];
            pricesIncludeTax: boolean;
            subtotal: components["schemas"]["Money"];
            discount: components["schemas"]["Money"];
            taxTotal: components["schemas"]["Money"];
            total: components["schemas"]["Money"];
            /** @description The payment asked for at booking */
            depositDueNow: components["schemas"]["Money"];
            promoCode: string | null;
        };
        Booking: {
            /** Format: uuid */
            id: string;
            /**
             * @description Spots in a class, or a provider's time
             * @enum {string}
             */
            kind: "class" | "appointment";
            /** @enum {string} */
            status: "pending" | "confirmed" | "in_progress" | "completed" | "no_show" | "cancelled";
            /** @description The class's title or the service's name */
            title: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /** Format: date-time */
            startsAtLocal: string;
            /** Format: date-time */
            endsAtLocal: string;
            /** @description The organisation's time zone, in which the local times are given */
            timeZone: string;
            spots: number;
            /** @description The total, tax included */
            price: components["schemas"]["Money"];
            /** @description How the price was made up (null for bookings made before prices had lines) */
            pricing: components["schemas"]["BookingPricing"] | null;
            /** @description Paid so far, less refunds */
            paid: components["schemas"]["Money"];
            /** @description Still to pay: the rest after a deposit, or all of it at the venue; 0 once cancelled */
            due: components["schemas"]["Money"];
            /** @enum {string} */
            paymentMethod: "venue" | "free" | "card" | "swish" | "bank_transfer" | "credits";
            /** @enum {string} */
            source: "guest" | "account" | "staff";
            /** Format: date-time */
            createdAt: string;
            cancelledAt: string | null;
            cancelledBy: ("customer" | "staff" | "system") | null;
            cancelReason: string | null;
            /** @description Until when the customer may cancel; null if no longer */
            cancellableUntil: string | null;
            /** @description Appointments: until when the customer may move it; null if no longer */
            reschedulableUntil: string | null;
            checkedInAt: string | null;
            /** @description When it was marked completed or no-show */
            finishedAt: string | null;
            /** @description Set for a class booking */
            class: {
                /** Format: uuid */
                id: string;
                title: string;
                location: string;
                instructorName: string;
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
                /** Format: date-time */
                startsAtLocal: string;
                /** Format: date-time */
                endsAtLocal: string;
                timeZone: string;
                /** @enum {string} */
                status: "scheduled" | "cancelled";
            } | null;
            /** @description Set for an appointment (a provider's time) */
            appointment: {
                service: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    /** @enum {string} */
                    locationMode: "at_location" | "at_customer" | "remote";
                    durationMinutes: number;
                };
                provider: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                };
                /** @description The place, for a service at a location */
                location: string | null;
                /** @description The customer's address, for a service at the customer's */
                address: string | null;
                phone: string | null;
                notes: string | null;
                videoUrl: string | null;
                /**
                 * @description Remote services: the meeting link is made just after booking; "pending" until then
                 * @enum {string}
                 */
                videoStatus: "not_needed" | "pending" | "ready";
            } | null;
            customer: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
            } | null;
            /** @description A pending booking holds its spots until then */
            holdExpiresAt: string | null;
            /**
             * @description Derived from the payment and its refunds
             * @enum {string}
             */
            paymentStatus: "not_required" | "at_venue" | "pending" | "paid" | "partially_refunded" | "refunded" | "unpaid";
            paymentId: string | null;
            /** @description While a Swish or bank transfer booking waits for its payment: where to pay, and the reference to write */
            paymentInstructions: {
                /** @enum {string} */
                method: "swish" | "bank_transfer";
                payTo: string | null;
                reference: string;
                amount: components["schemas"]["Money"];
            } | null;
        };
        Checkout: {
            /**
             * Format: uuid
             * @description The payment
             */
            id: string;
            /** @enum {string} */
            method: "card" | "swish" | "bank_transfer";
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed" | "cancelled";
            amount: components["schemas"]["Money"];
            /** @description Pay before this, or the spots are released */
            holdExpiresAt: string | null;
            /** @description Swish / bank transfer: the message to write with the payment */
            reference: string | null;
            /** @description Swish number or bank account */
            payTo: string | null;
            /** @description Card: for Stripe.js confirmCardPayment / Elements */
            clientSecret: string | null;
            publishableKey: string | null;
        };
        BookingCreated: {
            booking: components["schemas"]["Booking"];
            /** @description True when this customer already had a booking in the class; nothing new was created */
            alreadyBooked: boolean;
            /** @description The guest's secret for viewing and cancelling without an account */
            manageToken: string | null;
            manageUrl: string | null;
            /** @description Set when the booking waits for a payment */
            payment: components["schemas"]["Checkout"] | null;
        };
        Job: {
            id: number;
            kind: string;
            /** @enum {string} */
            status: "pending" | "running" | "done" | "dead" | "cancelled";
            attempts: number;
            maxAttempts: number;
            /** Format: date-time */
            runAt: string;
            lastError: string | null;
            result: string | null;
            /** Format: date-time */
            createdAt: string;
            finishedAt: string | null;
        };
        WebhookEndpoint: {
            /** Format: uuid */
            id: string;
            url: string;
            description: string;
            events: string[];
            active: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        WebhookDelivery: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            eventId: string;
            eventType: string;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            attempts: number;
            lastStatusCode: number | null;
            lastError: string | null;
            /** Format: date-time */
            createdAt: string;
            deliveredAt: string | null;
        };
        User: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "customer" | "staff" | "admin";
            locale: ("en" | "sv") | null;
        };
        Session: {
            user: components["schemas"]["User"] | null;
            /** @description Send as the X-CSRF-Token header on every cookie-authenticated POST, PATCH and DELETE */
            csrfToken: string | null;
        };
        Profile: {
            /** Format: uuid */
            id: string;
            email: string;
            /** @description A new address waiting for its confirmation link to be opened */
            pendingEmail: string | null;
            name: string;
            phone: string | null;
            address: string | null;
            /** @description Mails and messages use it; null follows the organisation's */
            locale: ("en" | "sv") | null;
            /** @description Booking confirmations, changes, cancellations and refunds are always sent */
            notifications: {
                /** @description A reminder before each booking */
                reminders: boolean;
                /** @description Invoices, payment reminders and receipts by mail (they stay in the portal) */
                invoices: boolean;
                /** @description News and offers from the business (off until chosen) */
                news: boolean;
            };
        };
        PersonalDataExport: {
            /** Format: date-time */
            exportedAt: string;
            organisation: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @description Rows by section (account, customers, bookings, payments, refunds, invoices, credit ledger, audit…) */
            sections: {
                [key: string]: unknown[];
            };
        };
        Organisation: {
            /** Format: uuid */
            id: string;
            slug: string;
            name: string;
            timeZone: string;
            currency: string;
            /** @enum {string} */
            defaultLocale: "en" | "sv";
            cancellationDeadlineHours: number;
            reminderHours: number;
            mailFrom: string | null;
            paymentMethods: ("card" | "swish" | "bank_transfer" | "venue")[];
            holdMinutes: number;
            slotHoldMinutes: number;
            manualPaymentHours: number;
            swishNumber: string | null;
            bankAccount: string | null;
            /** @enum {string} */
            unbookablePaymentPolicy: "refund" | "queue";
            legalName: string | null;
            addressLines: string[];
            postcode: string | null;
            city: string | null;
            country: string | null;
            orgNumber: string | null;
            vatNumber: string | null;
            bankgiro: string | null;
            invoiceDueDays: number;
            /** @enum {string} */
            invoicePolicy: "at_booking" | "after_completion" | "never";
            /** @description Whether card payments work on this deployment (Stripe is configured) */
            cardPayments: boolean;
        };
        Class: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            instructorName: string;
            location: string;
            locationId: string | null;
            classTypeId: string | null;
            /**
             * Format: date-time
             * @description Instant, UTC
             */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /**
             * Format: date-time
             * @description The same instant in the organisation's time zone
             */
            startsAtLocal: string;
            /** Format: date-time */
            endsAtLocal: string;
            timeZone: string;
            maxSpots: number;
            maxSpotsPerCustomer: number;
            spotsLeft: number;
            soldOut: boolean;
            price: components["schemas"]["Money"];
            /** @enum {string} */
            status: "scheduled" | "cancelled";
            cancelledAt: string | null;
        };
        ClassType: {
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: date-time */
            createdAt: string;
        };
        Customer: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
            locale: ("en" | "sv") | null;
            hasAccount: boolean;
            activeBookings: number;
            /** Format: date-time */
            createdAt: string;
        };
        Slots: {
            /** Format: uuid */
            serviceId: string;
            /** @description The zone of startLocal and date */
            timeZone: string;
            slots: {
                /** Format: date-time */
                start: string;
                /** Format: date-time */
                end: string;
                /** @description The start with its offset in timeZone, e.g. 2026-03-29T09:00:00+02:00 */
                startLocal: string;
                /** @description Local date of the start in timeZone */
                date: string;
                /** @description The providers free at this start */
                providerIds: string[];
            }[];
            /** @description Active providers who offer the service */
            providers: {
                /** Format: uuid */
                id: string;
                name: string;
            }[];
        };
        Health: {
            /** @enum {string} */
            status: "ok" | "unavailable";
            database: {
                /** @enum {string} */
                kind: "pglite" | "postgres";
                ok: boolean;
                durationMs: number;
            };
            uptimeSeconds: number;
        };
        Readiness: {
            /** @enum {string} */
            status: "ready" | "not_ready";
            /** @description The checks that failed */
            failing: ("database" | "migrations" | "jobs" | "shutdown")[];
            checks: {
                /** @description ok, or why it could not be read */
                database: string;
                /** @description ok, or the versions missing */
                migrations: string;
                /** @description ok, stalled, stopped, or not run in this process */
                jobs: string;
                /** @description no, or draining after SIGTERM */
                shutdown: string;
            };
        };
        Location: {
            /** Format: uuid */
            id: string;
            name: string;
            address: {
                lines: string[];
                postalCode: string;
                city: string;
                country: string;
            };
            timeZone: string;
            coordinates: {
                lat: number;
                lng: number;
            } | null;
        };
        WeeklyHours: {
            /** @description Zone of the wall times */
            timeZone: string;
            intervals: {
                weekday: number;
                start: string;
                end: string;
                locationId: string | null;
            }[];
        };
        DateOverride: {
            date: string;
            closed: boolean;
            intervals: {
                start: string;
                end: string;
                locationId: string | null;
            }[];
        };
        TimeOff: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            note: string;
        };
        Provider: {
            /** Format: uuid */
            id: string;
            name: string;
            bio: string;
            active: boolean;
            /** @description Staff only */
            userId?: string | null;
            /** @description Staff only */
            timeZone?: string;
            /** @description Staff only: the services this provider performs */
            serviceIds?: string[];
        };
        Service: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            durationMinutes: number;
            bufferBeforeMinutes: number;
            bufferAfterMinutes: number;
            slotIntervalMinutes: number;
            minimumNoticeMinutes: number;
            maximumDaysAhead: number;
            price: components["schemas"]["Money"];
            where: {
                /** @enum {string} */
                mode: "at_location" | "at_customer" | "remote";
                locationId: string | null;
            };
            /** @description Public: active providers only */
            providerIds: string[];
            capacity: number;
            active: boolean;
        };
        InvoiceSummary: {
            /** Format: uuid */
            id: string;
            /** @description Sequential per organisation, without gaps */
            number: number;
            /** @enum {string} */
            kind: "invoice" | "receipt" | "credit_note";
            /** @enum {string} */
            status: "open" | "paid" | "overdue" | "void" | "credited";
            /** @description On a credit note: the invoice it credits */
            creditsInvoiceId: string | null;
            /**
             * Format: date
             * @description In the organisation's time zone
             */
            issueDate: string;
            /** Format: date */
            dueDate: string;
            currency: string;
            /** @enum {string} */
            locale: "en" | "sv";
            customerId: string | null;
            buyer: {
                name: string;
                email: string;
                address: string | null;
            };
            /** @description Integer minor units; negative on a credit note */
            totals: {
                net: number;
                vat: number;
                gross: number;
                paid: number;
                due: number;
            };
            bookingId: string | null;
            paymentId: string | null;
            /** Format: date-time */
            issuedAt: string;
            paidAt: string | null;
        };
        Invoice: {
            /** Format: uuid */
            id: string;
            /** @description Sequential per organisation, without gaps */
            number: number;
            /** @enum {string} */
            kind: "invoice" | "receipt" | "credit_note";
            /** @enum {string} */
            status: "open" | "paid" | "overdue" | "void" | "credited";
            /** @description On a credit note: the invoice it credits */
            creditsInvoiceId: string | null;
            /**
             * Format: date
             * @description In the organisation's time zone
             */
            issueDate: string;
            /** Format: date */
            dueDate: string;
            currency: string;
            /** @enum {string} */
            locale: "en" | "sv";
            customerId: string | null;
            buyer: {
                name: string;
                email: string;
                address: string | null;
            };
            /** @description Integer minor units; negative on a credit note */
            totals: {
                net: number;
                vat: number;
                gross: number;
                paid: number;
                due: number;
            };
            bookingId: string | null;
            paymentId: string | null;
            /** Format: date-time */
            issuedAt: string;
            paidAt: string | null;
            seller: {
                name: string;
                addressLines: string[];
                postcode: string | null;
                city: string | null;
                country: string | null;
                orgNumber: string | null;
                vatNumber: string | null;
                bankAccount: string | null;
                bankgiro: string | null;
                swishNumber: string | null;
                timeZone: string;
            };
            pricesIncludeTax: boolean;
            vatBreakdown: {
                basisPoints: number;
                net: number;
                vat: number;
            }[];
            packagePurchaseId: string | null;
            lines: {
                description: string;
                quantity: number;
                unitAmount: number;
                /** @description As entered: inclusive or exclusive of VAT per the invoice's pricesIncludeTax */
                amount: number;
                vatBasisPoints: number;
                netAmount: number;
                vatAmount: number;
            }[];
        };
        Payment: {
            /** Format: uuid */
            id: string;
            bookingId: string | null;
            /** @description Set when the payment buys a package of credits */
            packagePurchaseId: string | null;
            /** @enum {string} */
            method: "card" | "swish" | "bank_transfer";
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed" | "cancelled";
            /** @description Minor units */
            amount: number;
            currency: string;
            refunded: number;
            refundPending: number;
            refundable: number;
            /** @description Kept by a late cancellation or no-show fee */
            retained: number;
            /** @description Given back as credits instead of money */
            credited: number;
            reference: string | null;
            failureReason: string | null;
            /** Format: date-time */
            createdAt: string;
            succeededAt: string | null;
            refunds: {
                /** Format: uuid */
                id: string;
                amount: number;
                /** @enum {string} */
                status: "pending" | "succeeded" | "failed";
                reason: string;
                failureReason: string | null;
                /** Format: date-time */
                createdAt: string;
                settledAt: string | null;
            }[];
        };
        Refund: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            paymentId: string;
            amount: components["schemas"]["Money"];
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            reason: string;
        };
        Settlement: {
            /** @enum {string} */
            outcome: "booked" | "already" | "unbookable" | "credited";
            bookingId: string | null;
            /**
             * Format: uuid
             * @description A package purchase: its credits were granted
             */
            packagePurchaseId?: string;
            /** @enum {string} */
            reason?: "slot_taken" | "appointment_started" | "class_full" | "class_cancelled" | "class_started" | "already_booked" | "booking_cancelled" | "mismatch" | "nothing_due" | "no_show" | "promo_exhausted";
        };
        UnbookablePayment: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            paymentId: string;
            /** Format: uuid */
            bookingId: string;
            /** @enum {string} */
            reason: "slot_taken" | "appointment_started" | "class_full" | "class_cancelled" | "class_started" | "already_booked" | "booking_cancelled" | "mismatch" | "nothing_due" | "no_show" | "promo_exhausted";
            /** @enum {string} */
            status: "open" | "refunding" | "refunded" | "booked";
            /** @enum {string} */
            method: "card" | "swish" | "bank_transfer";
            amount: number;
            currency: string;
            refundable: number;
            /** Format: date-time */
            createdAt: string;
            resolvedAt: string | null;
        };
        IntegrityReport: {
            clean: boolean;
            paymentsWithoutBookingOrRefund: {
                /** Format: uuid */
                paymentId: string;
                /** Format: uuid */
                bookingId: string;
                amount: number;
                refunded: number;
            }[];
            paidBookingsWithoutPayment: {
                /** Format: uuid */
                bookingId: string;
                paymentMethod: string;
            }[];
            refundsStuckPending: {
                /** Format: uuid */
                refundId: string;
                /** Format: uuid */
                paymentId: string;
                amount: number;
                /** Format: date-time */
                createdAt: string;
            }[];
            holdsPastExpiry: {
                /** Format: uuid */
                bookingId: string;
                holdExpiresAt: string | null;
            }[];
            /** @description A stored credit balance that is not the sum of its ledger rows */
            creditBalancesOffLedger: {
                /** Format: uuid */
                customerId: string;
                balance: number;
                ledgerSum: number;
            }[];
            creditGrantsOffLedger: {
                /** Format: uuid */
                grantId: string;
                remaining: number;
                ledgerSum: number;
            }[];
            /** @description A package paid for with neither its credits granted nor the money refunded */
            packagePaymentsWithoutCredits: {
                /** Format: uuid */
                paymentId: string;
                /** Format: uuid */
                packagePurchaseId: string;
                amount: number;
                refunded: number;
            }[];
            /** @description A stored loyalty points balance that is not the sum of its ledger rows */
            pointsBalancesOffLedger: {
                /** Format: uuid */
                customerId: string;
                balance: number;
                ledgerSum: number;
            }[];
            /** @description Money recorded as given back in credits, with no credits granted for it */
            creditedPaymentsWithoutGrant: {
                /** Format: uuid */
                paymentId: string;
                credited: number;
            }[];
        };
        DuePayment: {
            /** Format: uuid */
            bookingId: string;
            /** @description The booking's invoice the payment will be recorded on */
            invoiceId: string | null;
            /** @description The open payment of the balance: for a card, the client secret to confirm with Stripe.js; for Swish or a bank transfer, where to pay and the reference. Asking again returns the same open payment. */
            payment: components["schemas"]["Checkout"];
        };
        Package: {
            /** Format: uuid */
            id: string;
            name: string;
            credits: number;
            price: components["schemas"]["Money"];
            validityDays: number;
            /** @enum {string} */
            scope: "all_classes" | "class_types" | "services" | "everything";
            scopeIds: string[];
            creditsPerBooking: number;
            active: boolean;
        };
        PackagePurchase: {
            purchase: {
                /** Format: uuid */
                id: string;
                /** Format: uuid */
                packageId: string;
                /** Format: uuid */
                customerId: string;
                /** @enum {string} */
                status: "pending" | "paid" | "failed" | "refunded";
                /** @enum {string} */
                method: "card" | "swish" | "bank_transfer" | "venue";
                credits: number;
                price: components["schemas"]["Money"];
                /** Format: date-time */
                createdAt: string;
            };
            /** @description Null when sold at the venue: the credits are granted at once */
            payment: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                method: "card" | "swish" | "bank_transfer";
                status: string;
                amount: components["schemas"]["Money"];
                /** @description Swish or bank transfer: the message to write with the payment */
                reference: string | null;
                payTo: string | null;
                /** @description Card: confirm with Stripe.js */
                clientSecret: string | null;
                publishableKey: string | null;
            } | null;
        };
        Credits: {
            /** @description Credits that can be used now (expired ones excluded) */
            balance: number;
            grants: {
                /** Format: uuid */
                id: string;
                credits: number;
                remaining: number;
                expiresAt: string | null;
                expired: boolean;
                /** @enum {string} */
                source: "package" | "adjustment" | "refund";
                /** @enum {string} */
                scope: "all_classes" | "class_types" | "services" | "everything";
                scopeIds: string[];
                creditsPerBooking: number;
                /** Format: date-time */
                createdAt: string;
            }[];
            ledger: {
                entries: {
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    kind: "grant" | "use" | "return" | "expiry" | "adjustment";
                    delta: number;
                    reason: string;
                    /** Format: uuid */
                    grantId: string;
                    bookingId: string | null;
                    paymentId: string | null;
                    /** Format: date-time */
                    createdAt: string;
                }[];
                total: number;
                limit: number;
                offset: number;
            };
        };
        LoyaltySettings: {
            enabled: boolean;
            /** @description Points per whole currency unit paid, in basis points (10000 = 1 point per unit); a payment earns the result rounded down */
            pointsPerUnitBp: number;
        };
        LoyaltyReward: {
            /** Format: uuid */
            id: string;
            name: string;
            description: string;
            costPoints: number;
            stock: number | null;
            active: boolean;
            /** @enum {string} */
            kind: "promo" | "credits" | "product";
            promo: {
                /** @enum {string} */
                kind: "percent" | "fixed";
                value: number;
                validDays: number | null;
            } | null;
            credits: {
                credits: number;
                validDays: number | null;
            } | null;
        };
        LoyaltyRedemption: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            rewardId: string;
            rewardName: string;
            /** @enum {string} */
            kind: "promo" | "credits" | "product";
            points: number;
            /** @enum {string} */
            status: "pending" | "fulfilled" | "cancelled";
            /** Format: uuid */
            customerId: string;
            customerName: string;
            /** @description The single-use code issued, for a promo reward */
            promoCode: string | null;
            creditGrantId: string | null;
            /** Format: date-time */
            createdAt: string;
            fulfilledAt: string | null;
            cancelledAt: string | null;
        };
        LoyaltyPoints: {
            enabled: boolean;
            balance: number;
            ledger: {
                entries: {
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    kind: "earn" | "refund" | "redeem" | "return" | "adjustment";
                    delta: number;
                    /** @description A refund: points that could not be taken back (already spent) */
                    shortfall: number;
                    reason: string;
                    paymentId: string | null;
                    redemptionId: string | null;
                    /** Format: date-time */
                    createdAt: string;
                }[];
                total: number;
                limit: number;
                offset: number;
            };
            redemptions: components["schemas"]["LoyaltyRedemption"][];
        };
        MyLoyalty: {
            enabled: boolean;
            balance: number;
            ledger: {
                entries: {
                    /** Format: uuid */
                    id: string;
                    /** @enum {string} */
                    kind: "earn" | "refund" | "redeem" | "return" | "adjustment";
                    delta: number;
                    /** @description A refund: points that could not be taken back (already spent) */
                    shortfall: number;
                    reason: string;
                    paymentId: string | null;
                    redemptionId: string | null;
                    /** Format: date-time */
                    createdAt: string;
                }[];
                total: number;
                limit: number;
                offset: number;
            };
            redemptions: components["schemas"]["LoyaltyRedemption"][];
            /** @description The active rewards */
            rewards: components["schemas"]["LoyaltyReward"][];
        };
        SavedCard: {
            /** @description Stripe's PaymentMethod id (pm_…): what savedCardId names at checkout */
            id: string;
            /** @description visa, mastercard, amex, … */
            brand: string;
            last4: string;
            expMonth: number;
            expYear: number;
            isDefault: boolean;
        };
        CancellationPolicy: {
            /** Format: uuid */
            id: string;
            serviceId: string | null;
            classTypeId: string | null;
            freeHours: number | null;
            /** @enum {string} */
            lateAction: "refuse" | "fee" | "no_refund";
            lateFee: {
                /** @enum {string} */
                kind: "fixed" | "percent";
                value: number;
            } | null;
            /** @enum {string} */
            refundTo: "card" | "credit";
            creditValidityDays: number;
            noShowFee: {
                /** @enum {string} */
                kind: "fixed" | "percent";
                value: number;
            } | null;
        };
        PriceAdjustment: {
            /** @constant */
            kind: "percent";
            /** @description Hundredths of a percent: 2500 is 25 % */
            basisPoints: number;
        } | {
            /** @constant */
            kind: "fixed";
            /** @description Integer minor units: 65000 is 650.00 SEK */
            amount: number;
        };
        /** @description Paid at booking; the rest is due later. Of the total, and never more than it */
        Deposit: {
            /** @constant */
            kind: "none";
        } | {
            /** @constant */
            kind: "percent";
            /** @description Hundredths of a percent: 2500 is 25 % */
            basisPoints: number;
        } | {
            /** @constant */
            kind: "fixed";
            /** @description Integer minor units: 65000 is 650.00 SEK */
            amount: number;
        };
        TaxRate: {
            /** Format: uuid */
            id: string;
            name: string;
            basisPoints: number;
        };
        PricingSettings: {
            /** @description Prices are entered with tax included (true) or before tax (false) */
            pricesIncludeTax: boolean;
            /** @description The rate of services and classes without one of their own */
            defaultTaxRateId: string | null;
        };
        ItemPricing: {
            /** @description null: the organisation's default rate */
            taxRateId: string | null;
            deposit: components["schemas"]["Deposit"];
        };
        SurchargeRule: {
            /** Format: uuid */
            id: string;
            name: string;
            when: {
                /** @constant */
                kind: "weekly";
                weekdays: number[];
                from: string | null;
                until: string | null;
            } | {
                /** @constant */
                kind: "holiday";
            } | {
                /** @constant */
                kind: "short_notice";
                withinMinutes: number;
            };
            adjustment: components["schemas"]["PriceAdjustment"];
            active: boolean;
        };
        ServiceArea: {
            centre: {
                lat: number;
                lon: number;
            } | null;
            bands: {
                upToKm: number;
                fixedAmount: number;
                perKmAmount: number;
            }[];
            postcodeZones: {
                prefix: string;
                amount: number;
            }[];
        };
        PromoCode: {
            /** Format: uuid */
            id: string;
            code: string;
            adjustment: components["schemas"]["PriceAdjustment"];
            validFrom: string | null;
            validUntil: string | null;
            appliesTo: {
                /** @enum {string} */
                kind: "all" | "classes" | "services";
            } | {
                /** @constant */
                kind: "listed";
                serviceIds: string[];
                classIds: string[];
            };
            minimumOrder: number;
            maxUses: number | null;
            maxUsesPerCustomer: number | null;
            firstBookingOnly: boolean;
            active: boolean;
            /** @description Uses so far, by bookings that are not cancelled */
            usesCount: number;
            /** Format: date-time */
            createdAt: string;
        };
        Quote: {
            currency: string;
            pricesIncludeTax: boolean;
            lines: {
                /** @enum {string} */
                kind: "base" | "travel" | "surcharge" | "discount";
                label: string;
                quantity: number;
                unitAmount: number;
                /** @description As entered (with or without tax, per pricesIncludeTax); discounts negative */
                amount: number;
                /** @description The surcharge rule id, the postcode zone or the promo code */
                ref: string | null;
            }[];
            /** @description The lines before the discount */
            subtotal: number;
            discount: number;
            taxes: {
                name: string;
                basisPoints: number;
                /** @description Before tax */
                taxableAmount: number;
                taxAmount: number;
            }[];
            taxTotal: number;
            /** @description What the customer pays in all, tax included */
            total: number;
            /** @description Paid at booking (the total when there is no deposit) */
            depositDueNow: number;
            dueLater: number;
            /** @description False when the order is under the code’s minimum */
            promoApplied: boolean;
            /** @description From the area's centre, when the travel fee was priced by distance */
            distanceKm?: number;
        };
        ApiKey: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description The first characters of the secret, to tell keys apart */
            prefix: string;
            scopes: ("read" | "bookings:write" | "catalogue:write" | "payments:write" | "admin")[];
            /** Format: date-time */
            createdAt: string;
            /** @description To the minute */
            lastUsedAt: string | null;
            revokedAt: string | null;
        };
        PaymentHistoryEntry: {
            /** @description The payment, refund or (first) credit ledger row */
            id: string;
            /** @enum {string} */
            kind: "payment" | "refund" | "credit_use" | "credit_return";
            /**
             * Format: date-time
             * @description When the money moved (or the attempt was made), an instant
             */
            occurredAt: string;
            /** @description Integer minor units; negative for a refund; null for a credit movement */
            amount: number | null;
            currency: string | null;
            /** @description Credits moved: negative for a use, positive for a return */
            credits: number | null;
            /** @enum {string} */
            method: "card" | "swish" | "bank_transfer" | "credits";
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed" | "cancelled";
            /** @description What it was for: the class, the service or the credit package */
            title: string | null;
            /** @description When the class or appointment starts */
            startsAt: string | null;
            bookingId: string | null;
            packagePurchaseId: string | null;
            paymentId: string | null;
            /** @description The invoice or receipt of the booking or package, if one was issued */
            invoiceId: string | null;
        };
        Liveness: {
            /** @constant */
            status: "ok";
        };
        AnalyticsBookings: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            timeZone: string;
            /** @description The organisation's currency */
            currency: string;
            rows: {
                /** Format: date */
                date: string;
                /** @description Live class bookings (confirmed, attended or no-show) of classes on this day */
                classes: number;
                /** @description Live appointments on this day */
                appointments: number;
                /** @description Bookings for this day cancelled by the customer or staff */
                cancelled: number;
                noShows: number;
            }[];
        };
        AnalyticsRevenueByMethod: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            timeZone: string;
            /** @description The organisation's currency */
            currency: string;
            rows: {
                /** @enum {string} */
                method: "card" | "swish" | "bank_transfer";
                currency: string;
                payments: number;
                /** @description Integer minor units */
                gross: number;
                /** @description Integer minor units */
                refunded: number;
                /** @description Integer minor units */
                net: number;
            }[];
        };
        AnalyticsRevenueByItem: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            timeZone: string;
            /** @description The organisation's currency */
            currency: string;
            rows: {
                /** @enum {string} */
                kind: "class" | "service" | "package";
                name: string;
                currency: string;
                payments: number;
                /** @description Integer minor units */
                gross: number;
                /** @description Integer minor units */
                refunded: number;
                /** @description Integer minor units */
                net: number;
            }[];
        };
        AnalyticsFillRate: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            timeZone: string;
            /** @description The organisation's currency */
            currency: string;
            rows: {
                /** Format: uuid */
                classId: string;
                title: string;
                /** Format: date-time */
                startsAt: string;
                spots: number;
                booked: number;
                attended: number;
                /** @description 0 to 1 (may exceed 1 only by over-long bookings); null: nothing to divide by */
                fillRate: number | null;
            }[];
        };
        AnalyticsUtilisation: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            timeZone: string;
            /** @description The organisation's currency */
            currency: string;
            rows: {
                /** Format: uuid */
                providerId: string;
                name: string;
                workingMinutes: number;
                bookedMinutes: number;
                /** @description 0 to 1 (may exceed 1 only by over-long bookings); null: nothing to divide by */
                utilisation: number | null;
            }[];
        };
        AnalyticsPayments: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            timeZone: string;
            /** @description The organisation's currency */
            currency: string;
            rows: {
                /** @enum {string} */
                method: "card" | "swish" | "bank_transfer";
                started: number;
                succeeded: number;
                failed: number;
                cancelled: number;
                pending: number;
                /** @description Succeeded of the payments that have ended (succeeded, failed or cancelled) */
                successRate: number | null;
            }[];
        };
        AnalyticsFunnel: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            timeZone: string;
            /** @description The organisation's currency */
            currency: string;
            rows: {
                /** Format: date */
                date: string;
                pageViews: number;
                checkoutsStarted: number;
                /** @description Bookings made online this day (not by staff; checkouts whose payment never came aside) */
                booked: number;
            }[];
        };
        AnalyticsCustomers: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            timeZone: string;
            /** @description The organisation's currency */
            currency: string;
            rows: {
                /** @description Customers whose first booking was made in the period */
                newCustomers: number;
                /** @description Customers who booked in the period and had booked before */
                returningCustomers: number;
            }[];
        };
        AnalyticsBalances: {
            /** Format: date */
            from: string;
            /** Format: date */
            to: string;
            timeZone: string;
            /** @description The organisation's currency */
            currency: string;
            rows: {
                /** @description Unexpired credits customers hold now */
                credits: number;
                creditCustomers: number;
                /** @description Loyalty points customers hold now */
                points: number;
                pointCustomers: number;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
