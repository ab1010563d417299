import { createClient } from '@astro-api/client/v1';

// What a broken or hostile server can cost, bounded: the largest JSON body read (default 32 MiB), and
// the longest audit-log line (default 4 MiB characters). Past either, AstroParseError, and the body is cancelled.
const astro = createClient({ maxResponseBytes: 8 * 2 ** 20, maxLineLength: 2 ** 20 });
console.log((await astro.deployments.list({ limit: 1000 })).totalCount);
