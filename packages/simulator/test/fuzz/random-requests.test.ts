/**
 * 10,000 generated requests (bounded, fixed seed, one keep-alive connection pool) against one
 * simulator: every answer must be a valid, spec-conformant response below 500, and the server
 * must keep serving.
 */
import { Agent } from 'node:http';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../support/raw-request.ts';
import { checkResponse } from '../support/response-checker.ts';
import { useSimulator } from '../support/use-simulator.ts';
import { requestArbitrary } from './arbitraries.ts';

const RUNS = 10_000;

describe('10,000 random requests', () => {
  const simulator = useSimulator({ organizations: 200, auditEventsPerOrganization: 50 });
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  afterAll(() => agent.destroy());

  it('never crash the server and never produce a 5xx', async () => {
    const statuses = new Map<number, number>();
    const started = performance.now();
    const ids = simulator().store.all().slice(0, 5).map((record) => record.id);
    await fc.assert(
      fc.asyncProperty(requestArbitrary(ids), async (request) => {
        const response = await rawRequest(simulator().url, request, agent);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status).toBeLessThan(500);
        expect(response.status).toBeGreaterThanOrEqual(200);
        expect(checkResponse(response).problems).toEqual([]);
      }),
      { numRuns: RUNS, seed: 20261123, endOnFailure: true },
    );
    const seconds = (performance.now() - started) / 1000;
    console.info(`fuzz: ${RUNS} requests in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
    // The generators reach the interesting answers, not only one kind.
    for (const status of [200, 400, 401, 404, 405]) expect(statuses.get(status) ?? 0).toBeGreaterThan(500);
    expect(statuses.get(403) ?? 0).toBeGreaterThan(10);
    expect((await rawRequest(simulator().url, { method: 'GET', path: '/__simulator/health' })).status).toBe(200);
  }, 180_000);
});
