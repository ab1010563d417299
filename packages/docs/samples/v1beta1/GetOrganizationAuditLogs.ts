import { createClient } from '@astro-api/client/v1beta1';

const astro = createClient({
  token: process.env.ASTRO_API_TOKEN,
  organizationId: 'clmaxoarx000008l2c5ayb9pt', // or ASTRO_ORGANIZATION_ID
});

// Parsed event by event as the gzip export streams in; memory holds one line.
const events = astro.organizations.auditLogs({
  startDate: '2026-01-01T00:00:00Z',
  endDate: '2026-01-31T23:59:59Z',
});
for await (const event of events) {
  console.log(event.timestamp, event.subjectType, event.subjectId);
}
