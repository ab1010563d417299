import { describe, expect, it } from 'vitest';
import { FaultQueue, MAX_PENDING_FAULTS } from '../../src/faults/fault-queue.ts';

const list = { method: 'GET', path: '/v1/organizations', operationId: 'ListOrganizations' };
const get = { method: 'GET', path: '/v1/organizations/abc', operationId: 'GetOrganization' };

describe('FaultQueue', () => {
  it('applies a fault `times` times, then lets requests through', () => {
    const queue = new FaultQueue();
    queue.push('503;times=2');
    expect(queue.take(list)).toEqual({ status: 503, times: 2 });
    expect(queue.take(list)).toEqual({ status: 503, times: 2 });
    expect(queue.take(list)).toBeUndefined();
  });

  it('only applies a fault to matching requests, in queue order', () => {
    const queue = new FaultQueue();
    queue.push('500', { operationId: 'GetOrganization' });
    queue.push({ status: 429, retryAfter: '1', match: { path: '/v1/organizations' } });
    expect(queue.take(list)).toEqual({ status: 429, retryAfter: '1' });
    expect(queue.take(get)).toEqual({ status: 500 });
    expect(queue.size).toBe(0);
  });

  it('matches methods case-insensitively and lists and clears pending faults', () => {
    const queue = new FaultQueue();
    queue.push('reset', { method: 'post' });
    expect(queue.take(list)).toBeUndefined();
    expect(queue.list()).toEqual([{ reset: true, match: { method: 'post' }, remaining: 1 }]);
    queue.clear();
    expect(queue.take({ ...list, method: 'POST' })).toBeUndefined();
  });

  it('rejects invalid faults and match conditions', () => {
    const queue = new FaultQueue();
    expect(() => queue.push({ status: 200 })).toThrow(/between 400 and 599/);
    expect(() => queue.push('503', { verb: 'GET' } as never)).toThrow(/Unknown match condition "verb"/);
    expect(queue.size).toBe(0);
  });

  it('is bounded: a push beyond the limit fails and keeps what is queued', () => {
    const queue = new FaultQueue();
    for (let index = 0; index < MAX_PENDING_FAULTS; index += 1) queue.push('503');
    expect(() => queue.push('503')).toThrow(/queue is full \(1000 faults waiting\)/);
    expect(queue.size).toBe(MAX_PENDING_FAULTS);
    queue.take(list);
    expect(queue.push('fail')).toMatchObject({ fail: true, remaining: 1 });
  });
});
