import { createClient } from '@astro-api/client/v1';

const astro = createClient({
  token: process.env.ASTRO_API_TOKEN,
  organizationId: 'clmaxoarx000008l2c5ayb9pt', // or ASTRO_ORGANIZATION_ID
});

// An update replaces the settings: send the current ones with the change.
const current = await astro.organizations.get();
const organization = await astro.organizations.update({
  name: current.name,
  billingEmail: 'invoices@company.com', // the email address that receives the invoices
  isScimEnabled: current.isScimEnabled,
  allowEnhancedSupportAccess: current.allowEnhancedSupportAccess,
});
console.log(organization.billingEmail, organization.updatedAt);
