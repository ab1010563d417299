import { createClient } from '@astro-api/client/v1';

// On by default: GET 25/s, POST 10/s, DELETE 5/s per token, spaced at 80 % of each and shared by every
// client of the token in the process (withOrganization included), walks and waiters too.
const astro = createClient();
await Promise.all(Array.from({ length: 100 }, () => astro.workspaces.list({ limit: 1 }))); // about 5 s, no 429

// A token with its own, lower limits; or none, against a local simulator.
const gentle = createClient({ pacing: { GET: 5, POST: 2, DELETE: 1 } });
const local = createClient({ baseUrl: 'http://127.0.0.1:4010/v1', pacing: false });
console.log(typeof gentle, typeof local);
