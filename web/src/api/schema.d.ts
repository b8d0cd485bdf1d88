// Generated from the OpenAPI document by `npm run web:api-types`. Do not edit.

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness and database check; 503 when the database does not answer
         * @description **Who may call it:** anyone.
         */
        get: operations["getApiHealth"];
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
        /**
         * Liveness: the process answers (no database involved). Restart the process when this fails
         * @description **Who may call it:** anyone.
         */
        get: operations["getApiHealthLive"];
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
         * @description Ready when the database answers, no write failed for want of resources (a full disk: the writes answer 503 database_unavailable) in the last 30 s without one committing since, every migration this code ships is applied, the job runner (when it runs in this process) polled within the last 30 s, and the process is not shutting down. The probe itself only reads.
         *
         *     **Who may call it:** anyone.
         */
        get: operations["getApiHealthReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the organisations of this deployment (platform operator)
         * @description Needs `Authorization: Bearer <PLATFORM_ADMIN_TOKEN>`; answers 404 when that variable is unset.
         *
         *     **Who may call it:** anyone.
         */
        get: operations["getApiPlatformOrganisations"];
        put?: never;
        /**
         * Create an organisation and its first admin (platform operator)
         * @description The admin gets a generated initial password, answered this once. A slug in use answers 409 `organisation_exists`.
         *
         *     **Who may call it:** anyone.
         */
        post: operations["postApiPlatformOrganisations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/platform/organisations/{slug}/admins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an admin to an organisation (platform operator)
         * @description For an organisation whose admins are locked out. The initial password is answered this once.
         *
         *     **Who may call it:** anyone.
         */
        post: operations["postApiPlatformOrganisationsBySlugAdmins"];
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
        /**
         * The signed-in user and CSRF token, or nulls
         * @description **Who may call it:** anyone. Not with an API key.
         */
        get: operations["getAuthSession"];
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
        /**
         * Create a customer account and sign in
         * @description **Who may call it:** anyone. Not with an API key.
         */
        post: operations["postAuthSignUp"];
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
        /**
         * Sign in with email and password
         * @description **Who may call it:** anyone. Not with an API key.
         */
        post: operations["postAuthSignIn"];
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
        /**
         * End this session
         * @description **Who may call it:** anyone. Not with an API key.
         */
        post: operations["postAuthSignOut"];
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
        /**
         * Mail a password reset link (answers 202 whether or not the account exists)
         * @description **Who may call it:** anyone. Not with an API key.
         */
        post: operations["postAuthPasswordReset"];
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
        /**
         * Choose a new password with the mailed token; ends all sessions
         * @description **Who may call it:** anyone. Not with an API key.
         */
        post: operations["postAuthPasswordResetConfirm"];
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
        /**
         * Accounts of this organisation, by role or by email address (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getUsers"];
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
        /**
         * Change an account's role (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        patch: operations["patchUsersByUserId"];
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user
         * @description **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        /**
         * Delete the account (password required): personal data anonymised, future bookings cancelled by the cancellation policy, payments and invoices kept; refused while something is unpaid
         * @description **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        delete: operations["deleteMe"];
        options?: never;
        head?: never;
        /**
         * Change the signed-in user's name or language (mails and messages follow the language)
         * @description **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        patch: operations["patchMe"];
        trace?: never;
    };
    "/api/v1/team/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Invitations to the team not yet accepted or withdrawn, expired ones too (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getTeamInvitations"];
        put?: never;
        /**
         * Invite an address to the team as admin or staff (admin)
         * @description Mails a link that works once, for a week. Inviting an address again voids its earlier link. 409 already_on_team when the account of the address is staff or admin already: change its role instead.
         *
         *     **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        post: operations["postTeamInvitations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/team/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Withdraw an invitation: its link stops working (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        delete: operations["deleteTeamInvitationsByInvitationId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An invitation to the team by the token of its mailed link
         * @description 404 invitation_invalid when the link is unknown, used, withdrawn or expired.
         *
         *     **Who may call it:** anyone holding the secret token in the URL. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getInvitationsByToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept an invitation to the team
         * @description Signed in as the invited address: the account takes the role. Not signed in, for an address without an account: send name and password; the account is made with the role and signed in. 409 invitation_sign_in when the address has an account (sign in first), invitation_other_account when signed in as another address; 404 invitation_invalid for a link unknown, used, withdrawn or expired.
         *
         *     **Who may call it:** anyone holding the secret token in the URL. An API key needs the scope `admin` (or `admin`).
         */
        post: operations["postInvitationsByTokenAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This organisation's API keys (admin)
         * @description **Who may call it:** admins. Not with an API key.
         */
        get: operations["getApiKeys"];
        put?: never;
        /**
         * Make an API key (admin); the secret is in this answer only
         * @description **Who may call it:** admins. Not with an API key.
         */
        post: operations["postApiKeys"];
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
        /**
         * Revoke an API key (admin): it stops working at once
         * @description **Who may call it:** admins. Not with an API key.
         */
        delete: operations["deleteApiKeysByKeyId"];
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
        /**
         * The signed-in user's details and mail preferences
         * @description **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        get: operations["getMeProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change name, phone, address, language or which mails to get (the email has its own route)
         * @description **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        patch: operations["patchMeProfile"];
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
        /**
         * Change the password (the current one required); every other session is signed out
         * @description **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        post: operations["postMePassword"];
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
        /**
         * Ask to change the email address: a link goes to the new address and a notice to the current one; nothing changes until the link is opened
         * @description **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        post: operations["postMeEmail"];
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
        /**
         * Confirm a new email address with the mailed token (once, within a day)
         * @description **Who may call it:** anyone. Not with an API key.
         */
        post: operations["postAuthEmailChangeConfirm"];
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
        /**
         * Everything held about the signed-in account in this organisation, as JSON
         * @description **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        get: operations["getMeData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manage/{token}/data-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail the guest behind a manage link a link to their data: a copy of everything held, and erasure (202; the link works that day and the next)
         * @description A manage link does not prove who the guest is (it is handed to whoever booked, with whatever address), so the data is opened only from the guest's mailbox. 409 booking_of_account when the booking was made signed in: the account exports its data at GET /me/data.
         *
         *     **Who may call it:** anyone holding the secret token in the URL. An API key needs the scope `bookings:write` (or `admin`).
         */
        post: operations["postManageByTokenDataLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guest-data/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything held about a guest (bookings made without an account), as JSON, by the mailed data link's token
         * @description 404 data_link_invalid when the link is unknown, expired, or its guest erased or joined to an account.
         *
         *     **Who may call it:** anyone holding the secret token in the URL. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getGuestDataByToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/guest-data/{token}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a guest by the mailed data link's token: name and email anonymised, future bookings cancelled by the cancellation policy, contact details removed, payments and invoices kept; refused while something is unpaid
         * @description 404 data_link_invalid as for the export; 409 account_has_unpaid, cancellation_deadline_passed as for an account.
         *
         *     **Who may call it:** anyone holding the secret token in the URL. An API key needs the scope `admin` (or `admin`).
         */
        post: operations["postGuestDataByTokenErase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/guest-bookings/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail the account's address a link that adds its bookings made without an account (202 whether or not there are any)
         * @description **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        post: operations["postMeGuestBookingsRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/guest-bookings/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add the bookings made as a guest to the signed-in account, with the mailed link’s token
         * @description Credits and points held as the guest move to the account with the bookings. 400 guest_link_invalid when the token is for another account or was used; 409 guest_link_merge_refused when the guest booked a class the account booked too, or waits on the same waitlist (staff join those).
         *
         *     **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        post: operations["postMeGuestBookingsLink"];
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
        /**
         * The organisation this request is for (public settings only)
         * @description **Who may call it:** anyone. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getOrganisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the organisation settings (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        patch: operations["patchOrganisation"];
        trace?: never;
    };
    "/api/v1/rate-limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organisation's rate limits (admin)
         * @description Requests allowed per 15 minutes; over a limit answers 429 rate_limited with Retry-After.
         *
         *     **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getRateLimits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the organisation's rate limits (admin)
         * @description Each limit has bounds (400 validation_failed outside them); the change is audited.
         *
         *     **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        patch: operations["patchRateLimits"];
        trace?: never;
    };
    "/api/v1/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Upcoming classes with spots left (public)
         * @description **Who may call it:** anyone. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getClasses"];
        put?: never;
        /**
         * Publish a class (admin). Supports Idempotency-Key.
         * @description **Who may call it:** admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        post: operations["postClasses"];
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
        /**
         * One class (public)
         * @description **Who may call it:** anyone. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getClassesByClassId"];
        put?: never;
        post?: never;
        /**
         * Delete a class without bookings (admin); a class with bookings is cancelled instead
         * @description **Who may call it:** admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        delete: operations["deleteClassesByClassId"];
        options?: never;
        head?: never;
        /**
         * Change a class (admin)
         * @description **Who may call it:** admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        patch: operations["patchClassesByClassId"];
        trace?: never;
    };
    "/api/v1/class-instructors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The timetable's instructors: active providers named on a class still to come (public)
         * @description For a filter of the timetable by providerId; a class with only a free-text instructorName is not in it.
         *
         *     **Who may call it:** anyone. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getClassInstructors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/class-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Class types: labels on classes that credit packages can be limited to (public)
         * @description **Who may call it:** anyone. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getClassTypes"];
        put?: never;
        /**
         * Add a class type (admin)
         * @description **Who may call it:** admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        post: operations["postClassTypes"];
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
        /**
         * Remove a class type (admin); its classes become untyped
         * @description **Who may call it:** admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        delete: operations["deleteClassTypesByClassTypeId"];
        options?: never;
        head?: never;
        /**
         * Rename a class type (admin)
         * @description **Who may call it:** admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        patch: operations["patchClassTypesByClassTypeId"];
        trace?: never;
    };
    "/api/v1/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a weekly series of classes (admin). Supports Idempotency-Key.
         * @description A weekly pattern (weekdays, local start time, length, from a date until a date or for a number of occurrences) creates its classes in the location's time zone (else the organisation's), the wall time kept across DST. At most 200 classes within two years; a time the clocks skip on one of the dates is refused.
         *
         *     **Who may call it:** admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        post: operations["postSeries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/series/{seriesId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A series with its classes (staff)
         * @description The pattern and every occurrence in time order, cancelled ones included.
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getSeriesBySeriesId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/classes/{classId}/duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Copy a class to another date (admin)
         * @description The copy has the same fields, local time of day and length, and belongs to no series.
         *
         *     **Who may call it:** admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        post: operations["postClassesByClassIdDuplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/class-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Class templates (staff)
         * @description Named sets of class fields to create a class or a series from.
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getClassTemplates"];
        put?: never;
        /**
         * Save a class template (admin)
         * @description From a class's fields (`classId`) or from fields given; names are unique per organisation.
         *
         *     **Who may call it:** admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        post: operations["postClassTemplates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/class-templates/{templateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a class template (admin)
         * @description Classes and series made from it stay as they are.
         *
         *     **Who may call it:** admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        delete: operations["deleteClassTemplatesByTemplateId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/class-templates/{templateId}/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a class from a template (admin). Supports Idempotency-Key.
         * @description The template's fields at `startsAt` (local in the organisation's zone, or an instant), for its length.
         *
         *     **Who may call it:** admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        post: operations["postClassTemplatesByTemplateIdClasses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Locations: name, address and time zone (public)
         * @description **Who may call it:** anyone. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getLocations"];
        put?: never;
        /**
         * Add a location (admin). Supports Idempotency-Key.
         * @description **Who may call it:** admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        post: operations["postLocations"];
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
        /**
         * One location (public)
         * @description **Who may call it:** anyone. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getLocationsByLocationId"];
        put?: never;
        post?: never;
        /**
         * Delete a location no service, class or opening hour uses (admin); otherwise 409 location_in_use
         * @description **Who may call it:** admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        delete: operations["deleteLocationsByLocationId"];
        options?: never;
        head?: never;
        /**
         * Change a location (admin)
         * @description **Who may call it:** admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        patch: operations["patchLocationsByLocationId"];
        trace?: never;
    };
    "/api/v1/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Providers (public: active ones, name and bio only; staff: all, with account link and services)
         * @description **Who may call it:** anyone. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getProviders"];
        put?: never;
        /**
         * Add a provider (admin). Supports Idempotency-Key.
         * @description **Who may call it:** admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        post: operations["postProviders"];
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
        /**
         * One provider (public view unless staff)
         * @description **Who may call it:** anyone. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getProvidersByProviderId"];
        put?: never;
        post?: never;
        /**
         * Delete a provider with its schedule (admin); 409 provider_in_use when bookings name it (deactivate it instead)
         * @description **Who may call it:** admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        delete: operations["deleteProvidersByProviderId"];
        options?: never;
        head?: never;
        /**
         * Change a provider (admin)
         * @description **Who may call it:** admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        patch: operations["patchProvidersByProviderId"];
        trace?: never;
    };
    "/api/v1/providers/{providerId}/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Weekly hours, local times in the provider's zone (staff)
         * @description **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getProvidersByProviderIdHours"];
        /**
         * Replace the whole week of hours at once (admin); overlapping intervals: 409 schedule_overlap
         * @description **Who may call it:** staff and admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        put: operations["putProvidersByProviderIdHours"];
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
        /**
         * Date overrides: other hours on a date, or closed (staff)
         * @description **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getProvidersByProviderIdOverrides"];
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
        /**
         * Set the hours of one local date; no intervals closes it (admin)
         * @description **Who may call it:** staff and admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        put: operations["putProvidersByProviderIdOverridesByDate"];
        post?: never;
        /**
         * Back to the weekly hours on that date (admin)
         * @description **Who may call it:** staff and admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        delete: operations["deleteProvidersByProviderIdOverridesByDate"];
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
        /**
         * Time off from now or in a date range, with notes (staff)
         * @description **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getProvidersByProviderIdTimeOff"];
        put?: never;
        /**
         * Block time off (admin, or the staff member linked to the provider). Supports Idempotency-Key.
         * @description **Who may call it:** staff and admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        post: operations["postProvidersByProviderIdTimeOff"];
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
        /**
         * Remove time off (admin, or the staff member linked to the provider)
         * @description **Who may call it:** staff and admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        delete: operations["deleteProvidersByProviderIdTimeOffByTimeOffId"];
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
        /**
         * Set the services a provider offers, replacing the list in one step (admin)
         * @description **Who may call it:** staff and admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        put: operations["putProvidersByProviderIdServices"];
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
        /**
         * Bookable services: duration, price, where, providers (public: active ones)
         * @description **Who may call it:** anyone. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getServices"];
        put?: never;
        /**
         * Add a service (admin). Supports Idempotency-Key.
         * @description **Who may call it:** admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        post: operations["postServices"];
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
        /**
         * One service (public if active)
         * @description **Who may call it:** anyone. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getServicesByServiceId"];
        put?: never;
        post?: never;
        /**
         * Delete a service (admin); 409 service_in_use when it has bookings (deactivate it instead)
         * @description **Who may call it:** admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        delete: operations["deleteServicesByServiceId"];
        options?: never;
        head?: never;
        /**
         * Change a service (admin); providerIds replaces the list
         * @description **Who may call it:** admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        patch: operations["patchServicesByServiceId"];
        trace?: never;
    };
    "/api/v1/classes/{classId}/series": {
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
         * Change a class of a series: this one, this and following, or all (admin)
         * @description Each class goes through the single-class change (capacity below what is booked is refused; a moved class tells its customers). `this` marks the class as an exception, which later `following` and `all` edits leave as it is; `following` splits the series at this class; `all` reaches every future class. `startTime` is the new local time of day, on each class's own date.
         *
         *     **Who may call it:** admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        patch: operations["patchClassesByClassIdSeries"];
        trace?: never;
    };
    "/api/v1/me/booked-classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Classes the signed-in account has booked, by id (for the week and month views)
         * @description Live bookings of the caller only, for classes starting between two local dates (at most two months).
         *
         *     **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        get: operations["getMeBookedClasses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
         *
         *     **Who may call it:** anyone. An API key needs the scope `admin` (or `admin`).
         */
        post: operations["postManageLinks"];
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
         * @description Book it with POST /bookings naming holdId before expiresAt. 409 slot_taken or capacity_full when it is gone; 422 slot_unavailable when the start is not one of the offered slots; 429 too_many_holds when the caller (an account, or a guest address) already holds the organisation’s heldSpots.
         *
         *     **Who may call it:** anyone. An API key needs the scope `bookings:write` (or `admin`).
         */
        post: operations["postHolds"];
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
        /**
         * Let a hold go before it lapses
         * @description **Who may call it:** anyone. An API key needs the scope `bookings:write` (or `admin`).
         */
        delete: operations["deleteHoldsByHoldId"];
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
        /**
         * Customers of this organisation, guests and accounts (staff)
         * @description **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One customer (staff); their bookings are GET /bookings?customerId
         * @description **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getCustomersByCustomerId"];
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
        /**
         * Bookable start times of a service, for one provider or any (public)
         * @description **Who may call it:** anyone. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getServicesByServiceIdSlots"];
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
        /**
         * All bookings, newest first, with filters (staff)
         * @description **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getBookings"];
        put?: never;
        /**
         * Book spots in a class or an appointment, as a guest or signed in. Supports Idempotency-Key.
         * @description 201 with a new booking, or 200 with the existing one when this customer already holds a booking in the class. 409 capacity_full when the class has fewer spots left than asked for. The price is the server's quote (POST /quotes): with expectedTotal, another total answers 409 price_changed with the new quote; a promo code used up answers 409 promo_exhausted unless withoutPromoIfExhausted. The payment opened is for the deposit, when the service or class asks for one.
         *
         *     **Who may call it:** anyone. An API key needs the scope `bookings:write` (or `admin`).
         */
        post: operations["postBookings"];
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
        /**
         * Cancel a booking (its customer before the deadline, or staff at any time)
         * @description **Who may call it:** any signed-in account (its own data only). An API key needs the scope `bookings:write` (or `admin`).
         */
        post: operations["postBookingsByBookingIdCancel"];
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
        /**
         * Cancel a booking by its manage token, before the deadline
         * @description **Who may call it:** anyone holding the secret token in the URL. An API key needs the scope `bookings:write` (or `admin`).
         */
        post: operations["postManageByTokenCancel"];
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
         * Move an appointment to another time or provider, or a class booking to another class (its customer until reschedulableUntil, or staff)
         * @description providerId absent keeps the provider; null lets any free provider take it. 409 slot_taken when the new time is taken; capacity_full when the class has no room (or people waiting); class_started when it has begun (customers). The booking is priced again at the new time or class: a higher price adds the difference to what is due, a lower one refunds it by card (priceChange says which). dryRun answers without moving.
         *
         *     **Who may call it:** any signed-in account (its own data only). An API key needs the scope `bookings:write` (or `admin`).
         */
        post: operations["postBookingsByBookingIdReschedule"];
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
        /**
         * Move a booking (an appointment to another time, a class booking to another class) by its manage token, until reschedulableUntil
         * @description **Who may call it:** anyone holding the secret token in the URL. An API key needs the scope `bookings:write` (or `admin`).
         */
        post: operations["postManageByTokenReschedule"];
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
        /**
         * Cancel a class and all its bookings (admin)
         * @description **Who may call it:** admins. An API key needs the scope `bookings:write` (or `admin`).
         */
        post: operations["postClassesByClassIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/classes/{classId}/series/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a class of a series, it and the following ones, or all future ones (admin)
         * @description Each class is cancelled as a single class is: its bookings cancelled, customers told, payments refunded once.
         *
         *     **Who may call it:** admins. An API key needs the scope `bookings:write` (or `admin`).
         */
        post: operations["postClassesByClassIdSeriesCancel"];
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
        /**
         * The signed-in customer's bookings
         * @description **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        get: operations["getMeBookings"];
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
        /**
         * One booking (its customer, or staff)
         * @description **Who may call it:** any signed-in account (its own data only). An API key needs the scope `read` (or `admin`).
         */
        get: operations["getBookingsByBookingId"];
        put?: never;
        post?: never;
        /**
         * Delete a booking for good (admin); the audit log keeps it
         * @description **Who may call it:** admins. An API key needs the scope `bookings:write` (or `admin`).
         */
        delete: operations["deleteBookingsByBookingId"];
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
        /**
         * A booking by its manage token (the link in the confirmation mail)
         * @description **Who may call it:** anyone holding the secret token in the URL. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getManageByToken"];
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
         * @description Marking a booking again in the state it is in is a no-op (200). 409 invalid_transition from any other state; 409 booking_not_started for completed or a no-show before the start (checking in is open before it).
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `bookings:write` (or `admin`).
         */
        post: operations["postBookingsByBookingIdCheckIn"];
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
         * Mark the booking completed (staff), once it has started: confirmed or in_progress → completed
         * @description Marking a booking again in the state it is in is a no-op (200). 409 invalid_transition from any other state; 409 booking_not_started for completed or a no-show before the start (checking in is open before it).
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `bookings:write` (or `admin`).
         */
        post: operations["postBookingsByBookingIdComplete"];
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
         * @description Marking a booking again in the state it is in is a no-op (200). 409 invalid_transition from any other state; 409 booking_not_started for completed or a no-show before the start (checking in is open before it).
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `bookings:write` (or `admin`).
         */
        post: operations["postBookingsByBookingIdNoShow"];
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
        /**
         * Who changed what, newest first (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/feeds/customers/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A customer's bookings as an iCalendar feed (secret URL from GET /me/calendar or the confirmation mail)
         * @description **Who may call it:** anyone holding the secret token in the URL. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getCalendarFeedsCustomersByFile"];
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
        /**
         * One booking as an iCalendar file (add to calendar), by its manage token
         * @description **Who may call it:** anyone holding the secret token in the URL. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getManageByTokenBookingIcs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/feeds/providers/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A provider's own appointments as an iCalendar feed (secret URL from GET /providers/{id}/calendar-link)
         * @description **Who may call it:** anyone holding the secret token in the URL. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getCalendarFeedsProvidersByFile"];
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
        /**
         * The address of a provider's calendar feed (the provider's own staff account, or an admin)
         * @description **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        get: operations["getProvidersByProviderIdCalendarLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{providerId}/calendar-link/replace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace a provider's calendar feed address
         * @description The old address opens nothing from now on (404), wherever it was pasted; calendars subscribed to it must subscribe to the new one. For the provider’s own staff account, or an admin. Audited as `provider.feed_replaced`.
         *
         *     **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        post: operations["postProvidersByProviderIdCalendarLinkReplace"];
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
        /**
         * An organisation's timetable as an iCalendar feed (public)
         * @description **Who may call it:** anyone. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getCalendarByOrgSlugClassesIcs"];
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
        /**
         * The address of the signed-in customer's calendar feed
         * @description **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        get: operations["getMeCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar/replace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the signed-in customer's calendar feed address
         * @description For an address shared by mistake: the old one opens nothing from now on (404); calendars subscribed to it must subscribe to the new one. Audited as `customer.feed_replaced`.
         *
         *     **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        post: operations["postMeCalendarReplace"];
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
        /**
         * Outgoing webhook endpoints (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getWebhooks"];
        put?: never;
        /**
         * Register an endpoint; the answer holds its signing secret, shown once (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        post: operations["postWebhooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The events an endpoint may subscribe to, each with a line on what it means (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getWebhooksEvents"];
        put?: never;
        post?: never;
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
        /**
         * Remove an endpoint (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        delete: operations["deleteWebhooksByEndpointId"];
        options?: never;
        head?: never;
        /**
         * Change an endpoint (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        patch: operations["patchWebhooksByEndpointId"];
        trace?: never;
    };
    "/api/v1/webhooks/{endpointId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recent deliveries to an endpoint with their status (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getWebhooksByEndpointIdDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{endpointId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give an endpoint a new signing secret, shown once (admin)
         * @description The previous secret keeps signing deliveries for 24 hours (a second v1= in Slotwise-Signature), so the receiver can switch over without refusing any. Audited, without the secrets.
         *
         *     **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        post: operations["postWebhooksByEndpointIdRotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{endpointId}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a failed delivery again, with the same event id (admin)
         * @description 409 webhook_delivery_not_failed when it is pending (still being retried) or delivered. Audited.
         *
         *     **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        post: operations["postWebhooksByEndpointIdDeliveriesByDeliveryIdRetry"];
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
        /**
         * Background jobs (mail, webhooks), newest first; status=dead lists those that failed for good (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getJobs"];
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
        /**
         * Queue a dead or cancelled job again with fresh attempts (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        post: operations["postJobsByJobIdRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{jobId}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a dead job aside without running it (admin): it becomes cancelled, leaves the failed list and is pruned with the other finished jobs
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        post: operations["postJobsByJobIdDismiss"];
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
        /**
         * After Stripe.js reports success: settle the payment from Stripe’s own record (idempotent; the webhook does the same)
         * @description **Who may call it:** anyone. An API key needs the scope `payments:write` (or `admin`).
         */
        post: operations["postPaymentsConfirm"];
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
        /**
         * Poll: is the booking of this PaymentIntent confirmed yet? (a guest booking: whoever holds the id; an account booking: its owner)
         * @description **Who may call it:** anyone. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getPaymentsByIntentByPaymentIntentId"];
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
        /**
         * A payment with its refunds: what the refund dialog shows (staff)
         * @description **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getPaymentsByPaymentId"];
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
        /**
         * Staff saw a Swish or bank transfer payment arrive: confirm the booking (re-checks the class if the deadline passed)
         * @description **Who may call it:** staff and admins. An API key needs the scope `payments:write` (or `admin`).
         */
        post: operations["postPaymentsByPaymentIdMarkPaid"];
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
        /**
         * Refund all or part of a paid booking (admin); a full refund cancels the booking. A package payment refunds at most its unused share and revokes the credits refunded. Card refunds go through Stripe.
         * @description **Who may call it:** admins. An API key needs the scope `payments:write` (or `admin`).
         */
        post: operations["postPaymentsByPaymentIdRefunds"];
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
        /**
         * Payments that succeeded when their booking could not be made, with the reason (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getUnbookablePayments"];
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
        /**
         * Book the customer anyway, if the class has room now (admin)
         * @description **Who may call it:** admins. An API key needs the scope `payments:write` (or `admin`).
         */
        post: operations["postUnbookablePaymentsByProblemIdBook"];
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
        /**
         * Money that is not where it should be; empty in normal operation (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getIntegrity"];
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
         *
         *     **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        post: operations["postMeInvoicesByInvoiceIdPay"];
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
         *
         *     **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        post: operations["postMeBookingsByBookingIdPay"];
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
         *
         *     **Who may call it:** anyone holding the secret token in the URL. An API key needs the scope `bookings:write` (or `admin`).
         */
        post: operations["postManageByTokenPay"];
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
        /**
         * The organisation's logo (public), 404 when it has none
         * @description With `v` equal to the organisation's `logoVersion` the answer is cached as immutable (a new logo has a new version, so a new URL); without it, or with an older one, it is revalidated by its ETag.
         *
         *     **Who may call it:** anyone. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getOrganisationLogo"];
        /**
         * Set the logo drawn on invoices (admin): a PNG or JPEG of at most 45 000 bytes, base64
         * @description 422 invalid_image when it is neither, or cannot be read in full.
         *
         *     **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        put: operations["putOrganisationLogo"];
        post?: never;
        /**
         * Remove the logo (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        delete: operations["deleteOrganisationLogo"];
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
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `payments:write` (or `admin`).
         */
        post: operations["postBookingsByBookingIdInvoice"];
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
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `payments:write` (or `admin`).
         */
        post: operations["postInvoicesByInvoiceIdCredit"];
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
        /**
         * Invoices, receipts and credit notes, newest first (staff)
         * @description **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getInvoices"];
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
        /**
         * One invoice with its lines (staff, or the customer it was issued to)
         * @description **Who may call it:** any signed-in account (its own data only). An API key needs the scope `read` (or `admin`).
         */
        get: operations["getInvoicesByInvoiceId"];
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
        /**
         * One invoice as a PDF (staff, or the customer it was issued to)
         * @description **Who may call it:** any signed-in account (its own data only). An API key needs the scope `read` (or `admin`).
         */
        get: operations["getInvoicesByInvoiceIdPdf"];
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
        /**
         * The signed-in customer's invoices, receipts and credit notes, newest first
         * @description **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        get: operations["getMeInvoices"];
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
        /**
         * One of the signed-in customer's invoices as a PDF (another's is 404)
         * @description **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        get: operations["getMeInvoicesByInvoiceIdPdf"];
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
        /**
         * Credit packages for sale (public); staff may ask for withdrawn ones too
         * @description **Who may call it:** anyone. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getPackages"];
        put?: never;
        /**
         * Add a credit package (admin)
         * @description **Who may call it:** admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        post: operations["postPackages"];
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
        /**
         * One package (public if for sale)
         * @description **Who may call it:** anyone. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getPackagesByPackageId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a package for later sales, or withdraw it with active: false (admin)
         * @description **Who may call it:** admins. An API key needs the scope `catalogue:write` (or `admin`).
         */
        patch: operations["patchPackagesByPackageId"];
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
        /**
         * Buy a package (signed-in customer), or sell one to a customer (staff). The credits are granted when the payment settles. Supports Idempotency-Key.
         * @description **Who may call it:** any signed-in account (its own data only). An API key needs the scope `payments:write` (or `admin`).
         */
        post: operations["postPackagesByPackageIdPurchase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/package-purchases/waiting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Package purchases waiting for a Swish or bank transfer payment (staff)
         * @description Oldest first: who bought what, the amount and the message they were asked to write. When the money is in, `POST /payments/{paymentId}/mark-paid` grants the credits.
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getPackagePurchasesWaiting"];
        put?: never;
        post?: never;
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
        /**
         * My credits: balance, grants with their expiry, and the ledger (newest first, paginated)
         * @description **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        get: operations["getMeCredits"];
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
        /**
         * A customer's credits (staff)
         * @description **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getCustomersByCustomerIdCredits"];
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
        /**
         * Grant or take credits by hand, with a reason (staff; audited; never below zero)
         * @description **Who may call it:** staff and admins. An API key needs the scope `payments:write` (or `admin`).
         */
        post: operations["postCustomersByCustomerIdCreditsAdjust"];
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
        /**
         * Start saving a card: a SetupIntent for Stripe.js (signed in; makes my Stripe Customer when first needed)
         * @description **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        post: operations["postMeCardsSetup"];
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
        /**
         * My saved cards: brand, last four digits, expiry and which is the default (read from Stripe)
         * @description **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        get: operations["getMeCards"];
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
        /**
         * Remove one of my saved cards; answers the cards left (404 card_not_found for any other card)
         * @description **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        delete: operations["deleteMeCardsByCardId"];
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
        /**
         * Make one of my saved cards the default; answers my cards
         * @description **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        post: operations["postMeCardsByCardIdDefault"];
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
        /**
         * The default cancellation policy and the overrides per service or class type (staff)
         * @description **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getCancellationPolicies"];
        /**
         * Set the policy of the organisation (no serviceId or classTypeId), of a service or of a class type, replacing the one there (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        put: operations["putCancellationPolicies"];
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
        /**
         * Remove a policy: its bookings fall back to the default (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        delete: operations["deleteCancellationPoliciesByPolicyId"];
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
         *
         *     **Who may call it:** anyone. An API key needs the scope `bookings:write` (or `admin`).
         */
        post: operations["postQuotes"];
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
        /**
         * Whether prices include tax, and the default tax rate (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getPricingSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change whether prices include tax, or the default tax rate (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        patch: operations["patchPricingSettings"];
        trace?: never;
    };
    "/api/v1/pricing/tax-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tax rates (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getPricingTaxRates"];
        put?: never;
        /**
         * Add a tax rate (admin). Supports Idempotency-Key.
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        post: operations["postPricingTaxRates"];
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
        /**
         * Delete a tax rate nothing uses (admin); otherwise 409 tax_rate_in_use
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        delete: operations["deletePricingTaxRatesByTaxRateId"];
        options?: never;
        head?: never;
        /**
         * Change a tax rate (admin): prices already booked keep their tax lines
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        patch: operations["patchPricingTaxRatesByTaxRateId"];
        trace?: never;
    };
    "/api/v1/pricing/services/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A service's tax rate and deposit (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getPricingServicesByItemId"];
        /**
         * Set a service's tax rate and deposit (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        put: operations["putPricingServicesByItemId"];
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
        /**
         * A class's tax rate and deposit (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getPricingClassesByItemId"];
        /**
         * Set a class's tax rate and deposit (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        put: operations["putPricingClassesByItemId"];
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
        /**
         * Holidays, as local dates (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getPricingHolidays"];
        /**
         * Replace the list of holidays (admin); holiday surcharges apply on them
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        put: operations["putPricingHolidays"];
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
        /**
         * Surcharge rules on appointments (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getPricingSurcharges"];
        put?: never;
        /**
         * Add a surcharge rule (admin). Supports Idempotency-Key.
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        post: operations["postPricingSurcharges"];
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
        /**
         * Replace a surcharge rule (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        put: operations["putPricingSurchargesBySurchargeId"];
        post?: never;
        /**
         * Delete a surcharge rule (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        delete: operations["deletePricingSurchargesBySurchargeId"];
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
        /**
         * Where the organisation travels to, for services at the customer's (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getPricingServiceArea"];
        /**
         * Replace the service area: centre, distance bands and postcode zones (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        put: operations["putPricingServiceArea"];
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
        /**
         * Promo codes with their uses so far (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getPricingPromoCodes"];
        put?: never;
        /**
         * Add a promo code (admin). Supports Idempotency-Key.
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        post: operations["postPricingPromoCodes"];
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
        /**
         * One promo code (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getPricingPromoCodesByPromoId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a promo code, or deactivate it (admin); codes are never deleted, their uses name them
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        patch: operations["patchPricingPromoCodesByPromoId"];
        trace?: never;
    };
    "/api/v1/loyalty/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether loyalty is on and the earning rate (staff)
         * @description **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getLoyaltySettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Turn loyalty on or off, or set the earning rate (admin; audited)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        patch: operations["patchLoyaltySettings"];
        trace?: never;
    };
    "/api/v1/loyalty/rewards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rewards catalogue, inactive ones too (staff)
         * @description **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getLoyaltyRewards"];
        put?: never;
        /**
         * Add a reward (admin; audited)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        post: operations["postLoyaltyRewards"];
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
        /**
         * Delete a reward never redeemed (admin; audited); 409 reward_in_use otherwise
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        delete: operations["deleteLoyaltyRewardsByRewardId"];
        options?: never;
        head?: never;
        /**
         * Change a reward, or withdraw it with active: false (admin; audited)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        patch: operations["patchLoyaltyRewardsByRewardId"];
        trace?: never;
    };
    "/api/v1/me/loyalty": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My points: balance, ledger (newest first, paginated), the active rewards and my redemptions
         * @description **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        get: operations["getMeLoyalty"];
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
        /**
         * Spend points on a reward: a promo code or credits are issued at once, a product waits for staff. 409 insufficient_points, reward_out_of_stock, reward_inactive, loyalty_disabled
         * @description **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        post: operations["postMeLoyaltyRedemptions"];
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
        /**
         * Redemptions, newest first (staff)
         * @description **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getLoyaltyRedemptions"];
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
        /**
         * Mark a pending redemption handed over (staff; audited)
         * @description **Who may call it:** staff and admins. An API key needs the scope `admin` (or `admin`).
         */
        post: operations["postLoyaltyRedemptionsByRedemptionIdFulfil"];
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
        /**
         * Cancel a pending redemption: its points and stock come back (staff; audited)
         * @description **Who may call it:** staff and admins. An API key needs the scope `admin` (or `admin`).
         */
        post: operations["postLoyaltyRedemptionsByRedemptionIdCancel"];
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
        /**
         * A customer's points, ledger and redemptions (staff)
         * @description **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getCustomersByCustomerIdLoyalty"];
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
        /**
         * Give or take points by hand, with a reason (staff; audited; never below zero)
         * @description **Who may call it:** staff and admins. An API key needs the scope `admin` (or `admin`).
         */
        post: operations["postCustomersByCustomerIdLoyaltyAdjust"];
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
         *
         *     **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        get: operations["getMePayments"];
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
        /**
         * The signed-in customer's whole history (same filters) as a CSV or JSON download, streamed
         * @description **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        get: operations["getMePaymentsExport"];
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
         *
         *     **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getExportsPayments"];
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
         *
         *     **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getExportsBookings"];
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
         *
         *     **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getExportsCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/classes/{classId}/waitlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A class's waitlist in line order (staff)
         * @description The people waiting and those with an offer outstanding, first in line first.
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getClassesByClassIdWaitlist"];
        put?: never;
        /**
         * Join the waitlist of a full class, as a guest or signed in
         * @description 201 with the entry and its secret link (also mailed). 409 waitlist_class_has_room when the class has spots left (book it instead), already_on_waitlist, already_booked, class_started or class_cancelled.
         *
         *     **Who may call it:** anyone. An API key needs the scope `bookings:write` (or `admin`).
         */
        post: operations["postClassesByClassIdWaitlist"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waitlist/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A place on a waitlist by its secret link: the place in line, or the offer and until when
         * @description The link is in the mails sent on joining and on an offer.
         *
         *     **Who may call it:** anyone holding the secret token in the URL. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getWaitlistByToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waitlist/{token}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book the spot offered from the waitlist, through the normal checkout. Supports Idempotency-Key.
         * @description Answers like POST /bookings (a payment to complete when the method waits for one). 409 waitlist_offer_expired when its time ran out, waitlist_offer_not_open when nothing is offered; 401 when the entry belongs to an account that is not signed in.
         *
         *     **Who may call it:** anyone holding the secret token in the URL. An API key needs the scope `bookings:write` (or `admin`).
         */
        post: operations["postWaitlistByTokenClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/waitlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My places on waitlists of classes not yet started, each with its link
         * @description For the My bookings page.
         *
         *     **Who may call it:** any signed-in account (its own data only). Not with an API key.
         */
        get: operations["getMeWaitlist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/classes/{classId}/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The class roster (staff): everyone booked, with spots, payment and attendance
         * @description Check in with POST /bookings/{id}/complete once the class has begun (/check-in before it), mark a no-show with /no-show (the policy's no-show fee), cancel late with /cancel (the policy's late fee), book a walk-in with POST /bookings as staff.
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getClassesByClassIdRoster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/classes/{classId}/roster/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The class roster as a CSV download (staff; audited)
         * @description RFC 4180, UTF-8 with a BOM, headers in the caller’s language, times in the business’s zone.
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getClassesByClassIdRosterExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/classes/{classId}/roster/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mail everyone booked in the class (staff; audited)
         * @description One mail per booked customer through the outbox, framed in each customer's language. At most 3 messages per class per hour (429 roster_message_limit); 409 roster_empty when nobody is booked.
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `bookings:write` (or `admin`).
         */
        post: operations["postClassesByClassIdRosterMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{bookingId}/undo-check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Undo a mistaken check-in (staff): in_progress or completed → confirmed, until the class ends
         * @description Confirmed already is a no-op. 409 attendance_final once the class or appointment has ended; 409 invalid_transition from any other state (a no-show is not undone: its fee may have been kept).
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `bookings:write` (or `admin`).
         */
        post: operations["postBookingsByBookingIdUndoCheckIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bookings/{bookingId}/paid-at-venue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The customer paid what was due at the desk (staff): a venue payment, settled at once
         * @description 409 nothing_due when nothing is due (or the booking still waits for its own payment); 409 amount_mismatch when expectedAmount is not what is due now.
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `payments:write` (or `admin`).
         */
        post: operations["postBookingsByBookingIdPaidAtVenue"];
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
         * @description Bookings per local day by kind (class or appointment), by the day they were made (by anyone, for any day), with how many of them were cancelled later or ended as no-shows. Days are the organisation's local days; at most a year per request.
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getAnalyticsBookings"];
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
         * @description Bookings per local day by kind (class or appointment), by the day they were made (by anyone, for any day), with how many of them were cancelled later or ended as no-shows. Headers in the caller's language; amounts as decimals.
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getAnalyticsBookingsExport"];
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
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getAnalyticsRevenueByMethod"];
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
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getAnalyticsRevenueByMethodExport"];
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
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getAnalyticsRevenueByItem"];
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
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getAnalyticsRevenueByItemExport"];
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
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getAnalyticsFillRate"];
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
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getAnalyticsFillRateExport"];
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
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getAnalyticsUtilisation"];
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
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getAnalyticsUtilisationExport"];
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
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getAnalyticsPayments"];
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
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getAnalyticsPaymentsExport"];
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
         * @description Page views and checkouts started (counted by the server, per day, nobody identified) against the bookings guests and customers made themselves (not by staff, an API key or the demo data). Days are the organisation's local days; at most a year per request.
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getAnalyticsFunnel"];
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
         * @description Page views and checkouts started (counted by the server, per day, nobody identified) against the bookings guests and customers made themselves (not by staff, an API key or the demo data). Headers in the caller's language; amounts as decimals.
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getAnalyticsFunnelExport"];
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
         * @description Customers with a booking made in the period: new (their first booking), or returning. Days are the organisation's local days; at most a year per request.
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getAnalyticsCustomers"];
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
         * @description Customers with a booking made in the period: new (their first booking), or returning. Headers in the caller's language; amounts as decimals.
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getAnalyticsCustomersExport"];
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
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getAnalyticsBalances"];
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
         *
         *     **Who may call it:** staff and admins. An API key needs the scope `read` (or `admin`).
         */
        get: operations["getAnalyticsBalancesExport"];
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
         * @description Adds one to today's counter of the step for the organisation, written within a few seconds. Nothing about the caller is stored; the web app sends it when a booking page or a checkout opens. 429 rate_limited past 120 a minute from one client address (counted in memory, per process).
         *
         *     **Who may call it:** anyone. An API key needs the scope `admin` (or `admin`).
         */
        post: operations["postAnalyticsEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisation/staff-notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether and where staff are mailed when a customer books or cancels (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getOrganisationStaffNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Switch the staff notification mail on or off, or choose its address (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        patch: operations["patchOrganisationStaffNotifications"];
        trace?: never;
    };
    "/api/v1/organisation/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The setup checklist of the dashboard: each step done or not, from the organisation's data (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        get: operations["getOrganisationSetup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisation/setup/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Put the setup checklist away for every admin of the organisation (admin)
         * @description **Who may call it:** admins. An API key needs the scope `admin` (or `admin`).
         */
        post: operations["postOrganisationSetupDismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/waitlist/{token}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Leave the waitlist (an offered spot goes to the next in line)
         * @description Leaving twice answers the entry as it is. Also the List-Unsubscribe-Post target of the waitlist mails (RFC 8058): a form-encoded body is accepted and ignored.
         *
         *     **Who may call it:** anyone holding the secret token in the URL. An API key needs the scope `bookings:write` (or `admin`).
         */
        post: operations["postWaitlistByTokenLeave"];
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
        AuditEntry: {
            id: number;
            /** Format: date-time */
            occurredAt: string;
            actor: {
                /** @enum {string} */
                type: "user" | "guest" | "system" | "api_key";
                id: string | null;
                /** @description A user's name as it is now, or an API key's name */
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
            /** @description Until when the customer may move it (to another time, or another class); null if no longer */
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
                /** @description null for a booking made without an account, unless staff ask: the name on file is not the link holder's to read */
                name: string | null;
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
        RescheduledBooking: {
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
            /** @description Until when the customer may move it (to another time, or another class); null if no longer */
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
                /** @description null for a booking made without an account, unless staff ask: the name on file is not the link holder's to read */
                name: string | null;
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
            /** @description Null when the price stays as it was */
            priceChange: {
                before: components["schemas"]["Money"];
                after: components["schemas"]["Money"];
                /** @description after − before: positive costs more */
                difference: components["schemas"]["Money"];
                /**
                 * @description due: the difference is added to what is due; refund: given back by card; none: credits, or nothing paid yet
                 * @enum {string}
                 */
                settlement: "due" | "refund" | "none";
            } | null;
        };
        Checkout: {
            /**
             * Format: uuid
             * @description The payment
             */
            id: string;
            /** @enum {string} */
            method: "card" | "swish" | "bank_transfer" | "venue";
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
            /** @description A later job of the same booking (its mails go in order) has already run: retrying this one answers 409 job_overtaken */
            overtaken: boolean;
        };
        WebhookEvents: {
            events: {
                /** @enum {string} */
                name: "booking.created" | "booking.cancelled" | "booking.rescheduled" | "booking.checked_in" | "booking.completed" | "booking.no_show" | "class.cancelled" | "payment.succeeded" | "refund.succeeded" | "credits.granted" | "credits.used" | "credits.returned" | "package.purchased" | "invoice.issued" | "invoice.paid";
                /** @description One line, in the caller's language */
                description: string;
            }[];
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
            /** @description After a rotation: until then deliveries are signed with the previous secret as well */
            previousSecretExpiresAt: string | null;
        };
        WebhookDelivery: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            eventId: string;
            eventType: string;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed" | "cancelled";
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
        TeamInvitation: {
            /** Format: uuid */
            id: string;
            email: string;
            /** @enum {string} */
            role: "admin" | "staff";
            /** @description The name of the admin who sent it, while that account exists */
            invitedBy: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** @description Its link no longer works; invite the address again to send a new one */
            expired: boolean;
        };
        TeamInvitationView: {
            organisation: string;
            /** @description The address invited: only the account of this address can accept */
            email: string;
            /** @enum {string} */
            role: "admin" | "staff";
            /** Format: date-time */
            expiresAt: string;
            /** @description An account with this address exists: accept it signed in as that account */
            hasAccount: boolean;
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
            /**
             * Format: date-time
             * @description In the business's time zone, with its offset
             */
            exportedAt: string;
            organisation: {
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @description How times, amounts and dates are written in the sections, in words */
            conventions: {
                times: string;
                amounts: string;
                dates: string;
            };
            /** @description Rows by section (account, sessions, customers, bookings, packagePurchases, payments, refunds, invoices, creditGrants, creditLedger, waitlistEntries, promoUses, loyaltyLedger, loyaltyRedemptions, savedCards, auditEntries), with camelCase English names: instants in the business's time zone with offset, amounts as {amount, currency} in minor units, and no ids of other people (staff) */
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
            mailReplyTo: string | null;
            /** @description Where customers are told to write to the business */
            contactEmail: string | null;
            /** @description Where customers are told to call the business */
            contactPhone: string | null;
            accentColor: string | null;
            /** @description Null when there is no logo; else changes with every new logo: GET /organisation/logo?v={logoVersion} */
            logoVersion: string | null;
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
            waitlistOfferMinutes: number;
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
            providerId: string | null;
            /** @description The recurring series it is an occurrence of */
            seriesId: string | null;
            /** @description Edited on its own: edits to the whole series leave it as it is */
            seriesException: boolean;
            /**
             * Format: date-time
             * @description Instant, UTC
             */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            /**
             * Format: date-time
             * @description The same instant in timeZone: the class's location's zone, else the organisation's
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
        ClassSeries: {
            /** Format: uuid */
            id: string;
            weekdays: number[];
            startTime: string;
            durationMinutes: number;
            timeZone: string;
            fromDate: string;
            untilDate: string | null;
            occurrences: number | null;
            /** @description Its occurrences in time order, cancelled ones included */
            classes: components["schemas"]["Class"][];
        };
        ClassTemplate: {
            /** Format: uuid */
            id: string;
            name: string;
            title: string;
            description: string;
            instructorName: string;
            location: string;
            locationId: string | null;
            classTypeId: string | null;
            providerId: string | null;
            durationMinutes: number;
            maxSpots: number;
            maxSpotsPerCustomer: number;
            price: components["schemas"]["Money"];
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
            failing: ("database" | "writes" | "migrations" | "jobs" | "shutdown")[];
            checks: {
                /** @description ok, or why it could not be read */
                database: string;
                /** @description ok, or failing: a write failed for want of resources (full disk, no memory or connections) within the last 30 s and none has committed since */
                writes: string;
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
            /** @description Start times every this many minutes */
            slotIntervalMinutes: number;
            /** @description false: the service sets no interval, and it is the length plus both buffers */
            slotIntervalSet: boolean;
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
        RateLimits: {
            /** @description Bookings, holds, quotes and manage-link changes from one client address per 15 minutes; generous, since a venue shares one address */
            writePerAddress: number;
            /** @description The same, per email, account or manage link per 15 minutes */
            writePerIdentity: number;
            /** @description Sign-ups and account changes from one client address per 15 minutes */
            accountPerAddress: number;
            /** @description The same, per email or account per 15 minutes */
            accountPerIdentity: number;
            /** @description Spots or times one account, or one client address of guests, may keep held at once (POST /holds) */
            heldSpots: number;
        };
        OrganisationSummary: {
            /** Format: uuid */
            id: string;
            slug: string;
            name: string;
            isDefault: boolean;
            timeZone: string;
            currency: string;
            /** @enum {string} */
            defaultLocale: "en" | "sv";
            /** Format: date-time */
            createdAt: string;
        };
        CreatedAdmin: {
            email: string;
            /** @description The initial password, shown this once; the admin changes it on their profile page */
            password: string;
        };
        CreatedOrganisation: {
            organisation: components["schemas"]["OrganisationSummary"];
            admin: components["schemas"]["CreatedAdmin"];
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
            method: "card" | "swish" | "bank_transfer" | "venue";
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
            method: "card" | "swish" | "bank_transfer" | "venue";
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
                method: "card" | "swish" | "bank_transfer" | "venue";
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
        WaitingPurchases: {
            purchases: {
                /** Format: uuid */
                id: string;
                packageName: string;
                credits: number;
                /** @enum {string} */
                method: "swish" | "bank_transfer";
                customer: {
                    /** Format: uuid */
                    id: string;
                    name: string;
                    email: string;
                };
                amount: components["schemas"]["Money"];
                /** @description The message the customer was asked to write with the payment */
                reference: string | null;
                /**
                 * Format: uuid
                 * @description Mark it paid with POST /payments/{paymentId}/mark-paid
                 */
                paymentId: string;
                /** Format: date-time */
                createdAt: string;
            }[];
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
            /** @description Points in the balance that cannot be spent yet: those earned on bookings that have not begun (free once the booking begins) and, of those earned on a package, the share of its credits not used yet (free as they are used, or when they expire) */
            pending: number;
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
            /** @description Points in the balance that cannot be spent yet: those earned on bookings that have not begun (free once the booking begins) and, of those earned on a package, the share of its credits not used yet (free as they are used, or when they expire) */
            pending: number;
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
            /** @description The cancellation terms of what is quoted, to show before booking */
            cancellation: {
                /**
                 * Format: date-time
                 * @description Cancelling is free until this instant (it may have passed already)
                 */
                freeUntil: string;
                /**
                 * @description After freeUntil: refuse (customers may not cancel), fee (lateFee is kept), no_refund
                 * @enum {string}
                 */
                lateAction: "refuse" | "fee" | "no_refund";
                lateFee: {
                    /** @enum {string} */
                    kind: "fixed" | "percent";
                    /** @description Minor units (fixed) or basis points of what was paid (percent) */
                    value: number;
                } | null;
            };
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
            method: "card" | "swish" | "bank_transfer" | "venue" | "credits";
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed" | "cancelled";
            /** @description What it was for: the class, the service or the credit package */
            title: string | null;
            /** @description When the class or appointment starts */
            startsAt: string | null;
            /** @description The zone of the booking's place (its location's, else the organisation's) for startsAt; null without a booking */
            timeZone: string | null;
            bookingId: string | null;
            packagePurchaseId: string | null;
            paymentId: string | null;
            /** @description The invoice or receipt of the booking or package, if one was issued */
            invoiceId: string | null;
        };
        WaitlistEntry: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "waiting" | "offered" | "claimed" | "lapsed" | "left" | "closed";
            /** @description Place in line while waiting (1 = next); null once offered or ended */
            place: number | null;
            joinedAt: string;
            /** @description While offered: claim before this (null for a moment after the offer, until its mail goes out) */
            offerExpiresAt: string | null;
            class: {
                /** Format: uuid */
                id: string;
                title: string;
                startsAt: string;
                endsAt: string;
                location: string;
                priceAmount: number;
                currency: string;
                timeZone: string;
            };
            /** @description The secret for GET /waitlist/{token}: given to its owner only */
            token: string | null;
            url: string | null;
        };
        WaitlistStaffEntry: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "waiting" | "offered" | "claimed" | "lapsed" | "left" | "closed";
            place: number | null;
            joinedAt: string;
            offeredAt: string | null;
            offerExpiresAt: string | null;
            customer: {
                /** Format: uuid */
                id: string;
                name: string;
                email: string;
            };
        };
        ClassRoster: {
            class: components["schemas"]["Class"];
            policy: {
                /**
                 * Format: date-time
                 * @description From this instant a cancellation is late and the late action applies
                 */
                lateCancelFrom: string;
                /**
                 * @description Staff are never refused: 'refuse' is free for them
                 * @enum {string}
                 */
                lateAction: "refuse" | "fee" | "no_refund";
                lateFee: {
                    /** @enum {string} */
                    kind: "fixed" | "percent";
                    value: number;
                } | null;
                /** @description Null: a no-show keeps all that was paid */
                noShowFee: {
                    /** @enum {string} */
                    kind: "fixed" | "percent";
                    value: number;
                } | null;
                /** @enum {string} */
                refundTo: "card" | "credit";
            };
            /**
             * Format: date-time
             * @description A check-in can be undone until the class ends
             */
            undoUntil: string;
            counts: {
                /** @description Spots held by bookings that are not cancelled */
                booked: number;
                attended: number;
                noShow: number;
                cancelled: number;
            };
            /** @description Every booking of the class, cancelled ones too, by the customer's name */
            bookings: components["schemas"]["Booking"][];
        };
        RosterMessage: {
            /** Format: uuid */
            id: string;
            /** @description One mail per booked customer */
            recipients: number;
        };
        StaffNotifications: {
            /** @description Whether staff are mailed when a customer books, moves or cancels */
            enabled: boolean;
            /** @description The one address it goes to; null: every admin */
            to: string | null;
            /** @description Where it goes now: `to`, else the address of every admin */
            recipients: string[];
        };
        SetupChecklist: {
            /** @description Whether the dashboard shows the checklist: not put away, a step still to do, and no booking made yet (a business taking bookings is set up) */
            show: boolean;
            /** @description When an admin put the checklist away; null while it is shown */
            dismissedAt: string | null;
            /** @description In the order to do them, each done or not from the data as it is now */
            steps: {
                /**
                 * @description business: the settings (name, time zone) saved once; offer: an active service or a class; hours: a provider with weekly hours who offers an active service (left out for classes only); payments: every payment method offered works here (card needs Stripe, Swish a number, bank transfer an account); booking_page: the public booking page has been opened
                 * @enum {string}
                 */
                id: "business" | "offer" | "hours" | "payments" | "booking_page";
                done: boolean;
            }[];
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
                /** @description Class bookings made this day, by anyone, for any day (checkouts whose payment never came aside) */
                classes: number;
                /** @description Appointments booked this day, by anyone, for any day */
                appointments: number;
                /** @description Of this day's bookings, those the customer or staff cancelled later */
                cancelled: number;
                /** @description Of this day's bookings, those marked as a no-show */
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
                /** @description Bookings guests and customers made themselves this day (not by staff, an API key or the demo data; checkouts whose payment never came aside) */
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
        /**
         * @description Every error answer. `code` is stable and meant for programs; `message` is for people, in the caller's language.
         * @example {
         *       "error": {
         *         "code": "capacity_full",
         *         "message": "This class is full.",
         *         "requestId": "8f14e45f-ceea-467a-9575-3a5c1f0b8e21"
         *       }
         *     }
         */
        Error: {
            error: {
                /**
                 * @description The machine code
                 * @enum {string}
                 */
                code: "validation_failed" | "bad_request" | "invalid_json" | "idempotency_key_invalid" | "invalid_reset_token" | "invalid_signature" | "malformed_event" | "unauthenticated" | "invalid_credentials" | "invalid_api_key" | "forbidden" | "csrf_failed" | "insufficient_scope" | "api_key_not_allowed" | "not_found" | "route_not_found" | "organisation_not_found" | "class_not_found" | "booking_not_found" | "customer_not_found" | "user_not_found" | "invalid_email_change_token" | "guest_link_invalid" | "data_link_invalid" | "wrong_password" | "email_unchanged" | "account_not_deletable" | "account_has_unpaid" | "booking_of_account" | "guest_link_merge_refused" | "invitation_invalid" | "invitation_not_found" | "invitation_sign_in" | "invitation_other_account" | "already_on_team" | "job_not_retryable" | "job_overtaken" | "job_not_dismissible" | "payment_not_found" | "location_not_found" | "provider_not_found" | "service_not_found" | "hold_not_found" | "invoice_not_found" | "class_type_not_found" | "package_not_found" | "promo_not_found" | "tax_rate_not_found" | "api_key_not_found" | "method_not_allowed" | "request_timeout" | "email_taken" | "capacity_full" | "class_cancelled" | "class_started" | "class_has_bookings" | "capacity_below_booked" | "cancellation_deadline_passed" | "booking_cancelled" | "booking_not_started" | "idempotency_key_in_use" | "payment_not_succeeded" | "payment_method_mismatch" | "refund_exceeds_payment" | "problem_resolved" | "already_booked" | "booking_has_payment" | "location_in_use" | "provider_in_use" | "service_in_use" | "schedule_overlap" | "provider_account_taken" | "slot_taken" | "hold_expired" | "reschedule_closed" | "class_currency_differs" | "invalid_transition" | "invoice_exists" | "invoice_already_credited" | "invoice_paid" | "invoice_void" | "nothing_due" | "amount_mismatch" | "insufficient_credits" | "promo_exhausted" | "price_changed" | "tax_rate_in_use" | "payload_too_large" | "uri_too_long" | "unsupported_media_type" | "spots_limit_exceeded" | "promo_expired" | "promo_not_applicable" | "idempotency_key_reused" | "last_admin" | "provider_account_not_staff" | "payment_method_unavailable" | "provider_not_offering" | "slot_unavailable" | "start_in_past" | "too_soon" | "too_far_ahead" | "address_required" | "wrong_booking_kind" | "credit_note_not_creditable" | "nothing_to_invoice" | "invalid_image" | "out_of_service_area" | "address_not_placed" | "credits_not_applicable" | "saved_card_requires_account" | "card_not_found" | "card_declined" | "reschedule_payment_pending" | "reschedule_refund_by_hand" | "reschedule_needs_payment" | "postcode_not_in_address" | "instructor_busy" | "rate_limited" | "too_many_holds" | "headers_too_large" | "internal_error" | "payment_provider_unavailable" | "payments_disabled" | "busy" | "database_unavailable" | "shutting_down" | "reward_not_found" | "redemption_not_found" | "insufficient_points" | "reward_out_of_stock" | "reward_inactive" | "loyalty_disabled" | "reward_in_use" | "redemption_not_pending" | "waitlist_entry_not_found" | "waitlist_class_has_room" | "already_on_waitlist" | "waitlist_offer_not_open" | "waitlist_offer_expired" | "attendance_final" | "roster_empty" | "roster_message_limit" | "webhook_delivery_not_found" | "webhook_delivery_not_failed" | "organisation_exists" | "series_not_found" | "template_not_found" | "class_not_in_series" | "series_empty" | "series_too_long";
                /** @description A message for people, in the caller's language */
                message: string;
                /** @description The request id (also in the X-Request-Id header), for support */
                requestId: string;
                /** @description More about the refusal where there is more: the fields that failed validation, a new quote… */
                details?: unknown;
            };
        };
    };
    responses: never;
    parameters: {
        /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
        Org: string;
        /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
        CsrfToken: string;
        /** @description Any unique string (8–255 printable characters). A retry with the same key and body gets the first answer again; the same key with another body answers 422 `idempotency_key_reused`, and while the first is still running 409 `idempotency_key_in_use`. */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getApiHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a Health */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Service Unavailable: a Health */
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
    getApiHealthLive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a Liveness */
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
    getApiHealthReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a Readiness */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Service Unavailable: a Readiness */
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
    getApiPlatformOrganisations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        organisations: components["schemas"]["OrganisationSummary"][];
                    };
                };
            };
            /** @description Unauthorized: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `route_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiPlatformOrganisations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Its address: /o/{slug}/ in the web app, X-Org: {slug} in the API */
                    slug: string;
                    name: string;
                    /** @description The first admin: an account is made with a generated initial password */
                    adminEmail: string;
                    /** @description IANA time zone; Europe/Stockholm when left out */
                    timeZone?: string;
                    /** @enum {string} */
                    defaultLocale?: "en" | "sv";
                    /** @description ISO 4217; SEK when left out */
                    currency?: string;
                };
            };
        };
        responses: {
            /** @description Created: a CreatedOrganisation */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedOrganisation"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `route_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `organisation_exists` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiPlatformOrganisationsBySlugAdmins: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
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
            /** @description Created: a CreatedAdmin */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedAdmin"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `not_found`, `route_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuthSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a Session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthSignUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
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
            /** @description Created: a Session */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthSignIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
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
            /** @description OK: a Session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthSignOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed`, `csrf_failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthPasswordReset: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
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
            /** @description Accepted */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthPasswordResetConfirm: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
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
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUsers: {
        parameters: {
            query?: {
                role?: "customer" | "staff" | "admin";
                /** @description The account of this address, if any (to add someone to the team) */
                email?: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchUsersByUserId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a User */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a User */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed`, `csrf_failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a User */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed`, `csrf_failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTeamInvitations: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        invitations: components["schemas"]["TeamInvitation"][];
                    };
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTeamInvitations: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    /** @enum {string} */
                    role: "admin" | "staff";
                };
            };
        };
        responses: {
            /** @description Created: a TeamInvitation */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamInvitation"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `already_on_team` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteTeamInvitationsByInvitationId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInvitationsByToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a TeamInvitationView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamInvitationView"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `invitation_invalid`, `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postInvitationsByTokenAccept: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description For a new account: the name to show (needed when there is no account yet) */
                    name?: string;
                    /** @description For a new account: its password (needed when there is no account yet) */
                    password?: string;
                };
            };
        };
        responses: {
            /** @description OK: a Session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `invitation_invalid`, `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `invitation_sign_in`, `invitation_other_account` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApiKeys: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postApiKeys: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description Created */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteApiKeysByKeyId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a ApiKey */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a Profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchMeProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a Profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed`, `csrf_failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMePassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed`, `csrf_failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMeEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description Accepted */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed`, `csrf_failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAuthEmailChangeConfirm: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
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
            /** @description OK: a User */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeData: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a PersonalDataExport */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalDataExport"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postManageByTokenDataLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `booking_of_account` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getGuestDataByToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a PersonalDataExport */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalDataExport"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `data_link_invalid`, `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postGuestDataByTokenErase: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description true: erase, knowing it cannot be undone
                     * @enum {boolean}
                     */
                    confirm: true;
                };
            };
        };
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `data_link_invalid`, `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `account_has_unpaid`, `cancellation_deadline_passed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMeGuestBookingsRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
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
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed`, `csrf_failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMeGuestBookingsLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Bookings added to the account */
                        bookings: number;
                    };
                };
            };
            /** @description Bad Request: `guest_link_invalid`, `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed`, `csrf_failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `guest_link_merge_refused` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a Organisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchOrganisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
                    /** @description Where answers to the mails go; null: to the sender */
                    mailReplyTo?: string | null;
                    /** @description Shown to customers where they are told to contact the business (pages, mail footers, errors) */
                    contactEmail?: string | null;
                    /** @description Shown to customers beside the contact email */
                    contactPhone?: string | null;
                    /** @description The accent colour of the booking pages (#rrggbb, lower case); null keeps the default */
                    accentColor?: string | null;
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
                    /** @description How long a freed spot is kept for the first on the waitlist (never past half the time left) */
                    waitlistOfferMinutes?: number;
                };
            };
        };
        responses: {
            /** @description OK: a Organisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRateLimits: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a RateLimits */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimits"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchRateLimits: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Bookings, holds, quotes and manage-link changes from one client address per 15 minutes; generous, since a venue shares one address */
                    writePerAddress?: number;
                    /** @description The same, per email, account or manage link per 15 minutes */
                    writePerIdentity?: number;
                    /** @description Sign-ups and account changes from one client address per 15 minutes */
                    accountPerAddress?: number;
                    /** @description The same, per email or account per 15 minutes */
                    accountPerIdentity?: number;
                    /** @description Spots or times one account, or one client address of guests, may keep held at once (POST /holds) */
                    heldSpots?: number;
                };
            };
        };
        responses: {
            /** @description OK: a RateLimits */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimits"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getClasses: {
        parameters: {
            query?: {
                /** @description Classes starting at or after this (default: now) */
                from?: string;
                /** @description Classes starting before the end of this date or before this instant */
                to?: string;
                status?: "scheduled" | "cancelled";
                /** @description Only this instructor's classes (a provider) */
                providerId?: string;
                /** @description Only classes at this location */
                locationId?: string;
                /** @description Only classes of this type */
                classTypeId?: string;
                /** @description Only the occurrences of this series */
                seriesId?: string;
                limit?: number;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postClasses: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Any unique string (8–255 printable characters). A retry with the same key and body gets the first answer again; the same key with another body answers 422 `idempotency_key_reused`, and while the first is still running 409 `idempotency_key_in_use`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
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
                    /**
                     * @description The provider who teaches it, for a schedule per instructor; instructorName stays for display
                     * @default null
                     */
                    providerId?: string | null;
                    /** @description An instant with its offset (2026-12-03T17:00:00Z), or a local date-time without one (2026-12-03T18:00), read on the clock of the class's location (locationId, or the class's current one on an update), else of the organisation; a local time the clocks skip at a DST change is refused */
                    startsAt: string;
                    /** @description As startsAt: an instant, or a local date-time in the same zone */
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
            /** @description Created: a Class */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Class"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json`, `idempotency_key_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `idempotency_key_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable Entity: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getClassesByClassId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a Class */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Class"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteClassesByClassId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchClassesByClassId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
                    /** @description The provider who teaches it, for a schedule per instructor; instructorName stays for display */
                    providerId?: string | null;
                    /** @description An instant with its offset (2026-12-03T17:00:00Z), or a local date-time without one (2026-12-03T18:00), read on the clock of the class's location (locationId, or the class's current one on an update), else of the organisation; a local time the clocks skip at a DST change is refused */
                    startsAt?: string;
                    /** @description As startsAt: an instant, or a local date-time in the same zone */
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
            /** @description OK: a Class */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Class"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getClassInstructors: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        instructors: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getClassTypes: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postClassTypes: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description Created: a ClassType */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassType"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteClassTypesByClassTypeId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                classTypeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchClassTypesByClassTypeId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a ClassType */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassType"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSeries: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Any unique string (8–255 printable characters). A retry with the same key and body gets the first answer again; the same key with another body answers 422 `idempotency_key_reused`, and while the first is still running 409 `idempotency_key_in_use`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description ISO weekdays: 1 = Monday … 7 = Sunday */
                    weekdays: number[];
                    /** @description Local wall time, HH:MM: kept across DST changes */
                    startTime: string;
                    /**
                     * Format: date
                     * @description The first date the pattern may fall on
                     */
                    fromDate: string;
                    /**
                     * Format: date
                     * @description The last date it may fall on (or give occurrences)
                     */
                    untilDate?: string;
                    /** @description How many classes (or give untilDate) */
                    occurrences?: number;
                    /**
                     * Format: uuid
                     * @description Start from this template: fields given here override it
                     */
                    templateId?: string;
                    title?: string;
                    description?: string;
                    instructorName?: string;
                    location?: string;
                    /** @description A location of the organisation; the free-text location stays */
                    locationId?: string | null;
                    /** @description A class type of the organisation: what credit packages may be limited to */
                    classTypeId?: string | null;
                    /** @description The provider who teaches it, for a schedule per instructor; instructorName stays for display */
                    providerId?: string | null;
                    maxSpots?: number;
                    maxSpotsPerCustomer?: number;
                    price?: {
                        /** @description Integer minor units: 15000 is 150.00 SEK */
                        amount: number;
                        /** @description Defaults to the organisation's currency */
                        currency?: string;
                    };
                    /** @description Minutes */
                    durationMinutes?: number;
                };
            };
        };
        responses: {
            /** @description Created: a ClassSeries */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassSeries"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json`, `idempotency_key_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `idempotency_key_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable Entity: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSeriesBySeriesId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                seriesId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a ClassSeries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassSeries"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postClassesByClassIdDuplicate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description The new date; the local time of day and the length stay
                     */
                    date: string;
                };
            };
        };
        responses: {
            /** @description Created: a Class */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Class"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getClassTemplates: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        templates: components["schemas"]["ClassTemplate"][];
                    };
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postClassTemplates: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /**
                     * Format: uuid
                     * @description Save this class's fields
                     */
                    classId: string;
                } | {
                    name: string;
                    title: string;
                    description?: string;
                    instructorName?: string;
                    location?: string;
                    /** @description A location of the organisation; the free-text location stays */
                    locationId?: string | null;
                    /** @description A class type of the organisation: what credit packages may be limited to */
                    classTypeId?: string | null;
                    /** @description The provider who teaches it, for a schedule per instructor; instructorName stays for display */
                    providerId?: string | null;
                    maxSpots: number;
                    maxSpotsPerCustomer?: number;
                    price: {
                        /** @description Integer minor units: 15000 is 150.00 SEK */
                        amount: number;
                        /** @description Defaults to the organisation's currency */
                        currency?: string;
                    };
                    /** @description Minutes */
                    durationMinutes: number;
                };
            };
        };
        responses: {
            /** @description Created: a ClassTemplate */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassTemplate"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteClassTemplatesByTemplateId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                templateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postClassTemplatesByTemplateIdClasses: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Any unique string (8–255 printable characters). A retry with the same key and body gets the first answer again; the same key with another body answers 422 `idempotency_key_reused`, and while the first is still running 409 `idempotency_key_in_use`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                templateId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description An instant with its offset, or a local date-time read on the clock of the template's location, else of the organisation */
                    startsAt: string;
                };
            };
        };
        responses: {
            /** @description Created: a Class */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Class"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json`, `idempotency_key_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `idempotency_key_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable Entity: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLocations: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postLocations: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Any unique string (8–255 printable characters). A retry with the same key and body gets the first answer again; the same key with another body answers 422 `idempotency_key_reused`, and while the first is still running 409 `idempotency_key_in_use`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
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
            /** @description Created: a Location */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json`, `idempotency_key_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `idempotency_key_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable Entity: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLocationsByLocationId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                locationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a Location */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteLocationsByLocationId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                locationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `location_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchLocationsByLocationId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a Location */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Location"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProviders: {
        parameters: {
            query?: {
                /** @description Staff only; the public sees active providers */
                active?: "true" | "false";
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postProviders: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Any unique string (8–255 printable characters). A retry with the same key and body gets the first answer again; the same key with another body answers 422 `idempotency_key_reused`, and while the first is still running 409 `idempotency_key_in_use`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
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
            /** @description Created: a Provider */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Provider"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json`, `idempotency_key_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `idempotency_key_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable Entity: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProvidersByProviderId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a Provider */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Provider"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteProvidersByProviderId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `provider_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchProvidersByProviderId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a Provider */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Provider"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProvidersByProviderIdHours: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a WeeklyHours */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WeeklyHours"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putProvidersByProviderIdHours: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a WeeklyHours */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WeeklyHours"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `schedule_overlap` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProvidersByProviderIdOverrides: {
        parameters: {
            query?: {
                /** @description First date (default: today in the provider’s zone) */
                from?: string;
                /** @description Last date, inclusive (default: a year after from) */
                to?: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putProvidersByProviderIdOverridesByDate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a DateOverride */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DateOverride"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteProvidersByProviderIdOverridesByDate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                providerId: string;
                /** @description A date in the provider’s time zone, YYYY-MM-DD */
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProvidersByProviderIdTimeOff: {
        parameters: {
            query?: {
                /** @description First date (default: today in the provider’s zone) */
                from?: string;
                /** @description Last date, inclusive (default: a year after from) */
                to?: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postProvidersByProviderIdTimeOff: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Any unique string (8–255 printable characters). A retry with the same key and body gets the first answer again; the same key with another body answers 422 `idempotency_key_reused`, and while the first is still running 409 `idempotency_key_in_use`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
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
            /** @description Created: a TimeOff */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeOff"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json`, `idempotency_key_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `idempotency_key_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable Entity: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteProvidersByProviderIdTimeOffByTimeOffId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                providerId: string;
                timeOffId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putProvidersByProviderIdServices: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getServices: {
        parameters: {
            query?: {
                /** @description Staff only; the public sees active services */
                active?: "true" | "false";
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postServices: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Any unique string (8–255 printable characters). A retry with the same key and body gets the first answer again; the same key with another body answers 422 `idempotency_key_reused`, and while the first is still running 409 `idempotency_key_in_use`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
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
                    /** @description Omitted or null: the length plus both buffers, so that a booked time does not block the next start */
                    slotIntervalMinutes?: number | null;
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
            /** @description Created: a Service */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Service"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json`, `idempotency_key_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `idempotency_key_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable Entity: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getServicesByServiceId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a Service */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Service"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteServicesByServiceId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `service_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchServicesByServiceId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
                    /** @description null: back to the length plus both buffers (and following them) */
                    slotIntervalMinutes?: number | null;
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
            /** @description OK: a Service */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Service"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchClassesByClassIdSeries: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description this: the one class; following: it and the later ones (the series splits there); all: every future one
                     * @enum {string}
                     */
                    scope: "this" | "following" | "all";
                    changes: {
                        title?: string;
                        description?: string;
                        instructorName?: string;
                        location?: string;
                        /** @description A location of the organisation; the free-text location stays */
                        locationId?: string | null;
                        /** @description A class type of the organisation: what credit packages may be limited to */
                        classTypeId?: string | null;
                        /** @description The provider who teaches it, for a schedule per instructor; instructorName stays for display */
                        providerId?: string | null;
                        maxSpots?: number;
                        maxSpotsPerCustomer?: number;
                        price?: {
                            /** @description Integer minor units: 15000 is 150.00 SEK */
                            amount: number;
                            /** @description Defaults to the organisation's currency */
                            currency?: string;
                        };
                        /** @description Minutes */
                        durationMinutes?: number;
                        /** @description Local wall time, HH:MM: kept across DST changes */
                        startTime?: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The series the edited classes belong to now (a new one after a split) */
                        seriesId: string | null;
                        classes: components["schemas"]["Class"][];
                    };
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeBookedClasses: {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        classIds: string[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postManageLinks: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
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
            /** @description Accepted */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postHolds: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
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
            /** @description Created: a Hold */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Hold"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `slot_taken`, `capacity_full` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable Entity: `slot_unavailable` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `too_many_holds`, `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteHoldsByHoldId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                holdId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCustomers: {
        parameters: {
            query?: {
                /** @description Part of a name or email */
                q?: string;
                limit?: number;
                offset?: number;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCustomersByCustomerId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a Customer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getServicesByServiceIdSlots: {
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
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                serviceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a Slots */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Slots"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBookings: {
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
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postBookings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Any unique string (8–255 printable characters). A retry with the same key and body gets the first answer again; the same key with another body answers 422 `idempotency_key_reused`, and while the first is still running 409 `idempotency_key_in_use`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
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
                    /** @description Appointments: how to reach the customer (the web checkout asks for it at the customer's). A signed-in customer's booking also fills in their profile's phone where it has none */
                    phone?: string;
                    /** @description Anything the provider should know */
                    notes?: string;
                    /** @description Signed-in customer booking an appointment: the phone and address replace my profile's. Without it they fill in only what the profile lacks */
                    saveToProfile?: boolean;
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
            /** @description OK: a BookingCreated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingCreated"];
                };
            };
            /** @description Created: a BookingCreated */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingCreated"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json`, `idempotency_key_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `capacity_full`, `price_changed`, `promo_exhausted`, `idempotency_key_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable Entity: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postBookingsByBookingIdCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a Booking */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postManageByTokenCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
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
            /** @description OK: a Booking */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postBookingsByBookingIdReschedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                bookingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Appointments: the provider to move to; null for any provider who is free then; absent keeps the booked provider */
                    providerId?: string | null;
                    /**
                     * Format: date-time
                     * @description Appointments: the start, one of the offered slots
                     */
                    start?: string;
                    /**
                     * Format: uuid
                     * @description Move a class booking to this class (its customer: until `reschedulableUntil`, to a class not started)
                     */
                    classId?: string;
                    /** @description The new total the client showed (minor units); another answers 409 price_changed */
                    expectedTotal?: number;
                    /** @description True: answer the booking as it would be at the new time, with its price change; nothing is moved */
                    dryRun?: boolean;
                };
            };
        };
        responses: {
            /** @description OK: a RescheduledBooking */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RescheduledBooking"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `slot_taken`, `capacity_full`, `class_started` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postManageByTokenReschedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Appointments: the provider to move to; null for any provider who is free then; absent keeps the booked provider */
                    providerId?: string | null;
                    /**
                     * Format: date-time
                     * @description Appointments: the start, one of the offered slots
                     */
                    start?: string;
                    /**
                     * Format: uuid
                     * @description Move a class booking to this class (its customer: until `reschedulableUntil`, to a class not started)
                     */
                    classId?: string;
                    /** @description The new total the client showed (minor units); another answers 409 price_changed */
                    expectedTotal?: number;
                    /** @description True: answer the booking as it would be at the new time, with its price change; nothing is moved */
                    dryRun?: boolean;
                };
            };
        };
        responses: {
            /** @description OK: a RescheduledBooking */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RescheduledBooking"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postClassesByClassIdCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postClassesByClassIdSeriesCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description this: the one class; following: it and the later ones (the series splits there); all: every future one
                     * @enum {string}
                     */
                    scope: "this" | "following" | "all";
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cancelled: {
                            /** Format: uuid */
                            classId: string;
                            cancelledBookingIds: string[];
                        }[];
                    };
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeBookings: {
        parameters: {
            query?: {
                when?: "upcoming" | "past" | "all";
                limit?: number;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBookingsByBookingId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                bookingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a Booking */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteBookingsByBookingId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                bookingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getManageByToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a Booking */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postBookingsByBookingIdCheckIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a Booking */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `invalid_transition`, `booking_not_started` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postBookingsByBookingIdComplete: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a Booking */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `invalid_transition`, `booking_not_started` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postBookingsByBookingIdNoShow: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a Booking */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `invalid_transition`, `booking_not_started` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAuditLog: {
        parameters: {
            query?: {
                entityType?: string;
                entityId?: string;
                /** @description Cursor: return entries older than this id */
                before?: number;
                limit?: number;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCalendarFeedsCustomersByFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getManageByTokenBookingIcs: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCalendarFeedsProvidersByFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProvidersByProviderIdCalendarLink: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postProvidersByProviderIdCalendarLinkReplace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                providerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed`, `csrf_failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCalendarByOrgSlugClassesIcs: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                orgSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeCalendar: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMeCalendarReplace: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed`, `csrf_failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebhooks: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postWebhooks: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
                    events: ("booking.created" | "booking.cancelled" | "booking.rescheduled" | "booking.checked_in" | "booking.completed" | "booking.no_show" | "class.cancelled" | "payment.succeeded" | "refund.succeeded" | "credits.granted" | "credits.used" | "credits.returned" | "package.purchased" | "invoice.issued" | "invoice.paid" | "*")[];
                };
            };
        };
        responses: {
            /** @description Created */
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
                        /** @description After a rotation: until then deliveries are signed with the previous secret as well */
                        previousSecretExpiresAt: string | null;
                        /** @description Signing secret, shown only now. Slotwise-Signature: t=<unix>,v1=hex(HMAC-SHA256(secret, "<t>.<body>")) */
                        secret: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebhooksEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a WebhookEvents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEvents"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWebhooksByEndpointId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchWebhooksByEndpointId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
                    events?: ("booking.created" | "booking.cancelled" | "booking.rescheduled" | "booking.checked_in" | "booking.completed" | "booking.no_show" | "class.cancelled" | "payment.succeeded" | "refund.succeeded" | "credits.granted" | "credits.used" | "credits.returned" | "package.purchased" | "invoice.issued" | "invoice.paid" | "*")[];
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description OK: a WebhookEndpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebhooksByEndpointIdDeliveries: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postWebhooksByEndpointIdRotateSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
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
                        /** @description After a rotation: until then deliveries are signed with the previous secret as well */
                        previousSecretExpiresAt: string | null;
                        /** @description Signing secret, shown only now. Slotwise-Signature: t=<unix>,v1=hex(HMAC-SHA256(secret, "<t>.<body>")) */
                        secret: string;
                    };
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postWebhooksByEndpointIdDeliveriesByDeliveryIdRetry: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                endpointId: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a WebhookDelivery */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `webhook_delivery_not_failed` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getJobs: {
        parameters: {
            query?: {
                status?: "pending" | "running" | "done" | "dead" | "cancelled";
                limit?: number;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postJobsByJobIdRetry: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                jobId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a Job */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postJobsByJobIdDismiss: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                jobId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a Job */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPaymentsConfirm: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
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
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPaymentsByIntentByPaymentIntentId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                paymentIntentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPaymentsByPaymentId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a Payment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPaymentsByPaymentIdMarkPaid: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a Settlement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settlement"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPaymentsByPaymentIdRefunds: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description Created: a Refund */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Refund"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUnbookablePayments: {
        parameters: {
            query?: {
                status?: "open" | "refunding" | "refunded" | "booked";
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postUnbookablePaymentsByProblemIdBook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a Booking */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getIntegrity: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a IntegrityReport */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrityReport"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMeInvoicesByInvoiceIdPay: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a DuePayment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuePayment"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed`, `csrf_failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `invoice_paid`, `invoice_void`, `nothing_due`, `amount_mismatch`, `booking_cancelled` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable Entity: `payment_method_unavailable` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `payments_disabled`, `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMeBookingsByBookingIdPay: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a DuePayment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuePayment"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed`, `csrf_failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `invoice_paid`, `invoice_void`, `nothing_due`, `amount_mismatch`, `booking_cancelled` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable Entity: `payment_method_unavailable` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `payments_disabled`, `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postManageByTokenPay: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
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
            /** @description OK: a DuePayment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DuePayment"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `invoice_paid`, `invoice_void`, `nothing_due`, `amount_mismatch`, `booking_cancelled` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable Entity: `payment_method_unavailable` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `payments_disabled`, `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganisationLogo: {
        parameters: {
            query?: {
                /** @description The organisation's logoVersion */
                v?: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putOrganisationLogo: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable Entity: `invalid_image` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteOrganisationLogo: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postBookingsByBookingIdInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description Created: a Invoice */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `invoice_exists`, `booking_cancelled` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable Entity: `nothing_to_invoice` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postInvoicesByInvoiceIdCredit: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description Created: a Invoice */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `invoice_already_credited` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable Entity: `credit_note_not_creditable` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInvoices: {
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
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInvoicesByInvoiceId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                invoiceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a Invoice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInvoicesByInvoiceIdPdf: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                invoiceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeInvoices: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeInvoicesByInvoiceIdPdf: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                invoiceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPackages: {
        parameters: {
            query?: {
                /** @description Staff: include withdrawn packages */
                all?: "true" | "false";
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPackages: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description Created: a Package */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Package"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPackagesByPackageId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                packageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a Package */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Package"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchPackagesByPackageId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a Package */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Package"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPackagesByPackageIdPurchase: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Any unique string (8–255 printable characters). A retry with the same key and body gets the first answer again; the same key with another body answers 422 `idempotency_key_reused`, and while the first is still running 409 `idempotency_key_in_use`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
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
            /** @description Created: a PackagePurchase */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PackagePurchase"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json`, `idempotency_key_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `idempotency_key_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable Entity: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPackagePurchasesWaiting: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a WaitingPurchases */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitingPurchases"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeCredits: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a Credits */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Credits"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCustomersByCustomerIdCredits: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a Credits */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Credits"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCustomersByCustomerIdCreditsAdjust: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Credits to grant (positive, at most 100 at a time) or take (negative); never below zero */
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
            /** @description OK: a Credits */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Credits"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMeCardsSetup: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed`, `csrf_failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeCards: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteMeCardsByCardId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                cardId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed`, `csrf_failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `card_not_found`, `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMeCardsByCardIdDefault: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                cardId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed`, `csrf_failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCancellationPolicies: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putCancellationPolicies: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a CancellationPolicy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancellationPolicy"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCancellationPoliciesByPolicyId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                policyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postQuotes: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
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
            /** @description OK: a Quote */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Quote"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `promo_not_found`, `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `promo_exhausted` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable Entity: `promo_expired`, `promo_not_applicable`, `out_of_service_area`, `address_not_placed`, `address_required` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPricingSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a PricingSettings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricingSettings"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchPricingSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a PricingSettings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PricingSettings"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPricingTaxRates: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPricingTaxRates: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Any unique string (8–255 printable characters). A retry with the same key and body gets the first answer again; the same key with another body answers 422 `idempotency_key_reused`, and while the first is still running 409 `idempotency_key_in_use`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
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
            /** @description Created: a TaxRate */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxRate"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json`, `idempotency_key_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `idempotency_key_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable Entity: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deletePricingTaxRatesByTaxRateId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                taxRateId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `tax_rate_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchPricingTaxRatesByTaxRateId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a TaxRate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaxRate"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPricingServicesByItemId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a ItemPricing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemPricing"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putPricingServicesByItemId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a ItemPricing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemPricing"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPricingClassesByItemId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                itemId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a ItemPricing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemPricing"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putPricingClassesByItemId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a ItemPricing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemPricing"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPricingHolidays: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putPricingHolidays: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPricingSurcharges: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPricingSurcharges: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Any unique string (8–255 printable characters). A retry with the same key and body gets the first answer again; the same key with another body answers 422 `idempotency_key_reused`, and while the first is still running 409 `idempotency_key_in_use`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
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
            /** @description Created: a SurchargeRule */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurchargeRule"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json`, `idempotency_key_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `idempotency_key_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable Entity: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putPricingSurchargesBySurchargeId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a SurchargeRule */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurchargeRule"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deletePricingSurchargesBySurchargeId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                surchargeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPricingServiceArea: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a ServiceArea */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceArea"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putPricingServiceArea: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a ServiceArea */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceArea"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPricingPromoCodes: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postPricingPromoCodes: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
                /** @description Any unique string (8–255 printable characters). A retry with the same key and body gets the first answer again; the same key with another body answers 422 `idempotency_key_reused`, and while the first is still running 409 `idempotency_key_in_use`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
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
            /** @description Created: a PromoCode */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromoCode"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json`, `idempotency_key_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `idempotency_key_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable Entity: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPricingPromoCodesByPromoId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                promoId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a PromoCode */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromoCode"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchPricingPromoCodesByPromoId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a PromoCode */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromoCode"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLoyaltySettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a LoyaltySettings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoyaltySettings"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchLoyaltySettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a LoyaltySettings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoyaltySettings"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLoyaltyRewards: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postLoyaltyRewards: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description Created: a LoyaltyReward */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoyaltyReward"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteLoyaltyRewardsByRewardId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                rewardId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `reward_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchLoyaltyRewardsByRewardId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a LoyaltyReward */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoyaltyReward"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeLoyalty: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a MyLoyalty */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyLoyalty"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMeLoyaltyRedemptions: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description Created: a LoyaltyRedemption */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoyaltyRedemption"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed`, `csrf_failed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `insufficient_points`, `reward_out_of_stock`, `reward_inactive`, `loyalty_disabled` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLoyaltyRedemptions: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                status?: "pending" | "fulfilled" | "cancelled";
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postLoyaltyRedemptionsByRedemptionIdFulfil: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                redemptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a LoyaltyRedemption */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoyaltyRedemption"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postLoyaltyRedemptionsByRedemptionIdCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                redemptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a LoyaltyRedemption */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoyaltyRedemption"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCustomersByCustomerIdLoyalty: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a LoyaltyPoints */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoyaltyPoints"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postCustomersByCustomerIdLoyaltyAdjust: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a LoyaltyPoints */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoyaltyPoints"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMePayments: {
        parameters: {
            query?: {
                /** @description On or after this date, in the organisation's time zone */
                from?: string;
                /** @description On or before this date, in the organisation's time zone */
                to?: string;
                /** @description A calendar year in the organisation's time zone (combined with from/to when both are given) */
                year?: number;
                status?: "pending" | "succeeded" | "failed" | "cancelled";
                method?: "card" | "swish" | "bank_transfer" | "venue" | "credits";
                kind?: "payment" | "refund" | "credit_use" | "credit_return";
                limit?: number;
                /** @description Keyset pagination: the nextCursor of the previous page (entries are newest first) */
                cursor?: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
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
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMePaymentsExport: {
        parameters: {
            query?: {
                /** @description On or after this date, in the organisation's time zone */
                from?: string;
                /** @description On or before this date, in the organisation's time zone */
                to?: string;
                /** @description A calendar year in the organisation's time zone (combined with from/to when both are given) */
                year?: number;
                status?: "pending" | "succeeded" | "failed" | "cancelled";
                method?: "card" | "swish" | "bank_transfer" | "venue" | "credits";
                kind?: "payment" | "refund" | "credit_use" | "credit_return";
                format?: "csv" | "json";
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExportsPayments: {
        parameters: {
            query?: {
                /** @description On or after this date, in the organisation's time zone */
                from?: string;
                /** @description On or before this date, in the organisation's time zone */
                to?: string;
                format?: "csv" | "json";
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExportsBookings: {
        parameters: {
            query?: {
                /** @description On or after this date, in the organisation's time zone */
                from?: string;
                /** @description On or before this date, in the organisation's time zone */
                to?: string;
                format?: "csv" | "json";
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getExportsCustomers: {
        parameters: {
            query?: {
                /** @description On or after this date, in the organisation's time zone */
                from?: string;
                /** @description On or before this date, in the organisation's time zone */
                to?: string;
                format?: "csv" | "json";
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getClassesByClassIdWaitlist: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a list of WaitlistStaffEntry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitlistStaffEntry"][];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postClassesByClassIdWaitlist: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Who joins, when not signed in */
                    guest?: {
                        name: string;
                        email: string;
                        /** @enum {string} */
                        locale?: "en" | "sv";
                    };
                };
            };
        };
        responses: {
            /** @description Created: a WaitlistEntry */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitlistEntry"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `waitlist_class_has_room`, `already_on_waitlist`, `already_booked`, `class_started`, `class_cancelled` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWaitlistByToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a WaitlistEntry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitlistEntry"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postWaitlistByTokenClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description Any unique string (8–255 printable characters). A retry with the same key and body gets the first answer again; the same key with another body answers 422 `idempotency_key_reused`, and while the first is still running 409 `idempotency_key_in_use`. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description How the offered spot is paid, as for any booking (ignored when free)
                     * @enum {string}
                     */
                    paymentMethod?: "card" | "swish" | "bank_transfer" | "venue" | "credits";
                    /** @description The total the customer saw; another total answers 409 price_changed */
                    expectedTotal?: number;
                    promoCode?: string;
                };
            };
        };
        responses: {
            /** @description OK: a BookingCreated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingCreated"];
                };
            };
            /** @description Created: a BookingCreated */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingCreated"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json`, `idempotency_key_invalid` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `waitlist_offer_expired`, `waitlist_offer_not_open`, `idempotency_key_in_use` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unprocessable Entity: `idempotency_key_reused` */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeWaitlist: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a list of WaitlistEntry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitlistEntry"][];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `api_key_not_allowed` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getClassesByClassIdRoster: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a ClassRoster */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClassRoster"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getClassesByClassIdRosterExport: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postClassesByClassIdRosterMessages: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                classId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    subject: string;
                    /** @description Plain text; blank lines separate paragraphs */
                    text: string;
                };
            };
        };
        responses: {
            /** @description Accepted: a RosterMessage */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterMessage"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `roster_empty` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `roster_message_limit` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postBookingsByBookingIdUndoCheckIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
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
            /** @description OK: a Booking */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `attendance_final`, `invalid_transition` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postBookingsByBookingIdPaidAtVenue: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path: {
                bookingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What staff saw as due; another amount due now answers 409 amount_mismatch */
                    expectedAmount?: number;
                };
            };
        };
        responses: {
            /** @description OK: a Booking */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: `nothing_due`, `amount_mismatch` */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnalyticsBookings: {
        parameters: {
            query?: {
                /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, in the organisation's time zone (default: today) */
                to?: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a AnalyticsBookings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsBookings"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnalyticsBookingsExport: {
        parameters: {
            query?: {
                /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, in the organisation's time zone (default: today) */
                to?: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnalyticsRevenueByMethod: {
        parameters: {
            query?: {
                /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, in the organisation's time zone (default: today) */
                to?: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a AnalyticsRevenueByMethod */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsRevenueByMethod"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnalyticsRevenueByMethodExport: {
        parameters: {
            query?: {
                /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, in the organisation's time zone (default: today) */
                to?: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnalyticsRevenueByItem: {
        parameters: {
            query?: {
                /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, in the organisation's time zone (default: today) */
                to?: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a AnalyticsRevenueByItem */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsRevenueByItem"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnalyticsRevenueByItemExport: {
        parameters: {
            query?: {
                /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, in the organisation's time zone (default: today) */
                to?: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnalyticsFillRate: {
        parameters: {
            query?: {
                /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, in the organisation's time zone (default: today) */
                to?: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a AnalyticsFillRate */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsFillRate"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnalyticsFillRateExport: {
        parameters: {
            query?: {
                /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, in the organisation's time zone (default: today) */
                to?: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnalyticsUtilisation: {
        parameters: {
            query?: {
                /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, in the organisation's time zone (default: today) */
                to?: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a AnalyticsUtilisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsUtilisation"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnalyticsUtilisationExport: {
        parameters: {
            query?: {
                /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, in the organisation's time zone (default: today) */
                to?: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnalyticsPayments: {
        parameters: {
            query?: {
                /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, in the organisation's time zone (default: today) */
                to?: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a AnalyticsPayments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsPayments"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnalyticsPaymentsExport: {
        parameters: {
            query?: {
                /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, in the organisation's time zone (default: today) */
                to?: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnalyticsFunnel: {
        parameters: {
            query?: {
                /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, in the organisation's time zone (default: today) */
                to?: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a AnalyticsFunnel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsFunnel"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnalyticsFunnelExport: {
        parameters: {
            query?: {
                /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, in the organisation's time zone (default: today) */
                to?: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnalyticsCustomers: {
        parameters: {
            query?: {
                /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, in the organisation's time zone (default: today) */
                to?: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a AnalyticsCustomers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsCustomers"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnalyticsCustomersExport: {
        parameters: {
            query?: {
                /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, in the organisation's time zone (default: today) */
                to?: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnalyticsBalances: {
        parameters: {
            query?: {
                /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, in the organisation's time zone (default: today) */
                to?: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a AnalyticsBalances */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnalyticsBalances"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAnalyticsBalancesExport: {
        parameters: {
            query?: {
                /** @description First day, in the organisation's time zone (default: 29 days before `to`) */
                from?: string;
                /** @description Last day, in the organisation's time zone (default: today) */
                to?: string;
            };
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAnalyticsEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
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
            /** @description No Content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganisationStaffNotifications: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a StaffNotifications */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffNotifications"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchOrganisationStaffNotifications: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    enabled?: boolean;
                    /** @description One address (a shared inbox); null: every admin */
                    to?: string | null;
                };
            };
        };
        responses: {
            /** @description OK: a StaffNotifications */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffNotifications"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOrganisationSetup: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a SetupChecklist */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetupChecklist"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postOrganisationSetupDismiss: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
                /** @description With a session cookie: the `csrfToken` of the session (GET /auth/session); without it a change answers 403 `csrf_failed`. Not needed with an API key. */
                "X-CSRF-Token"?: components["parameters"]["CsrfToken"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a SetupChecklist */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SetupChecklist"];
                };
            };
            /** @description Unauthorized: `invalid_api_key`, `unauthenticated` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope`, `csrf_failed`, `forbidden` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postWaitlistByTokenLeave: {
        parameters: {
            query?: never;
            header?: {
                /** @description The organisation's slug; without it, the default organisation. An unknown slug answers 404 `organisation_not_found`. */
                "X-Org"?: components["parameters"]["Org"];
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK: a WaitlistEntry */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WaitlistEntry"];
                };
            };
            /** @description Bad Request: `validation_failed`, `invalid_json` */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized: `invalid_api_key` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden: `insufficient_scope` */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not Found: `organisation_not_found`, `not_found` */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too Many Requests: `rate_limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable: `database_unavailable`, `shutting_down` */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
