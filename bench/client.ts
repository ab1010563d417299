/**
 * Figures for @astro-api/client, measured side by side in one run (not a test; about a minute):
 *   1. a helper (deployments.get) vs bare openapi-fetch with a stubbed fetch: calls per second and the ratio;
 *   2. the same over loopback HTTP, 1 and 16 requests in flight, with plain fetch as a third contender;
 *   3. audit-log parsing from memory: MB/s for plain NDJSON, gzip, and one 3 MiB line in small chunks;
 *   4. minified + gzipped size of the v1 entry (what its import loads, and with the parts it loads on first
 *      use), openapi-fetch alone, and the errors alone.
 * The client runs with every feature on: retries, timeouts, redirects handled, bounded bodies, and
 * pacing (its limits raised so they never bind: the bench measures the cost of the work, not the wait).
 * Usage: npx tsx bench/client.ts (after `pnpm --filter @astro-api/client build`); bench/client-baseline.ts
 * compares the build with another build of the client (an older commit) in the same way.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { paths } from '../packages/client/src/v1.ts';
import { compare, table, type Contender } from './support/throughput.ts';

const clientDir = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'packages', 'client');
const requireFromClient = createRequire(join(clientDir, 'package.json'));
const { default: createFetchClient } = (await import(requireFromClient.resolve('openapi-fetch'))) as typeof import('openapi-fetch');
// The built package, as users run it.
const built = join(clientDir, 'dist', 'v1.js');
if (!existsSync(built)) throw new Error('bench/client.ts measures the built client: run `npx -y pnpm@10.34.8 --filter @astro-api/client build` first.');
const { createClient } = (await import(pathToFileURL(built).href)) as typeof import('../packages/client/src/v1.ts');

const TOKEN = 'bench-token-0123456789';
const ORGANIZATION_ID = 'clmaxoarx000008l2c5ayb9pt';
const DEPLOYMENT = JSON.stringify({
  id: 'clmh8ol3x000008jo656y4285',
  name: 'etl',
  airflowVersion: '2.10.5',
  apiUrl: 'https://example.astronomer.run/d1/api/v1',
  astroRuntimeVersion: '12.8.0',
  createdAt: '2026-01-28T10:00:00Z',
  updatedAt: '2026-01-28T10:00:00Z',
  createdBy: { id: 'u1', subjectType: 'USER' },
  updatedBy: { id: 'u1', subjectType: 'USER' },
  status: 'HEALTHY',
  type: 'STANDARD',
  workspaceId: 'ws-1',
  organizationId: ORGANIZATION_ID,
  executor: 'CELERY',
  isCicdEnforced: false,
  isDagDeployEnabled: true,
  scheduler: { au: 5, cpu: '1', memory: '2Gi', replicas: 1 },
  webServerUrl: 'https://example.astronomer.run/d1',
});
const EVERY_FEATURE = { token: TOKEN, organizationId: ORGANIZATION_ID, pacing: { GET: 1e9, POST: 1e9, DELETE: 1e9 } };
const PATH = '/organizations/{organizationId}/deployments/{deploymentId}' as const;
const params = { path: { organizationId: ORGANIZATION_ID, deploymentId: 'clmh8ol3x000008jo656y4285' } };

console.log('1. GET one Deployment with a stubbed fetch (Node %s): no network, the cost of the client itself', process.versions.node);
const stub = async () => new Response(DEPLOYMENT, { status: 200, headers: { 'content-type': 'application/json', 'content-length': String(DEPLOYMENT.length) } });
const stubbedHelper = createClient({ ...EVERY_FEATURE, baseUrl: 'https://api.example.test/v1', fetch: stub });
const stubbedBare = createFetchClient<paths>({ baseUrl: 'https://api.example.test/v1', headers: { authorization: `Bearer ${TOKEN}` }, fetch: stub });
const stubbed = await compare(
  {
    'bare openapi-fetch': async () => (await stubbedBare.GET(PATH, { params })).data,
    'astro.deployments.get': () => stubbedHelper.deployments.get('clmh8ol3x000008jo656y4285'),
  },
  1,
  1000,
);
console.table(table(stubbed, 'bare openapi-fetch'));

const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(DEPLOYMENT) });
  response.end(DEPLOYMENT);
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
const helper = createClient({ ...EVERY_FEATURE, baseUrl });
const bare = createFetchClient<paths>({ baseUrl, headers: { authorization: `Bearer ${TOKEN}` } });
const loopback: Record<string, Contender> = {
  'plain fetch': async () => (await fetch(`${baseUrl}/organizations/${ORGANIZATION_ID}/deployments/clmh8ol3x000008jo656y4285`, { headers: { authorization: `Bearer ${TOKEN}` } })).json(),
  'bare openapi-fetch': async () => (await bare.GET(PATH, { params })).data,
  'astro.deployments.get': () => helper.deployments.get('clmh8ol3x000008jo656y4285'),
};
for (const inFlight of [1, 16]) {
  console.log(`\n2. GET one Deployment over loopback HTTP, ${inFlight} in flight (P${inFlight})`);
  console.table(table(await compare(loopback, inFlight, 1500), 'bare openapi-fetch'));
}
server.close();

console.log('\n3. Audit-log parsing (from memory, no network)');
const line = (n: number) =>
  `${JSON.stringify({ subjectId: `user-${n % 97}`, subjectType: 'USER', organizationId: ORGANIZATION_ID, timestamp: '2026-01-01T00:00:00Z', sourceIp: '10.0.0.1', userAgent: 'astro-cli/1.30.0', method: 'POST', path: `/v1/organizations/${ORGANIZATION_ID}/workspaces/${n}`, requestId: `req-${n}` })}\n`;
const EVENTS = 200_000;
const ndjson = Buffer.from(Array.from({ length: EVENTS }, (_, index) => line(index)).join(''));
const longLine = Buffer.from(`${JSON.stringify({ subjectId: 'u', requestBody: 'x'.repeat(3 * 2 ** 20) })}\n`);
/** A body delivered in chunks of `size` bytes. */
const chunked = (bytes: Buffer, size: number) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (let offset = 0; offset < bytes.length; offset += size) controller.enqueue(bytes.subarray(offset, offset + size));
      controller.close();
    },
  });
