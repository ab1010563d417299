import { describe, expect, it } from 'vitest';
import { callApi } from '../support/call-api.ts';
import { useSimulator } from '../support/use-simulator.ts';

describe('GetOrganization', () => {
  const simulator = useSimulator();

  it('returns the Organization of each version', async () => {
    const record = simulator().store.all()[10]!;
    const v1 = await callApi(simulator().url, { path: `/v1/organizations/${record.id}` });
    const beta = await callApi(simulator().url, { path: `/platform/v1beta1/organizations/${record.id}` });
    expect(v1.json).toMatchObject({ id: record.id, name: record.name, hasAllowedIpAddressRanges: record.hasAllowedIpAddressRanges });
    expect(beta.json).toMatchObject({ id: record.id, name: record.name, supportPlan: record.supportPlan });
    expect(v1.json.supportPlan).toBeUndefined();
  });

  it('returns only the required metadata for isLookUpOnly=true', async () => {
    const record = simulator().store.all().find((candidate) => candidate.billingEmail && candidate.managedDomains.length)!;
    const full = await callApi(simulator().url, { path: `/v1/organizations/${record.id}?isLookUpOnly=false` });
    const lookUp = await callApi(simulator().url, { path: `/v1/organizations/${record.id}?isLookUpOnly=true` });
    expect(full.json.billingEmail).toBe(record.billingEmail);
    expect(Object.keys(lookUp.json).sort()).toEqual(
      ['id', 'name', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'isScimEnabled', 'productPlans', 'allowEnhancedSupportAccess',
        'shouldEnforceDedicatedClusters', 'hasAllowedIpAddressRanges'].sort(),
    );
    const beta = await callApi(simulator().url, { path: `/platform/v1beta1/organizations/${record.id}?isLookUpOnly=true` });
    expect(Object.keys(beta.json).sort()).toEqual(['createdAt', 'createdBy', 'id', 'isScimEnabled', 'name', 'supportPlan', 'updatedAt', 'updatedBy']);
  });

  it('answers 404 for an unknown Organization, also with odd but valid ids', async () => {
    for (const id of ['cnotanorganization0000000', 'a%20b', '%F0%9F%9A%80', 'x'.repeat(300)]) {
      const response = await callApi(simulator().url, { path: `/v1/organizations/${id}` });
      expect(response.status).toBe(404);
      expect(response.documented).toBe(true);
    }
  });

  it('answers 400 for an id that is not valid percent-encoded UTF-8', async () => {
    const response = await callApi(simulator().url, { path: '/v1/organizations/%C3%28' });
    expect(response.status).toBe(400);
    expect(response.json.fieldErrors).toEqual([expect.objectContaining({ code: 'encoding', field: 'organizationId' })]);
  });
});
