/** Every id reaches the server as exactly one path segment; an id that could change the URL is rejected before sending. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AstroInputError, createClient, type AstroClient } from '../src/v1.ts';
import { organization, TOKEN } from './helpers/fixtures.ts';
import { sendJson, startLoopback, type Loopback } from './helpers/loopback.ts';

let server: Loopback;
let astro: AstroClient;

beforeAll(async () => {
  server = await startLoopback((_request, response) => sendJson(response, 200, organization('org-1')));
  astro = createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: `${server.origin}/v1` });
});
afterAll(() => server.close());

/** The request target the server received for one call. */
async function rawPathOf(call: () => Promise<unknown>): Promise<string> {
  const before = server.received.length;
  await call();
  expect(server.received).toHaveLength(before + 1);
  return server.received.at(-1)!.rawUrl;
}

describe('ids become one segment', () => {
  it.each([
    ['a cuid', 'clmaxoarx000008l2c5ayb9pt', 'clmaxoarx000008l2c5ayb9pt'],
    ['dots inside', 'a..b', 'a..b'],
    ['three dots', '...', '...'],
    ['non-ASCII, percent-encoded', 'organización-组织', 'organizaci%C3%B3n-%E7%BB%84%E7%BB%87'],
  ])('%s: %j', async (_, id, segment) => {
    expect(await rawPathOf(() => astro.deployments.get(id))).toBe(`/v1/organizations/org-1/deployments/${segment}`);
    expect(await rawPathOf(() => astro.withOrganization(id).organizations.get())).toBe(`/v1/organizations/${segment}`);
  });

  it('in nested paths, in path order, and with a query', async () => {
    expect(await rawPathOf(() => astro.deploys.get('dep-1', 'deploy-2'))).toBe('/v1/organizations/org-1/deployments/dep-1/deploys/deploy-2');
    expect(await rawPathOf(() => astro.organizations.get({ isLookUpOnly: true }))).toBe('/v1/organizations/org-1?isLookUpOnly=true');
    const raw = await rawPathOf(async () => {
      for await (const _ of astro.organizations.auditLogs({ startDate: '2026-01-01T00:00:00Z' }));
    });
    expect(raw).toBe('/v1/organizations/org-1/audit-logs?startDate=2026-01-01T00%3A00%3A00Z');
  });

  it('through astro.GET as well', async () => {
    const raw = await rawPathOf(() => astro.GET('/organizations/{organizationId}', { params: { path: { organizationId: 'organización' } } }));
    expect(raw).toBe('/v1/organizations/organizaci%C3%B3n');
  });
});

describe('ids that could change the URL are rejected before sending', () => {
  it.each([
    ['empty', ''],
    ['a dot', '.'],
    ['two dots', '..'],
    ['a slash', 'a/b'],
    ['a parent step', '../admin'],
    ['a question mark', 'a?b'],
    ['a hash', 'a#b'],
    ['a percent sign', '%2F'],
    ['a space', 'my id'],
    ['a tab', 'a\tb'],
    ['a line feed', 'a\nb'],
    ['a control character', 'a\u0007b'],
    ['undefined', undefined],
    ['null', null],
    ['an object', { id: 'x' }],
  ])('%s', async (_, id) => {
    const before = server.received.length;
    await expect(astro.deployments.get(id as string)).rejects.toThrow(
      new AstroInputError(`deployments.get: deploymentId ${JSON.stringify(id) ?? 'undefined'} is not an id: ids are non-empty, not "." or "..", without / ? # %, spaces or control characters.`),
    );
    expect(() => astro.withOrganization(id as string)).toThrow(AstroInputError);
    expect(server.received).toHaveLength(before);
  });

  it('for every helper, synchronously for the streaming ones', async () => {
    expect(() => astro.withOrganization('').organizations.auditLogs()).toThrow(AstroInputError);
    await expect(astro.deploys.get('dep-1', '..')).rejects.toThrow(/deploys\.get: deployId "\.\." is not an id/);
    await expect(astro.workspaces.update('', { name: 'n', description: 'd', cicdEnforcedDefault: false })).rejects.toThrow(AstroInputError);
  });

  it('through astro.GET as well', async () => {
    const before = server.received.length;
    await expect(astro.GET('/organizations/{organizationId}', { params: { path: { organizationId: '..' } } })).rejects.toThrow(AstroInputError);
    await expect(astro.GET('/organizations/{organizationId}', { params: { path: { organizationId: 'x/../y' } } })).rejects.toThrow(/organizationId "x\/\.\.\/y" is not an id/);
    expect(server.received).toHaveLength(before);
  });
});
