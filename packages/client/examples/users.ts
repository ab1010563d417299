import { createClient } from '@astro-api/client/v1';

// GetSelfUser needs no Organization.
const self = await createClient().users.getSelf();
console.log(self.username);

const astro = createClient({ organizationId: 'clmaxoarx000008l2c5ayb9pt' });
for await (const user of astro.users.listAll({ workspaceId: 'clmh8ol3x000008jo656y4285' })) console.log(user.username, user.organizationRole);
await astro.users.updateRoles(self.id, { organizationRole: 'ORGANIZATION_MEMBER' });
for await (const team of astro.users.listTeamsAll(self.id)) console.log(team.name);
