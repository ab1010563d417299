// This file is generated from the bundled Astro API spec by `pnpm --filter @astro-api/client generate`.
// Do not edit it by hand: change spec/ and regenerate.

/** Operations of the Astro API v1beta1, as the client's resource helpers call them. */
export const operations = {
  ListOrganizations: {
    "method": "GET",
    "path": "/organizations",
    "resource": "organizations",
    "name": "list",
    "pathParams": [],
    "queryParams": [
      "productPlan",
      "astronomerProduct",
      "supportPlan",
      "product",
      "offset",
      "limit",
      "sorts"
    ],
    "body": false,
    "idempotent": true,
    "response": "json",
    "pageItems": "organizations"
  },
  GetOrganization: {
    "method": "GET",
    "path": "/organizations/{organizationId}",
    "resource": "organizations",
    "name": "get",
    "pathParams": [
      "organizationId"
    ],
    "queryParams": [
      "isLookUpOnly"
    ],
    "body": false,
    "idempotent": true,
    "response": "json",
    "pageItems": null
  },
  UpdateOrganization: {
    "method": "POST",
    "path": "/organizations/{organizationId}",
    "resource": "organizations",
    "name": "update",
    "pathParams": [
      "organizationId"
    ],
    "queryParams": [],
    "body": true,
    "idempotent": true,
    "response": "json",
    "pageItems": null
  },
  GetOrganizationAuditLogs: {
    "method": "GET",
    "path": "/organizations/{organizationId}/audit-logs",
    "resource": "organizations",
    "name": "auditLogs",
    "pathParams": [
      "organizationId"
    ],
    "queryParams": [
      "startDate",
      "endDate"
    ],
    "body": false,
    "idempotent": true,
    "response": "ndjson",
    "pageItems": null
  },
} as const;

export type OperationTable = typeof operations;

/** Default base URL of the Astro API v1beta1: the first server of its spec. */
export const serverUrl = "https://api.astronomer.io/platform/v1beta1";
