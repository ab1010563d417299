/**
 * The v1 helpers beyond the operations: `waitForStatus` on the groups whose resources move through
 * statuses (waiters.ts), and `deploys.deployDags` (deploy-dags.ts). Only the v1 entry adds them, so
 * the v1beta1 bundle does not carry them; their code is loaded on first use (load-deferred.ts).
 */
import type { Extension } from '../client/create-astro-client.ts';
import { loadDeferred } from '../load-deferred.ts';

/** Which groups get a waiter: the resource's name in messages, the statuses that fail a wait by default, the default deadline in minutes. */
export const WAITERS: Record<string, [noun: string, failOn: string[], minutes: number]> = {
  deployments: ['Deployment', [], 15],
  clusters: ['Cluster', ['CREATE_FAILED', 'UPDATE_FAILED', 'ACCESS_DENIED', 'FAILOVER_FAILED'], 60],
  deploys: ['Deploy', ['FAILED'], 15],
};

export const lifecycleHelpers: Extension = (groups, operations, { settings, transport, redactor }) => {
  for (const { group, name, params } of operations)
    if (name === 'get' && WAITERS[group]) {
      const helpers = groups[group]!;
      helpers.waitForStatus = async (...args) => (await loadDeferred()).waiter(group, WAITERS[group]!, helpers.get!, params.length, redactor)(...args);
    }
  const { deploys } = groups;
  if (deploys?.create && deploys.finalize && deploys.waitForStatus) deploys.deployDags = async (...args) => (await loadDeferred()).deployDags(deploys, settings, transport, redactor)(...args);
};
