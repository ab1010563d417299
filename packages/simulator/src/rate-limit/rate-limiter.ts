/**
 * Per-token rate limits like the vendor's (GET 25/s, POST 10/s, DELETE 5/s): a token bucket per
 * token and method that holds one second's worth of requests and refills continuously.
 */
export type RateLimits = Partial<Record<string, number>>;

export const VENDOR_RATE_LIMITS: RateLimits = { GET: 25, POST: 10, DELETE: 5 };

const MAX_BUCKETS = 10_000;

interface Bucket {
  tokens: number;
  updatedMs: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class RateLimiter {
  readonly limits: RateLimits;
  #buckets = new Map<string, Bucket>();
  #now: () => number;

  constructor(limits: RateLimits = VENDOR_RATE_LIMITS, now: () => number = () => performance.now()) {
    this.limits = { ...limits };
    this.#now = now;
  }

  take(token: string, method: string): RateDecision {
    const perSecond = this.limits[method];
    if (!perSecond) return { allowed: true };
    const now = this.#now();
    const key = `${method} ${token}`;
    const bucket = this.#buckets.get(key) ?? { tokens: perSecond, updatedMs: now };
    bucket.tokens = Math.min(perSecond, bucket.tokens + ((now - bucket.updatedMs) * perSecond) / 1000);
    bucket.updatedMs = now;
    this.#remember(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    // Retry-After is sent in whole seconds, so round up (at least 1).
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond)) };
  }

  clear(): void {
    this.#buckets.clear();
  }

  #remember(key: string, bucket: Bucket): void {
    this.#buckets.delete(key);
    this.#buckets.set(key, bucket);
    // Many distinct tokens: forget the least recently used bucket (a full bucket, in practice).
    if (this.#buckets.size > MAX_BUCKETS) this.#buckets.delete(this.#buckets.keys().next().value!);
  }
}
