/**
 * Walks an offset/limit list. The next page is fetched while the current one is consumed, with at most
 * two requests in flight per walk and at least 40 ms between request starts across all the walks of one
 * client (the API allows 25 GETs per second per token). `totalCount` only decides how far ahead to
 * fetch; the walk ends on an empty or short page, so a wrong count neither truncates the list nor
 * repeats a page.
 */
import { follow, ignore, sleep } from '../http/abortable.ts';
import type { PageIterator } from './types.ts';

const IN_FLIGHT = 2;
const MIN_GAP_MS = 40;

export interface Page<T> {
  items: T[];
  totalCount: unknown;
}

export type PageFetcher<T> = (offset: number, limit: number, signal: AbortSignal) => Promise<Page<T>>;

/** When the next page request of any walk sharing it may start (ms since the epoch). One per client. */
export interface Pacer {
  nextStart: number;
}

async function* walk<T>(fetchPage: PageFetcher<T>, limit: number, pacer: Pacer, outer?: AbortSignal): AsyncGenerator<T> {
  // Follows the caller's signal, and aborts prefetched pages when the consumer stops early.
  const stop = new AbortController();
  const unfollow = follow(outer, stop);
  const queue: Promise<Page<T>>[] = [];
  let next = 0;
  const launch = () => {
    const offset = next;
    const now = Date.now();
    const start = Math.max(pacer.nextStart, now);
    pacer.nextStart = start + MIN_GAP_MS;
    next += limit;
    const page = sleep(start - now, stop.signal).then(() => fetchPage(offset, limit, stop.signal));
    page.catch(ignore); // awaited below, or dropped when the walk ends early
    queue.push(page);
  };
  try {
    launch();
    while (queue.length) {
      const { items, totalCount } = await queue.shift()!;
      const full = items.length >= limit;
      // After a full page, always ask for the next; fetch further ahead only while the count says it exists.
      while (full && queue.length < IN_FLIGHT && (!queue.length || next < (totalCount as number))) launch();
      yield* items;
      if (!full) return;
    }
  } finally {
    stop.abort();
    unfollow();
  }
}

export function paginate<T>(fetchPage: PageFetcher<T>, pageSize: number, signal: AbortSignal | undefined, pacer: Pacer): PageIterator<T> {
  const iterator = walk(fetchPage, pageSize, pacer, signal) as AsyncGenerator<T> & PageIterator<T>;
  iterator.toArray = async () => {
    const items: T[] = [];
    for await (const item of iterator) items.push(item);
    return items;
  };
  return iterator;
}
