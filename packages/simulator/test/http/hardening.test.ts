/**
 * What probing the simulator found, fixed: inherited names are unknown fields like any other,
 * integers beyond ±2^53 and date-times no Date can hold are 400s, and large valid bodies do not
 * grow the audit log beyond its byte budget.
 */
import { describe, expect, it } from 'vitest';
import { RECORDED_EVENT_BYTES } from '../../src/index.ts';
import { orgApi } from '../support/org-api.ts';
import { useSimulator } from '../support/use-simulator.ts';

describe('hardening', () => {
  const simulator = useSimulator({ organizations: 5, populate: 1, lifecycleDelayMs: 20 });
  const api = () => orgApi(simulator().url, simulator().populated[0]!.organizationId);

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('treats "%s" as an unknown field', async (name) => {
    const body = `{"name":"x","${name}":{"polluted":true}}`;
    const response = await api().call('POST', '/workspaces', JSON.parse(body));
    expect(response.status).toBe(400);
    expect(response.json.fieldErrors).toEqual([{ code: 'unknown', field: name, message: `${name} is not a known field of this request body` }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const nested = await api().post('/workspaces', { name: 'y', description: 'z' });
    expect(nested.status).toBe(200);
  });

  it('refuses whole numbers beyond the safe range in queries and bodies', async () => {
    for (const value of ['99999999999999999999', '9007199254740993', '1'.repeat(400)]) {
      const response = await api().get(`/workspaces?offset=${value}`);
      expect(response.status).toBe(400);
      expect(response.json.fieldErrors[0]).toMatchObject({ field: 'offset' });
    }
    expect((await api().get('/workspaces?offset=9007199254740991')).json.offset).toBe(9007199254740991);
    const huge = await api().post('/tokens', { name: 'big', scope: 'ORGANIZATION', role: 'ORGANIZATION_MEMBER', tokenExpiryPeriodInDays: 1e300 });
    expect(huge.status).toBe(400);
    expect(huge.json.fieldErrors).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'range', field: 'tokenExpiryPeriodInDays' })]));
    const freeForm = await api().post('/environment-objects', {
      objectKey: 'k', objectType: 'CONNECTION', scope: 'WORKSPACE', scopeEntityId: simulator().populated[0]!.workspaces[0], connection: { type: 'http', extra: { retries: 12345678901234567890 } },
    });
    expect(freeForm.json.fieldErrors).toEqual([expect.objectContaining({ code: 'range', field: 'connection.extra.retries' })]);
  });

  it('refuses date-times with a leap second or a day that does not exist', async () => {
    const { development } = simulator().populated[0]!.deployments;
    for (const date of ['2026-06-30T23:59:60Z', '2026-02-30T00:00:00Z', '2026-04-31T10:00:00Z', '2026-01-01T24:00:00Z']) {
      const query = await api().get(`/deployments/${development}/logs?sources=scheduler&endDate=${encodeURIComponent(date)}`);
      expect(query.status, date).toBe(400);
      expect(query.json.fieldErrors[0]).toMatchObject({ field: 'endDate', code: 'format' });
      const body = await api().post(`/deployments/${development}/hibernation-override`, { isHibernating: true, overrideUntil: date });
      expect(body.status, date).toBe(400);
      expect(body.json.fieldErrors[0]).toMatchObject({ field: 'overrideUntil', code: 'format' });
    }
    expect((await api().get(`/deployments/${development}/logs?sources=scheduler&endDate=2028-02-29T12:00:00Z`)).status).toBe(200);
  });

  it('keeps the recorded audit log within its byte budget under large valid bodies', async () => {
    const organizationId = simulator().populated[0]!.organizationId;
    const description = 'd'.repeat(480);
    const environmentVariables = Array.from({ length: 2000 }, (_, index) => ({ key: `K${index}`, value: 'v'.repeat(300), isSecret: false }));
    const { STANDARD } = simulator().populated[0]!.deployments;
    const current = (await api().get(`/deployments/${STANDARD}`)).json;
    const body = {
      type: 'STANDARD', name: current.name, description, workspaceId: current.workspaceId, executor: 'ASTRO', isCicdEnforced: false, isDagDeployEnabled: true,
      isHighAvailability: false, schedulerSize: 'SMALL', environmentVariables,
    };
    const size = Buffer.byteLength(JSON.stringify(body));
    expect(size).toBeGreaterThan(600_000);
    const rounds = Math.ceil((RECORDED_EVENT_BYTES * 1.5) / 16_384);
    const before = process.memoryUsage().heapUsed;
    for (let round = 0; round < 40; round += 1) expect((await api().post(`/deployments/${STANDARD}`, body)).status).toBe(200);
    for (let round = 0; round < rounds; round += 1) simulator().store.recordAuditEvent({ subjectId: 's', subjectType: 'USER', organizationId, timestamp: '2026-06-01T00:00:00Z', sourceIp: '127.0.0.1', userAgent: 't', requestBody: 'x'.repeat(20_000) });
    expect(simulator().store.recordedBytes).toBeLessThanOrEqual(RECORDED_EVENT_BYTES);
    const recorded = [...simulator().store.auditEvents(organizationId, { startMs: Date.parse('2026-06-01T00:00:00Z') })].filter((event) => event.subjectId === 's');
    expect(recorded.length).toBeLessThan(rounds);
    expect(recorded.every((event) => Buffer.byteLength(event.requestBody!) <= 16 * 1024 + 3)).toBe(true);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
  });
});
