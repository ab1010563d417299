/**
 * The fetch function handed to openapi-fetch, so it runs beneath the middleware: middleware sees one
 * request and one response, while this layer adds the token and User-Agent to each attempt, bounds
 * each attempt with `timeoutMs`, and retries idempotent operations on network errors, timeouts and
 * 408/429/500/502/503/504, every attempt on a fresh clone of the request.
 */
import { AstroError, AstroTimeoutError } from '../errors.ts';
import { connectionError, type Redactor } from '../redact.ts';
import { ignore, race, sleep, startAttempt } from './abortable.ts';
import { backoffMs, MAX_RETRY_AFTER_MS, parseRetryAfter, RETRY_STATUSES } from './retry-policy.ts';
import type { RouteMatcher } from './route-matcher.ts';

export type FetchFunction = (input: Request, init?: RequestInit) => Promise<Response>;

export interface RetryingFetchSettings {
  fetch: FetchFunction;
  token: () => Promise<string>;
  timeoutMs: number;
  maxRetries: number;
  /** Path part of the base URL, stripped from request paths before they are matched and reported. */
  basePath: string;
}

export function createRetryingFetch(
  { fetch, token, timeoutMs, maxRetries, basePath }: RetryingFetchSettings,
  route: RouteMatcher,
  { remember, scrub }: Redactor,
  userAgent?: string,
): FetchFunction {
  return async (request, init) => {
    const { method, signal: outer } = request;
    const { pathname, search } = new URL(request.url);
    const path = pathname.slice(pathname.startsWith(basePath) ? basePath.length : 0);
    const site = { method, path: path + search };
    // Unknown routes (a custom path through astro.GET…) are retried only for methods safe by definition.
    const retryable = route(method, path)?.idempotent ?? /^(GET|HEAD)$/.test(method);
    for (let retry = 0; ; retry++) {
      const last = !retryable || retry >= maxRetries;
      const headers = new Headers(request.headers);
      const secret = await token();
      remember(secret);
      headers.set('authorization', `Bearer ${secret}`);
      if (userAgent) headers.set('user-agent', userAgent);
      const [signal, end, watch] = startAttempt(request, timeoutMs, site);
      let wait: number | undefined;
      try {
        // Clone while the original is untouched; the last attempt may consume the original itself.
        const response = await race(fetch(new Request(last ? request : request.clone(), { headers, signal }), { ...init, signal }), signal);
        wait = parseRetryAfter(response.headers.get('retry-after'));
        // A Retry-After beyond the limit is not slept through: the response goes back and the call fails at once.
        if (last || !RETRY_STATUSES.includes(response.status) || wait! > MAX_RETRY_AFTER_MS)
          return watch(response, (error) =>
            outer.aborted || error instanceof AstroError
              ? error
              : connectionError(error, site, scrub, (cause) => `: the response broke off while its body was read (${cause}).`),
          );
        end();
        // Frees the connection; not awaited, as a cancel may wait on other readers of a tee'd body.
        response.body?.cancel().catch(ignore);
      } catch (error) {
        end();
        if (outer.aborted) throw outer.reason;
        if (last) {
          throw error instanceof AstroTimeoutError ? error : connectionError(error, site, scrub, (cause) => `: no response (${cause}); check the network and baseUrl.`);
        }
      }
      await sleep(wait ?? backoffMs(retry), outer);
    }
  };
}
