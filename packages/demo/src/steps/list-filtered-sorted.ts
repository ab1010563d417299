import { formatCount, formatTimestamp, truncate } from '../format.ts';
import { planOf, type DemoOrganization } from '../organization-fields.ts';
import { createProgress } from '../progress.ts';
import { renderTable } from '../table.ts';
import type { StepContext } from './step.ts';

export const FILTER = { product: 'HYBRID' } as const;
export const SORTS = ['updatedAt:desc', 'name:asc'];

/** Walks the Hybrid Organizations, most recently changed first, and shows the top five. */
export async function listFilteredSorted(context: StepContext) {
  const progress = createProgress('listing HYBRID organizations', context.progressOutput);
  const organizations: DemoOrganization[] = [];
  for await (const organization of context.api.listAll({ ...FILTER, sorts: SORTS, pageSize: context.pageSize })) {
    organizations.push(organization);
    progress.update(organizations.length);
  }
  progress.finish(`${formatCount(organizations.length)} organizations with product=HYBRID, sorted by ${SORTS.join(', ')}`);

  if (organizations.some((organization) => organization.product !== FILTER.product)) throw new Error('the product filter let other products through');
  if (organizations.some((organization, index) => index > 0 && organizations[index - 1]!.updatedAt < organization.updatedAt)) {
    throw new Error('the list is not sorted by updatedAt:desc');
  }
  if (organizations.length) {
    const rows = organizations.slice(0, 5).map((organization) => [
      truncate(organization.name, 36), planOf(organization), organization.status ?? '—', formatTimestamp(organization.updatedAt),
    ]);
    for (const line of renderTable(['Name', 'Plan', 'Status', 'Updated (UTC)'], rows)) context.print(`    ${line}`);
  }
  return { value: organizations, result: `${formatCount(organizations.length)} HYBRID organizations` };
}
