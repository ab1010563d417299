import { describe, expect, it } from 'vitest';
import { countTraffic } from '../src/traffic.ts';

describe('countTraffic', () => {
  it('counts attempts and statuses, and keeps the request ids of successful changes only', async () => {
    let next = 0;
    const answers = [
      new Response('{}', { status: 200, headers: { 'x-request-id': 'cget' } }),
      new Response('{}', { status: 200, headers: { 'x-request-id': 'cpost' } }),
      new Response('{}', { status: 400, headers: { 'x-request-id': 'cbad' } }),
      new Response(null, { status: 204, headers: { 'x-request-id': 'cdelete' } }),
    ];
    const traffic = countTraffic(async () => answers[next++]!);
    await traffic.fetch(new Request('http://x/a'));
    await traffic.fetch(new Request('http://x/a', { method: 'POST', body: '{}' }));
    await traffic.fetch(new Request('http://x/a', { method: 'POST', body: '{}' }));
    await traffic.fetch(new Request('http://x/a', { method: 'DELETE' }));
    const failing = countTraffic(async () => {
      throw new TypeError('fetch failed');
    });
    await expect(failing.fetch(new Request('http://x/a'))).rejects.toThrow('fetch failed');
    expect(traffic.requests()).toBe(4);
    expect(traffic.statuses()).toEqual({ 200: 2, 400: 1, 204: 1 });
    expect([...traffic.changes()]).toEqual(['cpost', 'cdelete']);
    expect(failing.statuses()).toEqual({ 0: 1 });
  });
});
