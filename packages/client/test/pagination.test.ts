/** <method>All walks offset/limit pages: ends on a short or empty page whatever totalCount says, never repeats a page or an item. */
import { afterEach, describe, expect, it } from 'vitest';
import { AstroApiError, AstroInputError, AstroParseError, createClient } from '../src/v1.ts';
import { TOKEN } from './helpers/fixtures.ts';
import { sendJson, startLoopback, type Loopback } from './helpers/loopback.ts';

interface ListServer {
  astro: ReturnType<typeof createClient>;
  server: Loopback;
  offsets: () => number[];
  maxInFlight: () => number;
}

let server: Loopback | undefined;
afterEach(() => server?.close());

/** A list of `size` organizations (only ids) whose pages report `totalCount` (default: the truth). */
async function listServer(size: number, options: { totalCount?: (offset: number) => unknown; delayMs?: number } = {}): Promise<ListServer> {
  let inFlight = 0;
  let maxInFlight = 0;
  server = await startLoopback(async (request, response) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const query = new URL(request.url!, 'http://x').searchParams;
    const offset = Number(query.get('offset'));
    const limit = Number(query.get('limit'));
    await new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 0));
    const organizations = Array.from({ length: Math.max(0, Math.min(limit, size - offset)) }, (_, index) => ({ id: `org-${offset + index}` }));
    const totalCount = options.totalCount ? options.totalCount(offset) : size;
    inFlight--;
    sendJson(response, 200, { organizations, limit, offset, ...(totalCount === undefined ? {} : { totalCount }) });
  });
  const offsets = () => server!.received.map((entry) => Number(new URL(entry.rawUrl, 'http://x').searchParams.get('offset')));
  return { astro: createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: server.origin, maxRetries: 0 }), server, offsets, maxInFlight: () => maxInFlight };
}

async function ids(iterable: AsyncIterable<{ id: string }>): Promise<string[]> {
  const out: string[] = [];
  for await (const item of iterable) out.push(item.id);
  return out;
}

const expectedIds = (count: number) => Array.from({ length: count }, (_, index) => `org-${index}`);
const unique = (values: number[]) => new Set(values).size === values.length;

