/**
 * Benchmark of the Astro API simulator: seeding time, requests per second for list, get and
 * update, and audit-log streaming throughput. The simulator runs in its own process (its CLI),
 * so the load generator here does not share its event loop. Bounded to about 30 seconds.
 *
 *   npx tsx bench/simulator.ts
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { OrganizationStore } from '../packages/simulator/src/store/organization-store.ts';

/** The built bin when there is one (what users run), else the source through tsx. */
const BUILT_CLI = fileURLToPath(new URL('../packages/simulator/dist/cli.js', import.meta.url));
const SOURCE_CLI = fileURLToPath(new URL('../packages/simulator/src/cli.ts', import.meta.url));
const CLI_COMMAND = existsSync(BUILT_CLI) ? [BUILT_CLI] : ['--import', 'tsx', SOURCE_CLI];
const LOAD_SECONDS = 5;
const CONCURRENCY = 16;
const AUDIT_EVENTS = 1_000_000;
const AUTH = { authorization: 'Bearer bench-token' };

function measureSeeding(): { firstMs: number; medianMs: number } {
  const referenceTime = new Date('2026-06-01T00:00:00Z');
  const times = Array.from({ length: 5 }, (_, run) => {
    const started = performance.now();
    new OrganizationStore({ seed: run, count: 2500, referenceTime });
    return performance.now() - started;
  });
  return { firstMs: times[0]!, medianMs: [...times].sort((a, b) => a - b)[2]! };
}

async function startCli(): Promise<{ url: string; stop: () => Promise<void> }> {
  const args = [...CLI_COMMAND, '--port', '0', '--seed', '1', '--no-rate-limit', '--quiet', '--audit-events', String(AUDIT_EVENTS)];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  for (let waited = 0; !/listening on (\S+)/.test(output); waited += 50) {
    if (waited > 20_000 || child.exitCode !== null) throw new Error(`The simulator did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: /listening on (\S+)/.exec(output)![1]!,
    stop: async () => {
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

function send(agent: Agent, origin: URL, method: string, path: string, body?: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...AUTH };
    if (body) Object.assign(headers, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
    const outgoing = request({ host: origin.hostname, port: origin.port, method, path, headers, agent }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** Keeps CONCURRENCY requests in flight for LOAD_SECONDS; returns requests per second. */
async function load(origin: URL, next: (index: number) => { method: string; path: string; body?: string }): Promise<{ perSecond: number; failures: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const deadline = performance.now() + LOAD_SECONDS * 1000;
  let done = 0;
  let failures = 0;
  const worker = async (offset: number) => {
    for (let index = offset; performance.now() < deadline; index += CONCURRENCY) {
      const { method, path, body } = next(index);
      const { status } = await send(agent, origin, method, path, body);
      if (status !== 200) failures += 1;
      done += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, offset) => worker(offset)));
  agent.destroy();
  return { perSecond: done / ((performance.now() - started) / 1000), failures };
}

async function streamExport(origin: URL, path: string): Promise<{ seconds: number; bytes: number; compressed: number; lines: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    request({ host: origin.hostname, port: origin.port, path, headers: AUTH }, (response) => {
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
  const seeding = measureSeeding();
  console.log(`Seeding 2,500 organizations: ${seeding.firstMs.toFixed(0)} ms first run, ${seeding.medianMs.toFixed(0)} ms median of 5`);

  const cliStarted = performance.now();
  const simulator = await startCli();
  const which = CLI_COMMAND.length === 1 ? 'built CLI' : 'CLI from source (tsx)';
  console.log(`${which} ready in ${(performance.now() - cliStarted).toFixed(0)} ms (process start, spec load, seeding) at ${simulator.url}`);
  const origin = new URL(simulator.url);
  try {
    const page = JSON.parse(await new Promise<string>((resolve, reject) => {
      request({ host: origin.hostname, port: origin.port, path: '/v1/organizations?limit=1000', headers: AUTH }, (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve(text));
      }).on('error', reject).end();
    })) as { organizations: { id: string }[] };
    const ids = page.organizations.map((organization) => organization.id);
    const body = JSON.stringify({ billingEmail: 'bench@acme.example', isScimEnabled: true, name: 'Bench Org' });

    const scenarios: [string, (index: number) => { method: string; path: string; body?: string }][] = [
      ['list (limit 20)', () => ({ method: 'GET', path: '/v1/organizations' })],
      ['list (limit 100, filter + 2 sorts)', (index) => ({ method: 'GET', path: `/v1/organizations?product=HOSTED&sorts=name:asc&sorts=createdAt:desc&limit=100&offset=${(index * 100) % 1500}` })],
      ['get', (index) => ({ method: 'GET', path: `/v1/organizations/${ids[index % ids.length]}` })],
      ['update', (index) => ({ method: 'POST', path: `/v1/organizations/${ids[index % ids.length]}`, body })],
    ];
    console.log(`\nRequests per second (${CONCURRENCY} concurrent keep-alive connections, ${LOAD_SECONDS} s each):`);
    for (const [name, next] of scenarios) {
      const { perSecond, failures } = await load(origin, next);
      console.log(`  ${name.padEnd(36)} ${perSecond.toFixed(0).padStart(7)} req/s${failures ? `  (${failures} non-200!)` : ''}`);
    }

    const exported = await streamExport(origin, `/v1/organizations/${ids[0]}/audit-logs`);
    const mib = exported.bytes / 2 ** 20;
    console.log(
      `\nAudit-log export: ${exported.lines.toLocaleString('en-US')} events, ${mib.toFixed(0)} MiB NDJSON ` +
        `(${(exported.compressed / 2 ** 20).toFixed(0)} MiB gzip) in ${exported.seconds.toFixed(1)} s = ` +
        `${(mib / exported.seconds).toFixed(1)} MiB/s uncompressed, ${(exported.lines / exported.seconds).toFixed(0)} events/s`,
    );
  } finally {
    await simulator.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
