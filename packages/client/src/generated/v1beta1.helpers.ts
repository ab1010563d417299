// This file is generated from the bundled Astro API spec by `pnpm --filter @astro-api/client generate`.
// Do not edit it by hand: change spec/ and regenerate.

import type { PageIterator, RequestOptions, WalkQuery } from '../resources/types.ts';
import type { operations, AuditLogEvent, Organization, OrganizationsPaginated, UpdateOrganizationRequest } from './v1beta1.ts';

/** Query parameters of ListOrganizations. */
export interface ListOrganizationsQuery extends Of<NonNullable<operations['ListOrganizations']['parameters']['query']>> {}

/** Query parameters of GetOrganization. */
export interface GetOrganizationQuery extends Of<NonNullable<operations['GetOrganization']['parameters']['query']>> {}

/** Query parameters of GetOrganizationAuditLogs. */
export interface GetOrganizationAuditLogsQuery extends Of<NonNullable<operations['GetOrganizationAuditLogs']['parameters']['query']>> {}

/** `client.organizations`: the helpers of the v1beta1 operations whose `x-sdk` group is `organizations`. */
export interface OrganizationsApi {
  /**
   * List the Organizations you can access
   *
   * Returns a page of the Organizations that the caller is a member of, with optional filters and sorting. Page through the rest with `offset` and `limit`. This call needs a personal access token; Organization, Workspace and Deployment API tokens cannot be used for it.
   *
   * @see {@link https://astro-api-sdk.github.io/v1beta1/#tag/Organization/operation/ListOrganizations | ListOrganizations} in the API reference
   */
  list(query?: ListOrganizationsQuery, options?: RequestOptions): Promise<OrganizationsPaginated>;

  /**
   * List the Organizations you can access: every page, item by item.
   *
   * Walks `list` with `pageSize` items per request (1 to 1000, default 100), fetching the next page while the current one is consumed. `break` stops the walk; `toArray()` collects it.
   *
   * @see {@link https://astro-api-sdk.github.io/v1beta1/#tag/Organization/operation/ListOrganizations | ListOrganizations} in the API reference
   */
  listAll(query?: WalkQuery<ListOrganizationsQuery>, options?: RequestOptions): PageIterator<Organization>;

  /**
   * Get one Organization
   *
   * Fetches a single Organization by its identifier. Set `isLookUpOnly` to `true` to receive only the Organization's metadata.
   *
   * Permission: `organization.get`.
   * @see {@link https://astro-api-sdk.github.io/v1beta1/#tag/Organization/operation/GetOrganization | GetOrganization} in the API reference
   */
  get(query?: GetOrganizationQuery, options?: RequestOptions): Promise<Organization>;

  /**
   * Change an Organization's settings
   *
   * Writes new settings for an Organization and returns the updated Organization. The API uses POST for updates and offers no PUT or PATCH. The call is idempotent: repeating it with the same body leaves the Organization in the same state, so a retry is safe.
   *
   * Permission: `organization.settings.update`.
   * @see {@link https://astro-api-sdk.github.io/v1beta1/#tag/Organization/operation/UpdateOrganization | UpdateOrganization} in the API reference
   */
  update(body: UpdateOrganizationRequest, options?: RequestOptions): Promise<Organization>;

  /**
   * Export an Organization's audit log
   *
   * Downloads the Organization's audit log in one response, optionally limited to a time window with `startDate` and `endDate`. There is no pagination: the body is a gzip-compressed stream of newline-delimited JSON events that can be very large. Events are kept for 90 days. Only Organization Owners hold the needed permission.
   * Resolves to an async iterable of the parsed lines, read as they arrive (gzip or plain bytes).
   *
   * Permission: `organization.auditLogs.get`.
   * @see {@link https://astro-api-sdk.github.io/v1beta1/#tag/Organization/operation/GetOrganizationAuditLogs | GetOrganizationAuditLogs} in the API reference
   */
  auditLogs(query?: GetOrganizationAuditLogsQuery, options?: RequestOptions): AsyncGenerator<AuditLogEvent, void, undefined>;

  /**
   * Export an Organization's audit log: the raw export, as gzip bytes.
   *
   * The same call as `auditLogs`, for saving the export: the bytes are gzip whether or not fetch decompressed them.
   *
   * Permission: `organization.auditLogs.get`.
   * @see {@link https://astro-api-sdk.github.io/v1beta1/#tag/Organization/operation/GetOrganizationAuditLogs | GetOrganizationAuditLogs} in the API reference
   */
  auditLogsRaw(query?: GetOrganizationAuditLogsQuery, options?: RequestOptions): Promise<ReadableStream<Uint8Array>>;
}

/** Every helper group of a v1beta1 client. */
export interface Helpers {
  organizations: OrganizationsApi;
}

/** The type an interface above takes its members from (an interface keeps its name in an editor, an alias does not). */
type Of<T> = T;
