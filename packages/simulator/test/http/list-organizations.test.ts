import { describe, expect, it } from 'vitest';
import { callApi } from '../support/call-api.ts';
import { useSimulator } from '../support/use-simulator.ts';

describe('ListOrganizations', () => {
  const simulator = useSimulator();
  const list = (query: string, version = '/v1') => callApi(simulator().url, { path: `${version}/organizations${query}` });

  it('answers a first page of 20 with the paging values', async () => {
    const { json } = await list('');
    expect(json).toMatchObject({ limit: 20, offset: 0, totalCount: 300 });
    expect(json.organizations).toHaveLength(20);
    expect(json.organizations.map((organization: { id: string }) => organization.id)).toEqual(
      simulator().store.all().slice(0, 20).map((record) => record.id),
    );
  });

  it('pages with offset and limit up to the bounds of the spec', async () => {
    expect((await list('?offset=290&limit=1000')).json.organizations).toHaveLength(10);
    expect((await list('?offset=5000')).json).toMatchObject({ organizations: [], offset: 5000, totalCount: 300 });
    expect((await list('?limit=0')).json).toMatchObject({ organizations: [], limit: 0, totalCount: 300 });
    for (const query of ['?limit=1001', '?limit=-1', '?offset=-1', '?limit=ten', '?offset=1.5']) {
      const response = await list(query);
      expect(response.status, query).toBe(400);
      expect(response.json.fieldErrors).toHaveLength(1);
    }
  });

  it('sorts by several keys given as repeated sorts parameters', async () => {
    const { json } = await list('?limit=1000&sorts=updatedAt:desc&sorts=name:asc');
    const rows: { updatedAt: string; name: string }[] = json.organizations;
    for (let index = 1; index < rows.length; index += 1) {
      const [a, b] = [rows[index - 1]!, rows[index]!];
      expect(a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.name.toLowerCase() <= b.name.toLowerCase())).toBe(true);
    }
    const names = (await list('?limit=1000&sorts=name:asc')).json.organizations.map((row: { name: string }) => row.name.toLowerCase());
    expect(names).toEqual([...names].sort());
  });

  it('filters by product, productPlan and astronomerProduct on v1', async () => {
    const records = simulator().store.all();
    const hybrid = await list('?product=HYBRID&limit=1000');
    expect(hybrid.json.totalCount).toBe(records.filter((record) => record.product === 'HYBRID').length);
    expect(hybrid.json.organizations.every((row: { product: string }) => row.product === 'HYBRID')).toBe(true);
    const trial = await list('?productPlan=TRIAL&limit=1000');
    expect(trial.json.totalCount).toBeGreaterThan(0);
    for (const row of trial.json.organizations) {
      expect(row.productPlans.map((plan: { productPlanName: string }) => plan.productPlanName)).toContain('TRIAL');
    }
    expect((await list('?astronomerProduct=ASTRO')).json.totalCount).toBe(
      records.filter((record) => record.productPlans.some((plan) => plan.astronomerProduct === 'ASTRO')).length,
    );
  });

  it('filters by supportPlan and OBSERVE on v1beta1 only', async () => {
    const premium = await list('?supportPlan=PREMIUM&limit=1000', '/platform/v1beta1');
    expect(premium.json.totalCount).toBeGreaterThan(0);
    expect(premium.json.organizations.every((row: { supportPlan: string }) => row.supportPlan === 'PREMIUM')).toBe(true);
    expect((await list('?astronomerProduct=OBSERVE', '/platform/v1beta1')).json.totalCount).toBeGreaterThan(0);

    const removed = await list('?supportPlan=PREMIUM');
    expect(removed.status).toBe(400);
    expect(removed.json.fieldErrors).toEqual([expect.objectContaining({ code: 'unknown', field: 'supportPlan' })]);
    expect((await list('?astronomerProduct=OBSERVE')).json.fieldErrors).toEqual([
      { code: 'oneof', field: 'astronomerProduct', message: 'astronomerProduct must be one of ASTRO' },
    ]);
  });

  it('names every invalid parameter in one 400', async () => {
    const { status, json } = await list('?product=CLOUD&sorts=name:up&sorts=createdAt:asc&limit=5000&colour=red');
    expect(status).toBe(400);
    expect(json.fieldErrors.map((error: { field: string }) => error.field)).toEqual(['product', 'limit', 'sorts[0]', 'colour']);
  });
});
