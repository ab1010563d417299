/** The demo end to end, as a process: its exit codes and the report it prints. */
import { describe, expect, it } from 'vitest';
import { startSimulator } from '@astro-api/simulator';
import { runDemoProcess } from './run-demo-process.ts';

const SMALL = ['--organizations', '800', '--seed', '7', '--audit-events', '100000'];

describe.each(['v1', 'v1beta1'])('the demo against its own simulator (%s)', (version) => {
  it('runs every step, prints the summary and exits 0', async () => {
    const { code, stdout, stderr } = await runDemoProcess([...SMALL, '--api-version', version]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const origin = stdout.match(/simulator at (http:\/\/127\.0\.0\.1:\d+) \(800 organizations, seed 7, rate limits on\)/)?.[1];
    expect(origin, stdout).toBeDefined();
    expect(stdout).toContain(`Astro API SDK demo — API ${version} —`);
    expect(stdout).toContain('✔ listing organizations: 800 organizations in 8 pages of 100');
    expect(stdout).toMatch(/✔ listing HYBRID organizations: \d+ organizations with product=HYBRID, sorted by updatedAt:desc, name:asc/);
    expect(stdout).toMatch(/name\s+(.+?)\s{2,}\1 \(demo\)\s{2,}\1\n/);
    expect(stdout).toMatch(/updatedBy\s+.+\s{2,}Demo Runner\s{2,}Demo Runner/);
    expect(stdout).toMatch(/✔ streaming audit events: [\d,]+ events \([\d.]+ [KM]iB of NDJSON\)/);
    expect(stdout).toContain('includes 2 change(s) made by this run');
    // The summary: one row per step with its requests and result, then the totals.
    expect(stdout).toMatch(/Summary\n\s+Step\s+Requests\s+Time\s+Result\n/);
    expect(stdout).toMatch(/List every organization \(listAll\)\s+\d+\s+[\d.]+ m?s\s+800 organizations, 8 pages/);
    expect(stdout).toMatch(/Filter and sort \(product=HYBRID\)\s+\d+\s+[\d.]+ m?s\s+\d+ HYBRID organizations/);
    expect(stdout).toMatch(/Get one organization\s+1\s+/);
    expect(stdout).toMatch(/Update it, then restore it\s+2\s+[\d.]+ m?s\s+renamed to ".+ \(demo\)", then restored/);
    expect(stdout).toMatch(/Stream audit logs \(7 days\)\s+1\s+[\d.]+ m?s\s+[\d,]+ events over 7 days/);
    expect(stdout).toMatch(/\d+ requests in [\d.]+ m?s \(HTTP 200 ×\d+/);
    expect(stdout.trimEnd().endsWith('Simulator stopped.')).toBe(true);
    // Not a terminal: progress comes as plain lines, never redrawn in place.
    expect(stdout).not.toContain('\r');
    // The simulator is gone with the demo.
    await expect(fetch(`${origin}/__simulator/health`)).rejects.toThrow();
  });
});

describe('the demo against a given base URL', () => {
  it('is read-only unless --allow-writes is passed', async () => {
    const simulator = await startSimulator({ seed: 5, organizations: 150, logger: false });
    try {
      const before = JSON.stringify(simulator.store.all());
      const env = { ASTRO_API_TOKEN: 'remote-demo-token', ASTRO_API_BASE_URL: simulator.baseUrls.v1 };
      const readOnly = await runDemoProcess([], env);
      expect(readOnly.code, readOnly.stderr).toBe(0);
      expect(readOnly.stdout).toContain(`${simulator.baseUrls.v1} (real API, read-only)`);
      expect(readOnly.stdout).toMatch(/Update it, then restore it\s+0\s+0 ms\s+skipped \(read-only\)/);
      expect(readOnly.stdout).not.toContain('Simulator stopped.');
      expect(JSON.stringify(simulator.store.all())).toBe(before);

      const writing = await runDemoProcess(['--allow-writes'], env);
      expect(writing.code, writing.stderr).toBe(0);
      expect(writing.stdout).toContain('(real API, writes allowed)');
      expect(writing.stdout).toMatch(/renamed to ".+ \(demo\)", then restored/);
      // Restored: the names are as they were; only the update metadata moved.
      expect(simulator.store.all().map((record) => record.name)).toEqual(JSON.parse(before).map((record: { name: string }) => record.name));
      expect(simulator.store.all().filter((record) => record.updatedBy.subjectType === 'SERVICEKEY' && record.updatedBy.apiTokenName?.startsWith('api-token-'))).toHaveLength(1);
    } finally {
      await simulator.close();
    }
  });

  it('exits 1 with the reason when the token is refused', async () => {
    const simulator = await startSimulator({ seed: 5, organizations: 10, logger: false });
    try {
      const { code, stderr } = await runDemoProcess([], { ASTRO_API_TOKEN: 'bad{token}', ASTRO_API_BASE_URL: simulator.baseUrls.v1 });
      expect(code).toBe(1);
      expect(stderr).toMatch(/^✖ Demo failed during "List every organization \(listAll\)": the API answered 401: .+ \(request c[0-9a-z]{24}\)\. Check ASTRO_API_TOKEN\.\n$/);
    } finally {
      await simulator.close();
    }
  });

  it('exits 1 with a hint when nothing answers', async () => {
    const closed = await startSimulator({ organizations: 1, logger: false });
    const url = closed.baseUrls.v1;
    await closed.close();
    const { code, stderr } = await runDemoProcess([], { ASTRO_API_TOKEN: 'token', ASTRO_API_BASE_URL: url });
    expect(code).toBe(1);
    expect(stderr).toMatch(/✖ Demo failed during "List every organization \(listAll\)": .*no response.* Is the base URL right and the API reachable\?/);
  });
});

describe('usage', () => {
  it('prints help with exit code 0 and refuses bad options with exit code 2', async () => {
    const help = await runDemoProcess(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: pnpm demo \[options\]/);
    const bad = await runDemoProcess(['--api-version', 'v3']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('demo: --api-version must be v1 or v1beta1, got "v3"');
  });
});
