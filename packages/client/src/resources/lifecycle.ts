/**
 * The v1 helpers beyond the operations: `waitForStatus` on the groups whose resources move through
 * statuses (waiters.ts), and `deploys.deployDags` (deploy-dags.ts). Only the v1 entry adds them, so
 * the v1beta1 bundle does not carry them; their code is loaded on first use (load-deferred.ts).
 */
import type { Extension } from '../client/create-astro-client.ts';
import { loadDeferred } from '../load-deferred.ts';

/** The groups whose resources move through statuses, and get a waiter (waiters.ts holds what each waits with). */
export const WAITED_GROUPS = ['deployments', 'clusters', 'deploys'];

export const lifecycleHelpers: Extension = (groups, operations, { settings, transport, redactor }) => {
  for (const { group, name, params } of operations)
    if (name === 'get' && WAITED_GROUPS.includes(group)) {
      const helpers = groups[group]!;
      helpers.waitForStatus = async (...args) => (await loadDeferred()).waiter(group, helpers.get!, params.length, redactor)(...args);
    }
  const { deploys } = groups;
  if (deploys?.create && deploys.finalize && deploys.waitForStatus) deploys.deployDags = async (...args) => (await loadDeferred()).deployDags(deploys, settings, transport, redactor)(...args);
};
