/** listAll walks offset/limit pages: ends on a short or empty page whatever totalCount says, never repeats a page. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { paginate } from '../src/resources/paginate.ts';
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
  return { astro: createClient({ token: TOKEN, baseUrl: server.origin, maxRetries: 0 }), server, offsets, maxInFlight: () => maxInFlight };
}

/** A client that notes when each request starts (performance.now()). */
function timedClient(baseUrl: string) {
  const starts: number[] = [];
  const astro = createClient({ token: TOKEN, baseUrl, fetch: (request, init) => (starts.push(performance.now()), fetch(request, init)) });
  return { astro, starts };
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

  it('starts requests at least 40 ms apart (25 per second at most)', async () => {
    const { server: list } = await listServer(1000);
    const { astro, starts } = timedClient(list.origin);
    await astro.organizations.listAll().toArray();
    expect(starts).toHaveLength(11);
    // Starts are scheduled 40 ms apart (see the fake-time test below); on the wire a busy event loop may
    // delay one send a little, which shortens the next gap but never lets the walk run faster overall.
    expect(starts.at(-1)! - starts[0]!).toBeGreaterThanOrEqual(10 * 40 - 20);
  });

  it('schedules request starts exactly 40 ms apart, two in flight (fake time)', async () => {
    vi.useFakeTimers({ now: 0 });
    try {
      const log: string[] = [];
      let inFlight = 0;
      const walk = paginate(
        async (offset, limit) => {
          log.push(`${Date.now()} start ${offset} (${++inFlight} in flight)`);
          await new Promise((resolve) => setTimeout(resolve, 100));
          inFlight--;
          return { items: Array.from({ length: offset < 400 ? limit : 0 }, (_, index) => offset + index), totalCount: 400 };
        },
        100,
        undefined,
        { nextStart: 0 },
      );
      const items = walk.toArray();
      await vi.runAllTimersAsync();
      expect(await items).toHaveLength(400);
      expect(log).toEqual([
        '0 start 0 (1 in flight)',
        '100 start 100 (1 in flight)',
        '140 start 200 (2 in flight)',
        '200 start 300 (2 in flight)',
        '300 start 400 (1 in flight)',
      ]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps concurrent walks of one client 40 ms apart together', async () => {
    const { server: list } = await listServer(500);
    const { astro, starts } = timedClient(list.origin);
    const walks = await Promise.all([astro.organizations.listAll().toArray(), astro.organizations.listAll({ product: 'HOSTED' }).toArray()]);
    expect(walks.map((items) => items.length)).toEqual([500, 500]);
    expect(starts).toHaveLength(12); // 5 full pages and the empty one, per walk
    // One walk alone would take 5 gaps; sharing the pace, the twelve starts need 11.
    expect(starts.at(-1)! - starts[0]!).toBeGreaterThanOrEqual(11 * 40 - 20);
    // A second client (another token, perhaps) has its own pace.
    const other = createClient({ token: TOKEN, baseUrl: list.origin });
    expect(await other.organizations.listAll({ pageSize: 1000 }).toArray()).toHaveLength(500);
  });

  it('interleaves two walks sharing a pacer at one start per 40 ms (fake time)', async () => {
    vi.useFakeTimers({ now: 0 });
    try {
      const log: string[] = [];
      const pacer = { nextStart: 0 };
      const fetchPage = (walk: string) => async (offset: number, limit: number) => {
        log.push(`${Date.now()} ${walk}${offset}`);
        return { items: Array.from({ length: offset < 200 ? limit : 0 }, (_, index) => offset + index), totalCount: 200 };
      };
      const done = Promise.all([paginate(fetchPage('a'), 100, undefined, pacer).toArray(), paginate(fetchPage('b'), 100, undefined, pacer).toArray()]);
      await vi.runAllTimersAsync();
      expect((await done).map((items) => items.length)).toEqual([200, 200]);
      expect(log.map((line) => Number(line.split(' ')[0]))).toEqual([0, 40, 80, 120, 160, 200]);
      expect(log.map((line) => line.split(' ')[1]).sort()).toEqual(['a0', 'a100', 'a200', 'b0', 'b100', 'b200']);
    } finally {
      vi.useRealTimers();
    }
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
    const { astro, server } = await listServer(10_000, { delayMs: 20 });
    for await (const organization of astro.organizations.listAll({ pageSize: 100 })) if (organization.id === 'org-150') break;
    const seen = server.received.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.received.length).toBe(seen);
    expect(seen).toBeLessThanOrEqual(4);
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
    const astro = createClient({ token: TOKEN, baseUrl: server.origin });
    const error = await (async () => {
      for await (const item of astro.organizations.listAll({ pageSize: 2 })) seen.push(item.id);
    })().catch((caught: unknown) => caught);
    expect(seen).toEqual(['a', 'b']);
    expect(error).toBeInstanceOf(AstroApiError);
  });

  it('rejects a page without its list', async () => {
    server = await startLoopback((_request, response) => sendJson(response, 200, { items: [], totalCount: 0 }));
    const astro = createClient({ token: TOKEN, baseUrl: server.origin });
    await expect(astro.organizations.listAll().toArray()).rejects.toThrow(new AstroParseError('GET /organizations answered a page without its "organizations" list.', { method: 'GET', path: '/organizations', operationId: 'ListOrganizations', status: 200 }));
  });
});

describe('listAll input', () => {
  const astro = createClient({ token: TOKEN, fetch: () => Promise.reject(new Error('nothing may be sent')) });

  it.each([0, -1, 1001, 2.5, '100'])('rejects pageSize %j', (pageSize) => {
    expect(() => astro.organizations.listAll({ pageSize: pageSize as number })).toThrow(
      new AstroInputError('astro.organizations.listAll: pageSize must be an integer from 1 to 1000; offset and limit are set by the walk.'),
    );
  });

  it('rejects offset and limit, which the walk sets', () => {
    expect(() => astro.organizations.listAll({ limit: 5 } as never)).toThrow(AstroInputError);
    expect(() => astro.organizations.listAll({ offset: 5 } as never)).toThrow(AstroInputError);
  });
});
