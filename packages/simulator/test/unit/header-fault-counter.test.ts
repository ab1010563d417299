import { describe, expect, it } from 'vitest';
import { HeaderFaultCounter } from '../../src/faults/header-fault-counter.ts';

describe('HeaderFaultCounter', () => {
  it('fails the first N requests, lets the next one through, then starts over', () => {
    const counter = new HeaderFaultCounter();
    const run = () => Array.from({ length: 3 }, () => counter.shouldApply('key', 2));
    expect(run()).toEqual([true, true, false]);
    expect(run()).toEqual([true, true, false]);
  });

  it('always applies a fault without times, and counts keys separately', () => {
    const counter = new HeaderFaultCounter();
    expect([1, 2, 3].map(() => counter.shouldApply('a', undefined))).toEqual([true, true, true]);
    expect(counter.shouldApply('b', 1)).toBe(true);
    expect(counter.shouldApply('c', 1)).toBe(true);
    expect(counter.shouldApply('b', 1)).toBe(false);
  });
});
