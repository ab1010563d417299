import type { Behaviour } from '../../engine/context.ts';
import { organizationView } from '../../store/organization-view.ts';

const PAGING = new Set(['offset', 'limit', 'sorts']);

/** Every Organization for a free-form token; only its own for a token the simulator issued. */
export const listOrganizations: Behaviour = ({ parameters: { query }, world, api, caller }) => {
  const shape = api.organizationShape;
  // Every other string-valued query parameter is a filter (`product`, `productPlan`, ...).
  const filters = Object.fromEntries(
    Object.entries(query).filter(([name, value]) => !PAGING.has(name) && typeof value === 'string'),
  ) as Record<string, string>;
  const offset = (query.offset as number | undefined) ?? 0;
  const limit = (query.limit as number | undefined) ?? 20;
  const page = world.organizations.list({
    filters: { ...filters, ...(caller.issued && { id: caller.issued.organizationId }) },
    products: shape.products,
    sorts: (query.sorts as string[] | undefined) ?? [],
    offset,
    limit,
  });
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
