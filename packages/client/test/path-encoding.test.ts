/** Every id reaches the server as exactly one path segment; ids that cannot are rejected before sending. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AstroInputError, createClient, type AstroClient } from '../src/v1.ts';
import { organization, TOKEN } from './helpers/fixtures.ts';
import { sendJson, startLoopback, type Loopback } from './helpers/loopback.ts';

let server: Loopback;
let astro: AstroClient;

beforeAll(async () => {
  server = await startLoopback((_request, response) => sendJson(response, 200, organization('org-1')));
  astro = createClient({ token: TOKEN, baseUrl: `${server.origin}/v1` });
});
afterAll(() => server.close());

/** The request target the server received for one call. */
async function rawPathOf(call: () => Promise<unknown>): Promise<string> {
  const before = server.received.length;
  await call();
  expect(server.received).toHaveLength(before + 1);
  return server.received.at(-1)!.rawUrl;
}

describe('ids become one percent-encoded segment', () => {
  it.each([
    ['a slash', 'a/b', '/v1/organizations/a%2Fb'],
    ['a question mark', 'a?b', '/v1/organizations/a%3Fb'],
    ['a hash', 'a#b', '/v1/organizations/a%23b'],
    ['dots inside', 'a..b', '/v1/organizations/a..b'],
    ['a parent step with a slash', '../admin', '/v1/organizations/..%2Fadmin'],
    ['three dots', '...', '/v1/organizations/...'],
    ['spaces', 'my org', '/v1/organizations/my%20org'],
    ['non-ASCII', 'organización-组织', '/v1/organizations/organizaci%C3%B3n-%E7%BB%84%E7%BB%87'],
    ['a percent sign', '%2F', '/v1/organizations/%252F'],
    ['a cuid', 'clmaxoarx000008l2c5ayb9pt', '/v1/organizations/clmaxoarx000008l2c5ayb9pt'],
  ])('%s: %j', async (_, id, raw) => {
    expect(await rawPathOf(() => astro.organizations.get(id))).toBe(raw);
  });

  it('in nested paths and with a query', async () => {
    expect(await rawPathOf(() => astro.organizations.get('a b', { isLookUpOnly: true }))).toBe('/v1/organizations/a%20b?isLookUpOnly=true');
    const raw = await rawPathOf(async () => {
      for await (const _ of astro.organizations.auditLogs('a/b', { startDate: '2026-01-01T00:00:00Z' }));
    });
    expect(raw).toBe('/v1/organizations/a%2Fb/audit-logs?startDate=2026-01-01T00%3A00%3A00Z');
  });

  it('through astro.GET as well', async () => {
    const raw = await rawPathOf(() => astro.GET('/organizations/{organizationId}', { params: { path: { organizationId: 'x/../y' } } }));
    expect(raw).toBe('/v1/organizations/x%2F..%2Fy');
  });
});

describe('ids that cannot be one segment are rejected before sending', () => {
  it.each([
    ['empty', '', 'astro.organizations.get: organizationId must be a non-empty id other than "." and "..", got "".'],
    ['a dot', '.', 'astro.organizations.get: organizationId must be a non-empty id other than "." and "..", got ".".'],
    ['two dots', '..', 'astro.organizations.get: organizationId must be a non-empty id other than "." and "..", got "..".'],
    ['undefined', undefined, 'astro.organizations.get: organizationId must be a non-empty id other than "." and "..", got undefined.'],
    ['null', null, 'astro.organizations.get: organizationId must be a non-empty id other than "." and "..", got null.'],
    ['an object', { id: 'x' }, 'astro.organizations.get: organizationId must be a non-empty id other than "." and "..", got {"id":"x"}.'],
  ])('%s', async (_, id, message) => {
    const before = server.received.length;
    await expect(astro.organizations.get(id as string)).rejects.toThrow(new AstroInputError(message));
    expect(server.received).toHaveLength(before);
  });

  it('for every helper, synchronously for the streaming ones', async () => {
    expect(() => astro.organizations.auditLogs('')).toThrow(AstroInputError);
    await expect(astro.organizations.auditLogsRaw('..')).rejects.toThrow(AstroInputError);
    await expect(astro.organizations.update('', { name: 'n', billingEmail: 'b@example.com', isScimEnabled: false })).rejects.toThrow(AstroInputError);
  });

  it('through astro.GET as well', async () => {
    const before = server.received.length;
    await expect(astro.GET('/organizations/{organizationId}', { params: { path: { organizationId: '..' } } })).rejects.toThrow(AstroInputError);
    await expect(astro.GET('/organizations/{organizationId}', { params: { path: { organizationId: '' } } })).rejects.toThrow(
      /\/organizations\/\{organizationId\}: organizationId must be a non-empty id/,
    );
    expect(server.received).toHaveLength(before);
  });
});
