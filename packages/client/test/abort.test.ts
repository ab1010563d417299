/** A caller's AbortSignal stops a call at once (in flight, in a backoff sleep, mid-stream) and is never retried. */
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../src/v1.ts';
import { fakeFetch, json, text } from './helpers/fake-fetch.ts';
import { BASE_URL, organization, TOKEN } from './helpers/fixtures.ts';
import { sendJson, startLoopback, type Loopback } from './helpers/loopback.ts';

let server: Loopback | undefined;
afterEach(() => server?.close());

const abortAfter = (ms: number, reason?: unknown) => {
  const controller = new AbortController();
  setTimeout(() => controller.abort(reason), ms);
  return controller.signal;
};

async function rejection(promise: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  const error = await promise.then(
    () => expect.unreachable('the call should be aborted'),
    (caught: unknown) => caught,
  );
  return { error, ms: Date.now() - started };
}

describe('aborting', () => {
  it('stops a request in flight with the standard AbortError, without retrying', async () => {
    // The server never answers; the caller aborts once the request has arrived, so it is truly in flight.
    const controller = new AbortController();
    server = await startLoopback(() => void setTimeout(() => controller.abort(), 20));
    const astro = createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: server.origin, timeoutMs: 10_000 });
    const { error, ms } = await rejection(astro.organizations.get({}, { signal: controller.signal }));
    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(ms).toBeLessThan(5_000);
    // Give a retry, were there one, the time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.received).toHaveLength(1);
  });

  it('stops a backoff sleep at once', async () => {
    const fetch = fakeFetch(text(503, 'busy', { 'retry-after': '30' }), json(200, organization('org-1')));
    const astro = createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: BASE_URL, fetch });
    const { error, ms } = await rejection(astro.organizations.get({}, { signal: abortAfter(50) }));
    expect((error as Error).name).toBe('AbortError');
    expect(ms).toBeLessThan(5_000); // the Retry-After sleep it cuts short is 30 s
    expect(fetch.calls).toHaveLength(1);
  });

  it('rejects with the caller’s own reason when one is given', async () => {
    const reason = new Error('user pressed cancel');
    const fetch = fakeFetch('hang');
    const astro = createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: BASE_URL, fetch });
    const { error } = await rejection(astro.organizations.get({}, { signal: abortAfter(20, reason) }));
    expect(error).toBe(reason);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const fetch = fakeFetch(json(200, organization('org-1')));
    const astro = createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: BASE_URL, fetch });
    await expect(astro.organizations.get({}, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(fetch.calls.length).toBeLessThanOrEqual(1);
    await expect(astro.GET('/organizations', { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('stops an audit-log stream mid-way', async () => {
    server = await startLoopback(async (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.write('{"n":1}\n');
      // then nothing more: only the abort can end the wait
    });
    const controller = new AbortController();
    const astro = createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: server.origin, timeoutMs: 10_000 });
    const seen: unknown[] = [];
    const { error } = await rejection(
      (async () => {
        for await (const event of astro.organizations.auditLogs({}, { signal: controller.signal })) {
          seen.push(event);
          setTimeout(() => controller.abort(), 20);
        }
      })(),
    );
    expect(seen).toEqual([{ n: 1 }]);
    expect((error as Error).name).toBe('AbortError');
  });

  it('stops a listAll walk and its prefetched pages', async () => {
    server = await startLoopback((request, response) => {
      const offset = Number(new URL(request.url!, 'http://x').searchParams.get('offset'));
      const organizations = Array.from({ length: 10 }, (_, index) => organization(`org-${offset + index}`));
      setTimeout(() => sendJson(response, 200, { organizations, limit: 10, offset, totalCount: 1000 }), 30);
    });
    const controller = new AbortController();
    // Counted where the client sends: a request sent just before the abort may still reach the server after it.
    let sent = 0;
    const astro = createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: server.origin, fetch: (request, init) => (sent++, fetch(request, init)) });
    let seen = 0;
    let sentAtAbort = 0;
    const { error } = await rejection(
      (async () => {
        for await (const _ of astro.organizations.listAll({ pageSize: 10 }, { signal: controller.signal }))
          if (++seen === 15) (sentAtAbort = sent), controller.abort();
      })(),
    );
    expect((error as Error).name).toBe('AbortError');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(sent, 'no page is requested after the abort').toBe(sentAtAbort);
    expect(sent).toBeLessThanOrEqual(4);
    expect(server.received.length).toBeLessThanOrEqual(sent);
  });
});
