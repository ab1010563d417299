import { createClient } from '@astro-api/client/v1';

const astro = createClient();

const workspace = await astro.workspaces.create({ name: 'Data platform', description: 'ETL and reporting', cicdEnforcedDefault: true });
// An update replaces the settings: send them all.
await astro.workspaces.update(workspace.id, { name: 'Data platform', description: 'ETL, reporting and ML', cicdEnforcedDefault: true });

const { workspaces, totalCount } = await astro.workspaces.list({ names: ['Data platform'], limit: 10 });
console.log(totalCount, workspaces.map((item) => item.id));
await astro.workspaces.delete(workspace.id); // resolves to undefined (204)
