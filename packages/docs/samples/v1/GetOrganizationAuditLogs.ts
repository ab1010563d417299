import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import { createClient } from '@astro-api/client/v1';

const astro = createClient({
  token: process.env.ASTRO_API_TOKEN,
  organizationId: 'clmaxoarx000008l2c5ayb9pt', // or ASTRO_ORGANIZATION_ID
});
const window = { startDate: '2026-01-01T00:00:00Z', endDate: '2026-01-31T23:59:59Z' };

// Parsed event by event as the gzip export streams in; memory holds one line.
for await (const event of astro.organizations.auditLogs(window)) {
  console.log(event.timestamp, event.subjectType, event.subjectId);
}

// Or the export as it came, gzip bytes, saved to a file.
const gzip = await astro.organizations.auditLogsRaw(window);
await gzip.pipeTo(Writable.toWeb(createWriteStream('audit-logs.ndjson.gz')));
