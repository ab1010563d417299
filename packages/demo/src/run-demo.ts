/** The demo's steps in order, against an OrganizationsApi; returns the records for the summary. */
import type { DemoOptions } from './options.ts';
import { getOrganization } from './steps/get-organization.ts';
import { listEveryOrganization } from './steps/list-every-organization.ts';
import { listFilteredSorted } from './steps/list-filtered-sorted.ts';
import { runStep, type StepContext, type StepRecord } from './steps/step.ts';
import { streamAuditLogs } from './steps/stream-audit-logs.ts';
import { updateOrganization } from './steps/update-organization.ts';

export async function runDemo(context: StepContext, options: Pick<DemoOptions, 'auditDays'>, writable: boolean): Promise<StepRecord[]> {
  const records: StepRecord[] = [];
  const started = Date.now();

  const { organizations } = await runStep(context, records, 'List every organization (listAll)', () => listEveryOrganization(context));
  if (organizations.length === 0) throw new Error('the token sees no Organization, so there is nothing to get, update or audit');
  const hybrid = await runStep(context, records, 'Filter and sort (product=HYBRID)', () => listFilteredSorted(context));

  // Prefer an Organization with a billing address: an update must send one.
  const chosen = [...hybrid, ...organizations].find((organization) => organization.billingEmail) ?? organizations[0]!;
  const organization = await runStep(context, records, 'Get one organization', () => getOrganization(context, chosen.id));

  if (writable) {
    await runStep(context, records, 'Update it, then restore it', () => updateOrganization(context, organization));
  } else {
    context.print();
    context.print('▸ Update it, then restore it');
    context.print('  skipped: read-only run against a real API (pass --allow-writes to rename the Organization and restore it)');
    records.push({ step: 'Update it, then restore it', requests: 0, ms: 0, result: 'skipped (read-only)' });
  }

  await runStep(context, records, `Stream audit logs (${options.auditDays} days)`, () =>
    streamAuditLogs(context, organization.id, options.auditDays, started),
  );
  return records;
}
