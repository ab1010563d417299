import { formatCount } from '../format.ts';
import { planOf, type DemoOrganization } from '../organization-fields.ts';
import { createProgress } from '../progress.ts';
import { renderTable } from '../table.ts';
import type { StepContext } from './step.ts';

/** Walks every Organization with `listAll`, sorted by name, showing progress against the total. */
export async function listEveryOrganization(context: StepContext) {
  const { totalCount } = await context.api.list({ limit: 1 });
  const progress = createProgress('listing organizations', context.progressOutput);
  const organizations: DemoOrganization[] = [];
  for await (const organization of context.api.listAll({ sorts: ['name:asc'], pageSize: context.pageSize })) {
    organizations.push(organization);
    progress.update(organizations.length, totalCount);
  }
  const pages = Math.max(1, Math.ceil(organizations.length / context.pageSize));
  progress.finish(`${formatCount(organizations.length)} organizations in ${pages} pages of ${context.pageSize}`);

  if (new Set(organizations.map((organization) => organization.id)).size !== organizations.length) {
    throw new Error('listAll returned the same Organization twice');
  }
  const names = organizations.map((organization) => organization.name.toLowerCase());
  if (names.some((name, index) => index > 0 && names[index - 1]! > name)) throw new Error('listAll did not keep the name:asc order');

  const byPlan = new Map<string, number>();
  for (const organization of organizations) byPlan.set(planOf(organization), (byPlan.get(planOf(organization)) ?? 0) + 1);
  const top = [...byPlan].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
  context.print('  Most common plans:');
  for (const line of renderTable(['Plan', 'Organizations'], top.map(([plan, count]) => [plan, formatCount(count)]), ['left', 'right'])) {
    context.print(`    ${line}`);
  }
  return { value: { organizations, totalCount }, result: `${formatCount(organizations.length)} organizations, ${pages} pages` };
}
