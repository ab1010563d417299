import { createClient } from '@astro-api/client/v1';

const astro = createClient();

// The body's `type` decides which fields apply: cloudProvider and region belong to STANDARD Deployments.
const deployment = await astro.deployments.create({
  type: 'STANDARD',
  name: 'etl',
  workspaceId: 'clmh8ol3x000008jo656y4285',
  cloudProvider: 'AWS',
  region: 'us-east-1',
  executor: 'CELERY',
  isDevelopmentMode: true,
  isCicdEnforced: false,
  isDagDeployEnabled: true,
  isHighAvailability: false,
  schedulerSize: 'SMALL',
});

// Hibernate it until Monday, then clear the override.
await astro.deployments.updateHibernationOverride(deployment.id, { isHibernating: true, overrideUntil: '2026-03-02T08:00:00Z' });
await astro.deployments.deleteHibernationOverride(deployment.id);

const logs = await astro.deployments.getLogs(deployment.id, { sources: ['scheduler', 'worker'], maxNumResults: 100 });
console.log(logs.results.length);
