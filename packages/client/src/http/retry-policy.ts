/** When the client tries again, and how long it waits first. */

/** Statuses worth another attempt of an idempotent operation: a timeout, throttling, or a failing server or gateway. */
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

/**
 * Whether a fetch failure proves the request never left: the name could not be resolved or the
 * connection was refused or never opened (Node, Bun and Deno each word it their own way). Only then
 * may an operation that is not idempotent be sent again; a reset or a timeout may come after the
 * server acted.
 */
export function neverSent(error: unknown): boolean {
  for (let link = error; link; link = (link as { cause?: unknown }).cause) {
    const { code, message } = Object(link) as { code?: unknown; message?: unknown };
    if (/\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|EADDRNOTAVAIL|UND_ERR_CONNECT_TIMEOUT|ConnectionRefused|FailedToOpenSocket)\b|connection refused|tcp connect error|dns error|failed to lookup address/i.test(`${code} ${message}`))
      return true;
    if (link === (link as { cause?: unknown }).cause) break;
  }
  return false;
}