describe('listAll', () => {
  it('yields nothing for an empty list, after one request', async () => {
    const { astro, offsets } = await listServer(0);
    expect(await ids(astro.organizations.listAll())).toEqual([]);
    expect(offsets()).toEqual([0]);
  });

  it('makes one request for a list shorter than a page', async () => {
    const { astro, offsets } = await listServer(37);
    expect(await ids(astro.organizations.listAll())).toEqual(expectedIds(37));
    expect(offsets()).toEqual([0]);
  });

  it('confirms the end with one more request when the last page is full', async () => {
    const { astro, offsets } = await listServer(100);
    expect(await ids(astro.organizations.listAll())).toEqual(expectedIds(100));
    expect(offsets()).toEqual([0, 100]);
  });

  it('walks 2,345 results over pages of 1,000', async () => {
    const { astro, offsets, server } = await listServer(2345);
    expect(await ids(astro.organizations.listAll({ pageSize: 1000 }))).toEqual(expectedIds(2345));
    expect(offsets()).toEqual([0, 1000, 2000]);
    expect(server.received.every((entry) => entry.rawUrl.includes('limit=1000'))).toBe(true);
  });

  it('stops on the short page when totalCount is too high, and asks for no page twice', async () => {
    const { astro, offsets } = await listServer(2345, { totalCount: () => 9000 });
    expect(await ids(astro.organizations.listAll({ pageSize: 1000 }))).toEqual(expectedIds(2345));
    expect(unique(offsets())).toBe(true);
    expect(offsets().slice(0, 3)).toEqual([0, 1000, 2000]);
    expect(offsets().length).toBeLessThanOrEqual(4); // at most one prefetch past the end, then aborted
  });

  it('keeps going past a totalCount that is too low', async () => {
    const { astro, offsets } = await listServer(2345, { totalCount: () => 1500 });
    expect(await ids(astro.organizations.listAll({ pageSize: 1000 }))).toEqual(expectedIds(2345));
    expect(offsets()).toEqual([0, 1000, 2000]);
  });

  it('keeps going without a totalCount', async () => {
    const { astro, offsets } = await listServer(250, { totalCount: () => undefined });
    expect(await ids(astro.organizations.listAll())).toEqual(expectedIds(250));
    expect(offsets()).toEqual([0, 100, 200]);
  });

  it('fetches ahead, with at most two requests in flight', async () => {
    const { astro, server, maxInFlight, offsets } = await listServer(1000, { delayMs: 120 });
    expect(await ids(astro.organizations.listAll({ pageSize: 50 }))).toHaveLength(1000);
    expect(maxInFlight()).toBe(2);
    expect(unique(offsets())).toBe(true);
    expect(server.received).toHaveLength(21); // 20 full pages and the empty one that confirms the end
  });

  it('fetches only a few pages ahead of a paused consumer', async () => {
    const { astro, server } = await listServer(10_000);
    const walk = astro.organizations.listAll({ pageSize: 100 });
    await walk.next();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.received.length).toBeLessThanOrEqual(3);
    await walk.return(undefined);
  });

  it('stops fetching when the consumer breaks out', async () => {
    const { server: list } = await listServer(10_000, { delayMs: 20 });
    // Counted where the client sends: a request sent just before the break may still reach the server after it.
    let sent = 0;
    const astro = createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: list.origin, fetch: (request, init) => (sent++, fetch(request, init)) });
    for await (const organization of astro.organizations.listAll({ pageSize: 100 })) if (organization.id === 'org-150') break;
    const atBreak = sent;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sent).toBe(atBreak);
    expect(atBreak).toBeLessThanOrEqual(4);
  });

  it('sends the filters with every page', async () => {
    const { astro, server } = await listServer(150);
    await astro.organizations.listAll({ product: 'HOSTED', sorts: ['name:asc', 'createdAt:desc'], pageSize: 100 }).toArray();
    expect(server.received.map((entry) => entry.rawUrl)).toEqual([
      '/organizations?product=HOSTED&sorts=name%3Aasc&sorts=createdAt%3Adesc&offset=0&limit=100',
      '/organizations?product=HOSTED&sorts=name%3Aasc&sorts=createdAt%3Adesc&offset=100&limit=100',
    ]);
  });

  it('collects everything with toArray()', async () => {
    const { astro } = await listServer(120);
    expect((await astro.organizations.listAll().toArray()).map((item) => item.id)).toEqual(expectedIds(120));
  });

  it('passes on a failing page after the pages before it', async () => {
    server = await startLoopback((request, response) => {
      const offset = Number(new URL(request.url!, 'http://x').searchParams.get('offset'));
      if (offset === 0) sendJson(response, 200, { organizations: [{ id: 'a' }, { id: 'b' }], limit: 2, offset, totalCount: 10 });
      else sendJson(response, 403, { message: 'no', requestId: 'r', statusCode: 403 });
    });
    const seen: string[] = [];
    const astro = createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: server.origin });
    const error = await (async () => {
      for await (const item of astro.organizations.listAll({ pageSize: 2 })) seen.push(item.id);
    })().catch((caught: unknown) => caught);
    expect(seen).toEqual(['a', 'b']);
    expect(error).toBeInstanceOf(AstroApiError);
  });

  it('rejects a page without its list', async () => {
    server = await startLoopback((_request, response) => sendJson(response, 200, { items: [], totalCount: 0 }));
    const astro = createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: server.origin });
    await expect(astro.organizations.listAll().toArray()).rejects.toThrow(new AstroParseError('GET /organizations answered a page without its "organizations" list.', { method: 'GET', path: '/organizations', operationId: 'ListOrganizations', status: 200 }));
  });
});

describe('listAll input', () => {
  const astro = createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, fetch: () => Promise.reject(new Error('nothing may be sent')) });

  it.each([0, -1, 1001, 2.5, '100'])('rejects pageSize %j', (pageSize) => {
    expect(() => astro.organizations.listAll({ pageSize: pageSize as number })).toThrow(
      new AstroInputError('organizations.listAll: pageSize must be a whole number from 1 to 1000; offset and limit are set by the walk.'),
    );
  });

  it('rejects offset and limit, which the walk sets', () => {
    expect(() => astro.organizations.listAll({ limit: 5 } as never)).toThrow(AstroInputError);
    expect(() => astro.organizations.listAll({ offset: 5 } as never)).toThrow(AstroInputError);
  });
});

