import type { OrganizationRecord } from './types.ts';

export interface ListQuery {
  /** Filter values by query parameter name (`product`, `productPlan`, `astronomerProduct`, `supportPlan`). */
  filters: Record<string, string | undefined>;
  /** Products the calling version knows; plan filters only look at their plans. */
  products: readonly string[];
  /** Sort keys such as `name:asc`, applied in order. */
  sorts: readonly string[];
  offset: number;
  limit: number;
}

type Predicate = (record: OrganizationRecord, value: string, products: readonly string[]) => boolean;

const visiblePlans = (record: OrganizationRecord, products: readonly string[]) =>
  record.productPlans.filter((plan) => products.includes(plan.astronomerProduct));

/** The list filters the simulator implements; a filter the spec adds later is accepted but not applied. */
const FILTERS: Record<string, Predicate> = {
  /** Not a query parameter: narrows the list to the Organization of a token the simulator issued. */
  id: (record, value) => record.id === value,
  product: (record, value) => record.product === value,
  productPlan: (record, value, products) => visiblePlans(record, products).some((plan) => plan.productPlanName === value),
  astronomerProduct: (record, value, products) => visiblePlans(record, products).some((plan) => plan.astronomerProduct === value),
  supportPlan: (record, value) => record.supportPlan === value,
};

type SortField = 'name' | 'createdAt' | 'updatedAt';
const SORT_FIELDS = new Set<string>(['name', 'createdAt', 'updatedAt']);

/**
 * Sort keys of one record: names sort case-insensitively, then by exact spelling; timestamps share
 * one format and sort as text. Computed once per record and sort, not once per comparison.
 */
function sortKeys(record: OrganizationRecord, field: SortField): [string, string] {
  return field === 'name' ? [record.name.toLowerCase(), record.name] : [record[field], ''];
}

export function parseSorts(sorts: readonly string[]): { field: SortField; direction: 1 | -1 }[] {
  return sorts.map((sort) => {
    const [field, direction] = sort.split(':');
    if (!field || !SORT_FIELDS.has(field) || (direction !== 'asc' && direction !== 'desc')) {
      throw new RangeError(`Unsupported sort key ${sort}`);
    }
    return { field: field as SortField, direction: direction === 'asc' ? 1 : -1 };
  });
}

/**
 * Every record matching the query's filters, in the query's order. The sort is stable and ends on
 * the store order (creation order), so equal keys keep a fixed order and pages never overlap or skip.
 */
export function orderOrganizations(records: readonly OrganizationRecord[], query: Omit<ListQuery, 'offset' | 'limit'>): OrganizationRecord[] {
  const active = Object.entries(query.filters).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && entry[0] in FILTERS,
  );
  let matches = active.length
    ? records.filter((record) => active.every(([name, value]) => FILTERS[name]!(record, value, query.products)))
    : [...records];
  const keys = parseSorts(query.sorts);
  if (keys.length) {
    const decorated = matches.map((record, position) => ({ record, position, keys: keys.map(({ field }) => sortKeys(record, field)) }));
    decorated.sort((a, b) => {
      for (let index = 0; index < keys.length; index += 1) {
        const [left, right] = [a.keys[index]!, b.keys[index]!];
        const order = left[0] < right[0] ? -1 : left[0] > right[0] ? 1 : left[1] < right[1] ? -1 : left[1] > right[1] ? 1 : 0;
        if (order !== 0) return order * keys[index]!.direction;
      }
      return a.position - b.position;
    });
    matches = decorated.map((entry) => entry.record);
  }
  return matches;
}
