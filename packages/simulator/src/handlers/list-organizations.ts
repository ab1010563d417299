import { organizationView } from '../store/organization-view.ts';
import type { OperationHandler } from './context.ts';

const PAGING = new Set(['offset', 'limit', 'sorts']);

export const listOrganizations: OperationHandler = ({ parameters: { query }, store, shape }) => {
  // Every other string-valued query parameter is a filter (`product`, `productPlan`, ...).
  const filters = Object.fromEntries(
    Object.entries(query).filter(([name, value]) => !PAGING.has(name) && typeof value === 'string'),
  ) as Record<string, string>;
  const offset = (query.offset as number | undefined) ?? 0;
  const limit = (query.limit as number | undefined) ?? 20;
  const page = store.list({ filters, products: shape.products, sorts: (query.sorts as string[] | undefined) ?? [], offset, limit });
  return {
    status: 200,
    json: {
      organizations: page.items.map((record) => organizationView(record, shape)),
      limit,
      offset,
      totalCount: page.totalCount,
    },
  };
};
