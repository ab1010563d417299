import { createClient } from '@astro-api/client/v1';

const astro = createClient();

const options = await astro.clusters.getOptions({ type: 'DEDICATED', provider: 'AWS' });
console.log(options.map((option) => option.provider));

// The body narrows on cloudProvider: an AWS cluster takes AWS fields only.
const cluster = await astro.clusters.create({ cloudProvider: 'AWS', type: 'DEDICATED', name: 'prod', region: 'us-east-1', vpcSubnetRange: '172.20.0.0/20' });
await astro.clusters.waitForStatus(cluster.id, 'CREATED');
for await (const item of astro.clusters.listAll({ provider: 'AWS' })) console.log(item.name, item.status);
