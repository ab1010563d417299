/**
 * One call and its attempts. A call has limits (a timeout per attempt, retries, an optional deadline
 * over everything), the caller's signal, and what the retry rules need (idempotency). Each attempt has
 * its own signal, aborted with the caller's reason, with an AstroTimeoutError when the server is silent
 * for `timeoutMs`, or when the deadline passes. The attempt's timer runs only while the client waits for
 * the server, so a slow consumer of a stream is never cut off.
 */
import { AstroError, AstroTimeoutError, callError, type CallSite } from '../errors.ts';
import { connectionError, type Scrub } from '../redact.ts';
import { follow, ignore } from './abortable.ts';

/** What a helper tells the transport about its call; openapi-fetch hands it over as `request.astro`. */
export interface Call {
  site: CallSite;
  idempotent: boolean;
  /** What the success carries: `j` JSON, `e` nothing, `s` a byte stream. */
  kind: string;
  timeoutMs: number;
  maxRetries: number;
  deadlineMs?: number;
  /** The caller's own signal. */
  caller?: AbortSignal;
  /** The caller's signal and the deadline's, together. */
  signal?: AbortSignal;
  deadline?: AbortSignal;
  /** When the deadline passes (Date.now() time). */
  deadlineAt?: number;
  /** The body, for attempts after the first and for redirects (a helper's JSON text, an upload's bytes). */
  body?: BodyInit | null;
  /** The controller whose signal the Request of the first attempt was built with. */
  first?: AbortController;
  /** An upload to storage: no token, no pacing, none of the client's headers. */
  bare?: boolean;
  /**
   * A helper's JSON call: the transport reads the success body within the attempt (at most
   * maxResponseBytes), into `bytes`, so a body that breaks off is retried like any failed attempt.
   */
  read?: boolean;
  bytes?: Uint8Array;
  /** Set by the transport: the attempt whose success body the helper reads (a stream, or a request without a helper). */
  attempt?: Attempt;
}

export interface Attempt {
  signal: AbortSignal;
  /** Starts the timer (again) before a wait for the server. */
  arm(): void;
  /** Stops the timer while the consumer holds the data. */
  pause(): void;
  /** Ends the attempt: stops the timer and lets go of the call's signal. */
  end(): void;
}

/** Sets a call's signal: the caller's, joined with a deadline when `deadlineMs` is given. */
export function startCall(call: Call): Call {
  const { caller, deadlineMs } = call;
  call.signal = caller;
  if (deadlineMs) {
    call.deadlineAt = Date.now() + deadlineMs;
    call.signal = AbortSignal.any([...(caller ? [caller] : []), (call.deadline = AbortSignal.timeout(deadlineMs))]);
  }
  return call;
}

/** What a failed call rejects with: the caller's abort reason, the deadline's AstroTimeoutError, an AstroError as it is, else a connection error: `<what> (<cause>)<advice>.` */
export const ended = (call: Call, error: unknown, scrub: Scrub, what: string, advice = ''): unknown =>
  call.caller?.aborted
    ? call.caller.reason
    : call.deadline?.aborted
      ? callError(AstroTimeoutError, call.site, `: the call took longer than deadlineMs (${call.deadlineMs} ms).`, { timeoutMs: call.deadlineMs })
      : error instanceof AstroError
        ? error
        : connectionError(error, call.site, scrub, (cause) => `: ${what} (${cause})${advice}.`);

/**
 * One attempt of `call`, on `controller`. The Request is held until the attempt ends: Node's fetch
 * links its signal to ours through a weak reference that holds only while the Request lives, so every
 * wait is also raced against our signal (abortable.ts) or cancelled through it.
 */
export function startAttempt(call: Call, controller = new AbortController(), request?: Request): Attempt {
  const unfollow = follow(call.signal, controller);
  let held = request;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pause = () => clearTimeout(timer);
  return {
    signal: controller.signal,
    pause,
    arm: () => {
      pause();
      timer = setTimeout(
        () => controller.abort(callError(AstroTimeoutError, call.site, `: no answer for ${call.timeoutMs} ms; raise timeoutMs or check the network.`, { timeoutMs: call.timeoutMs })),
        call.timeoutMs,
      );
    },
    end: () => {
      pause();
      unfollow();
      held &&= undefined;
    },
  };
}

let decoder: TextDecoder | undefined;
/** UTF-8 text of some bytes, with one decoder for the module (decoding without `stream` keeps no state). */
export const decode = (bytes: Uint8Array): string => (decoder ??= new TextDecoder()).decode(bytes);

/** A reader of `body` whose pending read ends when the attempt aborts; `stop` lets go. */
export function readerOf(body: ReadableStream<Uint8Array>, attempt: Attempt) {
  const reader = body.getReader();
  const cancel = () => reader.cancel(attempt.signal.reason).catch(ignore);
  attempt.signal.addEventListener('abort', cancel);
  return [reader, () => (attempt.signal.removeEventListener('abort', cancel), attempt.end())] as const;
}

/**
 * Reads a whole body through the attempt, at most `limit` bytes: beyond it, throws `over()` or, without
 * one, stops and keeps what came. Resolves with the bytes and whether they were cut short.
 */
export async function readBody(body: ReadableStream<Uint8Array> | null, attempt: Attempt | undefined, limit: number, over?: () => Error): Promise<[Uint8Array, boolean]> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let cut = false;
  if (body) {
    const [reader, stop] = attempt ? readerOf(body, attempt) : [body.getReader(), ignore];
    try {
      for (;;) {
        attempt?.arm();
        const { done, value } = await reader.read();
        if (attempt?.signal.aborted) throw attempt.signal.reason;
        if (done) break;
        size += value.length;
        if ((cut = size > limit)) {
          reader.cancel().catch(ignore);
          if (over) throw over();
          chunks.push(value.subarray(0, value.length + limit - size));
          break;
        }
        chunks.push(value);
      }
    } finally {
      stop();
    }
  }
  if (chunks.length === 1) return [chunks[0]!, cut];
  const bytes = new Uint8Array(Math.min(size, limit));
  size = 0;
  for (const chunk of chunks) bytes.set(chunk, size), (size += chunk.length);
  return [bytes, cut];
}