describe('a server that does not page as the spec says ends the walk with AstroParseError', () => {
  /** A list server answering each page with `page(offset, limit)`. */
  async function hostile(page: (offset: number, limit: number) => object) {
    server = await startLoopback((request, response) => {
      const query = new URL(request.url!, 'http://x').searchParams;
      sendJson(response, 200, page(Number(query.get('offset')), Number(query.get('limit'))));
    });
    return createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: server.origin, maxRetries: 0 });
  }

  async function walkOf(iterable: AsyncIterable<{ id: string }>) {
    const seen: string[] = [];
    const error = await (async () => {
      for await (const item of iterable) seen.push(item.id);
    })().catch((caught: unknown) => caught);
    return { seen, error };
  }

  it('stops a server that ignores offset (the same first page, with offset 0, forever)', async () => {
    const astro = await hostile((_, limit) => ({ workspaces: Array.from({ length: limit }, (__, index) => ({ id: `ws-${index}` })), offset: 0, limit, totalCount: 1_000_000 }));
    const { seen, error } = await walkOf(astro.workspaces.listAll({ pageSize: 10 }));
    expect(error).toBeInstanceOf(AstroParseError);
    expect((error as Error).message).toBe(
      'GET /organizations/org-1/workspaces: the walk stopped at offset 10: it answered offset 0. The server does not page as the spec says; the items before were yielded once each.',
    );
    expect(seen).toEqual(Array.from({ length: 10 }, (_, index) => `ws-${index}`));
    expect(server!.received.length).toBeLessThanOrEqual(3);
  });

  it('stops a server that repeats a page without saying which offset it answered', async () => {
    const astro = await hostile((_, limit) => ({ deployments: Array.from({ length: limit }, (__, index) => ({ id: `d-${index}` })) }));
    const { seen, error } = await walkOf(astro.deployments.listAll({ pageSize: 5 }));
    expect(error).toBeInstanceOf(AstroParseError);
    expect((error as Error).message).toMatch(/^GET \/organizations\/org-1\/deployments: the walk stopped at offset 5: it sent an item again\./);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(5);
  });

  it('never yields an item twice, even when a later page repeats one item of an earlier page', async () => {
    const astro = await hostile((offset, limit) => ({
      clusters: offset === 0 ? [{ id: 'c-0' }, { id: 'c-1' }] : offset === 2 ? [{ id: 'c-2' }, { id: 'c-1' }] : [],
      offset,
      limit,
      totalCount: 4,
    }));
    const { seen, error } = await walkOf(astro.clusters.listAll({ pageSize: 2 }));
    expect(seen).toEqual(['c-0', 'c-1']);
    expect((error as Error).message).toMatch(/the walk stopped at offset 2: it sent an item again/);
  });

  it('tells team members apart by userId', async () => {
    const astro = await hostile((offset, limit) => ({
      teamMembers: offset === 0 ? [{ userId: 'u-0', username: 'a' }, { userId: 'u-1', username: 'b' }] : [{ userId: 'u-2', username: 'c' }],
      offset,
      limit,
      totalCount: 3,
    }));
    const members: string[] = [];
    for await (const member of astro.teams.listMembersAll('team-1', { pageSize: 2 })) members.push(member.userId);
    expect(members).toEqual(['u-0', 'u-1', 'u-2']);
    expect(server!.received.map((entry) => entry.rawUrl)).toEqual([
      '/organizations/org-1/teams/team-1/members?offset=0&limit=2',
      '/organizations/org-1/teams/team-1/members?offset=2&limit=2',
    ]);
  });
});

describe('every walked list of the surface', () => {
  it('has <method>All, with the spec’s maximum page size (1000; deployments state none, so 1000 too)', () => {
    const astro = createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, fetch: () => Promise.reject(new Error('nothing may be sent')) });
    const walks = [
      astro.agentTokens.listAll('d-1'),
      astro.allowedIpAddressRanges.listAll(),
      astro.apiTokens.listAll(),
      astro.clusters.listAll(),
      astro.deployments.listAll(),
      astro.deploys.listAll('d-1'),
      astro.environmentObjects.listAll(),
      astro.organizations.listAll(),
      astro.roles.listAll(),
      astro.teams.listAll(),
      astro.teams.listMembersAll('t-1'),
      astro.users.listAll(),
      astro.users.listTeamsAll('u-1'),
      astro.workspaces.listAll(),
    ];
    for (const walk of walks) expect(typeof walk[Symbol.asyncIterator]).toBe('function');
    expect(() => astro.deployments.listAll({ pageSize: 1001 })).toThrow(/pageSize must be a whole number from 1 to 1000/);
  });
});
