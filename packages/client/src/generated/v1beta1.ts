// This file is generated from the bundled Astro API spec by `pnpm --filter @astro-api/client generate`.
// Do not edit it by hand: change spec/ and regenerate.

export interface paths {
    "/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the Organizations you can access
         * @deprecated
         * @description Returns a page of the Organizations that the caller is a member of, with optional filters and sorting. Page through the rest with `offset` and `limit`. This call needs a personal access token; Organization, Workspace and Deployment API tokens cannot be used for it.
         */
        get: operations["ListOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * Get one Organization
         * @deprecated
         * @description Fetches a single Organization by its identifier. Set `isLookUpOnly` to `true` to receive only the Organization's metadata.
         */
        get: operations["GetOrganization"];
        put?: never;
        /**
         * Change an Organization's settings
         * @deprecated
         * @description Writes new settings for an Organization and returns the updated Organization. The API uses POST for updates and offers no PUT or PATCH. The call is idempotent: repeating it with the same body leaves the Organization in the same state, so a retry is safe.
         */
        post: operations["UpdateOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/audit-logs": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * Export an Organization's audit log
         * @deprecated
         * @description Downloads the Organization's audit log in one response, optionally limited to a time window with `startDate` and `endDate`. There is no pagination: the body is a gzip-compressed stream of newline-delimited JSON events that can be very large. Events are kept for 90 days. Only Organization Owners hold the needed permission.
         */
        get: operations["GetOrganizationAuditLogs"];
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
         * @description Plan value accepted by the plan filters of the Organization list.
         * @enum {string}
         */
        PlanFilter: "TRIAL" | "BASIC" | "STANDARD" | "PREMIUM" | "BUSINESS_CRITICAL";
        /**
         * @description An Astronomer product that an Organization can subscribe to.
         * @enum {string}
         */
        AstronomerProduct: "ASTRO" | "OBSERVE";
        /**
         * @description The Organization's type of Astro product, Astro Hosted (`HOSTED`) or Astro Hybrid (`HYBRID`).
         * @enum {string}
         */
        Product: "HOSTED" | "HYBRID";
        /**
         * @description Kind of actor behind an action, either a person (`USER`) or an API token (`SERVICEKEY`).
         * @enum {string}
         */
        SubjectType: "USER" | "SERVICEKEY";
        /** @description Short profile of the actor (a user or an API token) that created or last changed a resource. Which optional fields are filled depends on the kind of actor. */
        BasicSubjectProfile: {
            /** @description Identifier of the user or API token. */
            id: string;
            /** @description Whether the actor is a user or an API token. */
            subjectType?: components["schemas"]["SubjectType"];
            /** @description Login name of the user; filled for users. */
            username?: string;
            /** @description Display name of the user; filled for users. */
            fullName?: string;
            /** @description Link to the user's profile picture; filled for users. */
            avatarUrl?: string;
            /** @description Name given to the API token; filled for API tokens. */
            apiTokenName?: string;
        };
        /**
         * @description Name of a plan that an Organization can be subscribed to.
         * @enum {string}
         */
        PlanName: "INACTIVE" | "INTERNAL" | "POV" | "TRIAL" | "BASIC" | "BASIC_PAYGO" | "TEAM_PAYGO" | "STANDARD" | "PREMIUM" | "BUSINESS_CRITICAL" | "BUSINESS" | "TEAM" | "ENTERPRISE" | "DEVELOPER" | "DEVELOPER_PAYGO" | "TEAM_V2" | "BUSINESS_V2" | "ENTERPRISE_V2" | "TRIAL_V2" | "ENTERPRISE_BUSINESS_CRITICAL" | "IBM_ENTERPRISE";
        /** @description An email domain that the Organization has claimed, so that sign-ins from addresses in that domain can be governed by the Organization. */
        ManagedDomain: {
            /** @description Identifier of the managed domain. */
            id: string;
            /** @description The domain itself, for example `mycompany.com`. */
            name: string;
            /** @description Identifier of the Organization that owns the domain. */
            organizationId: string;
            /**
             * @description Whether ownership of the domain is still awaiting verification or has been verified.
             * @enum {string}
             */
            status: "PENDING" | "VERIFIED";
            /**
             * Format: date-time
             * @description When the domain was added, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the domain was last changed, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            updatedAt: string;
            /** @description Sign-in methods that users of this domain are required to use. */
            enforcedLogins?: string[];
        };
        /**
         * @description How the Organization pays for Astro.
         * @enum {string}
         */
        PaymentMethod: "CREDIT_CARD" | "INVOICE" | "AWS_MARKETPLACE" | "AZURE_MARKETPLACE" | "GCP_MARKETPLACE" | "SNOWFLAKE_MARKETPLACE";
        /**
         * @description Lifecycle state of an Organization.
         * @enum {string}
         */
        OrganizationStatus: "ACTIVE" | "INACTIVE" | "SUSPENDED";
        /** @description The plan an Organization is subscribed to for one Astronomer product. */
        OrganizationProductPlan: {
            /** @description The Astronomer product the plan applies to. */
            astronomerProduct: components["schemas"]["AstronomerProduct"];
            /** @description Identifier of the subscribed Organization. */
            organizationId: string;
            /** @description Identifier of the product plan. */
            productPlanId: string;
            /** @description Name of the product plan. */
            productPlanName: string;
        };
        /** @description An Organization, the top-level Astro account that owns Workspaces, users and billing settings. */
        Organization: {
            /** @description Identifier of the Organization. */
            id: string;
            /** @description Display name of the Organization. */
            name: string;
            /**
             * Format: date-time
             * @description When the Organization was created, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the Organization was last changed, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            updatedAt: string;
            /** @description The user or API token that created the Organization. */
            createdBy: components["schemas"]["BasicSubjectProfile"];
            /** @description The user or API token that last changed the Organization. */
            updatedBy: components["schemas"]["BasicSubjectProfile"];
            /** @description True when user provisioning through SCIM is switched on. */
            isScimEnabled: boolean;
            /** @description The support plan the Organization is subscribed to. */
            supportPlan: components["schemas"]["PlanName"];
            /** @description Address that receives the Organization's invoices and billing notices. */
            billingEmail?: string;
            /** @description Email domains claimed by the Organization. */
            managedDomains?: components["schemas"]["ManagedDomain"][];
            /** @description How the Organization pays. */
            paymentMethod?: components["schemas"]["PaymentMethod"];
            /** @description The Organization's type of Astro product. */
            product?: components["schemas"]["Product"];
            /** @description Current lifecycle state of the Organization. */
            status?: components["schemas"]["OrganizationStatus"];
            /**
             * Format: date-time
             * @description End of the trial period, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`); absent once the Organization is no longer on a trial.
             */
            trialExpiresAt?: string;
            /** @description The plan the Organization holds for each Astronomer product. */
            productPlans?: components["schemas"]["OrganizationProductPlan"][];
            /** @description True when Astronomer's support engineers may view the Organization's resources. */
            allowEnhancedSupportAccess?: boolean;
            /** @description True when Deployments must run on dedicated clusters rather than shared ones. */
            shouldEnforceDedicatedClusters?: boolean;
        };
        /** @description One page of Organizations together with the paging values that produced it. */
        OrganizationsPaginated: {
            /** @description The Organizations on this page. */
            organizations: components["schemas"]["Organization"][];
            /** @description Page size that was applied. */
            limit: number;
            /** @description Number of Organizations skipped before this page. */
            offset: number;
            /** @description Number of Organizations across all pages. */
            totalCount: number;
        };
        /** @description One problem found while validating a single field of the request. */
        FieldError: {
            /** @description Machine-readable name of the check that failed. */
            code: string;
            /** @description Name of the request field that failed the check. */
            field: string;
            /** @description Human-readable explanation of the problem with the field. */
            message: string;
        };
        /** @description JSON body of a failed request. Gateways in front of the API may instead answer some 401, 403 and 429 responses with a plain-text body, which has no request identifier. */
        Error: {
            /** @description Human-readable summary of what went wrong. */
            message: string;
            /** @description Identifier of the failed request; quote it when contacting Astronomer support. */
            requestId: string;
            /** @description The HTTP status code of the response, repeated in the body. */
            statusCode: number;
            /** @description Per-field problems; present on 400 responses that were caused by request validation. */
            fieldErrors?: components["schemas"]["FieldError"][];
        };
        /** @description New settings for an Organization. The required fields are always sent in full. */
        UpdateOrganizationRequest: {
            /** @description Address that should receive invoices and billing notices. */
            billingEmail: string;
            /** @description Switches user provisioning through SCIM on or off. */
            isScimEnabled: boolean;
            /** @description New display name of the Organization, at most 50 characters. */
            name: string;
            /** @description Grants or withdraws view access to the Organization's resources for Astronomer support. */
            allowEnhancedSupportAccess?: boolean;
            /** @description Requires, or stops requiring, Deployments to run on dedicated clusters. */
            shouldEnforceDedicatedClusters?: boolean;
        };
        /** @description One entry of an Organization's audit log, sent as one line of the newline-delimited JSON export. Every event names who acted, in which Organization, when, and from where. Events that record an API call also carry the HTTP method, path, request body and request identifier, plus the status of the response in a field whose name the reference material does not give; clients must therefore accept fields that are not listed here. */
        AuditLogEvent: {
            /** @description Identifier of the user or API token that acted. */
            subjectId: string;
            /** @description Whether the actor was a user or an API token. */
            subjectType: components["schemas"]["SubjectType"];
            /** @description Identifier of the Organization in which the action happened. */
            organizationId: string;
            /**
             * Format: date-time
             * @description When the action happened, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            timestamp: string;
            /** @description IP address the action came from. */
            sourceIp: string;
            /** @description User-Agent header of the client that acted. */
            userAgent: string;
            /** @description HTTP method of the recorded API call; only on API-call events. */
            method?: string;
            /** @description Request path of the recorded API call; only on API-call events. */
            path?: string;
            /** @description Body of the recorded API call exactly as it was sent; only on API-call events. */
            requestBody?: string;
            /** @description Identifier of the recorded API call; only on API-call events. */
            requestId?: string;
        };
    };
    responses: {
        /** @description The request is malformed or failed validation. When validation failed, `fieldErrors` names each offending field. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The bearer token is missing, malformed or expired. A gateway in front of the API may answer with a plain-text body instead of JSON. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "text/plain": string;
            };
        };
        /** @description The token is valid but lacks the permission the operation needs. A gateway in front of the API may answer with a plain-text body instead of JSON. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "text/plain": string;
            };
        };
        /** @description The token exceeded its rate limit (per token: 25 GET, 10 POST and 5 DELETE requests per second). The API's own documents do not list this response, but it happens. Wait for the time given in `Retry-After` when present, then retry. The body is JSON or, when a gateway answers, plain text. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "text/plain": string;
            };
        };
        /** @description The API failed unexpectedly while handling the request. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The resource named in the path (or a parent of it, such as its Organization) does not exist or is not visible to the token. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The audit log of the Organization as newline-delimited JSON, one `AuditLogEvent` per line, sent gzip-compressed. Depending on the HTTP client the body arrives either already decompressed or as raw gzip bytes (which begin with `1f 8b`); a client has to handle both. Events are kept for 90 days and an export can reach hundreds of megabytes, so read it as a stream. The API itself labels the body `application/octet-stream`. */
        AuditLogExport: {
            headers: {
                "Content-Encoding": components["headers"]["ContentEncoding"];
                [name: string]: unknown;
            };
            content: {
                "application/octet-stream": string;
                "application/x-ndjson": components["schemas"]["AuditLogEvent"];
            };
        };
    };
    parameters: {
        /** @description Return only Organizations subscribed to this product plan. */
        ProductPlan: components["schemas"]["PlanFilter"];
        /** @description Return only Organizations subscribed to this Astronomer product. */
        AstronomerProduct: components["schemas"]["AstronomerProduct"];
        /** @description Return only Organizations on this support plan. */
        SupportPlan: components["schemas"]["PlanFilter"];
        /** @description Return only Organizations of this product type. */
        Product: components["schemas"]["Product"];
        /** @description How many items to skip before the returned page starts. */
        Offset: number;
        /** @description Largest number of items to return in one page. */
        Limit: number;
        /** @description Sort keys, applied in the order given. Each key is a field name followed by `:asc` or `:desc`. Repeat the parameter to sort by several keys, for example `sorts=name:asc&sorts=createdAt:desc`. */
        Sorts: ("name:asc" | "name:desc" | "createdAt:asc" | "createdAt:desc" | "updatedAt:asc" | "updatedAt:desc")[];
        /** @description Identifier of the Organization to act on. */
        OrganizationId: string;
        /** @description When true, the response is limited to the Organization's metadata. */
        IsLookUpOnly: boolean;
        /** @description Beginning of the time window to read (audit-log events to export, or Deployment log lines), as a UTC date-time. */
        StartDate: string;
        /** @description End of the time window to read (audit-log events to export, or Deployment log lines), as a UTC date-time. */
        EndDate: string;
    };
    requestBodies: never;
    headers: {
        /** @description How long to wait before sending another request. The value is either a number of seconds (for example `2`) or an HTTP-date (for example `Wed, 21 Oct 2026 07:28:00 GMT`). The header may be missing. */
        RetryAfter: string;
        /** @description Compression applied to the body. The export is sent gzip-compressed; an HTTP client or proxy that decompresses it on the way may remove this header. */
        ContentEncoding: "gzip";
    };
    pathItems: never;
}
export type PlanFilter = components['schemas']['PlanFilter'];
export type AstronomerProduct = components['schemas']['AstronomerProduct'];
export type Product = components['schemas']['Product'];
export type SubjectType = components['schemas']['SubjectType'];
export interface BasicSubjectProfile extends Schema<'BasicSubjectProfile'> {}
export type PlanName = components['schemas']['PlanName'];
export interface ManagedDomain extends Schema<'ManagedDomain'> {}
export type PaymentMethod = components['schemas']['PaymentMethod'];
export type OrganizationStatus = components['schemas']['OrganizationStatus'];
export interface OrganizationProductPlan extends Schema<'OrganizationProductPlan'> {}
export interface Organization extends Schema<'Organization'> {}
export interface OrganizationsPaginated extends Schema<'OrganizationsPaginated'> {}
export interface FieldError extends Schema<'FieldError'> {}
export interface Error extends Schema<'Error'> {}
export interface UpdateOrganizationRequest extends Schema<'UpdateOrganizationRequest'> {}
export interface AuditLogEvent extends Schema<'AuditLogEvent'> {}
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseAuditLogExport = components['responses']['AuditLogExport'];
export type ParameterProductPlan = components['parameters']['ProductPlan'];
export type ParameterAstronomerProduct = components['parameters']['AstronomerProduct'];
export type ParameterSupportPlan = components['parameters']['SupportPlan'];
export type ParameterProduct = components['parameters']['Product'];
export type ParameterOffset = components['parameters']['Offset'];
export type ParameterLimit = components['parameters']['Limit'];
export type ParameterSorts = components['parameters']['Sorts'];
export type ParameterOrganizationId = components['parameters']['OrganizationId'];
export type ParameterIsLookUpOnly = components['parameters']['IsLookUpOnly'];
export type ParameterStartDate = components['parameters']['StartDate'];
export type ParameterEndDate = components['parameters']['EndDate'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type HeaderContentEncoding = components['headers']['ContentEncoding'];
export type $defs = Record<string, never>;
export interface operations {
    ListOrganizations: {
        parameters: {
            query?: {
                /** @description Return only Organizations subscribed to this product plan. */
                productPlan?: components["parameters"]["ProductPlan"];
                /** @description Return only Organizations subscribed to this Astronomer product. */
                astronomerProduct?: components["parameters"]["AstronomerProduct"];
                /** @description Return only Organizations on this support plan. */
                supportPlan?: components["parameters"]["SupportPlan"];
                /** @description Return only Organizations of this product type. */
                product?: components["parameters"]["Product"];
                /** @description How many items to skip before the returned page starts. */
                offset?: components["parameters"]["Offset"];
                /** @description Largest number of items to return in one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Sort keys, applied in the order given. Each key is a field name followed by `:asc` or `:desc`. Repeat the parameter to sort by several keys, for example `sorts=name:asc&sorts=createdAt:desc`. */
                sorts?: components["parameters"]["Sorts"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Organizations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationsPaginated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    GetOrganization: {
        parameters: {
            query?: {
                /** @description When true, the response is limited to the Organization's metadata. */
                isLookUpOnly?: components["parameters"]["IsLookUpOnly"];
            };
            header?: never;
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requested Organization. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    UpdateOrganization: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /** @description The settings to store. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationRequest"];
            };
        };
        responses: {
            /** @description The Organization with the new settings applied. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    GetOrganizationAuditLogs: {
        parameters: {
            query?: {
                /** @description Beginning of the time window to read (audit-log events to export, or Deployment log lines), as a UTC date-time. */
                startDate?: components["parameters"]["StartDate"];
                /** @description End of the time window to read (audit-log events to export, or Deployment log lines), as a UTC date-time. */
                endDate?: components["parameters"]["EndDate"];
            };
            header?: never;
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AuditLogExport"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const planFilterValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PlanFilter"]> = ["TRIAL", "BASIC", "STANDARD", "PREMIUM", "BUSINESS_CRITICAL"];
export const astronomerProductValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AstronomerProduct"]> = ["ASTRO", "OBSERVE"];
export const productValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Product"]> = ["HOSTED", "HYBRID"];
export const subjectTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SubjectType"]> = ["USER", "SERVICEKEY"];
export const planNameValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PlanName"]> = ["INACTIVE", "INTERNAL", "POV", "TRIAL", "BASIC", "BASIC_PAYGO", "TEAM_PAYGO", "STANDARD", "PREMIUM", "BUSINESS_CRITICAL", "BUSINESS", "TEAM", "ENTERPRISE", "DEVELOPER", "DEVELOPER_PAYGO", "TEAM_V2", "BUSINESS_V2", "ENTERPRISE_V2", "TRIAL_V2", "ENTERPRISE_BUSINESS_CRITICAL", "IBM_ENTERPRISE"];
export const managedDomainStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ManagedDomain"]["status"]> = ["PENDING", "VERIFIED"];
export const paymentMethodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PaymentMethod"]> = ["CREDIT_CARD", "INVOICE", "AWS_MARKETPLACE", "AZURE_MARKETPLACE", "GCP_MARKETPLACE", "SNOWFLAKE_MARKETPLACE"];
export const organizationStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["OrganizationStatus"]> = ["ACTIVE", "INACTIVE", "SUSPENDED"];
export const componentsParametersSortsValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["Sorts"]> = ["name:asc", "name:desc", "createdAt:asc", "createdAt:desc", "updatedAt:asc", "updatedAt:desc"];
export const componentsHeadersContentEncodingValues: ReadonlyArray<FlattenedDeepRequired<components>["headers"]["ContentEncoding"]> = ["gzip"];
/** One component schema's members, for the interfaces above. */
type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
