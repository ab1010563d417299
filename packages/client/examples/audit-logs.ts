import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import { createClient } from '@astro-api/client/v1';

const astro = createClient();
const window = { startDate: '2026-01-01T00:00:00Z', endDate: '2026-02-01T00:00:00Z' };

// One parsed event at a time; memory stays at one line, whatever the size of the export.
for await (const event of astro.organizations.auditLogs(window)) {
  if (event.subjectType === 'SERVICEKEY') console.log(event.timestamp, event.subjectId, event.method, event.path);
}

// The export as gzip bytes, saved as a .ndjson.gz file.
const gzip = await astro.organizations.auditLogsRaw(window);
await gzip.pipeTo(Writable.toWeb(createWriteStream('audit-logs.ndjson.gz')));
