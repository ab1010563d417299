/**
 * Loopback servers that misbehave on purpose: endless bodies, a gzip line without an end, echoed
 * tokens, redirects across origins and in circles. Each ends with a typed error, bounded memory, and no
 * credential in anything the error holds. (Walks that never end are in pagination.test.ts.)
 */
import { inspect } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { AstroApiError, AstroConnectionError, AstroParseError, createClient, type ClientOptions } from '../src/v1.ts';
import { sendJson, startLoopback, type Handler, type Loopback } from './helpers/loopback.ts';

const TOKEN = 'hostile-test-token-5f2c9a71e0d4';
let servers: Loopback[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

async function serve(handler: Handler): Promise<Loopback> {
  const server = await startLoopback(handler);
  servers.push(server);
  return server;
}

const clientOf = (server: Loopback, options: ClientOptions = {}) => createClient({ token: TOKEN, baseUrl: `${server.origin}/v1`, organizationId: 'org-1', pacing: false, maxRetries: 0, ...options });

async function failureOf(work: Promise<unknown> | (() => Promise<unknown>)): Promise<Error> {
  return (typeof work === 'function' ? work() : work).then(
    () => expect.unreachable('the call should fail'),
    (error: unknown) => error as Error,
  );
}

async function drain<T>(iterable: AsyncIterable<T>): Promise<{ items: T[]; error?: Error }> {
  const items: T[] = [];
  try {
    for await (const item of iterable) items.push(item);
    return { items };
  } catch (error) {
    return { items, error: error as Error };
  }
}

/** Everything an error exposes: fields, message, cause, stack, inspect and JSON. */
const exposed = (error: unknown) => [inspect(error, { depth: 10, showHidden: true }), JSON.stringify(error), String((error as Error).stack), String((error as { cause?: Error }).cause?.stack)].join('\n');

describe('NDJSON streams', () => {
  it('end a gzip line that never ends (64 KiB on the wire, no newline) with AstroParseError, in linear time', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 2 ** 20, 'a'));
    expect(bomb.length).toBeLessThan(80 * 1024);
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(bomb);
    });
    const { items, error } = await drain(clientOf(server).organizations.auditLogs());
    expect(items).toEqual([]);
    expect(error).toBeInstanceOf(AstroParseError);
    expect(error).toMatchObject({ line: 1, status: 200 });
    expect(error!.message).toBe(`GET /organizations/org-1/audit-logs: line 1 is longer than maxLineLength (${4 * 2 ** 20} characters); raise maxLineLength if such lines are expected.`);
  });

  it('read a long line cut into thousands of small chunks in linear time', async () => {
    const line = JSON.stringify({ subjectId: 'u-1', requestBody: 'x'.repeat(3 * 2 ** 20) });
    const server = await serve(async (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/x-ndjson' });
      const text = `{"n":1}\n${line}\n{"n":3}\n`;
      // 6,000 writes of 512 bytes: a reader that re-scanned its buffer per chunk would copy gigabytes.
      for (let offset = 0; offset < text.length; offset += 512) if (!response.write(text.slice(offset, offset + 512))) await new Promise((resolve) => response.once('drain', resolve));
      response.end();
    });
    const { items, error } = await drain(clientOf(server).organizations.auditLogs());
    expect(error).toBeUndefined();
    expect(items.map((item) => Object.keys(item as object))).toEqual([['n'], ['subjectId', 'requestBody'], ['n']]);
  });

  it('take another maximum line length, and name the line that passed it after the lines before it', async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/x-ndjson' });
      response.end(`{"n":1}\n{"n":2}\n{"n":"${'y'.repeat(200)}"}\n{"n":4}\n`);
    });
    const { items, error } = await drain(clientOf(server, { maxLineLength: 100 }).organizations.auditLogs());
    expect(items).toEqual([{ n: 1 }, { n: 2 }]);
    expect(error).toMatchObject({ name: 'AstroParseError', line: 3 });
    expect(error!.message).toContain('line 3 is longer than maxLineLength (100 characters)');
  });
});

