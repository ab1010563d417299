import type { Deployment } from '@astro-api/client/v1';
import type { StepContext } from './step.ts';

/** Puts the development Deployment to sleep for two hours with a hibernation override. */
export async function hibernate(context: StepContext, deployment: Deployment): Promise<{ value: Deployment; result: string }> {
  const until = new Date(Date.now() + 2 * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const override = await context.client.deployments.updateHibernationOverride(deployment.id, { isHibernating: true, overrideUntil: until });
  const sleeping = await context.client.deployments.get(deployment.id);
  context.print(`  override active until ${override.overrideUntil}; status ${sleeping.status}`);
  return { value: sleeping, result: `${sleeping.status} until ${until.slice(11, 16)} UTC` };
}
