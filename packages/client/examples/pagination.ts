import { createClient } from '@astro-api/client/v1';

const astro = createClient();

// Pages are fetched as you iterate, one page ahead, paced within the API's rate limit.
for await (const deployment of astro.deployments.listAll({ workspaceIds: ['clmh8ol3x000008jo656y4285'], pageSize: 500 })) {
  console.log(deployment.id, deployment.name);
}

// For lists known to be small:
const teams = await astro.teams.listAll({ sorts: ['name:asc'] }).toArray();
console.log(teams.length);