describe('JSON bodies have a maximum size', () => {
  /** A server that sends JSON forever, counting what it wrote until the client went away. */
  async function endless(headers: Record<string, string> = {}) {
    const state = { written: 0, closed: false };
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', ...headers });
      response.on('close', () => (state.closed = true));
      const chunk = `{"id":"${'z'.repeat(16_000)}"},`;
      const pump = () => {
        while (!state.closed && response.write(chunk)) state.written += chunk.length;
        if (!state.closed) response.once('drain', pump);
      };
      response.write('{"deployments":[');
      pump();
    });
    return { server, state };
  }

  it('ends an endless body with AstroParseError once it passes maxResponseBytes, keeping memory bounded', async () => {
    const { server, state } = await endless();
    const before = process.memoryUsage().rss;
    const error = await failureOf(clientOf(server, { maxResponseBytes: 2 * 2 ** 20 }).deployments.list());
    expect(error).toBeInstanceOf(AstroParseError);
    expect(error.message).toBe('GET /organizations/org-1/deployments: the response body is over maxResponseBytes (2097152 bytes); raise it if this is expected.');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(state.closed).toBe(true);
    expect(state.written).toBeLessThan(64 * 2 ** 20);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 2 ** 20);
  });

  it('refuses a declared Content-Length over the maximum before reading the body', async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(64 * 2 ** 20) });
      response.write('{"id":');
    });
    const error = await failureOf(clientOf(server, { maxResponseBytes: 1024 }).deployments.get('d-1'));
    expect(error).toBeInstanceOf(AstroParseError);
  });

  it('bounds astro.GET(…) the same way', async () => {
    const { server, state } = await endless();
    const error = await failureOf(clientOf(server, { maxResponseBytes: 2 ** 20 }).GET('/organizations/{organizationId}/deployments', { params: { path: { organizationId: 'org-1' } } }));
    expect(error).toBeInstanceOf(AstroParseError);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(state.closed).toBe(true);
  });

  it('reads at most 64 KiB of an endless error body', async () => {
    const state = { closed: false };
    const server = await serve((_request, response) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.on('close', () => (state.closed = true));
      const pump = () => {
        while (!state.closed && response.write('error '.repeat(1000)));
        if (!state.closed) response.once('drain', pump);
      };
      pump();
    });
    const error = await failureOf(clientOf(server).deployments.get('d-1'));
    expect(error).toBeInstanceOf(AstroApiError);
    expect(String((error as AstroApiError).body).length).toBeLessThanOrEqual(65_536);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(state.closed).toBe(true);
  });
});

describe('a server that echoes the token', () => {
  it('never gets it into an error: not the message, requestId, body, cause, stack, inspect or JSON', async () => {
    const server = await serve((request, response) => {
      const echoed = String(request.headers.authorization);
      sendJson(response, 400, { statusCode: 400, message: `bad request from ${echoed}`, requestId: `req-${TOKEN}`, fieldErrors: [{ code: 'x', field: 'auth', message: echoed }] }, { 'x-request-id': `id-${TOKEN}` });
    });
    const error = await failureOf(clientOf(server).deployments.get('d-1'));
    expect(error).toBeInstanceOf(AstroApiError);
    expect(exposed(error)).not.toContain(TOKEN);
    expect(exposed(error)).toContain('[REDACTED]');
  });

  it('scrubs an echo in the x-request-id header of a plain-text answer', async () => {
    const server = await serve((request, response) => {
      response.writeHead(403, { 'content-type': 'text/plain', 'x-request-id': `${request.headers.authorization} trace-1` });
      response.end('RBAC: access denied');
    });
    const error = (await failureOf(clientOf(server).deployments.get('d-1'))) as AstroApiError;
    expect(error.requestId).toBe('Bearer [REDACTED] trace-1');
    expect(exposed(error)).not.toContain(TOKEN);
  });

  it('scrubs before cutting: a token across the 80th character of a quote, or across the 64 KiB cut of a body', async () => {
    const server = await serve((request, response) => {
      const token = String(request.headers.authorization).slice('Bearer '.length);
      if (request.url!.includes('audit-logs')) {
        response.writeHead(200, { 'content-type': 'application/x-ndjson' });
        return void response.end(`not json ${'.'.repeat(60)}${token}\n`);
      }
      if (request.url!.endsWith('/d-1')) {
        response.writeHead(200, { 'content-type': 'application/json' });
        return void response.end(`{oops ${'.'.repeat(60)}${token}`);
      }
      response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(`${'x'.repeat(65_536 - 10)}${token}${'y'.repeat(100)}`);
    });
    const astro = clientOf(server);
    const parse = await failureOf(astro.deployments.get('d-1'));
    const line = (await drain(astro.organizations.auditLogs())).error!;
    const cut = await failureOf(astro.deployments.get('d-2'));
    expect(parse).toBeInstanceOf(AstroParseError);
    expect(line).toBeInstanceOf(AstroParseError);
    expect(cut).toBeInstanceOf(AstroApiError);
    for (const error of [parse, line, cut]) {
      expect(exposed(error)).not.toContain(TOKEN);
      expect(exposed(error)).not.toContain(TOKEN.slice(0, 10));
    }
    expect(String((cut as AstroApiError).body).endsWith('[REDACTED]')).toBe(true);
  });
});

