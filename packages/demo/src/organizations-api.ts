/**
 * The part of @astro-api/client the demo uses, as one interface over both API versions. The two
 * versions' generated types differ (v1beta1 has `supportPlan`, v1 `hasAllowedIpAddressRanges`...),
 * so the demo names only the fields it reads.
 */
import { createClient as createV1 } from '@astro-api/client/v1';
import { createClient as createV1beta1 } from '@astro-api/client/v1beta1';
import type { DemoAuditEvent, DemoOrganization } from './organization-fields.ts';
import type { ApiVersion } from './options.ts';

export interface ListQuery {
  product?: 'HOSTED' | 'HYBRID';
  sorts?: string[];
}

export interface OrganizationsApi {
  list(query: ListQuery & { limit?: number }): Promise<{ totalCount: number; organizations: DemoOrganization[] }>;
  listAll(query: ListQuery & { pageSize: number }): AsyncIterable<DemoOrganization>;
  get(id: string): Promise<DemoOrganization>;
  update(id: string, body: { name: string; billingEmail: string; isScimEnabled: boolean }): Promise<DemoOrganization>;
  auditLogs(id: string, range: { startDate: string; endDate: string }): AsyncIterable<DemoAuditEvent>;
}

export interface ClientSettings {
  apiVersion: ApiVersion;
  baseUrl: string;
  token: string;
  fetch: (request: Request, init?: RequestInit) => Promise<Response>;
}

export function createOrganizationsApi({ apiVersion, ...options }: ClientSettings): OrganizationsApi {
  const client = apiVersion === 'v1' ? createV1(options) : createV1beta1(options);
  // Both versions' helpers accept what OrganizationsApi passes; only their result types differ.
  return client.organizations as unknown as OrganizationsApi;
}
