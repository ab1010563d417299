import { createClient } from '@astro-api/client/v1';

// Needs no Organization: the permissions a custom role can hold, by scope.
const groups = await createClient().permissionGroups.list({ scopeType: 'DEPLOYMENT' });
for (const group of groups) console.log(group.name, group.permissions.map((permission) => permission.action));
