import { createClient } from '@astro-api/client/v1';

const astro = createClient({
  timeoutMs: 10_000, // per attempt: for the headers, and between chunks of the body
  maxRetries: 4, // idempotent operations only
  apiVersion: '1.0', // pins the minor version of v1 (X-API-Version)
});

// Stops the call, its retries and its backoff sleeps; the call rejects with an AbortError.
const organization = await astro.organizations.get('clmaxoarx000008l2c5ayb9pt', {}, { signal: AbortSignal.timeout(30_000) });
console.log(organization.name);
