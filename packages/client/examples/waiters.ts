import { AstroWaitError, createClient } from '@astro-api/client/v1';

const astro = createClient();

const created = await astro.deployments.create({ type: 'STANDARD', name: 'etl', workspaceId: 'clmh8ol3x000008jo656y4285', cloudProvider: 'GCP', region: 'us-central1' });
try {
  // Polls 5 s, 7.5 s, 11 s… apart (30 s at most), for 15 minutes by default.
  const healthy = await astro.deployments.waitForStatus(created.id, 'HEALTHY', { failOn: ['UNHEALTHY'], signal: AbortSignal.timeout(20 * 60_000) });
  console.log(healthy.webServerUrl);
} catch (error) {
  if (error instanceof AstroWaitError) console.error(error.reason, error.lastStatus); // 'failed' | 'timeout', the last status seen
  else throw error;
}

// Clusters fail the wait on CREATE_FAILED, UPDATE_FAILED, ACCESS_DENIED and FAILOVER_FAILED unless waited for.
await astro.clusters.waitForStatus('clmh8ol3x000008jo656y4286', 'CREATED', { timeoutMs: 90 * 60_000 });
