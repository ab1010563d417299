/**
 * The v1 helpers beyond the operations: `waitForStatus` on the groups whose resources move through
 * statuses (waiters.ts), and `deploys.deployDags` (deploy-dags.ts). Only the v1 entry adds them, so
 * the v1beta1 bundle does not carry them.
 */
import type { Extension } from '../client/create-astro-client.ts';
import { deployDags } from './deploy-dags.ts';
import { waiter, WAITERS } from './waiters.ts';

export const lifecycleHelpers: Extension = (groups, operations, { settings, transport, redactor }) => {
  for (const { group, name, params } of operations) if (name === 'get' && WAITERS[group]) groups[group]!.waitForStatus = waiter(group, groups[group]!.get!, params.length, redactor);
  const { deploys } = groups;
  if (deploys?.create && deploys.finalize && deploys.waitForStatus) deploys.deployDags = deployDags(deploys, settings, transport, redactor);
};
