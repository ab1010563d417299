import { formatTimestamp } from '../format.ts';
import { actorOf, type DemoOrganization } from '../organization-fields.ts';
import { renderTable } from '../table.ts';
import type { StepContext } from './step.ts';

const NAME_LIMIT = 50;
const SUFFIX = ' (demo)';

export const demoName = (name: string): string => `${name.slice(0, NAME_LIMIT - SUFFIX.length)}${SUFFIX}`;

/**
 * Renames the Organization and flips its SCIM switch, shows before and after, then writes the
 * original settings back, so running the demo leaves the data as it found it.
 */
export async function updateOrganization(context: StepContext, before: DemoOrganization) {
  if (!before.billingEmail) {
    return { value: undefined, result: 'skipped: the Organization has no billingEmail, which every update must send' };
  }
  const changed = { name: demoName(before.name), billingEmail: before.billingEmail, isScimEnabled: !before.isScimEnabled };
  const after = await context.api.update(before.id, changed);
  if (after.name !== changed.name || after.isScimEnabled !== changed.isScimEnabled) throw new Error('the update did not persist');
  const restored = await context.api.update(before.id, { name: before.name, billingEmail: before.billingEmail, isScimEnabled: before.isScimEnabled });
  if (restored.name !== before.name || restored.isScimEnabled !== before.isScimEnabled) throw new Error('restoring the original settings failed');

  const row = (field: string, read: (organization: DemoOrganization) => string) => [field, read(before), read(after), read(restored)];
  const rows = [
    row('name', (organization) => organization.name),
    row('isScimEnabled', (organization) => String(organization.isScimEnabled)),
    row('updatedAt', (organization) => formatTimestamp(organization.updatedAt)),
    row('updatedBy', actorOf),
  ];
  for (const line of renderTable(['Field', 'Before', 'After', 'Restored'], rows)) context.print(`    ${line}`);
  return { value: after, result: `renamed to "${after.name}", then restored` };
}
