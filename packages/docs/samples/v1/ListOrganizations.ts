import { createClient } from '@astro-api/client/v1';

const astro = createClient({ token: process.env.ASTRO_API_TOKEN });

// One page, filtered and sorted.
const page = await astro.organizations.list({
  product: 'HOSTED',
  limit: 20,
  sorts: ['name:asc'],
});
console.log(`${page.organizations.length} of ${page.totalCount}`);

// Or every Organization, one page after another.
for await (const organization of astro.organizations.listAll({ pageSize: 100 })) {
  console.log(organization.id, organization.name);
}
