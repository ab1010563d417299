import { createClient } from '@astro-api/client/v1';

const organizationId = 'clmaxoarx000008l2c5ayb9pt';

// Before: createClient(); astro.organizations.get(organizationId); astro.organizations.update(organizationId, body)
// Now the Organization belongs to the client, and the helpers take only what follows it in the path.
const astro = createClient({ organizationId });
const organization = await astro.organizations.get();
await astro.organizations.update({ name: organization.name, billingEmail: 'billing@example.com', isScimEnabled: false });
for await (const event of astro.organizations.auditLogs({ startDate: '2026-01-01T00:00:00Z' })) console.log(event.requestId);

// Several Organizations: one client each, sharing transport, retries and pacing.
for (const id of ['clmaxoarx000008l2c5ayb9pt', 'clmh8ol3x000008jo656y4285']) console.log((await astro.withOrganization(id).organizations.get()).name);
