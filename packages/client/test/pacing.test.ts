/**
 * Rate pacing per token and method, measured where the server receives the requests: no one-second
 * window holds more than the API's limit (GET 25, POST 10, DELETE 5), on a busy event loop too, for
 * single calls, walks and waiters alike, across every client of the token.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { laneKey, pace } from '../src/http/pacing.ts';
import { createClient, type ClientOptions } from '../src/v1.ts';
import { sendJson, startLoopback, type Loopback } from './helpers/loopback.ts';

let server: Loopback | undefined;
afterEach(() => server?.close());

/** A server that notes when each request arrives (performance.now()), by token and method. */
async function recordingServer(answer: (method: string, url: URL) => unknown = () => ({ id: 'x', status: 'HEALTHY' })) {
  const arrivals: { at: number; method: string; token: string }[] = [];
  server = await startLoopback((request, response) => {
    arrivals.push({ at: performance.now(), method: request.method!, token: String(request.headers.authorization) });
    const status = request.method === 'DELETE' ? 204 : 200;
    if (status === 204) return void response.writeHead(204).end();
    sendJson(response, status, answer(request.method!, new URL(request.url!, 'http://x')));
  });
  const client = (token: string, options: ClientOptions = {}) => createClient({ token, baseUrl: server!.origin, organizationId: 'org-1', maxRetries: 0, ...options });
  return { arrivals, client };
}

/** The most requests any window of `ms` holds. */
function busiestWindow(times: number[], ms = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let start = 0, end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= ms) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

/** Keeps the event loop busy for `ms`, as a loaded machine would. */
const block = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('pacing at the server', () => {
  it('keeps GETs under 25 in any second, on a busy event loop too', async () => {
    const { arrivals, client } = await recordingServer();
    const astro = client('token-busy-gets');
    const busy = setInterval(() => block(150), 400);
    try {
      await Promise.all(Array.from({ length: 45 }, () => astro.workspaces.get('ws-1')));
    } finally {
      clearInterval(busy);
    }
    expect(arrivals).toHaveLength(45);
    expect(busiestWindow(arrivals.map((arrival) => arrival.at))).toBeLessThanOrEqual(25);
    // Paced at 80 % of the limit, about 20 per second; a loaded CI machine delays some starts, so the
    // floor only proves the requests overlap rather than crawl (the ceiling above is the guarantee).
    expect(busiestWindow(arrivals.map((arrival) => arrival.at))).toBeGreaterThanOrEqual(10);
  });

  it('keeps POSTs under 10 and DELETEs under 5 in any second, each method on its own', async () => {
    const { arrivals, client } = await recordingServer();
    const astro = client('token-methods');
    await Promise.all([
      ...Array.from({ length: 14 }, () => astro.workspaces.update('ws-1', { name: 'n', description: 'd', cicdEnforcedDefault: false })),
      ...Array.from({ length: 7 }, () => astro.workspaces.delete('ws-1')),
    ]);
    const times = (method: string) => arrivals.filter((arrival) => arrival.method === method).map((arrival) => arrival.at);
    expect(busiestWindow(times('POST'))).toBeLessThanOrEqual(10);
    expect(busiestWindow(times('DELETE'))).toBeLessThanOrEqual(5);
    // The two methods ran side by side: the DELETEs did not wait for the POSTs.
    expect(Math.min(...times('DELETE')) - Math.min(...times('POST'))).toBeLessThan(400);
  });

  it('is shared by every client of one token in the process, withOrganization included, and walks and waiters too', async () => {
    const { arrivals, client } = await recordingServer((_, url) =>
      url.pathname.endsWith('/workspaces') ? { workspaces: Array.from({ length: Number(url.searchParams.get('limit')) }, (__, index) => ({ id: `ws-${index + Number(url.searchParams.get('offset'))}` })) } : { id: 'd-1', status: 'HEALTHY' },
    );
    const first = client('token-shared');
    const second = client('token-shared');
    const other = first.withOrganization('org-2');
    const walk = (async () => {
      let count = 0;
      for await (const _ of second.workspaces.listAll({ pageSize: 1 })) if (++count === 12) break;
    })();
    await Promise.all([
      walk,
      ...Array.from({ length: 12 }, () => first.workspaces.get('ws-1')),
      ...Array.from({ length: 12 }, () => other.deployments.waitForStatus('d-1', 'HEALTHY')),
    ]);
    const shared = arrivals.filter((arrival) => arrival.token === 'Bearer token-shared').map((arrival) => arrival.at);
    expect(shared.length).toBeGreaterThanOrEqual(36);
    expect(busiestWindow(shared)).toBeLessThanOrEqual(25);
  });

  it('paces each token on its own', async () => {
    const { arrivals, client } = await recordingServer();
    const started = performance.now();
    await Promise.all(['token-a', 'token-b', 'token-c'].flatMap((token) => Array.from({ length: 20 }, () => client(token).workspaces.get('ws-1'))));
    // Three tokens of twenty requests: each needs about a second; one after another they would need three.
    expect(arrivals).toHaveLength(60);
    expect(performance.now() - started).toBeLessThan(2200);
  });

  it('can be turned off, or set to other limits', async () => {
    const { arrivals, client } = await recordingServer();
    const started = performance.now();
    await Promise.all(Array.from({ length: 40 }, () => client('token-off', { pacing: false }).workspaces.get('ws-1')));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(busiestWindow(arrivals.map((arrival) => arrival.at))).toBe(40);
    arrivals.length = 0;
    await Promise.all(Array.from({ length: 6 }, () => client('token-slow', { pacing: { GET: 5 } }).workspaces.get('ws-1')));
    expect(busiestWindow(arrivals.map((arrival) => arrival.at))).toBeLessThanOrEqual(5);
  });

  it('shares one lane between clients of one token given different limits: the API counts per token', async () => {
    const { arrivals, client } = await recordingServer();
    await Promise.all(
      Array.from({ length: 15 }, (_, index) => client('token-mixed', index % 2 ? { pacing: { GET: 25 } } : { pacing: { GET: 20 } }).workspaces.get('ws-1')),
    );
    expect(arrivals).toHaveLength(15);
    // Two lanes, one per limit, would start 12 + 10 requests per second side by side: 15 within about 0.6 s.
    expect(Math.max(...arrivals.map((arrival) => arrival.at)) - Math.min(...arrivals.map((arrival) => arrival.at))).toBeGreaterThan(500);
  });
});

