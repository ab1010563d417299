import { createClient } from '@astro-api/client/v1beta1';

// Default base URL: https://api.astronomer.io/platform/v1beta1 (supported until January 2027).
const astro = createClient({ token: process.env.ASTRO_API_TOKEN, organizationId: 'clmaxoarx000008l2c5ayb9pt' });

const { organizations } = await astro.organizations.list({ supportPlan: 'BUSINESS_CRITICAL', astronomerProduct: 'OBSERVE' });
for (const organization of organizations) console.log(organization.name, organization.supportPlan);
console.log((await astro.organizations.get()).supportPlan);
