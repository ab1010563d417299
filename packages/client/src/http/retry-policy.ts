/** When and how long the client waits before another attempt. */

/** Statuses worth another attempt: a timeout, throttling, or a failing server or gateway. */
export const RETRY_STATUSES: readonly number[] = [408, 429, 500, 502, 503, 504];

/** Longest `Retry-After` the client sleeps through; a longer one fails the call at once. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Exponential backoff with jitter: 0.5 s before the first retry, doubling up to 8 s, each shortened by up to 25 %. */
export const backoffMs = (retry: number, random: () => number = Math.random): number => Math.min(500 * 2 ** retry, 8000) * (1 - random() / 4);

/** `Retry-After` in milliseconds, from delta-seconds or an HTTP date; undefined when absent, negative or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value?.trim()) return;
  const seconds = Number(value);
  const ms = isFinite(seconds) ? seconds * 1000 : Math.max(0, Date.parse(value) - now);
  return ms >= 0 ? ms : undefined;
}
