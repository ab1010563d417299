/**
 * 10,000 generated requests spread over all 75 v1 operations (bounded, fixed seed, one keep-alive
 * pool) against a populated Organization, valid and broken alike: every answer must be below 500
 * and valid against the spec (status declared by the operation, body valid against its schema).
 */
import { Agent } from 'node:http';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../support/raw-request.ts';
import { checkResponse } from '../support/response-checker.ts';
import { useSimulator } from '../support/use-simulator.ts';
import { buildRequest, OPERATIONS, planArbitrary } from './operation-requests.ts';

const RUNS = 10_000;

describe(`${RUNS.toLocaleString('en-US')} requests over every operation`, () => {
  const simulator = useSimulator({ organizations: 50, populate: 1, lifecycleDelayMs: 5, auditEventsPerOrganization: 20 });
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  afterAll(() => agent.destroy());

  it('never produce a 5xx or an answer the spec does not allow', async () => {
    const byOperation = new Map<string, Map<number, number>>();
    const messages = new Map<string, Set<string>>();
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(planArbitrary, async (plan) => {
        const { operation, request } = buildRequest(plan, simulator());
        const response = await rawRequest(simulator().url, request, agent);
        const statuses = byOperation.get(operation.operationId) ?? new Map<number, number>();
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        byOperation.set(operation.operationId, statuses);
        if (response.status >= 400 && response.status !== 401) {
          const seen = messages.get(operation.operationId) ?? new Set<string>();
          if (seen.size < 8) seen.add(`${response.status} ${response.body.subarray(0, 160).toString()}`);
          messages.set(operation.operationId, seen);
        }
        expect(response.status, `${request.method} ${request.path}`).toBeLessThan(500);
        const check = checkResponse(response);
        expect(check.problems, `${request.method} ${request.path} → ${response.status} ${response.body.subarray(0, 300)}`).toEqual([]);
        if (check.operationId) expect(check.documented, `${request.method} ${request.path} → ${response.status} is not declared`).toBe(true);
      }),
      { numRuns: RUNS, seed: 20261204, endOnFailure: true },
    );
    const seconds = (performance.now() - started) / 1000;
    const totals = new Map<number, number>();
    for (const statuses of byOperation.values()) for (const [status, count] of statuses) totals.set(status, (totals.get(status) ?? 0) + count);
    const succeeded = [...byOperation].filter(([, statuses]) => [...statuses.keys()].some((status) => status < 300)).length;
    console.info(
      `fuzz: ${RUNS} requests over ${byOperation.size} operations in ${seconds.toFixed(1)} s (${(RUNS / seconds).toFixed(0)}/s); ` +
        `${succeeded} operations answered 2xx; statuses ${JSON.stringify(Object.fromEntries([...totals].sort(([a], [b]) => a - b)))}`,
    );
    // Spread over all 75, and deep enough that every operation also succeeds, not only fails validation.
    expect(byOperation.size).toBe(OPERATIONS.length);
    for (const [operationId, statuses] of byOperation) expect([...statuses.values()].reduce((sum, count) => sum + count, 0), operationId).toBeGreaterThan(60);
    const never = [...byOperation].filter(([, statuses]) => ![...statuses.keys()].some((status) => status < 300)).map(([operationId]) => operationId);
    expect(never, never.map((operationId) => `${operationId}: ${[...(messages.get(operationId) ?? [])].join('\n  ')}`).join('\n')).toEqual([]);
    for (const status of [200, 204, 400, 401, 403, 404]) expect(totals.get(status) ?? 0, String(status)).toBeGreaterThan(100);
    expect((await rawRequest(simulator().url, { method: 'GET', path: '/__simulator/health' })).status).toBe(200);
  }, 300_000);
});
