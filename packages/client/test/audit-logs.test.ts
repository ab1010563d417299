/**
 * Audit logs: streamed one event per line, whether fetch inflated the gzip body or not, with the
 * number of a bad line in the error; and the raw export as gzip bytes for saving.
 */
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { AstroApiError, AstroParseError, createClient, type AuditLogEvent } from '../src/v1.ts';
import { auditEvent, ndjson } from './helpers/audit-events.ts';
import { TOKEN } from './helpers/fixtures.ts';
import { startLoopback, type Loopback } from './helpers/loopback.ts';

let server: Loopback | undefined;
afterEach(() => server?.close());

type Body = string | Buffer;
async function serve(body: Body, headers: Record<string, string> = {}) {
  server = await startLoopback((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/octet-stream', ...headers });
    response.end(body);
  });
  return createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: `${server.origin}/v1`, maxRetries: 0 });
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

const TEN_THOUSAND = ndjson(10_000);

describe('auditLogs', () => {
  it('parses 10,000 events sent with Content-Encoding: gzip (inflated by fetch)', async () => {
    const astro = await serve(gzipSync(TEN_THOUSAND), { 'content-encoding': 'gzip' });
    const events = await collect(astro.organizations.auditLogs({ startDate: '2026-01-01T00:00:00Z', endDate: '2026-02-01T00:00:00Z' }));
    expect(events).toHaveLength(10_000);
    expect(events[0]).toEqual(auditEvent(1));
    expect(events[9_999]).toEqual(auditEvent(10_000));
    expect(server!.received[0]!.rawUrl).toBe('/v1/organizations/org-1/audit-logs?startDate=2026-01-01T00%3A00%3A00Z&endDate=2026-02-01T00%3A00%3A00Z');
  });

  it('parses 10,000 events sent as raw gzip bytes without the header (sniffed by 1f 8b)', async () => {
    const astro = await serve(gzipSync(TEN_THOUSAND));
    const events = await collect(astro.organizations.auditLogs());
    expect(events).toHaveLength(10_000);
    expect(events.at(-1)).toEqual(auditEvent(10_000));
  });

  it('parses 10,000 events of plain NDJSON', async () => {
    const astro = await serve(TEN_THOUSAND, { 'content-type': 'application/x-ndjson' });
    expect(await collect(astro.organizations.auditLogs())).toHaveLength(10_000);
  });

  it('accepts CRLF, blank lines and a missing final newline', async () => {
    const astro = await serve(`${JSON.stringify(auditEvent(1))}\r\n\r\n${JSON.stringify(auditEvent(2))}\r\n${JSON.stringify(auditEvent(3))}`);
    expect(await collect(astro.organizations.auditLogs())).toEqual([auditEvent(1), auditEvent(2), auditEvent(3)]);
  });

  it('yields nothing for an empty export', async () => {
    expect(await collect((await serve('')).organizations.auditLogs())).toEqual([]);
    expect(await collect((await serve(gzipSync(''))).organizations.auditLogs())).toEqual([]);
  });

  it('fails on a malformed line with its line number, after the good lines before it', async () => {
    const lines = TEN_THOUSAND.split('\n');
    lines[4_999] = '{"subjectId": "user-1", "subjectType": ';
    const astro = await serve(gzipSync(lines.join('\n')), { 'content-encoding': 'gzip' });
    const seen: AuditLogEvent[] = [];
    const error = await (async () => {
      for await (const event of astro.organizations.auditLogs()) seen.push(event);
    })().catch((caught: unknown) => caught);
    expect(seen).toHaveLength(4_999);
    expect(error).toBeInstanceOf(AstroParseError);
    expect(error).toMatchObject({ line: 5_000, status: 200, method: 'GET', path: '/organizations/org-1/audit-logs' });
    expect((error as Error).message).toBe('GET /organizations/org-1/audit-logs: line 5000 is not a JSON object: "{\\"subjectId\\": \\"user-1\\", \\"subjectType\\": ".');
  });

  it('fails on a line that is JSON but not an object', async () => {
    const astro = await serve(`${JSON.stringify(auditEvent(1))}\n[1,2]\n`);
    await expect(collect(astro.organizations.auditLogs())).rejects.toMatchObject({ name: 'AstroParseError', line: 2 });
  });

  it('throws AstroApiError for an error status', async () => {
    server = await startLoopback((_request, response) => {
      response.writeHead(403, { 'content-type': 'text/plain' });
      response.end('RBAC: access denied');
    });
    const astro = createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: server.origin });
    await expect(collect(astro.organizations.auditLogs())).rejects.toBeInstanceOf(AstroApiError);
  });

  it('releases the connection when the consumer stops early', async () => {
    let closed!: () => void;
    const responseClosed = new Promise<void>((resolve) => (closed = resolve));
    server = await startLoopback((_request, response) => {
      response.on('close', closed);
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      Readable.from((function* () {
        for (let n = 1; ; n++) yield `${JSON.stringify(auditEvent(n))}\n`;
      })()).pipe(response);
    });
    const astro = createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: server.origin });
    let count = 0;
    for await (const _ of astro.organizations.auditLogs()) if (++count === 10) break;
    await expect(responseClosed).resolves.toBeUndefined();
  });
});

describe('auditLogsRaw: the export as gzip bytes', () => {
  it('passes raw gzip bytes through unchanged', async () => {
    const gzip = gzipSync(TEN_THOUSAND);
    const astro = await serve(gzip);
    const saved = await bytesOf(await astro.organizations.auditLogsRaw());
    expect(saved.equals(gzip)).toBe(true);
  });

  it('compresses again a body that fetch already inflated', async () => {
    const astro = await serve(gzipSync(TEN_THOUSAND), { 'content-encoding': 'gzip' });
    const saved = await bytesOf(await astro.organizations.auditLogsRaw());
    expect([saved[0], saved[1]]).toEqual([0x1f, 0x8b]);
    expect(gunzipSync(saved).toString('utf8')).toBe(TEN_THOUSAND);
  });

  it('compresses a plain NDJSON body', async () => {
    const astro = await serve(TEN_THOUSAND);
    expect(gunzipSync(await bytesOf(await astro.organizations.auditLogsRaw())).toString('utf8')).toBe(TEN_THOUSAND);
  });
});
