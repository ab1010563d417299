/**
 * Benchmark of the Astro API simulator, printing figures (nothing is asserted):
 * - seeding: 2,500 Organizations, and one Organization populated with every kind of resource;
 * - requests per second per kind of operation (list, filtered list, get, create, update, delete,
 *   a hand-written action), with two peers measured in the same run for scale: a bare node:http
 *   server answering the same page from memory (the floor of any Node server) and Prism 5.14.2
 *   mocking the same operation from the spec;
 * - memory after a long mixed run, and the audit-log export's throughput.
 * The simulator runs in its own process (its CLI), so the load generator does not share its event
 * loop. Bounded to about a minute.
 *
 *   npx tsx bench/simulator.ts
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { specPath, loadOperations } from '../packages/openapi/src/index.ts';
import { apiModel } from '../packages/simulator/src/engine/api-model.ts';
import { World } from '../packages/simulator/src/engine/world.ts';
import { populateOrganization } from '../packages/simulator/src/seed/populate-organization.ts';
import { apiRoutes } from '../packages/simulator/src/spec/api-routes.ts';

const BIN = fileURLToPath(new URL('../packages/simulator/bin/astro-api-simulator.js', import.meta.url));
const BUILT = fileURLToPath(new URL('../packages/simulator/dist/cli.js', import.meta.url));
const PRISM = fileURLToPath(new URL('../packages/simulator/node_modules/.bin/prism', import.meta.url));
const LOAD_SECONDS = 3;
const LONG_RUN_SECONDS = 15;
const CONCURRENCY = 16;
const AUDIT_EVENTS = 1_000_000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

function measureSeeding(): { organizationsMs: number; populateMs: number; records: number } {
  const referenceTime = new Date('2026-06-01T00:00:00Z');
  const api = apiModel(apiRoutes('v1'));
  const organizations: number[] = [];
  const populate: number[] = [];
  let records = 0;
  for (let run = 0; run < 5; run += 1) {
    let started = performance.now();
    const world = new World({ seed: run, count: 2500, referenceTime, lifecycleDelayMs: 0 });
    organizations.push(performance.now() - started);
    started = performance.now();
    populateOrganization(world, api, world.organizations.all()[0]!.id);
    populate.push(performance.now() - started);
    records = world.records.totalRecords;
  }
  return { organizationsMs: median(organizations), populateMs: median(populate), records };
}

async function waitFor(child: ChildProcess, output: () => string, pattern: RegExp, what: string): Promise<RegExpMatchArray> {
  for (let waited = 0; ; waited += 50) {
    const match = pattern.exec(output());
    if (match) return match;
    if (waited > 30_000 || child.exitCode !== null) throw new Error(`${what} did not start: ${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function startCli(): Promise<{ url: string; organizationId: string; token: string; stop: () => Promise<void> }> {
  const args = [BIN, '--port', '0', '--seed', '1', '--no-rate-limit', '--quiet', '--lifecycle-delay', '0', '--audit-events', String(AUDIT_EVENTS)];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  const [, url] = await waitFor(child, () => output, /listening on (\S+)/, 'The simulator');
  const [, organizationId, token] = await waitFor(child, () => output, /populated Organization (\S+) \(an Organization API token: (\S+)\)/, 'The simulator');
  return {
    url: url!,
    organizationId: organizationId!,
    token: token!,
    stop: async () => {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

async function startPrismMock(): Promise<{ url: string; stop: () => Promise<void> } | undefined> {
  if (!existsSync(PRISM)) return undefined;
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  probe.close();
  const child = spawn(PRISM, ['mock', specPath('v1', 'yaml'), '--host', '127.0.0.1', '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await waitFor(child, () => output, /Prism is listening/, 'Prism');
  return { url: `http://127.0.0.1:${port}`, stop: async () => { child.kill('SIGTERM'); await once(child, 'exit'); } };
}

interface Sent {
  status: number;
  body: string;
}

function send(agent: Agent, origin: URL, method: string, path: string, token: string, body?: string): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (body) Object.assign(headers, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
    const outgoing = request({ host: origin.hostname, port: origin.port, method, path, headers, agent }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

type Next = (index: number) => { method: string; path: string; body?: string } | undefined;

/** Keeps CONCURRENCY requests in flight for `seconds` (or until `next` runs out); returns requests per second. */
async function load(origin: URL, token: string, next: Next, seconds = LOAD_SECONDS, onAnswer?: (sent: Sent) => void): Promise<{ perSecond: number; failures: number; done: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const deadline = performance.now() + seconds * 1000;
  let done = 0;
  let failures = 0;
  let index = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      const planned = next(index++);
      if (!planned) return;
      const sent = await send(agent, origin, planned.method, planned.path, token, planned.body);
      if (sent.status >= 300) failures += 1;
      onAnswer?.(sent);
      done += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  agent.destroy();
  return { perSecond: done / ((performance.now() - started) / 1000), failures, done };
}

