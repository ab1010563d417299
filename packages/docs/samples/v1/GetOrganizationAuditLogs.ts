import { createClient } from '@astro-api/client/v1';

const astro = createClient({ token: process.env.ASTRO_API_TOKEN });

// Streams the NDJSON export event by event; gzip is handled for you.
const events = astro.organizations.auditLogs('clmaxoarx000008l2c5ayb9pt', {
  startDate: '2026-01-01T00:00:00Z',
  endDate: '2026-01-31T23:59:59Z',
});
for await (const event of events) {
  console.log(event.timestamp, event.subjectType, event.subjectId);
}
