/** Retries happen beneath openapi-fetch, only for idempotent operations, with backoff and Retry-After. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AstroApiError, AstroConnectionError, AstroTimeoutError, createClient, type ClientOptions } from '../src/v1.ts';
import { fakeFetch, json, text, type Step } from './helpers/fake-fetch.ts';
import { BASE_URL, errorBody, organization, TOKEN } from './helpers/fixtures.ts';

const ok = () => json(200, organization('org-1'));
const busy = () => text(503, 'busy');

function setup(steps: Step[], options: ClientOptions = {}) {
  const fetch = fakeFetch(...steps);
  return { fetch, astro: createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: BASE_URL, fetch, ...options }) };
}

/** Settles `promise` while letting fake time run on, and returns how it settled. */
async function settle<T>(promise: Promise<T>, ms = 120_000): Promise<{ value?: T; error?: unknown }> {
  const outcome = promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  await vi.advanceTimersByTimeAsync(ms);
  return outcome;
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-03-01T12:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('what is retried', () => {
  it.each([408, 429, 500, 502, 503, 504])('retries %i, then returns the success', async (status) => {
    const { fetch, astro } = setup([text(status, 'try again'), text(status, 'try again'), ok()]);
    const { value } = await settle(astro.organizations.get());
    expect(value).toEqual(organization('org-1'));
    expect(fetch.calls).toHaveLength(3);
  });

  it.each([400, 401, 403, 404, 409, 422])('does not retry %i', async (status) => {
    const { fetch, astro } = setup([json(status, errorBody(status, 'no')), ok()]);
    const { error } = await settle(astro.organizations.get());
    expect(error).toBeInstanceOf(AstroApiError);
    expect((error as AstroApiError).status).toBe(status);
    expect(fetch.calls).toHaveLength(1);
  });

  it('retries a network error', async () => {
    const { fetch, astro } = setup([new TypeError('fetch failed'), ok()]);
    const { value } = await settle(astro.organizations.get());
    expect(value).toEqual(organization('org-1'));
    expect(fetch.calls).toHaveLength(2);
  });

  it('gives up after maxRetries more attempts with the last answer', async () => {
    const { fetch, astro } = setup([busy()]);
    const { error } = await settle(astro.organizations.get());
    expect((error as AstroApiError).status).toBe(503);
    expect(fetch.calls).toHaveLength(3);
  });

  it('gives up on network errors with AstroConnectionError', async () => {
    const { fetch, astro } = setup([new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }) })], {
      maxRetries: 1,
    });
    const { error } = await settle(astro.organizations.get());
    expect(error).toBeInstanceOf(AstroConnectionError);
    expect(error).toMatchObject({ method: 'GET', path: '/organizations/org-1' });
    expect((error as Error).message).toBe('GET /organizations/org-1: no response (connect ECONNREFUSED 127.0.0.1:9); check the network and baseUrl.');
    expect(((error as Error).cause as { code: string }).code).toBe('ECONNREFUSED');
    expect(fetch.calls).toHaveLength(2);
  });

  it.each([0, 1, 5])('honours maxRetries: %i', async (maxRetries) => {
    const { fetch, astro } = setup([busy()], { maxRetries });
    await settle(astro.organizations.get());
    expect(fetch.calls).toHaveLength(maxRetries + 1);
  });
});

