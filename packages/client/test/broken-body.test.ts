/** A connection cut while a JSON body is being read is a connection failure, not undici's raw TypeError. */
import { afterEach, describe, expect, it } from 'vitest';
import { AstroConnectionError } from '../src/index.ts';
import { createClient } from '../src/v1.ts';
import { startLoopback, type Loopback } from './helpers/loopback.ts';

let server: Loopback | undefined;
afterEach(() => server?.close());

describe('a response body that breaks off', () => {
  it('rejects organizations.get with AstroConnectionError naming the call', async () => {
    server = await startLoopback((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      response.write('{"id":"org-1","name":"Half');
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const astro = createClient({ organizationId: 'org-1', pacing: false, token: 'secret-token-1', baseUrl: server.origin, maxRetries: 0 });
    const error = await astro.organizations.get().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AstroConnectionError);
    expect((error as Error).message).toMatch(/GET \/organizations\/org-1.*broke off/);
    expect((error as Error).message).not.toContain('secret-token-1');
  });
});

describe('a JSON body that breaks off, then arrives whole on the next attempt', () => {
  const halfThenWhole = (body: string) =>
    startLoopback((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length) });
      if (server!.received.length > 1) return void response.end(body);
      response.write(body.slice(0, 10));
      setTimeout(() => response.socket?.destroy(), 20);
    });

  it('retries an idempotent read and resolves with the whole body', async () => {
    server = await halfThenWhole('{"id":"org-1","name":"Whole"}');
    const astro = createClient({ organizationId: 'org-1', pacing: false, token: 'secret-token-1', baseUrl: server.origin, maxRetries: 1 });
    await expect(astro.organizations.get()).resolves.toEqual({ id: 'org-1', name: 'Whole' });
    expect(server.received).toHaveLength(2);
  });

  it('never retries a create: the server may have acted', async () => {
    server = await halfThenWhole('{"id":"ws-1","name":"etl"}');
    const astro = createClient({ organizationId: 'org-1', pacing: false, token: 'secret-token-1', baseUrl: server.origin, maxRetries: 2 });
    const error = await astro.workspaces.create({ name: 'etl' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AstroConnectionError);
    expect((error as Error).message).toMatch(/POST \/organizations\/org-1\/workspaces.*broke off/);
    expect(server.received).toHaveLength(1);
  });
});

describe('an audit-log export cut before its first byte', () => {
  it('rejects the iteration with AstroConnectionError', async () => {
    server = await startLoopback((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/x-ndjson', 'content-length': '10000' });
      response.flushHeaders();
      setTimeout(() => response.socket?.destroy(), 20);
    });
    const astro = createClient({ organizationId: 'org-1', pacing: false, token: 'secret-token-1', baseUrl: server.origin, maxRetries: 0 });
    const consume = async () => {
      for await (const _event of astro.organizations.auditLogs()) {
        // Reads until the export breaks off.
      }
    };
    const error = await consume().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AstroConnectionError);
    expect((error as Error).message).toMatch(/GET \/organizations\/org-1\/audit-logs.*broke off after line 0/);
  });
});
