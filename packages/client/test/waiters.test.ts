/** waitForStatus: polls with a growing gap until a status, with a deadline, failOn, abort, and a grace period for a 404. */
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadDeferred } from '../src/load-deferred.ts';
import { AstroApiError, AstroConfigError, AstroInputError, AstroWaitError } from '../src/v1.ts';
import { fakeFetch, json, type Step } from './helpers/fake-fetch.ts';
import { BASE_URL, errorBody, testClient } from './helpers/fixtures.ts';

// The waiters' code loads on first use, which takes real time that fake timers do not wait for.
beforeAll(() => loadDeferred());
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-03-01T12:00:00Z') });
});
afterEach(() => vi.useRealTimers());

const deployment = (status: string) => json(200, { id: 'd-1', status });
const notFound = () => json(404, errorBody(404, 'Deployment not found'));

function setup(...steps: Step[]) {
  const fetch = fakeFetch(...steps);
  const started = Date.now();
  /** When each poll was sent, in ms since the start. */
  const sent: number[] = [];
  const astro = testClient({ fetch: (request) => (sent.push(Date.now() - started), fetch(request)), maxRetries: 0 });
  return { fetch, astro, sent };
}

async function outcome<T>(promise: Promise<T>, ms = 4 * 60 * 60_000): Promise<{ value?: T; error?: unknown }> {
  const settled = promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
}

