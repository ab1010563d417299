/** The command (`bin/` shim running the built `dist/cli.js`): start, serve, log, stop cleanly on signals; clear usage errors. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/index.ts';
import { callApi } from '../support/call-api.ts';

const BIN = fileURLToPath(new URL('../../bin/astro-api-simulator.js', import.meta.url));
const BUILT = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const running = new Set<ChildProcess>();

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function run(args: string[]): Run {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = once(child, 'exit').then(([code]) => {
    running.delete(child);
    return code as number | null;
  });
  return { child, output: () => output, exited };
}

async function waitForOutput(started: Run, pattern: RegExp): Promise<RegExpMatchArray> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const match = started.output().match(pattern);
    if (match) return match;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`No ${pattern} in output: ${started.output()}`);
}

beforeAll(() => {
  if (!existsSync(BUILT)) throw new Error('dist/cli.js is missing: build the package first (npx tsup)');
});

afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
});

describe('astro-api-simulator', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('serves both versions, logs requests and stops on %s with exit code 0', async (signal) => {
    const started = run(['--port', '0', '--seed', '42', '--organizations', '50', '--reference-time', '2026-06-01T00:00:00Z']);
    const [, url] = await waitForOutput(started, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
    await waitForOutput(started, /rate limits .*\/__simulator\/faults/);
    expect(started.output()).toContain('50 organizations, seed 42, reference time 2026-06-01T00:00:00.000Z');
    const [, organizationId, token] = await waitForOutput(started, /populated Organization (c[0-9a-z]{24}) \(an Organization API token: (\S+)\)/);
    const workspaces = await callApi(url!, { path: `/v1/organizations/${organizationId}/workspaces`, headers: { authorization: `Bearer ${token}` } });
    expect(workspaces.json.totalCount).toBe(3);
    expect(started.output()).toMatch(/uploads {2}http:\/\/127\.0\.0\.1:\d+/);
    expect(started.output()).toContain('rate limits on (GET 25/s, POST 10/s, DELETE 5/s per token)');
    const page = await callApi(url!, { path: '/platform/v1beta1/organizations?limit=2' });
    expect(page.json.totalCount).toBe(50);
    await waitForOutput(started, /GET \/platform\/v1beta1\/organizations\?limit=2 200 [\d.]+ms c[0-9a-z]{24}/);
    started.child.kill(signal);
    expect(await started.exited).toBe(0);
    expect(started.output()).toContain(`Received ${signal}, stopping`);
  });

  it('turns rate limits off with --no-rate-limit and stays quiet with --quiet', async () => {
    const started = run(['--port', '0', '--organizations', '10', '--populate', '0', '--no-rate-limit', '--quiet']);
    const [, url] = await waitForOutput(started, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
    await waitForOutput(started, /rate limits .*\/__simulator\/faults/);
    expect(started.output()).toContain('rate limits off');
    expect(started.output()).not.toContain('populated Organization');
    const responses = await Promise.all(Array.from({ length: 40 }, () => callApi(url!, { path: '/v1/organizations?limit=1' })));
    expect(responses.every((response) => response.status === 200)).toBe(true);
    expect(started.output()).not.toMatch(/GET \/v1\/organizations/);
    started.child.kill('SIGTERM');
    expect(await started.exited).toBe(0);
  });

  it('prints help and exits 0', async () => {
    const started = run(['--help']);
    expect(await started.exited).toBe(0);
    expect(started.output()).toMatch(/^Usage: astro-api-simulator \[options\]/);
    expect(started.output()).toContain('--no-rate-limit');
  });

  it.each([
    [['--port', 'abc'], '--port expects a whole number, got "abc"'],
    [['--colour'], "Unknown option '--colour'"],
    [['--reference-time', 'soon'], '--reference-time expects an ISO date-time'],
    [['--allow-origin', 'https://app.example/path'], '--allow-origin expects an origin'],
    [['--lifecycle-delay', 'soon'], '--lifecycle-delay expects a whole number, got "soon"'],
  ])('rejects %j with exit code 2 and the usage', async (args, message) => {
    const started = run(args);
    expect(await started.exited).toBe(2);
    expect(started.output()).toContain(message);
    expect(started.output()).toContain('Usage:');
  });

  it('exits 1 with a clear message when the port is taken', async () => {
    const occupant = await startSimulator({ organizations: 1, logger: false });
    try {
      const started = run(['--port', String(occupant.port)]);
      expect(await started.exited).toBe(1);
      expect(started.output()).toContain(`could not start: port ${occupant.port} is already in use (try --port 0)`);
    } finally {
      await occupant.close();
    }
  });
});
