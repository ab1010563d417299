/**
 * The client (`@astro-api/client`, its built entry points) against the simulator, for both
 * versions: every operation, every error class, retries through injected faults, and pagination
 * across thousands of Organizations. Every response the client receives, retries included, is
 * checked against the spec through `createCheckedFetch`.
 */
import { AstroApiError, AstroConnectionError, AstroTimeoutError } from '@astro-api/client';
import { createClient as createV1 } from '@astro-api/client/v1';
import { createClient as createV1beta1 } from '@astro-api/client/v1beta1';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FAULT_HEADER, startSimulator, type Simulator } from '../../src/index.ts';
import { createCheckedFetch, type CheckedFetch } from '../support/checked-fetch.ts';
import { userJwt } from '../support/tokens.ts';

const VERSIONS = { v1: createV1, v1beta1: createV1beta1 } as const;
const ORGANIZATIONS = 2500;
const TOKEN = 'contract-test-token';

describe.each(Object.keys(VERSIONS) as (keyof typeof VERSIONS)[])('client %s against the simulator', (version) => {
  let simulator: Simulator;
  let checked: CheckedFetch;
  const client = (options: { token?: string; timeoutMs?: number; maxRetries?: number; headers?: Record<string, string> } = {}) =>
    VERSIONS[version]({ token: TOKEN, baseUrl: simulator.baseUrls[version], fetch: checked.fetch, maxRetries: 2, timeoutMs: 5000, ...options });
  const ids = () => simulator.store.all().map((record) => record.id);
  const attemptsOf = (pathPart: string) => checked.checks.filter((check) => check.url.includes(pathPart)).length;

  beforeAll(async () => {
    simulator = await startSimulator({ seed: 11, organizations: ORGANIZATIONS, referenceTime: '2026-06-01T00:00:00Z', logger: false });
  });
  afterAll(() => simulator.close());

  let checkedTotal = 0;
  afterEach(async () => {
    await checked.settle();
    checkedTotal += checked.checked;
    expect(checked.problems).toEqual([]);
    simulator.faults.clear();
  });
  afterAll(() => console.info(`contract ${version}: ${checkedTotal} responses checked against the spec`));
  // A fresh recorder per test, so attempts and statuses can be counted per test.
  beforeEach(() => {
    checked = createCheckedFetch();
  });

  describe('operations', () => {
    it('lists a first page, filtered and sorted', async () => {
      const astro = client();
      const page = await astro.organizations.list({ product: 'HYBRID', sorts: ['name:asc', 'createdAt:desc'], limit: 50 });
      expect(page.limit).toBe(50);
      expect(page.organizations.length).toBe(50);
      expect(page.organizations.every((organization) => organization.product === 'HYBRID')).toBe(true);
      const names = page.organizations.map((organization) => organization.name.toLowerCase());
      expect(names).toEqual([...names].sort());
    });

    it('walks every Organization with listAll: the full sorted list, no duplicates', async () => {
      const astro = client();
      const walked: string[] = [];
      for await (const organization of astro.organizations.listAll({ sorts: ['updatedAt:desc', 'name:asc'], pageSize: 1000 })) walked.push(organization.id);
      const expected = simulator.store.list({ filters: {}, products: [], sorts: ['updatedAt:desc', 'name:asc'], offset: 0, limit: ORGANIZATIONS }).items;
      expect(walked).toHaveLength(ORGANIZATIONS);
      expect(new Set(walked).size).toBe(ORGANIZATIONS);
      expect(walked).toEqual(expected.map((record) => record.id));
      expect(attemptsOf('/organizations?')).toBe(3);
    });

    it('walks a filtered list in small pages', async () => {
      const astro = client();
      const first = await astro.organizations.list({ productPlan: 'TRIAL', limit: 1 });
      const all = await astro.organizations.listAll({ productPlan: 'TRIAL', pageSize: 25 }).toArray();
      expect(all.length).toBe(first.totalCount);
      expect(new Set(all.map((organization) => organization.id)).size).toBe(all.length);
      expect(all.every((organization) => (organization.productPlans ?? []).some((plan) => plan.productPlanName === 'TRIAL'))).toBe(true);
    });

    it('gets one Organization, in full and as a look-up', async () => {
      const astro = client();
      const id = ids()[42]!;
      const organization = await astro.withOrganization(id).organizations.get();
      expect(organization.id).toBe(id);
      expect(organization.name).toBe(simulator.store.get(id)!.name);
      const lookUp = await astro.withOrganization(id).organizations.get({ isLookUpOnly: true });
      expect(lookUp.id).toBe(id);
      expect(Object.keys(lookUp).length).toBeLessThan(Object.keys(organization).length);
    });

    it('updates an Organization: the change persists and updatedBy names the caller', async () => {
      const token = userJwt({ sub: 'ccontractuser00000000000', email: 'contract@acme.example', exp: 4_000_000_000 });
      const astro = client({ token });
      const id = ids()[43]!;
      const before = await astro.withOrganization(id).organizations.get();
      const updated = await astro.withOrganization(id).organizations.update({ billingEmail: 'contract@acme.example', isScimEnabled: !before.isScimEnabled, name: 'Contract Test Org' });
      expect(updated).toMatchObject({ name: 'Contract Test Org', isScimEnabled: !before.isScimEnabled });
      expect(updated.updatedBy).toMatchObject({ id: 'ccontractuser00000000000', subjectType: 'USER' });
      expect(updated.updatedAt > before.updatedAt).toBe(true);
      expect((await astro.withOrganization(id).organizations.get()).name).toBe('Contract Test Org');
    });

    it('streams the audit log of a date range as events', async () => {
      const astro = client();
      const id = ids()[44]!;
      const range = { startDate: '2026-05-01T00:00:00Z', endDate: '2026-05-15T00:00:00Z' };
      let count = 0;
      for await (const event of astro.withOrganization(id).organizations.auditLogs(range)) {
        expect(event.organizationId).toBe(id);
        expect(event.timestamp >= range.startDate && event.timestamp <= range.endDate).toBe(true);
        count += 1;
      }
      const expected = [...simulator.store.auditEvents(id, { startMs: Date.parse(range.startDate), endMs: Date.parse(range.endDate) })].length;
      expect(count).toBe(expected);
      expect(count).toBeGreaterThan(0);
    });
  });

  describe('errors', () => {
    it('throws AstroApiError 400 with the fieldErrors of the response', async () => {
      const error = await client().withOrganization(ids()[0]!).organizations.update({ billingEmail: 'b@acme.example', isScimEnabled: false, name: 'x'.repeat(51) }).catch((caught) => caught);
      expect(error).toBeInstanceOf(AstroApiError);
      expect(error).toMatchObject({ status: 400, fieldErrors: [{ code: 'max', field: 'name', message: 'name must be at most 50 characters long' }], method: 'POST' });
      expect(error.requestId).toMatch(/^c[0-9a-z]{24}$/);
    });

    it('throws AstroApiError 401 for an expired token', async () => {
      const error = await client({ token: userJwt({ sub: 'u', exp: 1 }) }).organizations.list().catch((caught) => caught);
      expect(error).toBeInstanceOf(AstroApiError);
      expect(error.status).toBe(401);
    });

    it('throws AstroApiError 404 for an unknown Organization', async () => {
      const error = await client().withOrganization('cunknown00000000000000000').organizations.get().catch((caught) => caught);
      expect(error).toBeInstanceOf(AstroApiError);
      expect(error).toMatchObject({ status: 404, path: '/organizations/cunknown00000000000000000' });
    });

    it('reads a plain-text gateway 403', async () => {
      const error = await client({ headers: { [FAULT_HEADER]: 'text-403' } }).organizations.list().catch((caught) => caught);
      expect(error).toBeInstanceOf(AstroApiError);
      expect(error).toMatchObject({ status: 403, body: 'RBAC: access denied' });
    });

    it('gives up on 429 after its retries, reporting Retry-After', async () => {
      simulator.faults.push('429;retry-after=1;times=3', { operationId: 'ListOrganizations' });
      const started = performance.now();
      const error = await client().organizations.list().catch((caught) => caught);
      expect(error).toBeInstanceOf(AstroApiError);
      expect(error).toMatchObject({ status: 429, retryAfterMs: 1000 });
      expect(performance.now() - started).toBeGreaterThanOrEqual(1900);
      expect(attemptsOf('/organizations')).toBe(3);
    });

    it('throws AstroApiError 500 once a 5xx sequence outlasts the retries', async () => {
      simulator.faults.push('500;times=3', { operationId: 'GetOrganization' });
      const error = await client().withOrganization(ids()[1]!).organizations.get().catch((caught) => caught);
      expect(error).toBeInstanceOf(AstroApiError);
      expect(error.status).toBe(500);
    });

    it('throws AstroConnectionError when every attempt is reset', async () => {
      simulator.faults.push('reset;times=3');
      const error = await client().organizations.list().catch((caught) => caught);
      expect(error).toBeInstanceOf(AstroConnectionError);
      expect(error).not.toBeInstanceOf(AstroTimeoutError);
    });

    it('throws AstroTimeoutError when latency exceeds timeoutMs', async () => {
      simulator.faults.push('latency=1500;times=3');
      const error = await client({ timeoutMs: 200 }).withOrganization(ids()[2]!).organizations.get().catch((caught) => caught);
      expect(error).toBeInstanceOf(AstroTimeoutError);
      expect(error.timeoutMs).toBe(200);
    });

    it('reports a body that breaks off as a connection failure', async () => {
      simulator.faults.push('truncate;times=3', { operationId: 'GetOrganization' });
      const error = await client().withOrganization(ids()[3]!).organizations.get().catch((caught) => caught);
      expect(error).toBeInstanceOf(AstroConnectionError);
    });
  });

  describe('broken exports', () => {
    it('reports an audit-log export that breaks off midway as a connection failure', async () => {
      simulator.faults.push('truncate', { operationId: 'GetOrganizationAuditLogs' });
      const consume = async () => {
        for await (const _event of client().withOrganization(ids()[7]!).organizations.auditLogs()) {
          // Read until the stream breaks.
        }
      };
      await expect(consume()).rejects.toBeInstanceOf(AstroConnectionError);
    });
  });

  describe('retries through injected faults', () => {
    it('retries a 503 sequence and succeeds', async () => {
      simulator.faults.push('503;times=2', { operationId: 'ListOrganizations' });
      const page = await client().organizations.list({ limit: 5 });
      expect(page.organizations).toHaveLength(5);
      await checked.settle();
      expect(checked.checks.map((check) => check.status)).toEqual([503, 503, 200]);
    });

    it('waits for Retry-After before retrying a 429', async () => {
      simulator.faults.push('429;retry-after=1', { operationId: 'GetOrganization' });
      const started = performance.now();
      expect((await client().withOrganization(ids()[4]!).organizations.get()).id).toBe(ids()[4]);
      expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    });

    it('retries after a reset and after a timeout', async () => {
      simulator.faults.push('reset', { operationId: 'GetOrganization' });
      expect((await client().withOrganization(ids()[5]!).organizations.get()).id).toBe(ids()[5]);
      simulator.faults.push('latency=1000', { operationId: 'GetOrganization' });
      expect((await client({ timeoutMs: 300 }).withOrganization(ids()[5]!).organizations.get()).id).toBe(ids()[5]);
    });

    it('retries an update (idempotent) and applies it', async () => {
      simulator.faults.push('502;times=2', { operationId: 'UpdateOrganization' });
      const id = ids()[6]!;
      const updated = await client().withOrganization(id).organizations.update({ billingEmail: 'retry@acme.example', isScimEnabled: true, name: 'Retried Update' });
      expect(updated.name).toBe('Retried Update');
      expect(simulator.store.get(id)!.name).toBe('Retried Update');
    });

    it('retries through a header fault that fails twice then passes', async () => {
      const page = await client({ headers: { [FAULT_HEADER]: '500;times=2' } }).organizations.list({ limit: 1 });
      expect(page.organizations).toHaveLength(1);
      await checked.settle();
      expect(checked.checks.map((check) => check.status)).toEqual([500, 500, 200]);
    });

    it('resumes listAll after a failed page', async () => {
      simulator.faults.push('503', { operationId: 'ListOrganizations' });
      const all = await client().organizations.listAll({ pageSize: 1000 }).toArray();
      expect(all).toHaveLength(ORGANIZATIONS);
    });
  });
});

describe('client against the rate-limited simulator', () => {
  it('rides out real 429s by honouring Retry-After', { timeout: 30_000 }, async () => {
    // 10 GET/s instead of the vendor's 25: a burst of 40 must overflow the bucket even on a busy machine
    // that sends it slowly; each round of retries then lets about 10 more through.
    const simulator = await startSimulator({ seed: 3, organizations: 100, rateLimit: { GET: 10 }, logger: false });
    try {
      const checked = createCheckedFetch();
      const astro = createV1({ token: 'burst-token', baseUrl: simulator.baseUrls.v1, fetch: checked.fetch, maxRetries: 8 });
      const ids = simulator.store.all().slice(0, 40).map((record) => record.id);
      const fetched = await Promise.all(ids.map((id) => astro.withOrganization(id).organizations.get()));
      expect(fetched.map((organization) => organization.id)).toEqual(ids);
      await checked.settle();
      expect(checked.problems).toEqual([]);
      expect(checked.checks.filter((check) => check.status === 429).length).toBeGreaterThan(0);
    } finally {
      await simulator.close();
    }
  });
});
