import { createClient } from '@astro-api/client/v1';

const astro = createClient();

const office = await astro.allowedIpAddressRanges.create({ ipAddressRange: '203.0.113.0/24' });
const created = await astro.allowedIpAddressRanges.bulkCreate({ allowedIpAddressRanges: ['198.51.100.0/24', '192.0.2.10/32'] });
console.log(office.id, created.allowedIpAddressRanges.map((range) => range.ipAddressRange));

for await (const range of astro.allowedIpAddressRanges.listAll()) console.log(range.ipAddressRange);
await astro.allowedIpAddressRanges.bulkDelete({ allowedIpAddressRangeIds: created.allowedIpAddressRanges.map((range) => range.id) });
await astro.allowedIpAddressRanges.delete(office.id);
