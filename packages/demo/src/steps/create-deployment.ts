import type { Deployment, Workspace } from '@astro-api/client/v1';
import type { Cleanup } from '../cleanup.ts';
import { formatDuration } from '../format.ts';
import { createProgress } from '../progress.ts';
import { withTicker, type StepContext } from './step.ts';

/** A small development Deployment (it can hibernate) with DAG deploys on, then a wait until it is HEALTHY. */
export async function createDeployment(context: StepContext, cleanup: Cleanup, workspace: Workspace): Promise<{ value: Deployment; result: string }> {
  const created = await context.client.deployments.create({
    type: 'STANDARD',
    name: 'sdk-demo-etl',
    description: 'Made by the Astro API SDK demo',
    workspaceId: workspace.id,
    cloudProvider: 'AWS',
    region: 'us-east-1',
    executor: 'CELERY',
    schedulerSize: 'SMALL',
    isCicdEnforced: false,
    isDagDeployEnabled: true,
    isDevelopmentMode: true,
    isHighAvailability: false,
    workerQueues: [{ name: 'default', isDefault: true, astroMachine: 'A5', minWorkerCount: 0, maxWorkerCount: 2, workerConcurrency: 5 }],
  });
  cleanup.add(`Deployment ${created.id}`, () => context.client.deployments.delete(created.id));
  context.print(`  ${created.name} (${created.id}), runtime ${created.runtimeVersion}, status ${created.status}`);
  const started = performance.now();
  const progress = createProgress('waiting for HEALTHY', context.progressOutput);
  const healthy = await withTicker(
    context,
    () => context.client.deployments.waitForStatus(created.id, 'HEALTHY', { failOn: ['UNHEALTHY'], ...(context.pollMs && { intervalMs: context.pollMs }) }),
    progress,
  );
  const waited = formatDuration(performance.now() - started);
  progress.finish(`${healthy.status} after ${waited}`);
  return { value: healthy, result: `${created.status} → ${healthy.status} in ${waited}` };
}