describe('redirects', () => {
  it('follow a same-origin redirect with the token', async () => {
    const server = await serve((request, response) => {
      if (request.url!.includes('/old/')) return void response.writeHead(308, { location: request.url!.replace('/old/', '/') }).end();
      sendJson(response, 200, { id: 'd-1', authorization: request.headers.authorization });
    });
    const astro = createClient({ token: TOKEN, baseUrl: `${server.origin}/old`, organizationId: 'org-1', pacing: false });
    expect(await astro.deployments.get('d-1')).toEqual({ id: 'd-1', authorization: `Bearer ${TOKEN}` });
  });

  it('drop the token and the caller’s headers across origins', async () => {
    const elsewhere = await serve((_request, response) => sendJson(response, 200, { id: 'd-1' }));
    const server = await serve((request, response) => void response.writeHead(307, { location: `${elsewhere.origin}${request.url}` }).end());
    const astro = clientOf(server, { headers: { 'x-team': 'data' }, apiVersion: '1.0' });
    expect(await astro.deployments.update('d-1', { type: 'HYBRID' } as never, { headers: { 'x-call': 'secret-ish' } })).toEqual({ id: 'd-1' });
    const [arrived] = elsewhere.received;
    expect(arrived!.method).toBe('POST');
    expect(arrived!.body).toBe('{"type":"HYBRID"}');
    expect(arrived!.headers.authorization).toBeUndefined();
    expect(arrived!.headers['x-team']).toBeUndefined();
    expect(arrived!.headers['x-call']).toBeUndefined();
    expect(arrived!.headers['x-api-version']).toBeUndefined();
    expect(JSON.stringify(arrived!.headers)).not.toContain(TOKEN);
    expect(server.received[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('keep the token dropped when a redirect comes back to the first origin', async () => {
    let server: Loopback;
    const elsewhere = await serve((request, response) => void response.writeHead(302, { location: `${server.origin}/v1/final${request.url}` }).end());
    server = await serve((request, response) => {
      if (request.url!.startsWith('/v1/final')) return sendJson(response, 200, { id: 'w', authorization: request.headers.authorization ?? null });
      response.writeHead(302, { location: `${elsewhere.origin}${request.url}` }).end();
    });
    expect(await clientOf(server).workspaces.get('w')).toEqual({ id: 'w', authorization: null });
  });

  it('turn into a GET without a body after a 303', async () => {
    const server = await serve((request, response) => {
      if (request.method === 'POST') return void response.writeHead(303, { location: '/v1/organizations/org-1/workspaces/w-1' }).end();
      sendJson(response, 200, { id: 'w-1', method: request.method });
    });
    expect(await clientOf(server).workspaces.create({ name: 'w' })).toEqual({ id: 'w-1', method: 'GET' });
    expect(server.received.map((entry) => `${entry.method} ${entry.body}`)).toEqual(['POST {"name":"w"}', 'GET ']);
  });

  it('are bounded: a circle fails with AstroConnectionError after 5', async () => {
    const server = await serve((request, response) => void response.writeHead(302, { location: request.url }).end());
    const error = await failureOf(clientOf(server).workspaces.get('w'));
    expect(error).toBeInstanceOf(AstroConnectionError);
    expect(error.message).toBe('GET /organizations/org-1/workspaces/w: more than 5 redirects; check baseUrl.');
    expect(server.received).toHaveLength(6);
  });

  it('never leave http(s)', async () => {
    const server = await serve((_request, response) => void response.writeHead(302, { location: 'file:///etc/passwd' }).end());
    const error = await failureOf(clientOf(server).workspaces.get('w'));
    expect(error.message).toBe('GET /organizations/org-1/workspaces/w: a redirect to file:; check baseUrl.');
  });
});
