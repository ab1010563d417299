import { createClient } from '@astro-api/client/v1';

const astro = createClient();

const team = await astro.teams.create({ name: 'Data engineering', organizationRole: 'ORGANIZATION_MEMBER' });
await astro.teams.addMembers(team.id, { memberIds: ['clmh8ol3x000008jo656y4290'] }); // resolves to undefined
await astro.teams.updateRoles(team.id, { organizationRole: 'ORGANIZATION_MEMBER', workspaceRoles: [{ workspaceId: 'clmh8ol3x000008jo656y4285', role: 'WORKSPACE_MEMBER' }] });

for await (const member of astro.teams.listMembersAll(team.id)) console.log(member.userId, member.username);
await astro.teams.removeMember(team.id, 'clmh8ol3x000008jo656y4290');
