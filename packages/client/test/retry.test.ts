/** Retries happen beneath openapi-fetch, only for idempotent operations, with backoff and Retry-After. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAstroClient } from '../src/client/create-astro-client.ts';
import { AstroApiError, AstroConnectionError, createClient } from '../src/v1.ts';
import { fakeFetch, json, text, type Step } from './helpers/fake-fetch.ts';
import { BASE_URL, errorBody, organization, TOKEN } from './helpers/fixtures.ts';

const ok = () => json(200, organization('org-1'));
const busy = () => text(503, 'busy');

function setup(steps: Step[], options: { maxRetries?: number } = {}) {
  const fetch = fakeFetch(...steps);
  return { fetch, astro: createClient({ token: TOKEN, baseUrl: BASE_URL, fetch, ...options }) };
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
    const { value } = await settle(astro.organizations.get('org-1'));
    expect(value).toEqual(organization('org-1'));
    expect(fetch.calls).toHaveLength(3);
  });

  it.each([400, 401, 403, 404, 409, 422])('does not retry %i', async (status) => {
    const { fetch, astro } = setup([json(status, errorBody(status, 'no')), ok()]);
    const { error } = await settle(astro.organizations.get('org-1'));
    expect(error).toBeInstanceOf(AstroApiError);
    expect((error as AstroApiError).status).toBe(status);
    expect(fetch.calls).toHaveLength(1);
  });

  it('retries a network error', async () => {
    const { fetch, astro } = setup([new TypeError('fetch failed'), ok()]);
    const { value } = await settle(astro.organizations.get('org-1'));
    expect(value).toEqual(organization('org-1'));
    expect(fetch.calls).toHaveLength(2);
  });

  it('gives up after maxRetries more attempts with the last answer', async () => {
    const { fetch, astro } = setup([busy()]);
    const { error } = await settle(astro.organizations.get('org-1'));
    expect((error as AstroApiError).status).toBe(503);
    expect(fetch.calls).toHaveLength(3);
  });

  it('gives up on network errors with AstroConnectionError', async () => {
    const { fetch, astro } = setup([new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }) })], {
      maxRetries: 1,
    });
    const { error } = await settle(astro.organizations.get('org-1'));
    expect(error).toBeInstanceOf(AstroConnectionError);
    expect(error).toMatchObject({ method: 'GET', path: '/organizations/org-1' });
    expect((error as Error).message).toBe('GET /organizations/org-1: no response (connect ECONNREFUSED 127.0.0.1:9); check the network and baseUrl.');
    expect(((error as Error).cause as { code: string }).code).toBe('ECONNREFUSED');
    expect(fetch.calls).toHaveLength(2);
  });

  it.each([0, 1, 5])('honours maxRetries: %i', async (maxRetries) => {
    const { fetch, astro } = setup([busy()], { maxRetries });
    await settle(astro.organizations.get('org-1'));
    expect(fetch.calls).toHaveLength(maxRetries + 1);
  });
});

describe('backoff', () => {
  it('waits about 0.5 s, then doubles, up to about 8 s, with jitter', async () => {
    const starts: number[] = [];
    const { astro } = setup([() => (starts.push(Date.now()), busy())], { maxRetries: 6 });
    await settle(astro.organizations.get('org-1'));
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
    const done = astro.organizations.get('org-1');
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
    const done = astro.organizations.get('org-1');
    await vi.advanceTimersByTimeAsync(2999);
    expect(fetch.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch.calls).toHaveLength(2);
    await expect(done).resolves.toBeTruthy();
  });

  it('waits until the given HTTP date', async () => {
    const later = new Date(Date.now() + 7000).toUTCString();
    const { fetch, astro } = setup([text(503, 'maintenance', { 'retry-after': later }), ok()]);
    const done = astro.organizations.get('org-1');
    await vi.advanceTimersByTimeAsync(6999);
    expect(fetch.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch.calls).toHaveLength(2);
    await expect(done).resolves.toBeTruthy();
  });

  it('sleeps through 60 s at most', async () => {
    const { fetch, astro } = setup([text(429, 'slow down', { 'retry-after': '60' }), ok()]);
    const done = astro.organizations.get('org-1');
    await vi.advanceTimersByTimeAsync(59_999);
    expect(fetch.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(done).resolves.toBeTruthy();
  });

  it('fails at once with the delay in the error when asked to wait longer than 60 s', async () => {
    const { fetch, astro } = setup([text(429, 'slow down', { 'retry-after': '61' }), ok()]);
    const outcome = await Promise.race([
      astro.organizations.get('org-1').catch((error: unknown) => error),
      vi.advanceTimersByTimeAsync(0).then(() => 'still waiting'),
    ]);
    expect(outcome).toBeInstanceOf(AstroApiError);
    expect(outcome).toMatchObject({ status: 429, retryAfterMs: 61_000 });
    expect(fetch.calls).toHaveLength(1);
  });

  it('falls back to backoff when Retry-After is unreadable', async () => {
    const { fetch, astro } = setup([text(503, 'busy', { 'retry-after': 'soon' }), ok()]);
    const done = astro.organizations.get('org-1');
    await vi.advanceTimersByTimeAsync(500);
    expect(fetch.calls).toHaveLength(2);
    await expect(done).resolves.toBeTruthy();
  });
});

describe('idempotency from the operation table', () => {
  const createEntry = {
    method: 'POST',
    path: '/things',
    resource: 'things',
    name: 'create',
    pathParams: [],
    queryParams: [],
    body: true,
    idempotent: false,
    response: 'json',
    pageItems: null,
  } as const;
  const table = { CreateThing: createEntry, ReplaceThing: { ...createEntry, path: '/things/{thingId}', name: 'replace', pathParams: ['thingId'], idempotent: true } } as const;
  const thingClient = (fetch: ReturnType<typeof fakeFetch>) =>
    createAstroClient<{}, unknown, typeof table>({ table, serverUrl: BASE_URL }, { token: TOKEN, fetch }) as unknown as {
      things: Record<string, (...args: unknown[]) => Promise<unknown>>;
    };

  it('does not retry an operation marked x-idempotent: false, on a 503', async () => {
    const fetch = fakeFetch(busy(), json(201, { id: 't-1' }));
    const { error } = await settle(thingClient(fetch).things.create!({ name: 'a' }));
    expect((error as AstroApiError).status).toBe(503);
    expect(fetch.calls).toHaveLength(1);
  });

  it('does not retry it on a network error either', async () => {
    const fetch = fakeFetch(new TypeError('fetch failed'), json(201, { id: 't-1' }));
    const { error } = await settle(thingClient(fetch).things.create!({ name: 'a' }));
    expect(error).toBeInstanceOf(AstroConnectionError);
    expect(fetch.calls).toHaveLength(1);
  });

  it('retries a POST marked x-idempotent: true, sending the whole body every time', async () => {
    const fetch = fakeFetch(busy(), busy(), json(200, { id: 't-1' }));
    const { value } = await settle(thingClient(fetch).things.replace!('t-1', { name: 'b' }));
    expect(value).toEqual({ id: 't-1' });
    expect(fetch.calls.map((call) => call.body)).toEqual(['{"name":"b"}', '{"name":"b"}', '{"name":"b"}']);
  });

  it('retries the spec’s UpdateOrganization (a POST marked idempotent)', async () => {
    const { fetch, astro } = setup([busy(), ok()]);
    const update = { name: 'New name', billingEmail: 'billing@example.com', isScimEnabled: true };
    await settle(astro.organizations.update('org-1', update));
    expect(fetch.calls.map((call) => [call.method, JSON.parse(call.body)])).toEqual([
      ['POST', update],
      ['POST', update],
    ]);
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
    await settle(astro.organizations.get('org-1'));
    expect(fetch.calls.map((call) => call.headers.get('x-trace'))).toEqual(['abc', 'abc']);
  });
});
