/** Abort plumbing: racing a wait against a signal, following another signal, and sleeping. */

export const ignore = (): void => {};

/**
 * Settles like `promise`, or rejects with the signal's reason as soon as it aborts, whether or not
 * `promise` heeds the signal. Not Promise.race against one long-lived abort promise: each race would
 * stay attached to it, keeping every result alive.
 */
export const race = <T>(promise: Promise<T>, signal: AbortSignal): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const stop = () => reject(signal.reason);
    if (signal.aborted) stop();
    signal.addEventListener('abort', stop);
    promise.then(
      (value) => (signal.removeEventListener('abort', stop), resolve(value)),
      (error: unknown) => (signal.removeEventListener('abort', stop), reject(error)),
    );
  });

/** Aborts `controller` when `outer` aborts (at once if it has); returns what stops the following. */
export const follow = (outer: AbortSignal | undefined, controller: AbortController): (() => void) => {
  if (!outer) return ignore;
  const abort = () => controller.abort(outer.reason);
  if (outer.aborted) abort();
  else outer.addEventListener('abort', abort);
  return () => outer.removeEventListener('abort', abort);
};

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts (and then stops the timer). */
export const sleep = (ms: number, signal?: AbortSignal): Promise<void> => {
  let timer: ReturnType<typeof setTimeout>;
  const wait = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return signal ? race(wait, signal).finally(() => clearTimeout(timer)) : wait;
};
