/**
 * Walks an offset/limit list. The next page is fetched while the current one is consumed, with at most
 * two requests in flight per walk; the transport paces them with every other request of the token.
 * `totalCount` only decides how far ahead to fetch; the walk ends on an empty or short page, so a wrong
 * count neither truncates the list nor repeats a page.
 *
 * A server that ignores `offset` (answers another offset, or the same items again) or repeats a page
 * ends the walk with AstroParseError: a walk never loops forever and never yields an item twice.
 */
import { AstroParseError, callError, type CallSite } from '../errors.ts';
import { follow, ignore } from '../http/abortable.ts';
import type { Sent } from './helpers.ts';

const IN_FLIGHT = 2;

export interface Page {
  items: unknown[];
  totalCount?: unknown;
  /** The offset the server says it answered, when the page carries one. */
  offset?: unknown;
}

export type PageFetcher = (offset: number, limit: number, signal: AbortSignal) => Promise<Page>;

/** What identifies an item: its id (a member's userId), else its whole JSON. */
const identity = (item: unknown): string => {
  const { id, userId } = Object(item) as { id?: unknown; userId?: unknown };
  return typeof id === 'string' ? id : typeof userId === 'string' ? `user:${userId}` : JSON.stringify(item);
};

/** Yields the items of every page, fetching them as they are consumed; `return()` stops the walk and aborts the page fetched ahead. */
export async function* walk<T>(fetchPage: PageFetcher, limit: number, site: CallSite, outer?: AbortSignal): AsyncGenerator<T> {
  // Follows the caller's signal, and aborts prefetched pages when the consumer stops early.
  const stop = new AbortController();
  const unfollow = follow(outer, stop);
  const queue: [offset: number, page: Promise<Page>][] = [];
  const seen = new Set<string>();
  let next = 0;
  const launch = () => {
    const page = fetchPage(next, limit, stop.signal);
    page.catch(ignore); // awaited below, or dropped when the walk ends early
    queue.push([next, page]);
    next += limit;
  };
  const broken = (offset: number, problem: string) =>
    callError(AstroParseError, site, `: the walk stopped at offset ${offset}: ${problem}. The server does not page as the spec says; the items before were yielded once each.`);
  try {
    launch();
    while (queue.length) {
      const [offset, pending] = queue.shift()!;
      const { items, totalCount, offset: answered } = await pending;
      if (typeof answered === 'number' && answered !== offset) throw broken(offset, `it answered offset ${answered}`);
      const full = items.length >= limit;
      // After a full page, always ask for the next; fetch further ahead only while the count says it exists.
      while (full && queue.length < IN_FLIGHT && (!queue.length || next < (totalCount as number))) launch();
      for (const item of items) {
        const key = identity(item);
        if (seen.has(key)) throw broken(offset, 'it sent an item again');
        seen.add(key);
      }
      yield* items as T[];
      if (!full) return;
    }
  } finally {
    stop.abort();
    unfollow();
  }
}

/**
 * The walk of a list whose pages carry their items in `walks`: `send` asks for one page (the list's
 * filters, this offset and limit) and `read` reads it; a page without its list ends the walk with AstroParseError.
 */
export function walkPages<T>(
  send: (offset: number, limit: number, signal: AbortSignal) => Promise<Sent>,
  read: (sent: Sent) => Promise<unknown>,
  walks: string,
  pageSize: number,
  site: CallSite,
  signal?: AbortSignal,
): AsyncGenerator<T> {
  return walk<T>(
    async (offset, limit, pageSignal) => {
      const sent = await send(offset, limit, pageSignal);
      const page = Object(await read(sent)) as Record<string, unknown>;
      if (!Array.isArray(page[walks])) throw callError(AstroParseError, site, ` answered a page without its "${walks}" list.`, { status: sent[1].status });
      return { items: page[walks], totalCount: page.totalCount, offset: page.offset };
    },
    pageSize,
    site,
    signal,
  );
}
