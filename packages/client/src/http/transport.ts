/**
 * The fetch function handed to openapi-fetch, so it runs beneath the middleware: middleware sees one
 * request and one response, while this layer, per attempt, adds the token, paces the
 * start, bounds the wait with `timeoutMs`, follows redirects itself, and retries:
 *   - idempotent operations on network errors, timeouts and 408/429/500/502/503/504;
 *   - the others only when the request cannot have been processed: a 429, or a connection that failed
 *     before anything was sent; never after a 5xx, a reset or a timeout.
 * Error bodies are read here, at most 64 KiB. A helper reads its success body itself (call.ts, readBody);
 * a request that did not come from a helper (`astro.GET(…)`) gets its body watched here.
 */
import type { Settings } from '../client/options.ts';
import { AstroConnectionError, AstroError, AstroParseError, AstroTimeoutError, callError } from '../errors.ts';
import type { Redactor } from '../redact.ts';
import type { Operation } from '../resources/operations.ts';
import { ignore, race, sleep } from './abortable.ts';
import { decode, ended, readBody, startAttempt, startCall, watchBody, type Call } from './call.ts';
import { pace } from './pacing.ts';
import { backoffMs, MAX_RETRY_AFTER_MS, neverSent, parseRetryAfter, RETRY_STATUSES } from './retry-policy.ts';

export type FetchFunction = (input: Request, init?: RequestInit) => Promise<Response>;

/** Redirects followed per attempt; one more fails the call. */
export const MAX_REDIRECTS = 5;
/** Error bodies are read up to this size; the message and `body` need only the start. */
export const ERROR_BODY_LIMIT = 65_536;
/** Headers kept when a redirect leaves the origin: no token, none of the caller's. */
const CROSS_ORIGIN_HEADERS = ['content-type', 'user-agent', 'x-ms-blob-type'];

/** Whether fetch hands redirects back to follow; browsers answer with an opaque one and follow themselves, dropping Authorization across origins. */
export const manualRedirects = (): boolean => !(globalThis as { document?: unknown }).document;

export interface Transport {
  /** For openapi-fetch: every request of the client. */
  fetch: FetchFunction;
  /** Sends `call` to `url`; an upload (`call.bare`) goes through here too. */
  send(call: Call, url: string, method: string, headers: Headers, request?: Request): Promise<Response>;
  /** What a failed read of a success body rejects with. */
  brokeOff(call: Call, error: unknown): unknown;
  /** The error for a JSON body over maxResponseBytes. */
  tooLarge(call: Call): () => Error;
}

