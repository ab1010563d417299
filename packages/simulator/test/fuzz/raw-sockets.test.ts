/** Bytes that are not (quite) HTTP must get a 4xx or a closed connection, never a crash or a 5xx. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callApi } from '../support/call-api.ts';
import { sendRawBytes, statusCodes } from '../support/raw-socket.ts';
import { useSimulator } from '../support/use-simulator.ts';

const AUTH = 'Authorization: Bearer raw-socket-token\r\n';

const MALFORMED: [string, Buffer][] = [
  ['a request line without a version', Buffer.from('GET /v1/organizations\r\n\r\n')],
  ['an unknown protocol', Buffer.from('GET /v1/organizations HTTP/9.9\r\nHost: x\r\n\r\n')],
  ['an HTTP/2 preface', Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n')],
  ['a method with invalid characters', Buffer.from('G(T /v1/organizations HTTP/1.1\r\nHost: x\r\n\r\n')],
  ['a header without a colon', Buffer.from('GET /v1/organizations HTTP/1.1\r\nHost x\r\n\r\n')],
  ['a NUL byte in a header', Buffer.from(`GET /v1/organizations HTTP/1.1\r\nHost: x\r\n${AUTH}X-A: a\u0000b\r\n\r\n`, 'latin1')],
  ['raw non-ASCII bytes in the path', Buffer.concat([Buffer.from('GET /v1/organizations/'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(` HTTP/1.1\r\nHost: x\r\n${AUTH}\r\n`)])],
  ['invalid UTF-8 in a header value', Buffer.concat([Buffer.from(`GET /v1/organizations HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer `), Buffer.from([0xff, 0xfe]), Buffer.from('\r\n\r\n')])],
  ['a header section over 16 KiB', Buffer.from(`GET /v1/organizations HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`)],
  ['a non-numeric Content-Length', Buffer.from(`POST /v1/organizations/x HTTP/1.1\r\nHost: x\r\nContent-Length: ten\r\n\r\n{}`)],
  ['Content-Length with Transfer-Encoding', Buffer.from(`POST /v1/organizations/x HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n{}`)],
  ['broken chunked encoding', Buffer.from(`POST /v1/organizations/x HTTP/1.1\r\nHost: x\r\n${AUTH}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`)],
  ['a body shorter than its Content-Length', Buffer.from(`POST /v1/organizations/x HTTP/1.1\r\nHost: x\r\n${AUTH}Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name":`)],
  ['a declared body over the limit', Buffer.from(`POST /v1/organizations/x HTTP/1.1\r\nHost: x\r\n${AUTH}Content-Type: application/json\r\nContent-Length: 99999999999\r\n\r\n{}`)],
  ['an asterisk target', Buffer.from('OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n')],
  ['an invalid absolute target', Buffer.from('GET http://[::1 HTTP/1.1\r\nHost: x\r\n\r\n')],
  ['a bare line feed protocol', Buffer.from('GET /v1/organizations HTTP/1.1\nHost: x\n\n')],
  ['only garbage', Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03])],
];

describe('malformed HTTP over raw sockets', () => {
  const simulator = useSimulator({ organizations: 20 });

  it.each(MALFORMED)('answers %s with a 4xx or closes the connection', async (_case, bytes) => {
    const { answer, closedByServer } = await sendRawBytes(simulator().port, bytes);
    const statuses = statusCodes(answer);
    expect(statuses.length > 0 || closedByServer).toBe(true);
    for (const status of statuses) {
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
    }
    if (statuses.length) expect(answer.toString('latin1')).toMatch(/x-request-id: c[0-9a-z]{24}/i);
  });

  it('survives 500 random byte strings, bounded and seeded', async () => {
    const prefixes = ['', 'GET /v1/organizations HTTP/1.1\r\n', `POST /v1/organizations/x HTTP/1.1\r\nHost: x\r\n${AUTH}`];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 300 }), async (prefix, bytes) => {
        const { answer } = await sendRawBytes(simulator().port, Buffer.concat([Buffer.from(prefix), bytes]), 1000);
        for (const status of statusCodes(answer)) expect(status).toBeLessThan(500);
      }),
      { numRuns: 500, seed: 4242 },
    );
    expect((await callApi(simulator().url, { path: '/v1/organizations' })).status).toBe(200);
  }, 120_000);
});
