import { describe, expect, it } from 'vitest';
import { mixSeed, mulberry32 } from '../../src/store/prng.ts';

describe('mulberry32', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
  });

  it('stays in [0, 1) and spreads over the range', () => {
    const random = mulberry32(7);
    const values = Array.from({ length: 10_000 }, () => random.next());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
  });

  it('int() covers both bounds and weighted() follows the weights', () => {
    const random = mulberry32(1);
    const ints = new Set(Array.from({ length: 1000 }, () => random.int(1, 3)));
    expect([...ints].sort()).toEqual([1, 2, 3]);
    const weights = { rare: 1, common: 9 } as const;
    const picks = Array.from({ length: 5000 }, () => random.weighted(weights));
    const common = picks.filter((pick) => pick === 'common').length / picks.length;
    expect(common).toBeGreaterThan(0.85);
    expect(common).toBeLessThan(0.95);
  });
});

describe('mixSeed', () => {
  it('gives distinct seeds for neighbouring inputs and is stable', () => {
    const seeds = new Set(Array.from({ length: 1000 }, (_, index) => mixSeed(42, index)));
    expect(seeds.size).toBe(1000);
    expect(mixSeed(1, 2)).toBe(mixSeed(1, 2));
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 1));
  });
});

describe('formatTimestamp', () => {
  it('matches toISOString without milliseconds, across days, years and leap days', async () => {
    const { formatTimestamp } = await import('../../src/store/timestamps.ts');
    const samples = [0, 86_399_999, Date.UTC(2024, 1, 29, 23, 59, 59, 999), Date.UTC(2026, 11, 31, 23, 59, 59), Date.UTC(2027, 0, 1), 1_700_000_123_456];
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2026, 0, 3); ms += 3_599_999) samples.push(ms);
    for (const ms of samples) expect(formatTimestamp(ms)).toBe(new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z'));
  });
});
