import { createClient } from '@astro-api/client/v1';

const astro = createClient();

// Pages are fetched as you iterate, one page ahead, within the API's 25 requests per second.
for await (const organization of astro.organizations.listAll({ product: 'HOSTED', pageSize: 500 })) {
  console.log(organization.id, organization.name);
}

// For lists known to be small:
const all = await astro.organizations.listAll({ sorts: ['createdAt:desc'] }).toArray();
console.log(all.length);
