import { createClient } from '@astro-api/client/v1';

const astro = createClient();

const invite = await astro.invites.create({ inviteeEmail: 'new.engineer@example.com', role: 'ORGANIZATION_MEMBER' });
console.log(invite.inviteId, invite.expiresAt);
await astro.invites.delete(invite.inviteId);
