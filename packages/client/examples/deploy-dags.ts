import { readFile } from 'node:fs/promises';
import { createClient } from '@astro-api/client/v1';

const astro = createClient();

// Create a DAG-only deploy, upload the tarball to its storage URL (never with the token), finalize, wait.
const deploy = await astro.deploys.deployDags('clmh8ol3x000008jo656y4285', await readFile('dags.tar.gz'), {
  description: 'nightly DAGs',
  wait: { timeoutMs: 10 * 60_000 }, // false to return after finalizing
});
console.log(deploy.id, deploy.status); // DEPLOYED
