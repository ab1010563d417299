import { describe, expect, it } from 'vitest';
import { RateLimiter, VENDOR_RATE_LIMITS } from '../../src/rate-limit/rate-limiter.ts';

describe('RateLimiter', () => {
  it('allows the vendor burst per method and token, then asks to retry', () => {
    let now = 0;
    const limiter = new RateLimiter(VENDOR_RATE_LIMITS, () => now);
    const gets = Array.from({ length: 26 }, () => limiter.take('t1', 'GET'));
    expect(gets.filter((decision) => decision.allowed)).toHaveLength(25);
    expect(gets[25]).toEqual({ allowed: false, retryAfterSeconds: 1 });
    const posts = Array.from({ length: 11 }, () => limiter.take('t1', 'POST'));
    expect(posts.filter((decision) => decision.allowed)).toHaveLength(10);
    expect(limiter.take('t2', 'GET').allowed).toBe(true);
    expect(limiter.take('t1', 'PATCH').allowed).toBe(true);
  });

  it('refills continuously: one GET every 40 ms', () => {
    let now = 0;
    const limiter = new RateLimiter({ GET: 25 }, () => now);
    for (let index = 0; index < 25; index += 1) limiter.take('t', 'GET');
    expect(limiter.take('t', 'GET').allowed).toBe(false);
    now += 39;
    expect(limiter.take('t', 'GET').allowed).toBe(false);
    now += 2;
    expect(limiter.take('t', 'GET').allowed).toBe(true);
    now += 10_000;
    const burst = Array.from({ length: 30 }, () => limiter.take('t', 'GET'));
    expect(burst.filter((decision) => decision.allowed)).toHaveLength(25);
  });
});