describe('backoff', () => {
  it('waits about 0.5 s, then doubles, up to about 8 s, with jitter', async () => {
    const starts: number[] = [];
    const { astro } = setup([() => (starts.push(Date.now()), busy())], { maxRetries: 6 });
    await settle(astro.organizations.get());
    const gaps = starts.slice(1).map((start, index) => start - starts[index]!);
    const ceilings = [500, 1000, 2000, 4000, 8000, 8000];
    expect(gaps).toHaveLength(ceilings.length);
    gaps.forEach((gap, index) => {
      expect(gap).toBeGreaterThanOrEqual(ceilings[index]! * 0.75);
      expect(gap).toBeLessThanOrEqual(ceilings[index]!);
    });
  });

  it('sends nothing before the backoff is over', async () => {
    const { fetch, astro } = setup([busy(), ok()]);
    const done = astro.organizations.get();
    await vi.advanceTimersByTimeAsync(374);
    expect(fetch.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(126);
    expect(fetch.calls).toHaveLength(2);
    await expect(done).resolves.toEqual(organization('org-1'));
  });
});

describe('Retry-After', () => {
  it('waits the given seconds', async () => {
    const { fetch, astro } = setup([text(429, 'slow down', { 'retry-after': '3' }), ok()]);
    const done = astro.organizations.get();
    await vi.advanceTimersByTimeAsync(2999);
    expect(fetch.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch.calls).toHaveLength(2);
    await expect(done).resolves.toBeTruthy();
  });

  it('waits until the given HTTP date', async () => {
    const later = new Date(Date.now() + 7000).toUTCString();
    const { fetch, astro } = setup([text(503, 'maintenance', { 'retry-after': later }), ok()]);
    const done = astro.organizations.get();
    await vi.advanceTimersByTimeAsync(6999);
    expect(fetch.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch.calls).toHaveLength(2);
    await expect(done).resolves.toBeTruthy();
  });

  it('sleeps through 60 s at most', async () => {
    const { fetch, astro } = setup([text(429, 'slow down', { 'retry-after': '60' }), ok()]);
    const done = astro.organizations.get();
    await vi.advanceTimersByTimeAsync(59_999);
    expect(fetch.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(done).resolves.toBeTruthy();
  });

  it('fails at once with the delay in the error when asked to wait longer than 60 s', async () => {
    const { fetch, astro } = setup([text(429, 'slow down', { 'retry-after': '61' }), ok()]);
    const outcome = await Promise.race([
      astro.organizations.get().catch((error: unknown) => error),
      vi.advanceTimersByTimeAsync(0).then(() => 'still waiting'),
    ]);
    expect(outcome).toBeInstanceOf(AstroApiError);
    expect(outcome).toMatchObject({ status: 429, retryAfterMs: 61_000 });
    expect(fetch.calls).toHaveLength(1);
  });

  it('falls back to backoff when Retry-After is unreadable', async () => {
    const { fetch, astro } = setup([text(503, 'busy', { 'retry-after': 'soon' }), ok()]);
    const done = astro.organizations.get();
    await vi.advanceTimersByTimeAsync(500);
    expect(fetch.calls).toHaveLength(2);
    await expect(done).resolves.toBeTruthy();
  });
});

describe('idempotency from the spec (x-idempotent)', () => {
  const deployment = { name: 'etl', workspaceId: 'ws-1', type: 'STANDARD', cloudProvider: 'AWS', region: 'us-east-1' } as const;
  const refused = () => new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), { code: 'ECONNREFUSED' }) });
  const reset = () => new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });

  it.each([500, 502, 503, 504, 408])('does not retry a create (not idempotent) after a %i: the server may have acted', async (status) => {
    const { fetch, astro } = setup([text(status, 'busy'), json(200, { id: 'd-1' })]);
    const { error } = await settle(astro.deployments.create(deployment));
    expect((error as AstroApiError).status).toBe(status);
    expect(fetch.calls).toHaveLength(1);
  });

  it('does not retry a create after a reset mid-request', async () => {
    const { fetch, astro } = setup([reset(), json(200, { id: 'd-1' })]);
    const { error } = await settle(astro.deployments.create(deployment));
    expect(error).toBeInstanceOf(AstroConnectionError);
    expect(fetch.calls).toHaveLength(1);
  });

  it('retries a create after a 429, which the server answers before doing anything', async () => {
    const { fetch, astro } = setup([text(429, 'Too Many Requests', { 'retry-after': '1' }), json(200, { id: 'd-1' })]);
    const { value } = await settle(astro.deployments.create(deployment));
    expect(value).toEqual({ id: 'd-1' });
    expect(fetch.calls.map((call) => call.body)).toEqual([JSON.stringify(deployment), JSON.stringify(deployment)]);
  });

  it.each([
    ['refused', refused],
    ['not resolved', () => new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo ENOTFOUND api.astronomer.io'), { code: 'ENOTFOUND' }) })],
    ['refused (Bun)', () => Object.assign(new Error('Unable to connect. Is the computer able to access the url?'), { code: 'ConnectionRefused' })],
    ['refused (Deno)', () => new TypeError('error sending request: client error (Connect): tcp connect error: Connection refused (os error 111)')],
  ])('retries a create whose connection was %s: the request never left', async (_, failure) => {
    const { fetch, astro } = setup([failure(), json(200, { id: 'd-1' })]);
    const { value } = await settle(astro.deployments.create(deployment));
    expect(value).toEqual({ id: 'd-1' });
    expect(fetch.calls).toHaveLength(2);
  });

  it.each([
    ['rotate', (astro: ReturnType<typeof setup>['astro']) => astro.apiTokens.rotate('tok-1')],
    ['finalize', (astro: ReturnType<typeof setup>['astro']) => astro.deploys.finalize('d-1', 'dep-1', { dagTarballVersion: 'v1' })],
    ['team members', (astro: ReturnType<typeof setup>['astro']) => astro.teams.addMembers('t-1', { memberIds: ['u-1'] })],
    ['a delete', (astro: ReturnType<typeof setup>['astro']) => astro.workspaces.delete('ws-1')],
  ] as [string, (astro: ReturnType<typeof setup>['astro']) => Promise<unknown>][])('does not retry %s after a 503 either', async (_, call) => {
    const { fetch, astro } = setup([busy(), json(200, {})]);
    const { error } = await settle(call(astro));
    expect((error as AstroApiError).status).toBe(503);
    expect(fetch.calls).toHaveLength(1);
  });

  it('retries a full-replace update (idempotent) after a 503 and a reset, sending the whole body every time', async () => {
    const body = { name: 'Data', description: 'ETL', cicdEnforcedDefault: false };
    const { fetch, astro } = setup([busy(), reset(), json(200, { id: 'ws-1' })]);
    const { value } = await settle(astro.workspaces.update('ws-1', body));
    expect(value).toEqual({ id: 'ws-1' });
    expect(fetch.calls.map((call) => call.body)).toEqual(Array(3).fill(JSON.stringify(body)));
  });

  it('retries clearing a hibernation override (a DELETE that is idempotent)', async () => {
    const { fetch, astro } = setup([busy(), new Response(null, { status: 204 })]);
    const { value, error } = await settle(astro.deployments.deleteHibernationOverride('d-1'));
    expect(error).toBeUndefined();
    expect(value).toBeUndefined();
    expect(fetch.calls).toHaveLength(2);
  });

  it('retries the spec’s UpdateOrganization (a POST marked idempotent)', async () => {
    const { fetch, astro } = setup([busy(), ok()]);
    const update = { name: 'New name', billingEmail: 'billing@example.com', isScimEnabled: true };
    await settle(astro.organizations.update(update));
    expect(fetch.calls.map((call) => [call.method, JSON.parse(call.body)])).toEqual([
      ['POST', update],
      ['POST', update],
    ]);
  });

  it('applies the same rules to astro.POST(…), from the route it matches', async () => {
    const { fetch, astro } = setup([busy(), json(200, { id: 'd-1' })]);
    await settle(astro.POST('/organizations/{organizationId}/deployments', { params: { path: { organizationId: 'org-1' } }, body: deployment }));
    expect(fetch.calls).toHaveLength(1);
    const update = setup([busy(), json(200, { id: 'ws-1' })]);
    await settle(update.astro.POST('/organizations/{organizationId}/workspaces/{workspaceId}', { params: { path: { organizationId: 'org-1', workspaceId: 'ws-1' } }, body: { name: 'n', description: 'd', cicdEnforcedDefault: false } }));
    expect(update.fetch.calls).toHaveLength(2);
  });

  it('retries unknown routes only for GET and HEAD', async () => {
    const { fetch, astro } = setup([busy()]);
    await settle(astro.request('get', '/unlisted' as never));
    expect(fetch.calls).toHaveLength(3);
    const post = setup([busy()]);
    await settle(post.astro.request('post', '/unlisted' as never, { body: {} } as never));
    expect(post.fetch.calls).toHaveLength(1);
  });
});

