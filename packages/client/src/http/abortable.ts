/** Abort plumbing: racing a wait against a signal, sleeps between attempts, and one attempt's signal with its timeout. */
import { AstroTimeoutError, callError, type CallSite } from '../errors.ts';

export const ignore = (): void => {};

/**
 * Settles like `promise`, or rejects with the signal's reason as soon as it aborts, whether or not
 * `promise` heeds the signal. Not Promise.race against one long-lived abort promise: each race would
 * stay attached to it, keeping every chunk alive.
 */
export const race = <T>(promise: Promise<T>, signal: AbortSignal): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason);
    if (signal.aborted) stop();
    signal.addEventListener('abort', stop);
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });

/** Aborts `controller` when `outer` aborts (at once if it has); returns what stops the following. */
export const follow = (outer: AbortSignal | undefined, controller: AbortController): (() => void) => {
  const abort = () => controller.abort(outer!.reason);
  if (outer?.aborted) abort();
  else outer?.addEventListener('abort', abort);
  return () => outer?.removeEventListener('abort', abort);
};

/** A byte stream pulled from `read` (a chunk, or no value at the end); `cancel` stops its source. */
export const pulled = (read: () => Promise<{ value?: Uint8Array }>, cancel: (reason: unknown) => Promise<void>): ReadableStream<Uint8Array> =>
  new ReadableStream<Uint8Array>({
    pull: async (stream) => {
      const { value } = await read();
      if (value) stream.enqueue(value);
      else stream.close();
    },
    cancel,
  });

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts (and then stops the timer). */
export const sleep = (ms: number, signal: AbortSignal): Promise<void> => {
  let timer: ReturnType<typeof setTimeout>;
  return race(new Promise<void>((resolve) => (timer = setTimeout(resolve, ms))), signal).finally(() => clearTimeout(timer));
};

/**
 * One attempt: `signal` aborts with the caller's reason when the caller aborts, or with an
 * AstroTimeoutError when the timer fires; `end` stops the timer and lets go of the caller's signal;
 * `watch` hands the response on with the timeout kept over its body. The timer runs only while the
 * client waits for the next chunk, so a stalled body fails with AstroTimeoutError while a slow
 * consumer is never cut off.
 *
 * `request.signal` follows the caller's signal. Node's fetch links the two through a weak reference
 * that holds only while the Request lives, so the attempt keeps the Request until it ends, and every
 * wait is raced against the attempt's own signal rather than trusting the abort to reach the socket.
 */
export function startAttempt(
  request: Request,
  timeoutMs: number,
  site: CallSite,
): [signal: AbortSignal, end: () => void, watch: (response: Response, failed: (error: unknown) => unknown) => Response] {
  const controller = new AbortController();
  const { signal } = controller;
  const unfollow = follow(request.signal, controller);
  let held: Request | undefined = request;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Stops the timer, and starts it again when `run`. */
  const arm = (run?: 1) => {
    clearTimeout(timer);
    if (run) timer = setTimeout(() => controller.abort(callError(AstroTimeoutError, site, `: no answer for ${timeoutMs} ms; raise timeoutMs or check the network.`, { timeoutMs })), timeoutMs);
  };
  const end = () => {
    arm();
    unfollow();
    held = undefined;
  };
  arm(1);
  /** `failed` turns an error of the body (a cut connection) into the error the reader gets. */
  const watch = (response: Response, failed: (error: unknown) => unknown) => {
    arm();
    const reader = response.body?.getReader();
    if (!reader) return end(), response;
    const body = pulled(
      () => (
        arm(1),
        race(reader.read(), signal).then(
          (chunk) => (arm(), chunk.done && end(), chunk),
          (error) => {
            end();
            reader.cancel(error).catch(ignore);
            throw failed(error);
          },
        )
      ),
      (reason) => (end(), reader.cancel(reason)),
    );
    return new Response(body, response);
  };
  return [signal, end, watch];
}
