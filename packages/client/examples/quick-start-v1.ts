import { createClient } from '@astro-api/client/v1';

// The token defaults to the ASTRO_API_TOKEN environment variable.
const astro = createClient({ token: process.env.ASTRO_API_TOKEN });

const { organizations, totalCount } = await astro.organizations.list({ limit: 10, sorts: ['name:asc'] });
console.log(`${totalCount} organizations, first: ${organizations[0]?.name}`);

const organization = await astro.organizations.get('clmaxoarx000008l2c5ayb9pt');
console.log(organization.name, organization.productPlans.map((plan) => plan.productPlanName));

await astro.organizations.update(organization.id, {
  name: organization.name,
  billingEmail: 'billing@example.com',
  isScimEnabled: organization.isScimEnabled,
  hasAiFeaturesDisabled: true,
});
