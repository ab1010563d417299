import { describe, expect, it } from 'vitest';
import { API_VERSIONS, createSpecValidator, loadOperations, loadSpec } from '@astro-api/openapi';
import { organizationShape } from '../../src/spec/organization-shape.ts';
import { OrganizationStore } from '../../src/store/organization-store.ts';
import { organizationView } from '../../src/store/organization-view.ts';

const referenceTime = new Date('2026-06-01T00:00:00Z');
const store = new OrganizationStore({ seed: 42, count: 2500, referenceTime });

describe('seeded Organizations', () => {
  it('are the same for the same seed and differ for another seed', () => {
    const again = new OrganizationStore({ seed: 42, count: 2500, referenceTime });
    expect(again.all()).toEqual(store.all());
    const other = new OrganizationStore({ seed: 43, count: 2500, referenceTime });
    expect(other.all()[0]!.id).not.toBe(store.all()[0]!.id);
  });

  it('do not depend on the audit volume', () => {
    const dense = new OrganizationStore({ seed: 42, count: 2500, referenceTime, auditEventsPerOrganization: 1_000_000 });
    const strip = (records: readonly { audit: unknown }[]) => records.map(({ audit: _audit, ...rest }) => rest);
    expect(strip(dense.all())).toEqual(strip(store.all()));
  });

  it('have unique ids and names, cuid-shaped ids, and come in creation order', () => {
    const records = store.all();
    expect(new Set(records.map((record) => record.id)).size).toBe(2500);
    expect(new Set(records.map((record) => record.name)).size).toBe(2500);
    for (const record of records) {
      expect(record.id).toMatch(/^c[0-9a-z]{24}$/);
      expect(record.name.length).toBeLessThanOrEqual(50);
      expect(record.updatedAt >= record.createdAt).toBe(true);
      expect(record.updatedAt <= '2026-06-01T00:00:00Z').toBe(true);
    }
    const created = records.map((record) => record.createdAt);
    expect(created).toEqual([...created].sort());
  });

  it.each(API_VERSIONS)('are valid %s Organizations, in full and as look-ups', (version) => {
    const validator = createSpecValidator(version);
    const shape = organizationShape(loadSpec(version), loadOperations(version));
    for (const record of store.all()) {
      expect(validator.validate('#/components/schemas/Organization', organizationView(record, shape))).toEqual([]);
      expect(validator.validate('#/components/schemas/Organization', organizationView(record, shape, { lookUpOnly: true }))).toEqual([]);
    }
  });

  it('derive both versions from one record', () => {
    const record = store.all().find((candidate) => candidate.productPlans.some((plan) => plan.astronomerProduct === 'OBSERVE'))!;
    const v1 = organizationView(record, organizationShape(loadSpec('v1'), loadOperations('v1')));
    const beta = organizationView(record, organizationShape(loadSpec('v1beta1'), loadOperations('v1beta1')));
    expect(v1.supportPlan).toBeUndefined();
    expect(beta.supportPlan).toBe(record.supportPlan);
    expect(beta.hasAllowedIpAddressRanges).toBeUndefined();
    expect((v1.productPlans as { astronomerProduct: string }[]).map((plan) => plan.astronomerProduct)).toEqual(['ASTRO']);
    expect((beta.productPlans as unknown[]).length).toBe(2);
    expect({ ...v1, productPlans: undefined, hasAllowedIpAddressRanges: undefined, isBlockedEnableAiFeatures: undefined, hasAiFeaturesDisabled: undefined })
      .toEqual({ ...beta, productPlans: undefined, supportPlan: undefined });
  });

  it('spread over every plan, product, status, payment method and domain state', () => {
    const records = store.all();
    const values = (pick: (record: (typeof records)[number]) => unknown) => new Set(records.map(pick));
    expect(values((record) => record.supportPlan).size).toBe(21);
    expect(values((record) => record.product)).toEqual(new Set(['HOSTED', 'HYBRID']));
    expect(values((record) => record.status)).toEqual(new Set(['ACTIVE', 'INACTIVE', 'SUSPENDED']));
    expect(values((record) => record.paymentMethod).size).toBe(7); // six methods and "none"
    expect(values((record) => record.productPlans.map((plan) => plan.astronomerProduct).join()).size).toBeGreaterThanOrEqual(3);
    const domains = records.flatMap((record) => record.managedDomains);
    expect(new Set(domains.map((domain) => domain.status))).toEqual(new Set(['PENDING', 'VERIFIED']));
    for (const plan of ['TRIAL', 'BASIC', 'STANDARD', 'PREMIUM', 'BUSINESS_CRITICAL']) {
      expect(records.filter((record) => record.supportPlan === plan).length).toBeGreaterThan(20);
    }
  });

  it('give expired trials an inactive or suspended status and live ones an expiry in the future', () => {
    const trials = store.all().filter((record) => record.trialExpiresAt);
    expect(trials.length).toBeGreaterThan(100);
    for (const record of trials) {
      if (record.trialExpiresAt! < '2026-06-01T00:00:00Z') expect(record.status).not.toBe('ACTIVE');
    }
  });
});
