// This file is generated from the bundled Astro API spec by `pnpm --filter @astro-api/client generate`.
// Do not edit it by hand: change spec/ and regenerate.

/** Operations of the Astro API v1beta1, packed one per line (format: scripts/pack-operations.ts; unpacked by src/resources/operations.ts). */
export const operations = `organizations.list Gqi /organizations organizations 1000
get Gqi ~
update Pbi ~
auditLogs Gqis ~/audit-logs GetOrganizationAuditLogs`;

/** Default base URL of the Astro API v1beta1: the first server of its spec. */
export const serverUrl = "https://api.astronomer.io/platform/v1beta1";

/** Minor versions the spec documents, for the X-API-Version header. */
export type ApiVersion = never;
