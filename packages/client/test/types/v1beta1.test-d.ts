/** Type-level contract of @astro-api/client/v1beta1, and how it differs from v1. */
import { describe, expectTypeOf, it } from 'vitest';
import type * as root from '../../src/index.ts';
import { createClient, type AstroClient, type AuditLogEvent, type FieldError, type Organization, type PageIterator } from '../../src/v1beta1.ts';

declare const astro: AstroClient;

describe('v1beta1 client types', () => {
  it('returns the v1beta1 Organization, with supportPlan', () => {
    expectTypeOf(astro.organizations.get()).toEqualTypeOf<Promise<Organization>>();
    expectTypeOf<Awaited<ReturnType<AstroClient['organizations']['get']>>['supportPlan']>().toEqualTypeOf<Organization['supportPlan']>();
    expectTypeOf(astro.organizations.listAll()).toEqualTypeOf<PageIterator<Organization>>();
    expectTypeOf(astro.organizations.auditLogs()).toEqualTypeOf<AsyncGenerator<AuditLogEvent, void, undefined>>();
  });

  it('filters by supportPlan and the OBSERVE product', () => {
    astro.organizations.list({ supportPlan: 'BUSINESS_CRITICAL', astronomerProduct: 'OBSERVE' });
    astro.organizations.listAll({ supportPlan: 'TRIAL', pageSize: 10 });
    // @ts-expect-error supportPlan takes the plan filter values
    astro.organizations.list({ supportPlan: 'ENTERPRISE' });
  });

  it('has no hasAiFeaturesDisabled and no apiVersion', () => {
    // @ts-expect-error hasAiFeaturesDisabled exists in v1 only
    astro.organizations.update({ name: 'n', billingEmail: 'b@example.com', isScimEnabled: true, hasAiFeaturesDisabled: true });
    // @ts-expect-error X-API-Version is a v1 header
    createClient({ token: 't', apiVersion: '1.0' });
    // @ts-expect-error hasAllowedIpAddressRanges is a v1 field
    const ranges: Organization['hasAllowedIpAddressRanges'] = true;
    void ranges;
  });

  it('takes the Organization from the client', () => {
    expectTypeOf(astro.withOrganization('org-2')).toEqualTypeOf<AstroClient>();
    createClient({ token: 't', organizationId: 'org-1' });
    // @ts-expect-error the Organization is not an argument
    astro.organizations.get('org-1');
  });

  it('declares the same FieldError as the spec', () => {
    expectTypeOf<root.FieldError>().toEqualTypeOf<FieldError>();
  });
});
