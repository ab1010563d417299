/** The demo end to end, as a process: its exit codes, the report it prints, and what it leaves behind. */
import { describe, expect, it } from 'vitest';
import { startSimulator } from '@astro-api/simulator';
import { runDemoProcess } from './run-demo-process.ts';

const SMALL = ['--organizations', '50', '--seed', '7', '--lifecycle-delay', '300'];

describe('the demo against its own simulator', () => {
  it('runs the whole automation, prints the summary and exits 0', async () => {
    const { code, stdout, stderr } = await runDemoProcess(SMALL);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const origin = stdout.match(/simulator at (http:\/\/127\.0\.0\.1:\d+), Organization c[0-9a-z]{24} \(seed 7, rate limits on\)/)?.[1];
    expect(origin, stdout).toBeDefined();
    expect(stdout).toMatch(/✔ waiting for HEALTHY: HEALTHY after [\d.]+ m?s/);
    expect(stdout).toMatch(/packed 3 files into [\d.]+ (B|KiB) of \.tar\.gz/);
    expect(stdout).toMatch(/✔ deploying DAGs: Deploy c[0-9a-z]{24} DEPLOYED in [\d.]+ m?s, version \d{4}-\d\d-\d\dT[\d:.]+Z/);
    expect(stdout).toContain('with its value: 1 Deployment(s) in sdk-demo-');
    expect(stdout).toMatch(/rotated: the old value now gets 401, the new one \(…\S+\) works/);
    expect(stdout).toMatch(/override active until \S+; status HIBERNATING/);
    expect(stdout).toMatch(/✔ walking Deployments: 5 Deployments \(1 DEDICATED, 1 HYBRID, 3 STANDARD\)/);
    expect(stdout).toMatch(/✔ walking API tokens: 4 API tokens/);
    expect(stdout).toMatch(/POST \/deployments\/…\/deploys\/…\/finalize\s+1\n/);
    expect(stdout).toMatch(/… waiting for HEALTHY: [\d.]+ s, \d+ requests?\n/);
    expect(stdout).toMatch(/deleted API token c[0-9a-z]{24}\n\s+deleted Deployment c[0-9a-z]{24}\n\s+deleted Workspace c[0-9a-z]{24}/);
    // The summary: one row per step with its requests and result, then the totals and statuses.
    expect(stdout).toMatch(/Summary\n\s+Step\s+Requests\s+Time\s+Result\n/);
    expect(stdout).toMatch(/Create a Workspace\s+1\s+[\d.]+ m?s\s+sdk-demo-\d{6} created/);
    expect(stdout).toMatch(/Create a Deployment, wait for HEALTHY\s+\d+\s+[\d.]+ m?s\s+CREATING → HEALTHY in/);
    expect(stdout).toMatch(/Deploy DAGs from a tarball built on the fly\s+\d+\s+[\d.]+ m?s\s+DEPLOYED \([\d.]+ (B|KiB) uploaded\)/);
    expect(stdout).toMatch(/Create an API token, use it, rotate it\s+5\s+[\d.]+ m?s\s+created, used, rotated \(old value refused, new one reads sdk-demo-\d{6}\)/);
    expect(stdout).toMatch(/Hibernate the Deployment\s+2\s+[\d.]+ m?s\s+HIBERNATING until \d\d:\d\d UTC/);
    expect(stdout).toMatch(/Walk every Deployment and API token \(listAll\)\s+2\s+[\d.]+ m?s\s+5 Deployments, 4 API tokens/);
    expect(stdout).toMatch(/Export the audit log of this run\s+1\s+[\d.]+ m?s\s+[\d,]+ events, (\d+) of this run's \1 changes found/);
    expect(stdout).toMatch(/Clean up\s+3\s+[\d.]+ m?s\s+3 deleted/);
    expect(stdout).toMatch(/\d+ requests in [\d.]+ m?s \(HTTP 200 ×\d+, 201 ×1, 204 ×\d+, 401 ×1\)/);
    expect(stdout.trimEnd().endsWith('Simulator stopped.')).toBe(true);
    // Not a terminal: progress comes as plain lines, never redrawn in place.
    expect(stdout).not.toContain('\r');
    // The simulator is gone with the demo.
    await expect(fetch(`${origin}/__simulator/health`)).rejects.toThrow();
  });
});

describe('the demo against a given base URL', () => {
  it('is read-only unless --allow-writes is passed, and leaves nothing behind with it', async () => {
    const simulator = await startSimulator({ seed: 5, organizations: 20, populate: 1, lifecycleDelayMs: 100, logger: false });
    try {
      const organizationId = simulator.populated[0]!.organizationId;
      // Only a token's lastUsedAt may move: using a token records that, even for reads.
      const state = () => JSON.stringify(simulator.records.snapshot(), (key, value) => (key === 'lastUsedAt' ? undefined : value));
      const before = state();
      const env = { ASTRO_API_TOKEN: simulator.populated[0]!.tokens.organization.token, ASTRO_API_BASE_URL: simulator.baseUrls.v1, ASTRO_ORGANIZATION_ID: organizationId };
      const readOnly = await runDemoProcess([], env);
      expect(readOnly.code, readOnly.stderr).toBe(0);
      expect(readOnly.stdout).toContain(`${simulator.baseUrls.v1}, Organization ${organizationId} (real API, read-only)`);
      expect(readOnly.stdout).toMatch(/Create a Workspace\s+0\s+0 ms\s+skipped \(read-only\)/);
      expect(readOnly.stdout).toMatch(/Walk every Deployment and API token \(listAll\)\s+2\s+[\d.]+ m?s\s+4 Deployments, 3 API tokens/);
      expect(readOnly.stdout).not.toContain('Clean up');
      expect(readOnly.stdout).not.toContain('Simulator stopped.');
      expect(state()).toBe(before);

      const writing = await runDemoProcess(['--allow-writes'], env);
      expect(writing.code, writing.stderr).toBe(0);
      expect(writing.stdout).toContain('(real API, writes allowed)');
      expect(writing.stdout).toMatch(/Clean up\s+3\s+[\d.]+ m?s\s+3 deleted/);
      // Cleaned up: the Workspaces, Deployments and tokens are the seeded ones again.
      const after = simulator.records.snapshot();
      for (const kind of ['workspaces', 'deployments', 'tokens']) {
        expect(after[`/organizations/${organizationId}/${kind}`]!.map((record) => record.id)).toEqual(JSON.parse(before)[`/organizations/${organizationId}/${kind}`].map((record: { id: string }) => record.id));
      }
    } finally {
      await simulator.close();
    }
  });

  it('exits 1 with the reason when the token is refused', async () => {
    const simulator = await startSimulator({ seed: 5, organizations: 3, populate: 1, logger: false });
    try {
      const { code, stderr } = await runDemoProcess([], { ASTRO_API_TOKEN: 'bad{token}', ASTRO_API_BASE_URL: simulator.baseUrls.v1, ASTRO_ORGANIZATION_ID: simulator.populated[0]!.organizationId });
      expect(code).toBe(1);
      expect(stderr).toMatch(/^✖ Demo failed during "Walk every Deployment and API token \(listAll\)": the API answered 401: .+\. Check ASTRO_API_TOKEN\.\n$/);
    } finally {
      await simulator.close();
    }
  });

  it('exits 1 with a hint when nothing answers', async () => {
    const closed = await startSimulator({ organizations: 1, logger: false });
    const url = closed.baseUrls.v1;
    await closed.close();
    const { code, stderr } = await runDemoProcess([], { ASTRO_API_TOKEN: 'token', ASTRO_API_BASE_URL: url, ASTRO_ORGANIZATION_ID: 'corg000000000000000000000' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/✖ Demo failed during "Walk every Deployment and API token \(listAll\)": .* Is the base URL right and the API reachable\?/);
  });
});

describe('usage', () => {
  it('prints help with exit code 0 and refuses bad options with exit code 2', async () => {
    const help = await runDemoProcess(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: pnpm demo \[options\]/);
    const bad = await runDemoProcess(['--page-size', '5000']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('demo: --page-size expects a whole number from 1 to 1000, got "5000"');
  });
});
