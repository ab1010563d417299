import { formatTimestamp } from '../format.ts';
import { actorOf, planOf, type DemoOrganization } from '../organization-fields.ts';
import { renderTable } from '../table.ts';
import type { StepContext } from './step.ts';

/** Fetches one Organization by id and shows its main fields. */
export async function getOrganization(context: StepContext, id: string) {
  const organization = await context.api.get(id);
  if (organization.id !== id) throw new Error(`asked for ${id}, got ${organization.id}`);
  const rows = [
    ['id', organization.id],
    ['name', organization.name],
    ['product', organization.product ?? '—'],
    ['plan', planOf(organization)],
    ['status', organization.status ?? '—'],
    ['billingEmail', organization.billingEmail ?? '—'],
    ['updated', `${formatTimestamp(organization.updatedAt)} by ${actorOf(organization)}`],
  ];
  for (const line of renderTable(['Field', 'Value'], rows)) context.print(`    ${line}`);
  return { value: organization as DemoOrganization, result: organization.name };
}
