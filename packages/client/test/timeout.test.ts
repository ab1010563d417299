/** timeoutMs bounds each attempt's wait for the server: for the headers and between body chunks, never the consumer. */
import { afterEach, describe, expect, it } from 'vitest';
import { AstroTimeoutError, createClient } from '../src/v1.ts';
import { organization, TOKEN } from './helpers/fixtures.ts';
import { sendJson, startLoopback, type Handler, type Loopback } from './helpers/loopback.ts';

let server: Loopback | undefined;
afterEach(() => server?.close());

async function clientFor(handler: Handler, options: { timeoutMs?: number; maxRetries?: number } = {}) {
  server = await startLoopback(handler);
  return createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: `${server.origin}/v1`, timeoutMs: 100, maxRetries: 0, ...options });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('timeoutMs', () => {
  it('fails an attempt whose headers do not come, with AstroTimeoutError', async () => {
    const astro = await clientFor(() => {}); // never answers
    const started = Date.now();
    const error = await astro.organizations.get().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AstroTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 100, method: 'GET', path: '/organizations/org-1' });
    expect((error as Error).message).toBe('GET /organizations/org-1: no answer for 100 ms; raise timeoutMs or check the network.');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('retries a timed-out attempt', async () => {
    let calls = 0;
    const astro = await clientFor((_request, response) => {
      if (++calls > 1) sendJson(response, 200, organization('org-1'));
    }, { maxRetries: 2 });
    await expect(astro.organizations.get()).resolves.toEqual(organization('org-1'));
    expect(server!.received).toHaveLength(2);
  });

  it('fails a body that stalls halfway', async () => {
    const astro = await clientFor((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"id": "org-1", ');
    });
    await expect(astro.organizations.get()).rejects.toBeInstanceOf(AstroTimeoutError);
  });

  it('fails a stream that stalls after some events, after yielding them', async () => {
    const astro = await clientFor((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.write('{"n":1}\n{"n":2}\n');
    });
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const event of astro.organizations.auditLogs()) seen.push(event);
    })().catch((caught: unknown) => caught);
    expect(seen).toEqual([{ n: 1 }, { n: 2 }]);
    expect(error).toBeInstanceOf(AstroTimeoutError);
  });

  it('never cuts off a slow consumer: the timer runs only while waiting for the server', async () => {
    const astro = await clientFor(async (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      for (let n = 1; n <= 3; n++) response.write(`{"n":${n}}\n`);
      response.end();
    });
    const seen: unknown[] = [];
    for await (const event of astro.organizations.auditLogs()) {
      seen.push(event);
      await sleep(250); // longer than timeoutMs, spent by the consumer
    }
    expect(seen).toHaveLength(3);
  });

  it('lets a slow but steady body through', async () => {
    const astro = await clientFor(async (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      for (let n = 1; n <= 8; n++) {
        response.write(`{"n":${n}}\n`);
        // Each gap is a sixth of timeoutMs (room for a busy machine); the whole body takes longer than it.
        await sleep(200);
      }
      response.end();
    }, { timeoutMs: 1200 });
    const seen: unknown[] = [];
    for await (const event of astro.organizations.auditLogs()) seen.push(event);
    expect(seen).toHaveLength(8);
  });
});
