import { createClient } from '@astro-api/client/v1';

const astro = createClient();

const templates = await astro.roles.listTemplates({ scopeTypes: ['DEPLOYMENT'] });
console.log(templates.map((template) => template.name));

const role = await astro.roles.create({ name: 'Deployment viewer', scopeType: 'DEPLOYMENT', permissions: ['deployment.get'] });
const same = await astro.roles.get(role.id);
console.log(same.permissions);
for await (const item of astro.roles.listAll({ includeDefaultRoles: true })) console.log(item.name, item.scopeType);
await astro.roles.delete(role.id);
