import { readFile } from 'node:fs/promises';
import { createClient } from '@astro-api/client/v1';

const astro = createClient({
  token: process.env.ASTRO_API_TOKEN,
  organizationId: 'clmaxoarx000008l2c5ayb9pt', // or ASTRO_ORGANIZATION_ID
});
const deploymentId = 'clnasssdxzoposcqtogqk270e';

// A deploy of DAG files in one call: create, upload, finalize, wait for DEPLOYED.
const deployed = await astro.deploys.deployDags(deploymentId, await readFile('dags.tar.gz'), {
  description: 'Nightly DAG update',
});
console.log(deployed.id, deployed.status);

// Or only the first step: a deploy waiting for its upload.
const deploy = await astro.deploys.create(deploymentId, { type: 'DAG_ONLY', description: 'Nightly DAG update' });
console.log(deploy.id, deploy.status, deploy.dagsUploadUrl !== undefined);
