import { createClient } from '@astro-api/client/v1';

// Token and Organization default to ASTRO_API_TOKEN and ASTRO_ORGANIZATION_ID.
const astro = createClient({ token: process.env.ASTRO_API_TOKEN, organizationId: 'clmaxoarx000008l2c5ayb9pt' });

const organization = await astro.organizations.get();
console.log(organization.name, organization.productPlans.map((plan) => plan.productPlanName));

for await (const deployment of astro.deployments.listAll({ sorts: ['name:asc'] })) {
  console.log(deployment.name, deployment.status, deployment.astroRuntimeVersion);
}
