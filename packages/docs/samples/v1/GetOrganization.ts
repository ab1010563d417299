import { createClient } from '@astro-api/client/v1';

const astro = createClient({ token: process.env.ASTRO_API_TOKEN });

const organization = await astro.organizations.get('clmaxoarx000008l2c5ayb9pt');
console.log(organization.name, organization.status, organization.billingEmail);

// Only the Organization's metadata:
const summary = await astro.organizations.get('clmaxoarx000008l2c5ayb9pt', {
  isLookUpOnly: true,
});
console.log(summary.id, summary.name);