describe('laneKey()', () => {
  it('tells tokens and methods apart, and never holds the token', () => {
    const key = laneKey('GET', 'secret-token-value-1');
    expect(key).toBe(laneKey('GET', 'secret-token-value-1'));
    expect(key).not.toBe(laneKey('GET', 'secret-token-value-2'));
    expect(key).not.toBe(laneKey('POST', 'secret-token-value-1'));
    expect(key).not.toContain('secret');
  });
});

describe('pace()', () => {
  it('grants a start at once when the lane is free, without a promise', () => {
    expect(pace('unit-free', 50)).toBeUndefined();
    expect(pace('unit-free', 50)).toBeInstanceOf(Promise);
  });

  it('releases waiters one gap apart, even when the timers fire late', async () => {
    expect(pace('unit-late', 40)).toBeUndefined();
    const released = [performance.now()];
    const waits = Array.from({ length: 7 }, () => pace('unit-late', 40)!.then(() => released.push(performance.now())));
    block(200); // every timer is late now
    await Promise.all(waits);
    const gaps = released.slice(1).map((time, index) => time - released[index]!);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(39);
  });

  it('drops an aborted waiter without holding up the others', async () => {
    pace('unit-abort', 30);
    const controller = new AbortController();
    const aborted = pace('unit-abort', 30, controller.signal)!;
    const next = pace('unit-abort', 30)!;
    controller.abort(new Error('gone'));
    await expect(aborted).rejects.toThrow('gone');
    const started = performance.now();
    await next;
    expect(performance.now() - started).toBeLessThan(60);
  });
});
