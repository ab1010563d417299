import { createClient } from '@astro-api/client/v1';

const astro = createClient();
const deploymentId = 'clmh8ol3x000008jo656y4285';

const token = await astro.agentTokens.create(deploymentId, { name: 'remote agent', tokenExpiryPeriodInDays: 30 });
console.log(token.id, token.token);
for await (const item of astro.agentTokens.listAll(deploymentId)) console.log(item.name);
await astro.agentTokens.delete(deploymentId, token.id);
