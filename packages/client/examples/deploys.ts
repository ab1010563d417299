import { createClient } from '@astro-api/client/v1';

const astro = createClient();
const deploymentId = 'clmh8ol3x000008jo656y4285';

for await (const deploy of astro.deploys.listAll(deploymentId)) console.log(deploy.id, deploy.type, deploy.status);

// Roll back to an earlier deploy.
const [previous] = (await astro.deploys.list(deploymentId, { limit: 2 })).deploys.slice(1);
if (previous) await astro.deploys.rollback(deploymentId, previous.id, { description: 'back to the last good DAGs' });
