import { describe, expect, it } from 'vitest';
import { OrganizationStore } from '../../src/store/organization-store.ts';

const store = new OrganizationStore({ seed: 5, count: 1000, referenceTime: new Date('2026-06-01T00:00:00Z') });
const base = { filters: {}, products: ['ASTRO', 'OBSERVE'], sorts: [] as string[], offset: 0, limit: 1000 };

describe('listing Organizations', () => {
  it('keeps store order without sorts and pages without overlap', () => {
    const all = store.list(base).items.map((record) => record.id);
    expect(all).toEqual(store.all().map((record) => record.id));
    const pages = [0, 300, 600, 900].flatMap((offset) => store.list({ ...base, offset, limit: 300 }).items.map((record) => record.id));
    expect(pages).toEqual(all);
    expect(store.list({ ...base, offset: 5000 }).items).toEqual([]);
    expect(store.list({ ...base, limit: 0 })).toEqual({ items: [], totalCount: 1000 });
  });

  it('sorts by several keys, stably', () => {
    const { items } = store.list({ ...base, sorts: ['updatedAt:desc'] });
    for (let index = 1; index < items.length; index += 1) expect(items[index - 1]!.updatedAt >= items[index]!.updatedAt).toBe(true);
    // Many Organizations share a product; within one, the second key decides.
    const byProduct = store.list({ ...base, filters: { product: 'HOSTED' }, sorts: ['name:desc', 'createdAt:asc'] }).items;
    const expected = [...byProduct].sort((a, b) => {
      const [x, y] = [a.name.toLowerCase(), b.name.toLowerCase()];
      return x !== y ? (x < y ? 1 : -1) : a.createdAt.localeCompare(b.createdAt);
    });
    expect(byProduct.map((record) => record.id)).toEqual(expected.map((record) => record.id));
  });

  it('breaks ties by store order', () => {
    const records = store.all();
    const twins = store.list({ ...base, sorts: ['createdAt:asc'] }).items;
    const index = new Map(records.map((record, position) => [record.id, position]));
    for (let position = 1; position < twins.length; position += 1) {
      const [a, b] = [twins[position - 1]!, twins[position]!];
      if (a.createdAt === b.createdAt) expect(index.get(a.id)! < index.get(b.id)!).toBe(true);
    }
  });

  it('filters by product, plan, astronomer product and support plan', () => {
    const count = (filters: Record<string, string>, products = base.products) => store.list({ ...base, filters, products }).totalCount;
    const records = store.all();
    expect(count({ product: 'HYBRID' })).toBe(records.filter((record) => record.product === 'HYBRID').length);
    expect(count({ supportPlan: 'PREMIUM' })).toBe(records.filter((record) => record.supportPlan === 'PREMIUM').length);
    const observe = records.filter((record) => record.productPlans.some((plan) => plan.astronomerProduct === 'OBSERVE')).length;
    expect(observe).toBeGreaterThan(0);
    expect(count({ astronomerProduct: 'OBSERVE' })).toBe(observe);
    // A version that does not know OBSERVE does not match on OBSERVE plans.
    expect(count({ astronomerProduct: 'OBSERVE' }, ['ASTRO'])).toBe(0);
    const trial = records.filter((record) => record.productPlans.some((plan) => plan.productPlanName === 'TRIAL')).length;
    expect(count({ productPlan: 'TRIAL' })).toBe(trial);
    expect(count({ product: 'HYBRID', productPlan: 'TRIAL' })).toBeLessThan(trial);
  });

  it('never serves a stale order after an update', () => {
    const local = new OrganizationStore({ seed: 6, count: 200, referenceTime: new Date('2026-06-01T00:00:00Z') });
    const query = { ...base, sorts: ['name:asc'], limit: 1 };
    const last = local.list({ ...query, sorts: ['name:desc'] }).items[0]!;
    expect(local.list(query).items[0]!.id).not.toBe(last.id);
    local.update(last.id, { name: '0 First After Rename' }, { id: 'cx', subjectType: 'USER' });
    expect(local.list(query).items[0]!.id).toBe(last.id);
    const newest = local.list({ ...base, sorts: ['updatedAt:desc'], limit: 1 }).items[0]!;
    expect(newest.id).toBe(last.id);
  });
});
