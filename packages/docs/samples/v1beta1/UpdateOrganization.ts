import { createClient } from '@astro-api/client/v1beta1';

const astro = createClient({ token: process.env.ASTRO_API_TOKEN });

// Updates are idempotent, so the client retries them safely.
const organization = await astro.organizations.update('clmaxoarx000008l2c5ayb9pt', {
  name: 'My Organization',
  billingEmail: 'billing@company.com',
  isScimEnabled: false,
});
console.log(organization.updatedAt);
