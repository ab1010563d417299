/**
 * Redirects, followed by the client where fetch hands them back (outside browsers), so that a hop to
 * another origin drops the token and the caller's headers, and a loop ends. Loaded on first use: an
 * API that answers where it is asked never needs it.
 */
import { AstroConnectionError, callError } from '../errors.ts';
import { ignore, race } from './abortable.ts';
import type { Call } from './call.ts';
import type { FetchFunction } from './transport.ts';

/** Redirects followed per attempt; one more fails the call. */
export const MAX_REDIRECTS = 5;
/** Headers kept when a redirect leaves the origin: no token, none of the caller's. */
const CROSS_ORIGIN_HEADERS = ['content-type', 'user-agent', 'x-ms-blob-type'];

/** Follows the redirects of `response` (a 301 to 308 with a Location) and resolves with the first answer that is not one. */
export async function followRedirects(fetch: FetchFunction, call: Call, signal: AbortSignal, url: string, method: string, headers: Headers, response: Response): Promise<Response> {
  let body = call.body;
  for (let hops = 0; response.status > 300 && response.status < 309 && response.headers.has('location'); hops++) {
    response.body?.cancel().catch(ignore);
    const from = new URL(url);
    const to = new URL(response.headers.get('location')!, from);
    if (hops === MAX_REDIRECTS || !/^https?:$/.test(to.protocol))
      throw callError(AstroConnectionError, call.site, `: ${hops === MAX_REDIRECTS ? `more than ${MAX_REDIRECTS} redirects` : `a redirect to ${to.protocol}`}; check baseUrl.`);
    if (to.origin !== from.origin) headers = new Headers([...headers].filter(([name]) => CROSS_ORIGIN_HEADERS.includes(name)));
    // 303, and 301/302 after a POST, go on as a GET without a body, as browsers do.
    if (response.status === 303 || (response.status < 303 && method === 'POST')) (method = 'GET'), (body = undefined);
    url = to.href;
    response = await race(fetch(new Request(to, { method, headers, body, signal, redirect: 'manual', duplex: 'half' } as RequestInit)), signal);
  }
  return response;
}
