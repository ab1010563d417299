/**
 * Rate pacing per token and HTTP method, shared by every client in the process that uses the same
 * token (clients from `withOrganization`, and both builds of the package, included): request starts are
 * spaced at least `gap` ms apart. The gap comes from 80 % of the API's limit, so the jitter between the
 * client and the server (a busy event loop, a slow network) cannot push one second over the limit.
 *
 * A start is granted against the clock when it happens, never against a time booked in advance:
 * timers that fire late on a busy machine release requests one gap apart, not in a burst.
 *
 * Clients of one token share one lane per method even when they were given different limits: the
 * API counts per token. Each waiter keeps its own gap after the start before it. Lanes are keyed by a
 * fingerprint of the token, never the token: the registry lives on globalThis, where an inspect of it
 * must not print a credential.
 */
interface Waiter {
  gap: number;
  resolve(): void;
  reject(reason: unknown): void;
}

interface Lane {
  /** When the last request of this lane started (performance.now()). */
  last: number;
  queue: Waiter[];
  timer?: ReturnType<typeof setTimeout>;
}

const REGISTRY = Symbol.for('@astro-api/client:pacing');
/** Lanes kept at most; the oldest idle one is dropped beyond this (tokens that rotated away). */
const MAX_LANES = 256;

const lanes = (): Map<string, Lane> => ((globalThis as Record<symbol, Map<string, Lane>>)[REGISTRY] ??= new Map());

/** A lane's key: the method and an FNV-1a fingerprint of the token (two tokens sharing one would only share a lane). */
export function laneKey(method: string, token: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < token.length; index++) hash = Math.imul(hash ^ token.charCodeAt(index), 0x01000193);
  return `${method} ${token.length} ${hash >>> 0}`;
}

/** Starts the first waiter once its gap after the last start has passed. */
function release(lane: Lane): void {
  lane.timer = undefined;
  const next = lane.queue[0];
  if (!next) return;
  const now = performance.now();
  const wait = lane.last + next.gap - now;
  if (wait > 0) {
    lane.timer = setTimeout(release, wait, lane);
    return;
  }
  lane.queue.shift();
  lane.last = now;
  next.resolve();
  if (lane.queue.length) lane.timer = setTimeout(release, lane.queue[0]!.gap, lane);
}

/**
 * Resolves when a request of `key` (laneKey: token and method) may start, `gap` ms after the last one; undefined when it may start at once,
 * so the common case costs no promise. Rejects with the signal's reason if it aborts first.
 */
export function pace(key: string, gap: number, signal?: AbortSignal): Promise<void> | undefined {
  const all = lanes();
  let lane = all.get(key);
  if (!lane) {
    if (all.size >= MAX_LANES)
      for (const [name, old] of all)
        if (!old.queue.length) {
          all.delete(name);
          break;
        }
    all.set(key, (lane = { last: -Infinity, queue: [] }));
  }
  const now = performance.now();
  if (!lane.queue.length && now >= lane.last + gap) {
    lane.last = now;
    return;
  }
  if (signal?.aborted) return Promise.reject(signal.reason);
  const lane_ = lane;
  return new Promise<void>((resolve, reject) => {
    const waiter: Waiter = {
      gap,
      resolve: () => {
        signal?.removeEventListener('abort', abort);
        resolve();
      },
      reject,
    };
    const abort = () => {
      lane_.queue.splice(lane_.queue.indexOf(waiter), 1);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', abort, { once: true });
    lane_.queue.push(waiter);
    lane_.timer ??= setTimeout(release, Math.max(0, lane_.last + gap - now), lane_);
  });
}
