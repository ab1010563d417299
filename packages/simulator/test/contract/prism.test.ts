/**
 * Prism 5.14.2 as a validation proxy in front of the simulator (`prism proxy <bundle> <upstream>
 * --errors`), with client calls of every operation going through it. Prism validates the requests
 * and each response against the 3.1 bundle; a response that breaks it gets an `sl-violations`
 * header and a "Violation" log line. The suite requires none, and a canary run against a
 * deliberately stricter copy of the spec shows that Prism does report what it finds.
 */
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AstroApiError } from '@astro-api/client';
import { createClient as createV1 } from '@astro-api/client/v1';
import { createClient as createV1beta1 } from '@astro-api/client/v1beta1';
import { loadSpec, specPath } from '@astro-api/openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULT_HEADER, startSimulator, type Simulator } from '../../src/index.ts';
import { userJwt } from '../support/tokens.ts';
import { validWalk } from '../support/valid-walk.ts';
import { startPrismProxy, violationRecordingFetch, type PrismProxy } from './run-prism.ts';

const VERSIONS = { v1: createV1, v1beta1: createV1beta1 } as const;

describe.each(Object.keys(VERSIONS) as (keyof typeof VERSIONS)[])('Prism proxy in front of the simulator, %s', (version) => {
  let simulator: Simulator;
  let prism: PrismProxy;
  const violations: string[] = [];
  let calls = 0;
  const client = (headers: Record<string, string> = {}) =>
    VERSIONS[version]({
      token: 'prism-token',
      // Prism matches the spec's paths without the server's path prefix; it forwards to the upstream with it.
      baseUrl: prism.url,
      fetch: (request, init) => {
        calls += 1;
        return violationRecordingFetch(violations)(request, init);
      },
      headers,
      maxRetries: 2,
    });

  beforeAll(async () => {
    simulator = await startSimulator({ seed: 21, organizations: 300, referenceTime: '2026-06-01T00:00:00Z', logger: false });
    prism = await startPrismProxy(specPath(version, 'yaml'), simulator.baseUrls[version]);
  }, 60_000);
  afterAll(async () => {
    await prism?.stop();
    await simulator?.close();
  });

  it('sees no violation in list, listAll, get, update, audit logs and documented errors', async () => {
    const started = performance.now();
    const astro = client();
    const page = await astro.organizations.list({ product: 'HOSTED', sorts: ['name:asc', 'createdAt:desc'], limit: 10 });
    expect(page.organizations).toHaveLength(10);
    const all = await astro.organizations.listAll({ pageSize: 100 }).toArray();
    expect(all).toHaveLength(300);
    const id = all[7]!.id;
    expect((await astro.withOrganization(id).organizations.get()).id).toBe(id);
    expect((await astro.withOrganization(id).organizations.get({ isLookUpOnly: true })).id).toBe(id);
    const updated = await astro.withOrganization(id).organizations.update({ billingEmail: 'prism@acme.example', isScimEnabled: true, name: 'Through Prism' });
    expect(updated.name).toBe('Through Prism');
    let events = 0;
    for await (const event of astro.withOrganization(id).organizations.auditLogs({ startDate: '2026-05-01T00:00:00Z', endDate: '2026-05-10T00:00:00Z' })) {
      expect(event.organizationId).toBe(id);
      events += 1;
    }
    expect(events).toBeGreaterThan(0);
    const notFound = await astro.withOrganization('cunknown00000000000000000').organizations.get().catch((error) => error);
    expect(notFound).toBeInstanceOf(AstroApiError);
    expect(notFound.status).toBe(404);
    const gateway = await client({ [FAULT_HEADER]: 'text-403' }).organizations.list().catch((error) => error);
    expect(gateway).toMatchObject({ status: 403, body: 'RBAC: access denied' });
    const throttled = await client({ [FAULT_HEADER]: '429;retry-after=0;times=1' }).organizations.list({ limit: 1 });
    expect(throttled.organizations).toHaveLength(1);

    console.info(`prism ${version}: ${calls} requests through the proxy in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(violations).toEqual([]);
    await prism.settled();
    expect(prism.violations()).toEqual([]);
    expect(prism.output()).toMatch(/Forwarding "get" request/);
  }, 120_000);

  it('answers invalid requests itself (422), before the simulator sees them', async () => {
    const response = await fetch(`${prism.url}/organizations?limit=5000`, { headers: { authorization: 'Bearer prism-token' } });
    expect(response.status).toBe(422);
    expect(((await response.json()) as { validation: { code: string }[] }).validation[0]!.code).toBe('maximum');
  });
});

describe('Prism proxy in front of the simulator, every v1 operation', () => {
  let simulator: Simulator;
  let prism: PrismProxy;

  beforeAll(async () => {
    simulator = await startSimulator({ seed: 22, organizations: 20, populate: 1, referenceTime: '2026-06-01T00:00:00Z', logger: false, lifecycleDelayMs: 10 });
    prism = await startPrismProxy(specPath('v1', 'yaml'), simulator.baseUrls.v1);
  }, 60_000);
  afterAll(async () => {
    await prism?.stop();
    await simulator?.close();
  });

  it('sees no violation in a valid request to each of the 75 operations', async () => {
    const violations: string[] = [];
    const through = violationRecordingFetch(violations);
    const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
      const response = await through(`${prism.url}${path}`, {
        method,
        headers: { authorization: 'Bearer prism-walk', ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, json: text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined };
    };
    // The upload goes to the simulator's upload origin directly: Prism proxies the API only.
    const upload = async (url: string) => (await fetch(url, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: 'dags' })).headers.get('x-ms-version-id')!;
    const started = performance.now();
    const steps = await validWalk(send, simulator.populated[0]!, upload, userJwt({ sub: simulator.populated[0]!.users[0], email: 'walker@acme.example' }));
    console.info(`prism v1 walk: ${steps.length} requests over ${new Set(steps.map((step) => step.operationId)).size} operations in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(new Set(steps.map((step) => step.operationId)).size).toBe(75);
    expect(violations).toEqual([]);
    await prism.settled();
    expect(prism.violations()).toEqual([]);
    expect(prism.output()).toMatch(/Forwarding "delete" request/);
  }, 180_000);
});

describe('Prism canary', () => {
  it('reports violations when the simulator is checked against a stricter spec', async () => {
    const simulator = await startSimulator({ seed: 21, organizations: 20, logger: false });
    const directory = await mkdtemp(join(tmpdir(), 'prism-canary-'));
    const strict = structuredClone(loadSpec('v1')) as ReturnType<typeof loadSpec>;
    strict.components.schemas!.OrganizationsPaginated.required.push('nextCursor');
    const spec = join(directory, 'strict.json');
    await writeFile(spec, JSON.stringify(strict));
    const prism = await startPrismProxy(spec, simulator.baseUrls.v1);
    try {
      const violations: string[] = [];
      await violationRecordingFetch(violations)(`${prism.url}/organizations?limit=1`, { headers: { authorization: 'Bearer canary' } });
      expect(violations).toEqual([expect.stringContaining("must have required property 'nextCursor'")]);
      await prism.settled();
      expect(prism.violations()).toEqual([expect.stringContaining('#VIOLATIONS')]);
    } finally {
      await prism.stop();
      await simulator.close();
      await rm(directory, { recursive: true, force: true });
    }
  }, 60_000);
});
