/** Types the generated helper declarations (src/generated/<version>.helpers.ts) are written in. */
import type { CallLimits } from '../client/options.ts';

/** Per-call options, the last argument of every helper. The three numbers default to createClient's. */
export interface RequestOptions extends CallLimits {
  /** Aborts the call, its retries and its waits; the call rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Headers for this call, over the client's. Never sent across origins or to an upload URL. */
  headers?: Record<string, string>;
}

/** Items of every page, fetched as they are consumed; `return()` (or `break`) stops the walk. */
export interface PageIterator<T> extends AsyncGenerator<T, void, undefined> {
  /** Collects every item; only for lists known to be small. */
  toArray(): Promise<T[]>;
}

/** Extra option of `<method>All`: items per request (1 to the list's maximum, default 100). */
export interface PageSizeOption {
  pageSize?: number;
}

/** The query of a walk: the list's filters and sorts, with `pageSize` instead of `offset` and `limit`. */
export type WalkQuery<Query> = Omit<Query, 'offset' | 'limit'> & PageSizeOption;