const rows: Record<string, object> = {};
for (const [name, body, events, chunk] of [
  ['plain NDJSON', ndjson, EVENTS, 64 * 1024],
  ['gzip (sniffed, inflated)', gzipSync(ndjson, { level: 6 }), EVENTS, 64 * 1024],
  ['one 3 MiB line in 512-byte chunks', longLine, 1, 512],
] as const) {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const astro = createClient({ ...EVERY_FEATURE, baseUrl, fetch: async () => new Response(chunked(body, chunk)) });
    const started = performance.now();
    let count = 0;
    for await (const _ of astro.organizations.auditLogs()) count++;
    if (count !== events) throw new Error(`parsed ${count} of ${events} events`);
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  const size = name.startsWith('gzip') ? ndjson.length : body.length;
  rows[name] = { 'MB (text)': (size / 1e6).toFixed(1), 'MB/s': (size / 1e6 / best).toFixed(0), ms: (best * 1000).toFixed(0) };
}
console.table(rows);

console.log('\n4. Bundle size (esbuild --minify, gzip -9; size-limit enforces the budgets)');
const { build } = requireFromClient('esbuild') as typeof import('esbuild');
const { version } = requireFromClient('./package.json') as { version: string };
/** Leaves out what is loaded only through `import()`: what an import loads before the first call. */
const staticImportsOnly = { name: 'static-imports-only', setup: (bundle: import('esbuild').PluginBuild) => bundle.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined)) };
async function bundledSize(contents: string, atImport = false): Promise<{ min: number; gz: number }> {
  const result = await build({
    stdin: { contents, resolveDir: clientDir, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    define: { __SDK_VERSION__: JSON.stringify(version) },
    plugins: atImport ? [staticImportsOnly] : [],
  });
  const code = result.outputFiles[0]!.contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}
const v1 = "import { createClient } from './src/v1.ts'; globalThis.x = createClient;";
const sizes = {
  "createClient from '@astro-api/client/v1', as loaded at import (openapi-fetch included)": await bundledSize(v1, true),
  '… with the parts loaded on first use (waiters, deployDags, walks, audit logs…)': await bundledSize(v1),
  'openapi-fetch alone': await bundledSize("import createClient from 'openapi-fetch'; globalThis.x = createClient;"),
  "AstroApiError from '@astro-api/client'": await bundledSize("import { AstroApiError } from './src/index.ts'; globalThis.x = AstroApiError;"),
};
console.table(Object.fromEntries(Object.entries(sizes).map(([name, { min, gz }]) => [name, { 'min kB': (min / 1000).toFixed(2), 'min+gz kB': (gz / 1000).toFixed(2) }])));