export function createTransport(settings: Settings, route: (method: string, path: string) => Operation | undefined, { remember, scrub }: Redactor): Transport {
  const { fetch, token, gaps, basePath, maxResponseBytes } = settings;
  const manual = manualRedirects();
  const brokeOff = (call: Call, error: unknown) => ended(call, error, scrub, 'the response broke off while its body was read');
  const tooLarge = (call: Call) => () => callError(AstroParseError, call.site, `: the response body is over maxResponseBytes (${maxResponseBytes} bytes); raise it if this is expected.`);

  async function send(call: Call, url: string, method: string, headers: Headers, request?: Request): Promise<Response> {
    const { idempotent, maxRetries, first, body } = call;
    for (let retry = 0; ; retry++) {
      // The first attempt of a helper sends the Request openapi-fetch built, whose signal is `first`'s.
      const reuse = !retry && first ? request : undefined;
      // A failing token function fails the call as it is, unretried.
      let secret = call.bare ? '' : token();
      if (typeof secret !== 'string') secret = await secret;
      const attempt = startAttempt(call, reuse && first, reuse);
      let sent = reuse ? reuse.headers : new Headers(headers);
      let delay = backoffMs(retry);
      try {
        if (secret) {
          remember(secret);
          sent.set('authorization', `Bearer ${secret}`);
          const gap = gaps?.[method];
          // Awaited only when it must wait: an await costs a turn of the event loop on every call.
          const waiting = gap && pace(`${method} ${gap} ${secret}`, gap, attempt.signal);
          if (waiting) await waiting;
        }
        attempt.arm();
        let response = await race(fetch(reuse ?? new Request(url, { method, headers: sent, body, signal: attempt.signal, redirect: manual ? 'manual' : 'follow', duplex: 'half' } as RequestInit)), attempt.signal);
        for (let hops = 0, at = url, next = [method, body] as [string, BodyInit | null | undefined]; manual && response.status > 300 && response.status < 309 && response.headers.has('location'); hops++) {
          response.body?.cancel().catch(ignore);
          const from = new URL(at);
          const to = new URL(response.headers.get('location')!, from);
          if (hops === MAX_REDIRECTS || !/^https?:$/.test(to.protocol))
            throw callError(AstroConnectionError, call.site, `: ${hops === MAX_REDIRECTS ? `more than ${MAX_REDIRECTS} redirects` : `a redirect to ${to.protocol}`}; check baseUrl.`);
          if (to.origin !== from.origin) sent = new Headers([...sent].filter(([name]) => CROSS_ORIGIN_HEADERS.includes(name)));
          // 303, and 301/302 after a POST, go on as a GET without a body, as browsers do.
          if (response.status === 303 || (response.status < 303 && next[0] === 'POST')) next = ['GET', undefined];
          at = to.href;
          response = await race(fetch(new Request(to, { method: next[0], headers: sent, body: next[1], signal: attempt.signal, redirect: 'manual', duplex: 'half' } as RequestInit)), attempt.signal);
        }
        const { status } = response;
        const asked = status > 399 ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
        delay = asked ?? delay;
        if (retry < maxRetries && (idempotent ? RETRY_STATUSES.includes(status) : status === 429) && !(asked! > MAX_RETRY_AFTER_MS) && inTime(call, delay)) {
          attempt.end();
          // Frees the connection; not awaited, as a cancel may wait on other readers of a tee'd body.
          response.body?.cancel().catch(ignore);
        } else if (!response.ok) {
          const [bytes, cut] = await readBody(response.body, attempt, ERROR_BODY_LIMIT);
          const text = decode(bytes);
          // A cut body is scrubbed with its end: a credential cut in half is still removed (redact.ts).
          return new Response(status === 304 ? null : cut ? scrub(text) : text, response);
        } else if (first) {
          attempt.pause();
          call.attempt = attempt;
          return response;
        } else {
          const json = call.kind === 'j';
          if (json && Number(response.headers.get('content-length')) > maxResponseBytes) throw tooLarge(call)();
          return response.body ? new Response(watchBody(response.body, attempt, (error) => brokeOff(call, error), json ? maxResponseBytes : Infinity, tooLarge(call)), response) : (attempt.end(), response);
        }
      } catch (error) {
        attempt.end();
        const timedOut = error instanceof AstroTimeoutError;
        if (call.signal?.aborted || (error instanceof AstroError && !timedOut) || retry >= maxRetries || !(idempotent || (!timedOut && neverSent(error))) || !inTime(call, delay))
          throw ended(call, error, scrub, 'no response', '; check the network and baseUrl');
      } finally {
        // Middleware sees the request again afterwards: without the token.
        reuse?.headers.delete('authorization');
      }
      await sleep(delay, call.signal).catch((error: unknown) => {
        throw ended(call, error, scrub, 'stopped');
      });
    }
  }

  /** A request made without a helper (`astro.GET(…)`): its call, from the route it matches and the client's defaults. */
  const transport: FetchFunction = async (request) => {
    let call = (request as { astro?: Call }).astro;
    if (call) return send(call, request.url, request.method, request.headers, request);
    const { method, url } = request;
    const { pathname, search } = new URL(url);
    const path = pathname.slice(pathname.startsWith(basePath) ? basePath.length : 0);
    const operation = route(method, path);
    call = startCall({
      site: { method, path: path + search, ...(operation && { operationId: operation.id }) },
      // Unknown routes are retried only for methods safe by definition.
      idempotent: operation?.idempotent ?? /^(GET|HEAD)$/.test(method),
      kind: operation?.kind ?? 'j',
      timeoutMs: settings.timeoutMs,
      maxRetries: settings.maxRetries,
      ...(settings.deadlineMs && { deadlineMs: settings.deadlineMs }),
      caller: request.signal,
      body: request.body && (await request.arrayBuffer()),
    });
    return send(call, url, method, new Headers(request.headers));
  };

  return { fetch: transport, send, brokeOff, tooLarge };
}

/** Whether waiting `delay` ms still ends before the call's deadline. */
const inTime = (call: Call, delay: number) => !(call.deadlineAt! <= Date.now() + delay);
