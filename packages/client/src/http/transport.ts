/**
 * The fetch function handed to openapi-fetch, so it runs beneath the middleware: middleware sees one
 * request and one response, while this layer, per attempt, adds the token, paces the
 * start, bounds the wait with `timeoutMs`, follows redirects itself, and retries:
 *   - idempotent operations on network errors, timeouts and 408/429/500/502/503/504;
 *   - the others only when the request cannot have been processed: a 429, or a connection that failed
 *     before anything was sent; never after a 5xx, a reset or a timeout.
 * Error bodies are read here, at most 64 KiB, and so are a helper's JSON success bodies (`call.read`),
 * at most maxResponseBytes: a body that breaks off fails the attempt, and an idempotent call is tried
 * again. Any other success is handed back with its attempt (`call.attempt`), whose reader reads the
 * body: a stream (streams.ts), or for a request that did not come from a helper (`astro.GET(…)`),
 * raw-request.ts. Redirects and requests without a helper are loaded on first use.
 */
import type { Settings } from '../client/options.ts';
import { AstroError, AstroParseError, AstroTimeoutError, callError } from '../errors.ts';
import { loadDeferred } from '../load-deferred.ts';
import type { Redactor } from '../redact.ts';
import type { Operation } from '../resources/operations.ts';
import { ignore, race, sleep } from './abortable.ts';
import { decode, ended, readBody, startAttempt, type Call } from './call.ts';
import { laneKey, pace } from './pacing.ts';
import { backoffMs, MAX_RETRY_AFTER_MS, neverSent, parseRetryAfter, RETRY_STATUSES } from './retry-policy.ts';

export type FetchFunction = (input: Request, init?: RequestInit) => Promise<Response>;

/** Error bodies are read up to this size; the message and `body` need only the start. */
export const ERROR_BODY_LIMIT = 65_536;

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

export function createTransport(settings: Settings, operations: Operation[], { remember, scrub }: Redactor): Transport {
  const { fetch, token, gaps, maxResponseBytes } = settings;
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
      const sent = reuse ? reuse.headers : new Headers(headers);
      let delay = backoffMs(retry);
      let reading = false;
      try {
        if (secret) {
          remember(secret);
          sent.set('authorization', `Bearer ${secret}`);
          const gap = gaps?.[method];
          // Awaited only when it must wait: an await costs a turn of the event loop on every call.
          const waiting = gap && pace(laneKey(method, secret), gap, attempt.signal);
          if (waiting) await waiting;
        }
        attempt.arm();
        let response = await race(fetch(reuse ?? new Request(url, { method, headers: sent, body, signal: attempt.signal, redirect: manual ? 'manual' : 'follow', duplex: 'half' } as RequestInit)), attempt.signal);
        if (manual && response.status > 300 && response.status < 309 && response.headers.has('location'))
          response = await (await loadDeferred()).followRedirects(fetch, call, attempt.signal, url, method, sent, response);
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
        } else if (call.read) {
          reading = true;
          if (Number(response.headers.get('content-length')) > maxResponseBytes) {
            response.body?.cancel().catch(ignore);
            throw tooLarge(call)();
          }
          [call.bytes] = await readBody(response.body, attempt, maxResponseBytes, tooLarge(call));
          return response;
        } else {
          attempt.pause();
          call.attempt = attempt;
          return response;
        }
      } catch (error) {
        attempt.end();
        const timedOut = error instanceof AstroTimeoutError;
        if (call.signal?.aborted || (error instanceof AstroError && !timedOut) || retry >= maxRetries || !(idempotent || (!timedOut && neverSent(error))) || !inTime(call, delay))
          throw reading ? brokeOff(call, error) : ended(call, error, scrub, 'no response', '; check the network and baseUrl');
      } finally {
        // Middleware sees the request again afterwards: without the token.
        reuse?.headers.delete('authorization');
      }
      await sleep(delay, call.signal).catch((error: unknown) => {
        throw ended(call, error, scrub, 'stopped');
      });
    }
  }

  const self: Transport = {
    // A request made without a helper (`astro.GET(…)`) has no call yet: raw-request.ts builds one.
    fetch: async (request) => {
      const call = (request as { astro?: Call }).astro;
      return call ? send(call, request.url, request.method, request.headers, request) : (await loadDeferred()).sendRaw(request, settings, operations, self);
    },
    send,
    brokeOff,
    tooLarge,
  };
  return self;
}

/** Whether waiting `delay` ms still ends before the call's deadline. */
const inTime = (call: Call, delay: number) => !(call.deadlineAt! <= Date.now() + delay);
