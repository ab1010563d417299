import { createClient } from '@astro-api/client/v1';

const astro = createClient({
  timeoutMs: 10_000, // per attempt: for the headers, and between chunks of the body
  maxRetries: 4, // retries follow x-idempotent: a create is retried only when it cannot have been processed
  deadlineMs: 60_000, // the whole call, retries and their waits included
  apiVersion: '1.0', // pins the minor version of v1 (X-API-Version)
});

// Per call, the same three numbers, a signal and headers.
const deployment = await astro.deployments.get('clmh8ol3x000008jo656y4285', { deadlineMs: 5000, signal: AbortSignal.timeout(30_000), headers: { 'x-trace-id': 'nightly-42' } });
console.log(deployment.status);
