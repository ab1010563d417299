import { AstroApiError } from '@astro-api/client';
import { describe, expect, it } from 'vitest';
import { Cleanup } from '../src/cleanup.ts';

describe('Cleanup', () => {
  it('undoes the newest first, counts a 404 as gone, and reports what failed without stopping', async () => {
    const order: string[] = [];
    const cleanup = new Cleanup();
    cleanup.add('Workspace w', async () => order.push('w'));
    cleanup.add('Deployment d', async () => {
      order.push('d');
      throw Object.assign(Object.create(AstroApiError.prototype), { status: 404, message: 'gone' });
    });
    cleanup.add('API token t', async () => {
      order.push('t');
      throw new Error('boom');
    });
    const result = await cleanup.run();
    expect(order).toEqual(['t', 'd', 'w']);
    expect(result.done).toEqual(['Deployment d (already gone)', 'Workspace w']);
    expect(result.failed.map((failure) => failure.label)).toEqual(['API token t']);
    expect(cleanup.size).toBe(0);
  });
});