describe('deployments.waitForStatus', () => {
  it('polls until the status is reached, 5 s apart at first, each gap half as long again', async () => {
    const { astro, sent, fetch } = setup(deployment('CREATING'), deployment('CREATING'), deployment('DEPLOYING'), deployment('HEALTHY'));
    const { value } = await outcome(astro.deployments.waitForStatus('d-1', 'HEALTHY'));
    expect(value).toEqual({ id: 'd-1', status: 'HEALTHY' });
    expect(sent).toEqual([0, 5000, 12_500, 23_750]);
    expect(fetch.calls.every((call) => call.url === `${BASE_URL}/organizations/org-1/deployments/d-1`)).toBe(true);
  });

  it('caps the gap at 30 s and starts from intervalMs', async () => {
    const steps = [...Array(6).fill(0).map(() => deployment('CREATING')), deployment('HEALTHY')];
    const { astro, sent } = setup(...steps);
    await outcome(astro.deployments.waitForStatus('d-1', 'HEALTHY', { intervalMs: 10_000 }));
    expect(sent.slice(1).map((time, index) => time - sent[index]!)).toEqual([10_000, 15_000, 22_500, 30_000, 30_000, 30_000]);
  });

  it('accepts any of a list of statuses', async () => {
    const { astro } = setup(deployment('CREATING'), deployment('UNHEALTHY'));
    const { value } = await outcome(astro.deployments.waitForStatus('d-1', ['HEALTHY', 'UNHEALTHY']));
    expect(value).toEqual({ id: 'd-1', status: 'UNHEALTHY' });
  });

  it('lets UNHEALTHY pass by default, and fails on it when asked', async () => {
    const passing = setup(deployment('UNHEALTHY'), deployment('HEALTHY'));
    expect((await outcome(passing.astro.deployments.waitForStatus('d-1', 'HEALTHY'))).value).toEqual({ id: 'd-1', status: 'HEALTHY' });
    const failing = setup(deployment('CREATING'), deployment('UNHEALTHY'), deployment('HEALTHY'));
    const { error } = await outcome(failing.astro.deployments.waitForStatus('d-1', 'HEALTHY', { failOn: ['UNHEALTHY'] }));
    expect(error).toBeInstanceOf(AstroWaitError);
    expect(error).toMatchObject({ reason: 'failed', lastStatus: 'UNHEALTHY', resource: { id: 'd-1', status: 'UNHEALTHY' } });
    expect((error as Error).message).toBe('deployments.waitForStatus: Deployment d-1 reached UNHEALTHY, which ends the wait (failOn).');
  });

  it('ends at its deadline with AstroWaitError carrying the last resource and status (default 15 minutes)', async () => {
    const { astro, sent } = setup(deployment('CREATING'));
    const { error } = await outcome(astro.deployments.waitForStatus('d-1', 'HEALTHY'));
    expect(error).toBeInstanceOf(AstroWaitError);
    expect(error).toMatchObject({ reason: 'timeout', lastStatus: 'CREATING', resource: { id: 'd-1', status: 'CREATING' } });
    expect((error as Error).message).toBe('deployments.waitForStatus: Deployment d-1 did not reach HEALTHY within 900000 ms (timeoutMs).');
    expect(sent.at(-1)!).toBeLessThan(15 * 60_000);
    expect(sent.at(-1)!).toBeGreaterThan(14 * 60_000);
  });

  it('takes another deadline, and aborts a poll in flight when it passes', async () => {
    const { astro } = setup(deployment('CREATING'), 'hang');
    const { error } = await outcome(astro.deployments.waitForStatus('d-1', 'HEALTHY', { timeoutMs: 8000 }), 10_000);
    expect(error).toMatchObject({ reason: 'timeout', lastStatus: 'CREATING' });
  });

  it('counts a 404 as "not yet" for the first 30 s: a Deployment just created may not be readable at once', async () => {
    const { astro } = setup(notFound(), notFound(), notFound(), deployment('HEALTHY'));
    const { value } = await outcome(astro.deployments.waitForStatus('d-1', 'HEALTHY'));
    expect(value).toEqual({ id: 'd-1', status: 'HEALTHY' });
  });

  it('passes a 404 on after those 30 s', async () => {
    const { astro, sent } = setup(deployment('CREATING'), deployment('CREATING'), deployment('CREATING'), deployment('CREATING'), notFound());
    const { error } = await outcome(astro.deployments.waitForStatus('d-1', 'HEALTHY'));
    expect(error).toBeInstanceOf(AstroApiError);
    expect((error as AstroApiError).status).toBe(404);
    expect(sent.at(-1)).toBeGreaterThan(30_000);
  });

  it('passes other errors on at once', async () => {
    const { astro } = setup(json(403, errorBody(403, 'no')));
    const { error } = await outcome(astro.deployments.waitForStatus('d-1', 'HEALTHY'));
    expect((error as AstroApiError).status).toBe(403);
  });

  it('rejects with the signal’s reason when aborted, in a poll or between polls', async () => {
    const reason = new Error('stop waiting');
    const controller = new AbortController();
    const { astro } = setup(deployment('CREATING'));
    const waiting = outcome(astro.deployments.waitForStatus('d-1', 'HEALTHY', { signal: controller.signal }), 60_000);
    setTimeout(() => controller.abort(reason), 7000);
    expect((await waiting).error).toBe(reason);
  });

  it('checks its arguments before polling', async () => {
    const { astro, fetch } = setup(deployment('HEALTHY'));
    await expect(astro.deployments.waitForStatus('d-1', [] as never)).rejects.toThrow(new AstroInputError('deployments.waitForStatus: the status must be a status name or a list of them, got [].'));
    await expect(astro.deployments.waitForStatus('d-1', 'HEALTHY', { interval: 5 } as never)).rejects.toThrow(new AstroConfigError('deployments.waitForStatus: unknown option "interval"; did you mean "intervalMs"?'));
    await expect(astro.deployments.waitForStatus('d-1', 'HEALTHY', { timeoutMs: -1 })).rejects.toThrow(/timeoutMs must be a whole number/);
    await expect(astro.deployments.waitForStatus('..', 'HEALTHY')).rejects.toThrow(AstroInputError);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('clusters.waitForStatus', () => {
  const cluster = (status: string) => json(200, { id: 'c-1', status });

  it.each(['CREATE_FAILED', 'UPDATE_FAILED', 'ACCESS_DENIED', 'FAILOVER_FAILED'])('fails on %s by default', async (status) => {
    const { astro } = setup(cluster('CREATING'), cluster(status));
    const { error } = await outcome(astro.clusters.waitForStatus('c-1', 'CREATED'));
    expect(error).toMatchObject({ name: 'AstroWaitError', reason: 'failed', lastStatus: status });
  });

  it('waits for a failure status when asked for it', async () => {
    const { astro } = setup(cluster('CREATING'), cluster('CREATE_FAILED'));
    expect((await outcome(astro.clusters.waitForStatus('c-1', 'CREATE_FAILED'))).value).toEqual({ id: 'c-1', status: 'CREATE_FAILED' });
  });

  it('has a 60-minute deadline by default', async () => {
    const { astro, sent } = setup(cluster('CREATING'));
    const { error } = await outcome(astro.clusters.waitForStatus('c-1', 'CREATED'), 2 * 60 * 60_000);
    expect((error as Error).message).toBe('clusters.waitForStatus: Cluster c-1 did not reach CREATED within 3600000 ms (timeoutMs).');
    expect(sent.at(-1)!).toBeGreaterThan(59 * 60_000);
  });
});

describe('deploys.waitForStatus', () => {
  it('polls GetDeploy with both ids and fails on FAILED by default', async () => {
    const { astro, fetch } = setup(json(200, { id: 'dep-1', status: 'INITIALIZED' }), json(200, { id: 'dep-1', status: 'FAILED' }));
    const { error } = await outcome(astro.deploys.waitForStatus('d-1', 'dep-1', 'DEPLOYED'));
    expect(error).toMatchObject({ reason: 'failed', lastStatus: 'FAILED' });
    expect((error as Error).message).toBe('deploys.waitForStatus: Deploy d-1/dep-1 reached FAILED, which ends the wait (failOn).');
    expect(fetch.calls[0]!.url).toBe(`${BASE_URL}/organizations/org-1/deployments/d-1/deploys/dep-1`);
  });

  it('keeps the upload URL’s credential out of the resource it reports', async () => {
    const dagsUploadUrl = 'https://storage.example.test/dags/dep-1.tar.gz?sv=2024-01-01&se=2026-03-02&sig=s3cr3tSignatureValue%2Bx%3D';
    const { astro } = setup(json(200, { id: 'dep-1', status: 'FAILED', dagsUploadUrl }));
    const { error } = await outcome(astro.deploys.waitForStatus('d-1', 'dep-1', 'DEPLOYED'));
    const shown = JSON.stringify(error) + String((error as Error).stack) + JSON.stringify((error as AstroWaitError).resource);
    expect(shown).not.toContain('s3cr3tSignatureValue');
    expect((error as AstroWaitError).resource).toMatchObject({ dagsUploadUrl: 'https://storage.example.test/dags/dep-1.tar.gz?[REDACTED]' });
  });
});
