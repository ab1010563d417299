import { createClient } from '@astro-api/client/v1';

const astro = createClient();

// The token's value comes back once, in the create (and rotate) answer: store it then.
const created = await astro.apiTokens.create({ name: 'ci', role: 'WORKSPACE_OPERATOR', scope: 'WORKSPACE', entityId: 'clmh8ol3x000008jo656y4285', tokenExpiryPeriodInDays: 90 });
console.log(created.token);

// Rotating invalidates the old value. It is not idempotent, so the client never retries it after a 5xx.
const rotated = await astro.apiTokens.rotate(created.id);
console.log(rotated.token);

await astro.apiTokens.updateRoles(created.id, { roles: [{ entityId: 'clmh8ol3x000008jo656y4285', entityType: 'WORKSPACE', role: 'WORKSPACE_AUTHOR' }] });
for await (const token of astro.apiTokens.listAll({ includeOnlyOrganizationTokens: true })) console.log(token.name, token.shortToken);
await astro.apiTokens.delete(created.id);
