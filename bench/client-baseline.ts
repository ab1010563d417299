/**
 * The built client against another build of it (an older commit or release), side by side in one run
 * (not a test): GET one Organization with a stubbed fetch and over loopback HTTP with 1 and 16 requests
 * in flight, each contender as a ratio of bare openapi-fetch measured in the same run. Both clients run
 * with every feature on, pacing raised so it never binds.
 * Usage: npx tsx bench/client-baseline.ts <the other build's dist/v1.js>
 *   e.g. git worktree add /tmp/before <rev>, install and build its client, then pass
 *   /tmp/before/packages/client/dist/v1.js.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { paths } from '../packages/client/src/v1.ts';
import { compare, table, type Contender } from './support/throughput.ts';

const clientDir = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'packages', 'client');
const current = join(clientDir, 'dist', 'v1.js');
const other = process.argv[2] && resolve(process.argv[2]);
if (!other || !existsSync(other)) throw new Error('Usage: npx tsx bench/client-baseline.ts <path to another build of the client: packages/client/dist/v1.js>');
if (!existsSync(current)) throw new Error('bench/client-baseline.ts measures the built client: run `npx -y pnpm@10.34.8 --filter @astro-api/client build` first.');

const { default: createFetchClient } = (await import(createRequire(join(clientDir, 'package.json')).resolve('openapi-fetch'))) as typeof import('openapi-fetch');
type Built = { createClient(options: object): { organizations: { get(...args: unknown[]): Promise<unknown> }; withOrganization?: unknown } };
const load = async (path: string) => (await import(pathToFileURL(path).href)) as Built;
const [now, before] = [await load(current), await load(other)];

const TOKEN = 'bench-token-0123456789';
const ORGANIZATION_ID = 'clmaxoarx000008l2c5ayb9pt';
const ORGANIZATION = JSON.stringify({
  id: ORGANIZATION_ID,
  name: 'Acme Data',
  createdAt: '2026-01-28T10:00:00Z',
  updatedAt: '2026-01-28T10:00:00Z',
  createdBy: { id: 'u1', subjectType: 'USER' },
  updatedBy: { id: 'u1', subjectType: 'USER' },
  supportPlan: 'BUSINESS_CRITICAL',
  product: 'HOSTED',
  status: 'ACTIVE',
  isScimEnabled: false,
  billingEmail: 'billing@acme.example',
  paymentMethod: 'INVOICE',
  trialExpiresAt: '2026-02-28T10:00:00Z',
});
const options = { token: TOKEN, organizationId: ORGANIZATION_ID, pacing: { GET: 1e9, POST: 1e9, DELETE: 1e9 } };

/** GET one Organization through a build: the Organization from the client, or as the argument in builds before that convention. */
function organizationGet(built: Built, extra: object): Contender {
  const client = built.createClient({ ...options, ...extra });
  return client.withOrganization ? () => client.organizations.get() : () => client.organizations.get(ORGANIZATION_ID);
}

function contenders(extra: { baseUrl: string; fetch?: typeof fetch }): Record<string, Contender> {
  const bare = createFetchClient<paths>({ ...extra, headers: { authorization: `Bearer ${TOKEN}` } });
  const params = { path: { organizationId: ORGANIZATION_ID } };
  return {
    'bare openapi-fetch': async () => (await bare.GET('/organizations/{organizationId}', { params })).data,
    'this build': organizationGet(now, extra),
    [`other build (${process.argv[2]})`]: organizationGet(before, extra),
  };
}

console.log('GET one Organization with a stubbed fetch (Node %s)', process.versions.node);
const stub = async () => new Response(ORGANIZATION, { status: 200, headers: { 'content-type': 'application/json', 'content-length': String(ORGANIZATION.length) } });
console.table(table(await compare(contenders({ baseUrl: 'https://api.example.test/v1', fetch: stub }), 1, 1000), 'bare openapi-fetch'));

const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(ORGANIZATION) });
  response.end(ORGANIZATION);
});
await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
for (const inFlight of [1, 16]) {
  console.log(`\nGET one Organization over loopback HTTP, ${inFlight} in flight (P${inFlight})`);
  console.table(table(await compare(contenders({ baseUrl }), inFlight, 1500), 'bare openapi-fetch'));
}
server.close();
