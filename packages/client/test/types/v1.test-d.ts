/** Type-level contract of @astro-api/client/v1. */
import { describe, expectTypeOf, it } from 'vitest';
import * as root from '../../src/index.ts';
import {
  AstroApiError,
  createClient,
  organizationStatusValues,
  SDK_VERSION,
  SPEC_VERSIONS,
  type AstroClient,
  type AuditLogEvent,
  type components,
  type FieldError,
  type operations,
  type Organization,
  type OrganizationsPaginated,
  type PageIterator,
  type paths,
} from '../../src/v1.ts';

declare const astro: AstroClient;

describe('v1 client types', () => {
  it('creates an AstroClient', () => {
    expectTypeOf(createClient).returns.toEqualTypeOf<AstroClient>();
    expectTypeOf(createClient).parameter(0).toEqualTypeOf<import('../../src/v1.ts').ClientOptions | undefined>();
  });

  it('returns the spec’s types from the helpers', () => {
    expectTypeOf(astro.organizations.get('org-1')).toEqualTypeOf<Promise<Organization>>();
    expectTypeOf(astro.organizations.list()).toEqualTypeOf<Promise<OrganizationsPaginated>>();
    expectTypeOf(astro.organizations.update('org-1', { name: 'n', billingEmail: 'b@example.com', isScimEnabled: true })).toEqualTypeOf<Promise<Organization>>();
    expectTypeOf(astro.organizations.listAll()).toEqualTypeOf<PageIterator<Organization>>();
    expectTypeOf(astro.organizations.auditLogs('org-1')).toEqualTypeOf<AsyncGenerator<AuditLogEvent, void, undefined>>();
    expectTypeOf(astro.organizations.auditLogsRaw('org-1')).toEqualTypeOf<Promise<ReadableStream<Uint8Array>>>();
  });

  it('types the parameters of each helper', () => {
    expectTypeOf(astro.organizations.get).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(astro.organizations.get).parameter(1).toEqualTypeOf<{ isLookUpOnly?: boolean } | undefined>();
    astro.organizations.list({ limit: 5, offset: 0, sorts: ['name:asc'], product: 'HYBRID', productPlan: 'PREMIUM', astronomerProduct: 'ASTRO' });
    astro.organizations.listAll({ pageSize: 500, product: 'HOSTED' });
    astro.organizations.auditLogs('org-1', { startDate: '2026-01-01T00:00:00Z', endDate: '2026-02-01T00:00:00Z' }, { signal: AbortSignal.timeout(1000) });
    astro.organizations.update('org-1', { name: 'n', billingEmail: 'b@example.com', isScimEnabled: true, hasAiFeaturesDisabled: true });
  });

  it('rejects wrong parameters', () => {
    // @ts-expect-error the id is a string
    astro.organizations.get(42);
    // @ts-expect-error the id is required
    astro.organizations.get();
    // @ts-expect-error a misspelt filter
    astro.organizations.list({ limt: 5 });
    // @ts-expect-error CLOUD is not a product
    astro.organizations.list({ product: 'CLOUD' });
    // @ts-expect-error OBSERVE is a v1beta1 product only
    astro.organizations.list({ astronomerProduct: 'OBSERVE' });
    // @ts-expect-error sorts are field:direction literals
    astro.organizations.list({ sorts: ['name'] });
    // @ts-expect-error supportPlan was removed in v1
    astro.organizations.list({ supportPlan: 'TRIAL' });
    // @ts-expect-error listAll sets limit itself
    astro.organizations.listAll({ limit: 10 });
    // @ts-expect-error a wrong body field
    astro.organizations.update('org-1', { nam: 'n', billingEmail: 'b@example.com', isScimEnabled: true });
    // @ts-expect-error isScimEnabled is required
    astro.organizations.update('org-1', { name: 'n', billingEmail: 'b@example.com' });
  });

  it('keeps openapi-fetch’s typed client', () => {
    const call = astro.GET('/organizations/{organizationId}', { params: { path: { organizationId: 'org-1' } } });
    expectTypeOf(call).resolves.toHaveProperty('data').toEqualTypeOf<Organization | undefined>();
    // @ts-expect-error an unknown path
    astro.GET('/workspaces');
    astro.use({ onRequest: ({ request }) => request });
  });

  it('accepts apiVersion', () => {
    createClient({ token: 't', apiVersion: '1.0', timeoutMs: 1000, maxRetries: 0, headers: { 'x-a': 'b' } });
    createClient({ token: async () => 't' });
  });

  it('exports the generated types, enum arrays, versions and errors', () => {
    expectTypeOf<components['schemas']['Organization']>().toEqualTypeOf<Organization>();
    expectTypeOf<paths['/organizations']['get']>().toEqualTypeOf<operations['ListOrganizations']>();
    expectTypeOf(organizationStatusValues).toEqualTypeOf<ReadonlyArray<'ACTIVE' | 'INACTIVE' | 'SUSPENDED'>>();
    expectTypeOf(SPEC_VERSIONS.v1.version).toEqualTypeOf<'1.0'>();
    expectTypeOf(SDK_VERSION).toEqualTypeOf<string>();
    expectTypeOf(AstroApiError).toEqualTypeOf(root.AstroApiError);
    expectTypeOf<AstroApiError['status']>().toEqualTypeOf<number>();
    expectTypeOf<AstroApiError['retryAfterMs']>().toEqualTypeOf<number | undefined>();
  });

  it('declares the same FieldError as the spec', () => {
    expectTypeOf<root.FieldError>().toEqualTypeOf<FieldError>();
  });
});
