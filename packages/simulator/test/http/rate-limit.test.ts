import { describe, expect, it } from 'vitest';
import { callApi } from '../support/call-api.ts';
import { useSimulator } from '../support/use-simulator.ts';

describe('rate limits', () => {
  describe('when on', () => {
    const simulator = useSimulator({ rateLimit: true });

    it('allows 25 GETs per second per token, then answers 429 with Retry-After', async () => {
      const headers = { authorization: 'Bearer rate-limit-get' };
      const started = performance.now();
      const statuses = await Promise.all(Array.from({ length: 40 }, () => callApi(simulator().url, { path: '/v1/organizations?limit=1', headers })));
      // The bucket refills continuously (one GET per 40 ms) while the burst is served.
      const refilled = Math.ceil(((performance.now() - started) * 25) / 1000);
      const limited = statuses.filter((response) => response.status === 429);
      const allowed = statuses.filter((response) => response.status === 200).length;
      expect(allowed).toBeGreaterThanOrEqual(25);
      expect(allowed).toBeLessThanOrEqual(25 + refilled);
      expect(limited.length).toBe(40 - allowed);
      expect(limited[0]!.headers('retry-after')).toBe('1');
      expect(limited[0]!.json.message).toBe('Rate limit exceeded: at most 25 GET requests per second per token');
      // Another token has its own budget.
      expect((await callApi(simulator().url, { path: '/v1/organizations?limit=1', headers: { authorization: 'Bearer other' } })).status).toBe(200);
    });

    it('allows 10 POSTs per second per token', async () => {
      const id = simulator().store.all()[0]!.id;
      const body = JSON.stringify({ billingEmail: 'b@acme.example', isScimEnabled: false, name: 'Limited' });
      const headers = { authorization: 'Bearer rate-limit-post' };
      const started = performance.now();
      const statuses = await Promise.all(
        Array.from({ length: 20 }, () => callApi(simulator().url, { method: 'POST', path: `/v1/organizations/${id}`, body, headers })),
      );
      const refilled = Math.ceil(((performance.now() - started) * 10) / 1000);
      const allowed = statuses.filter((response) => response.status === 200).length;
      expect(allowed).toBeGreaterThanOrEqual(10);
      expect(allowed).toBeLessThanOrEqual(10 + refilled);
      expect(statuses.filter((response) => response.status === 429)).toHaveLength(20 - allowed);
    });

    it('refills: after Retry-After the token may call again', async () => {
      const headers = { authorization: 'Bearer rate-limit-refill' };
      await Promise.all(Array.from({ length: 26 }, () => callApi(simulator().url, { path: '/v1/organizations?limit=1', headers })));
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect((await callApi(simulator().url, { path: '/v1/organizations?limit=1', headers })).status).toBe(200);
    });
  });

  describe('when off (the programmatic default)', () => {
    const simulator = useSimulator();

    it('never throttles', async () => {
      const responses = await Promise.all(Array.from({ length: 60 }, () => callApi(simulator().url, { path: '/v1/organizations?limit=1' })));
      expect(responses.every((response) => response.status === 200)).toBe(true);
    });
  });
});
