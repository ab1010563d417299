/**
 * Node's fetch links a Request's signal to the caller's through a weak reference. These tests collect
 * garbage mid-call and check that aborts and timeouts still end the call instead of hanging.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { AstroTimeoutError, createClient } from '../src/v1.ts';
import { TOKEN } from './helpers/fixtures.ts';
import { startLoopback, type Loopback } from './helpers/loopback.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

async function collectGarbage(): Promise<void> {
  for (let round = 0; round < 3; round++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

let server: Loopback | undefined;
afterEach(() => server?.close());

describe('after garbage collection', () => {
  it('an abort still stops a request in flight', async () => {
    server = await startLoopback(() => {}); // never answers
    const astro = createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: server.origin, timeoutMs: 30_000 });
    const controller = new AbortController();
    const call = astro.organizations.get({}, { signal: controller.signal }).catch((error: unknown) => error);
    await collectGarbage();
    controller.abort();
    expect(await call).toMatchObject({ name: 'AbortError' });
  });

  it('an abort still stops a stream being read', async () => {
    server = await startLoopback((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.write('{"n":1}\n');
    });
    const astro = createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: server.origin, timeoutMs: 30_000 });
    const controller = new AbortController();
    const events = astro.organizations.auditLogs({}, { signal: controller.signal });
    expect((await events.next()).value).toEqual({ n: 1 });
    const next = events.next().catch((error: unknown) => error);
    await collectGarbage();
    controller.abort();
    expect(await next).toMatchObject({ name: 'AbortError' });
  });

  it('the timeout still fires on a stalled body', async () => {
    server = await startLoopback((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"id":');
    });
    const astro = createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: server.origin, timeoutMs: 300, maxRetries: 0 });
    const call = astro.organizations.get().catch((error: unknown) => error);
    await collectGarbage();
    expect(await call).toBeInstanceOf(AstroTimeoutError);
  });
});
