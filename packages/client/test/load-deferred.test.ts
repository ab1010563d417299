/** The parts loaded on first use: loaded once, and tried again after a failed load (a chunk a browser could not fetch). */
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('../src/deferred.ts');
  vi.resetModules();
});

describe('loadDeferred', () => {
  it('loads the parts once, however many calls wait for them', async () => {
    const { loadDeferred } = await import('../src/load-deferred.ts');
    const [first, second] = await Promise.all([loadDeferred(), loadDeferred()]);
    expect(first).toBe(second);
    expect(await loadDeferred()).toBe(first);
    expect(typeof first.waiter).toBe('function');
  });

  it('rejects when the load fails, and loads again on the next use', async () => {
    vi.resetModules();
    vi.doMock('../src/deferred.ts', () => {
      throw new Error('chunk unreachable');
    });
    const { loadDeferred } = await import('../src/load-deferred.ts');
    await expect(loadDeferred()).rejects.toThrow();
    vi.doUnmock('../src/deferred.ts');
    vi.resetModules();
    expect(typeof (await loadDeferred()).walkPages).toBe('function');
  });
});
