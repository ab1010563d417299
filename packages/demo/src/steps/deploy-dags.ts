import type { Deployment } from '@astro-api/client/v1';
import { buildDagsTarball, DAG_FILES } from '../dags-tarball.ts';
import { formatBytes, formatDuration } from '../format.ts';
import { createProgress } from '../progress.ts';
import { withTicker, type StepContext } from './step.ts';

/** Packs the DAGs, then `deployDags`: a DAG-only Deploy, the upload to storage, finalize, and the wait for DEPLOYED. */
export async function deployDags(context: StepContext, deployment: Deployment, stamp: string): Promise<{ value: string; result: string }> {
  const tarball = await buildDagsTarball(stamp);
  context.print(`  packed ${Object.keys(DAG_FILES).length} files into ${formatBytes(tarball.byteLength)} of .tar.gz`);
  const started = performance.now();
  const progress = createProgress('deploying DAGs', context.progressOutput);
  const deploy = await withTicker(
    context,
    () => context.client.deploys.deployDags(deployment.id, tarball, { description: 'DAGs of the SDK demo', wait: context.pollMs ? { intervalMs: context.pollMs } : true }),
    progress,
  );
  const took = formatDuration(performance.now() - started);
  progress.finish(`Deploy ${deploy.id} ${deploy.status} in ${took}, version ${deploy.dagTarballVersion}`);
  const running = await context.client.deployments.get(deployment.id);
  if (running.dagTarballVersion !== deploy.dagTarballVersion) throw new Error(`the Deployment runs DAG version ${running.dagTarballVersion}, not the deployed ${deploy.dagTarballVersion}`);
  return { value: deploy.id, result: `${deploy.status} (${formatBytes(tarball.byteLength)} uploaded) in ${took}` };
}