describe('request options per call', () => {
  it('maxRetries per call overrides the client’s', async () => {
    const { fetch, astro } = setup([busy()], { maxRetries: 5 });
    await settle(astro.organizations.get({}, { maxRetries: 1 }));
    expect(fetch.calls).toHaveLength(2);
  });

  it('deadlineMs stops the retries once the next wait would pass it, with the last answer', async () => {
    const { fetch, astro } = setup([busy()], { maxRetries: 10 });
    const started = Date.now();
    const { error } = await settle(astro.organizations.get({}, { deadlineMs: 3000 }));
    expect((error as AstroApiError).status).toBe(503);
    // Waits of about 0.5 s and 1 s fit in 3 s; the next (1.5 to 2 s) fits only when the jitter kept the first two short.
    expect(fetch.calls.length).toBeGreaterThanOrEqual(3);
    expect(fetch.calls.length).toBeLessThanOrEqual(4);
  });

  it('does not start a wait that would outlast the deadline: the last answer is the error', async () => {
    const { fetch, astro } = setup([text(503, 'busy', { 'retry-after': '10' }), ok()]);
    const { error } = await settle(astro.organizations.get({}, { deadlineMs: 5000 }));
    expect((error as AstroApiError).status).toBe(503);
    expect(fetch.calls).toHaveLength(1);
  });

  it('createClient’s deadlineMs is the default of every call', async () => {
    const { fetch, astro } = setup([busy()], { maxRetries: 10, deadlineMs: 1200 });
    await settle(astro.organizations.get());
    expect(fetch.calls).toHaveLength(2);
  });
});

describe('beneath the middleware', () => {
  it('retries astro.GET too, while middleware sees one request and one response', async () => {
    const { fetch, astro } = setup([busy(), busy(), ok()]);
    const seen: string[] = [];
    astro.use({
      onRequest: ({ request }) => void seen.push(`request ${request.method}`),
      onResponse: ({ response }) => void seen.push(`response ${response.status}`),
    });
    const { value } = await settle(astro.GET('/organizations/{organizationId}', { params: { path: { organizationId: 'org-1' } } }));
    expect(value?.data).toEqual(organization('org-1'));
    expect(fetch.calls).toHaveLength(3);
    expect(seen).toEqual(['request GET', 'response 200']);
  });

  it('sends headers set by middleware on every attempt', async () => {
    const { fetch, astro } = setup([busy(), ok()]);
    astro.use({ onRequest: ({ request }) => (request.headers.set('x-trace', 'abc'), request) });
    await settle(astro.organizations.get());
    expect(fetch.calls.map((call) => call.headers.get('x-trace'))).toEqual(['abc', 'abc']);
  });
});