async function health(origin: URL): Promise<{ memory: { rssBytes: number; heapUsedBytes: number }; records: number }> {
  const agent = new Agent();
  const { body } = await send(agent, origin, 'GET', '/__simulator/health', 'x');
  agent.destroy();
  return JSON.parse(body);
}

/** The floor: a bare node:http server answering one fixed page from memory. */
async function startCannedServer(page: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(page) });
    response.end(page);
  }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function streamExport(origin: URL, path: string, token: string): Promise<{ seconds: number; bytes: number; compressed: number; lines: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    request({ host: origin.hostname, port: origin.port, path, headers: { authorization: `Bearer ${token}` } }, (response) => {
      let compressed = 0;
      let bytes = 0;
      let lines = 0;
      const gunzip = createGunzip();
      response.on('data', (chunk: Buffer) => (compressed += chunk.length));
      gunzip.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1;
      });
      gunzip.on('end', () => resolve({ seconds: (performance.now() - started) / 1000, bytes, compressed, lines }));
      gunzip.on('error', reject);
      response.pipe(gunzip);
    })
      .on('error', reject)
      .end();
  });
}

async function main() {
  if (!existsSync(BUILT)) throw new Error('Build the simulator first: npx -y pnpm@10.34.8 --filter @astro-api/simulator... build');
  console.log(`Astro API simulator: ${loadOperations('v1').length} v1 operations`);
  const seeding = measureSeeding();
  console.log(`Seeding 2,500 Organizations: ${seeding.organizationsMs.toFixed(0)} ms; populating one with every resource (${seeding.records} records): ${seeding.populateMs.toFixed(0)} ms (medians of 5)`);

  const cliStarted = performance.now();
  const simulator = await startCli();
  console.log(`CLI ready in ${(performance.now() - cliStarted).toFixed(0)} ms (process start, spec load, seeding, populating)`);
  const origin = new URL(simulator.url);
  const o = `/v1/organizations/${simulator.organizationId}`;
  const token = simulator.token;
  const agent = new Agent({ keepAlive: true });
  const deployments = JSON.parse((await send(agent, origin, 'GET', `${o}/deployments`, token)).body) as { deployments: { id: string }[] };
  const ids = deployments.deployments.map((deployment) => deployment.id);
  const listPage = (await send(agent, origin, 'GET', `${o}/deployments`, token)).body;
  agent.destroy();
  const before = await health(origin);

  // Warm up (JIT, compiled validators) so that the first scenario is not measured cold.
  await load(origin, token, (index) => ({ method: 'GET', path: index % 2 ? `${o}/deployments` : `${o}/deployments/${ids[index % ids.length]}` }), 2);

  const created: string[] = [];
  const scenarios: [string, Next, ((sent: Sent) => void)?][] = [
    ['list (ListDeployments, 4 items)', () => ({ method: 'GET', path: `${o}/deployments` })],
    ['list, filter + 2 sorts (ListUsers)', () => ({ method: 'GET', path: `${o}/users?workspaceId=x&sorts=fullName:asc&sorts=createdAt:desc` })],
    ['get (GetDeployment)', (index) => ({ method: 'GET', path: `${o}/deployments/${ids[index % ids.length]}` })],
    [
      'create (CreateWorkspace)',
      (index) => (index < 9000 ? { method: 'POST', path: `${o}/workspaces`, body: JSON.stringify({ name: `bench-${index}`, description: 'bench' }) } : undefined),
      (sent) => sent.status === 200 && created.push(JSON.parse(sent.body).id),
    ],
    ['update (UpdateWorkspace, full replace)', (index) => ({ method: 'POST', path: `${o}/workspaces/${created[index % created.length]}`, body: JSON.stringify({ name: 'renamed', description: 'bench', cicdEnforcedDefault: true }) })],
    ['delete (DeleteWorkspace)', (index) => (index < created.length ? { method: 'DELETE', path: `${o}/workspaces/${created[index]}` } : undefined)],
    ['action (GetDeploymentLogs, 100 lines)', (index) => ({ method: 'GET', path: `${o}/deployments/${ids[index % ids.length]}/logs?sources=scheduler&sources=worker&limit=100` })],
    ['Organizations (ListOrganizations, 20)', () => ({ method: 'GET', path: '/v1/organizations' })],
  ];
  console.log(`\nRequests per second (${CONCURRENCY} concurrent keep-alive connections, ${LOAD_SECONDS} s each at most):`);
  const rates = new Map<string, number>();
  for (const [name, next, onAnswer] of scenarios) {
    const { perSecond, failures, done } = await load(origin, token, next, LOAD_SECONDS, onAnswer);
    rates.set(name, perSecond);
    console.log(`  ${name.padEnd(40)} ${perSecond.toFixed(0).padStart(7)} req/s  (${done} requests${failures ? `, ${failures} not 2xx!` : ''})`);
  }

  const canned = await startCannedServer(listPage);
  const floor = await load(new URL(canned.url), token, () => ({ method: 'GET', path: '/' }));
  await canned.stop();
  const list = rates.get('list (ListDeployments, 4 items)')!;
  console.log(`\nPeers, same run, same page (${Buffer.byteLength(listPage)} bytes):`);
  console.log(`  bare node:http answering it from memory ${floor.perSecond.toFixed(0).padStart(7)} req/s  → the simulator's list is ${(list / floor.perSecond).toFixed(2)}× of it`);
  const prism = await startPrismMock();
  if (prism) {
    const mocked = await load(new URL(prism.url), token, () => ({ method: 'GET', path: `/organizations/${simulator.organizationId}/deployments` }));
    await prism.stop();
    console.log(`  Prism 5.14.2 mock of ListDeployments    ${mocked.perSecond.toFixed(0).padStart(7)} req/s  → the simulator is ${(list / mocked.perSecond).toFixed(1)}× its throughput`);
  }

  let mixed = 0;
  const mix: Next = (index) => {
    mixed += 1;
    const kind = index % 10;
    if (kind < 5) return { method: 'GET', path: `${o}/deployments/${ids[index % ids.length]}` };
    if (kind < 7) return { method: 'GET', path: `${o}/deployments?limit=50` };
    if (kind < 9) return { method: 'POST', path: `${o}/deployments/${ids[0]}/deploys`, body: JSON.stringify({ type: 'IMAGE_ONLY', description: 'x'.repeat(400) }) };
    return { method: 'POST', path: `${o}/tokens`, body: JSON.stringify({ name: 'bench', scope: 'ORGANIZATION', role: 'ORGANIZATION_MEMBER' }) };
  };
  await load(origin, token, mix, LONG_RUN_SECONDS);
  const after = await health(origin);
  console.log(
    `\nMemory: ${mib(before.memory.rssBytes)} RSS (${mib(before.memory.heapUsedBytes)} heap) after start; ` +
      `${mib(after.memory.rssBytes)} RSS (${mib(after.memory.heapUsedBytes)} heap) after a ${LONG_RUN_SECONDS} s mixed run of ${mixed.toLocaleString('en-US')} requests ` +
      `(${after.records.toLocaleString('en-US')} records held; collections cap at 10,000 records, the recorded audit log at 16 MiB)`,
  );

  const exported = await streamExport(origin, `${o}/audit-logs`, token);
  const size = exported.bytes / 2 ** 20;
  console.log(
    `Audit-log export: ${exported.lines.toLocaleString('en-US')} events, ${size.toFixed(0)} MiB NDJSON (${mib(exported.compressed)} gzip) ` +
      `in ${exported.seconds.toFixed(1)} s = ${(size / exported.seconds).toFixed(1)} MiB/s, ${(exported.lines / exported.seconds).toFixed(0)} events/s`,
  );
  await simulator.stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
