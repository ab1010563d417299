import { createClient } from '@astro-api/client/v1';

const astro = createClient();

// A Workspace-level Airflow variable, linked to every Deployment of the Workspace.
const object = await astro.environmentObjects.create({
  objectKey: 'REPORTS_BUCKET',
  objectType: 'AIRFLOW_VARIABLE',
  scope: 'WORKSPACE',
  scopeEntityId: 'clmh8ol3x000008jo656y4285',
  autoLinkDeployments: true,
  airflowVariable: { value: 's3://reports', isSecret: false },
});
// Exclude one Deployment from it (resolves to undefined).
await astro.environmentObjects.excludeLinking(object.id!, { scope: 'DEPLOYMENT', scopeEntityId: 'clmh8ol3x000008jo656y4286' });
for await (const item of astro.environmentObjects.listAll({ objectType: 'AIRFLOW_VARIABLE' })) console.log(item.objectKey);
