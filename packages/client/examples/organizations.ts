import { createClient } from '@astro-api/client/v1';

const astro = createClient({ organizationId: 'clmaxoarx000008l2c5ayb9pt' });

// Every Organization the token can see (listing them needs a personal access token, and no Organization).
for await (const organization of astro.organizations.listAll({ product: 'HOSTED' })) console.log(organization.id, organization.name);

// The client's own Organization: read it, then change its settings.
const organization = await astro.organizations.get();
await astro.organizations.update({
  name: organization.name,
  billingEmail: 'billing@example.com', // the address that receives invoices
  isScimEnabled: organization.isScimEnabled,
  hasAiFeaturesDisabled: true,
});

// Another Organization, over the same connection pool, retries and rate pacing.
const other = astro.withOrganization('clmh8ol3x000008jo656y4285');
console.log((await other.organizations.get({ isLookUpOnly: true })).name);
