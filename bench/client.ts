/**
 * Figures for @astro-api/client, measured in one run (not a test; about 20 s):
 *   1. organizations.get vs raw openapi-fetch vs plain fetch against a loopback server: p50 latency
 *      (one request at a time) and requests per second (16 in flight), with ratios to plain fetch;
 *   2. audit-log parsing from memory: MB/s and events/s for plain NDJSON and for gzip;
 *   3. minified + gzipped size of `import { createClient } from '@astro-api/client/v1'` vs openapi-fetch alone.
 * Usage: npx tsx bench/client.ts
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createClient } from '../packages/client/src/v1.ts';
import type { paths } from '../packages/client/src/v1.ts';

const clientDir = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'packages', 'client');
const requireFromClient = createRequire(join(clientDir, 'package.json'));
const { default: createFetchClient } = (await import(requireFromClient.resolve('openapi-fetch'))) as typeof import('openapi-fetch');

const TOKEN = 'bench-token-0123456789';
const ORGANIZATION = JSON.stringify({
  id: 'clmaxoarx000008l2c5ayb9pt',
  name: 'Bench Org',
  createdAt: '2026-01-28T10:00:00Z',
  updatedAt: '2026-01-28T10:00:00Z',
  createdBy: { id: 'u1', subjectType: 'USER' },
  updatedBy: { id: 'u1', subjectType: 'USER' },
  isScimEnabled: false,
  productPlans: [{ astronomerProduct: 'ASTRO', organizationId: 'clmaxoarx000008l2c5ayb9pt', productPlanId: 'p1', productPlanName: 'TEAM' }],
  allowEnhancedSupportAccess: false,
  shouldEnforceDedicatedClusters: false,
  hasAllowedIpAddressRanges: false,
});

const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(ORGANIZATION) });
  response.end(ORGANIZATION);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;

const astro = createClient({ token: TOKEN, baseUrl });
const raw = createFetchClient<paths>({ baseUrl, headers: { authorization: `Bearer ${TOKEN}` } });
const id = 'clmaxoarx000008l2c5ayb9pt';

const contenders: Record<string, () => Promise<unknown>> = {
  'plain fetch': async () => {
    const response = await fetch(`${baseUrl}/organizations/${id}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    return response.json();
  },
  'raw openapi-fetch': async () => (await raw.GET('/organizations/{organizationId}', { params: { path: { organizationId: id } } })).data,
  'astro.organizations.get': () => astro.organizations.get(id),
};

async function latencyP50(call: () => Promise<unknown>, count: number): Promise<number> {
  const samples: number[] = [];
  for (let index = 0; index < count; index++) {
    const started = performance.now();
    await call();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

async function throughput(call: () => Promise<unknown>, ms: number, inFlight: number): Promise<number> {
  let done = 0;
  const until = performance.now() + ms;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() < until) {
        await call();
        done++;
      }
    }),
  );
  return done / (ms / 1000);
}

console.log('1. GET one Organization over loopback HTTP (Node %s)', process.versions.node);
const results: Record<string, { p50: number; rps: number }> = {};
for (const [name, call] of Object.entries(contenders)) await throughput(call, 300, 8); // warm up every contender first
for (let round = 0; round < 2; round++)
  for (const [name, call] of Object.entries(contenders)) {
    const p50 = await latencyP50(call, 1500);
    const rps = await throughput(call, 1500, 16);
    const best = results[name];
    results[name] = { p50: Math.min(best?.p50 ?? Infinity, p50), rps: Math.max(best?.rps ?? 0, rps) };
  }
const baseline = results['plain fetch']!;
console.table(
  Object.fromEntries(
    Object.entries(results).map(([name, { p50, rps }]) => [
      name,
      { 'p50 ms': p50.toFixed(3), 'req/s (16 in flight)': Math.round(rps), 'p50 vs fetch': `${(p50 / baseline.p50).toFixed(2)}x`, 'req/s vs fetch': `${(rps / baseline.rps).toFixed(2)}x` },
    ]),
  ),
);
server.close();

console.log('\n2. Audit-log parsing (from memory, no network)');
const line = (n: number) =>
  `${JSON.stringify({ subjectId: `user-${n % 97}`, subjectType: 'USER', organizationId: id, timestamp: '2026-01-01T00:00:00Z', sourceIp: '10.0.0.1', userAgent: 'astro-cli/1.30.0', method: 'POST', path: `/v1/organizations/${id}/workspaces/${n}`, requestId: `req-${n}` })}\n`;
const EVENTS = 200_000;
const ndjson = Buffer.from(Array.from({ length: EVENTS }, (_, index) => line(index)).join(''));
const gzipped = gzipSync(ndjson, { level: 6 });
const rows: Record<string, object> = {};
for (const [name, body] of [
  ['plain NDJSON', ndjson],
  ['gzip (sniffed, inflated)', gzipped],
] as const) {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const events = createClient({ token: TOKEN, baseUrl, fetch: async () => new Response(body) });
    const started = performance.now();
    let count = 0;
    for await (const _ of events.organizations.auditLogs(id)) count++;
    if (count !== EVENTS) throw new Error(`parsed ${count} of ${EVENTS} events`);
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  rows[name] = { 'MB (NDJSON)': (ndjson.length / 1e6).toFixed(1), 'MB/s': (ndjson.length / 1e6 / best).toFixed(0), 'events/s': Math.round(EVENTS / best) };
}
console.table(rows);

console.log('\n3. Bundle size (esbuild --minify, gzip -9)');
const { build } = requireFromClient('esbuild') as typeof import('esbuild');
const { version } = requireFromClient('./package.json') as { version: string };
async function bundledSize(contents: string): Promise<{ min: number; gz: number }> {
  const result = await build({
    stdin: { contents, resolveDir: clientDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    define: { __SDK_VERSION__: JSON.stringify(version) },
  });
  const code = result.outputFiles[0]!.contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}
const sizes = {
  "createClient from '@astro-api/client/v1'": await bundledSize("import { createClient } from './src/v1.ts'; globalThis.x = createClient;"),
  'openapi-fetch alone': await bundledSize("import createClient from 'openapi-fetch'; globalThis.x = createClient;"),
};
console.table(Object.fromEntries(Object.entries(sizes).map(([name, { min, gz }]) => [name, { 'min kB': (min / 1000).toFixed(2), 'min+gz kB': (gz / 1000).toFixed(2) }])));
