/**
 * The demo's steps in order, each recorded in `records` for the summary (a failed one too). What it
 * creates is deleted at the end, also when a step failed.
 */
import { Cleanup } from './cleanup.ts';
import { describeError } from './describe-error.ts';
import { apiTokenRoundTrip } from './steps/api-token.ts';
import { createDeployment } from './steps/create-deployment.ts';
import { createWorkspace } from './steps/create-workspace.ts';
import { deployDags } from './steps/deploy-dags.ts';
import { exportAuditLog } from './steps/export-audit-log.ts';
import { hibernate } from './steps/hibernate.ts';
import { runStep, skipStep, type StepContext, type StepRecord } from './steps/step.ts';
import { walkEverything } from './steps/walk.ts';

const WRITING_STEPS = [
  'Create a Workspace',
  'Create a Deployment, wait for HEALTHY',
  'Deploy DAGs from a tarball built on the fly',
  'Create an API token, use it, rotate it',
  'Hibernate the Deployment',
];

export async function runDemo(context: StepContext, writable: boolean, records: StepRecord[] = []): Promise<StepRecord[]> {
  const cleanup = new Cleanup();
  const stamp = new Date(context.startedAt).toISOString();
  let failure: unknown;
  try {
    if (writable) {
      const workspace = await runStep(context, records, WRITING_STEPS[0]!, () => createWorkspace(context, cleanup, stamp));
      const deployment = await runStep(context, records, WRITING_STEPS[1]!, () => createDeployment(context, cleanup, workspace));
      await runStep(context, records, WRITING_STEPS[2]!, () => deployDags(context, deployment, stamp));
      await runStep(context, records, WRITING_STEPS[3]!, () => apiTokenRoundTrip(context, cleanup, workspace));
      await runStep(context, records, WRITING_STEPS[4]!, () => hibernate(context, deployment));
    } else {
      for (const step of WRITING_STEPS) skipStep(context, records, step, 'read-only run against a real API (pass --allow-writes to create, change and delete)');
    }
    await runStep(context, records, 'Walk every Deployment and API token (listAll)', () => walkEverything(context));
    await runStep(context, records, 'Export the audit log of this run', () => exportAuditLog(context));
  } catch (error) {
    failure = error;
  }
  if (cleanup.size) {
    await runStep(context, records, 'Clean up', async () => {
      const { done, failed } = await cleanup.run();
      for (const label of done) context.print(`  deleted ${label}`);
      for (const { label, error } of failed) context.print(`  could not delete ${label}: ${describeError(error)}`);
      if (failed.length && !failure) throw new Error(`${failed.length} thing(s) the demo made are left over; see above`);
      return { value: done.length, result: `${done.length} deleted${failed.length ? `, ${failed.length} left over` : ''}` };
    }).catch((error: unknown) => {
      failure ??= error;
    });
  }
  if (failure) throw failure;
  return records;
}
