import { describe, expect, it } from 'vitest';
import { FAULT_HEADER } from '../../src/index.ts';
import { callApi } from '../support/call-api.ts';
import { rawRequest } from '../support/raw-request.ts';
import { AUTH } from '../support/tokens.ts';
import { useSimulator } from '../support/use-simulator.ts';

describe('fault injection', () => {
  const simulator = useSimulator({ auditEventsPerOrganization: 20_000 });
  const withFault = (fault: string, path = '/v1/organizations') => callApi(simulator().url, { path, headers: { [FAULT_HEADER]: fault } });

  it('answers an injected status with the JSON Error body', async () => {
    const response = await withFault('503');
    expect(response.status).toBe(503);
    expect(response.json).toMatchObject({ statusCode: 503, message: 'Service Unavailable (simulated fault)' });
  });

  it('sends Retry-After with an injected 429', async () => {
    const response = await withFault('429;retry-after=1');
    expect(response.status).toBe(429);
    expect(response.documented).toBe(true);
    expect(response.headers('retry-after')).toBe('1');
  });

  it('answers like a gateway with text-403: plain text, no request id in the body', async () => {
    const response = await withFault('text-403');
    expect(response.status).toBe(403);
    expect(response.headers('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.body.toString()).toBe('RBAC: access denied');
  });

  it('fails `times` requests with the same header, then lets one through, then starts over', async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 6; attempt += 1) statuses.push((await withFault('500;times=2')).status);
    expect(statuses).toEqual([500, 500, 200, 500, 500, 200]);
  });

  it('adds latency before answering', async () => {
    const started = performance.now();
    const response = await withFault('latency=300');
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('resets the connection', async () => {
    await expect(rawRequest(simulator().url, { method: 'GET', path: '/v1/organizations', headers: { ...AUTH, [FAULT_HEADER]: 'reset' } })).rejects.toThrow(
      /ECONNRESET|socket hang up/,
    );
  });

  it('truncates a JSON body and a streamed export', async () => {
    const id = simulator().store.all()[0]!.id;
    await expect(
      rawRequest(simulator().url, { method: 'GET', path: '/v1/organizations', headers: { ...AUTH, [FAULT_HEADER]: 'truncate' } }),
    ).rejects.toThrow(/aborted|ECONNRESET|socket hang up/);
    await expect(
      rawRequest(simulator().url, { method: 'GET', path: `/v1/organizations/${id}/audit-logs`, headers: { ...AUTH, [FAULT_HEADER]: 'truncate' } }),
    ).rejects.toThrow(/aborted|ECONNRESET|socket hang up/);
  });

  it('answers a malformed fault header with 400 naming the header', async () => {
    const response = await withFault('explode');
    expect(response.status).toBe(400);
    expect(response.json.fieldErrors).toEqual([
      { code: 'fault', field: FAULT_HEADER, message: 'Unknown fault directive "explode"' },
    ]);
  });

  it('applies scripted faults from the programmatic API to matching operations only', async () => {
    const id = simulator().store.all()[0]!.id;
    simulator().faults.push('502;times=2', { operationId: 'GetOrganization' });
    expect((await callApi(simulator().url, { path: '/v1/organizations' })).status).toBe(200);
    expect((await callApi(simulator().url, { path: `/v1/organizations/${id}` })).status).toBe(502);
    expect((await callApi(simulator().url, { path: `/platform/v1beta1/organizations/${id}` })).status).toBe(502);
    expect((await callApi(simulator().url, { path: `/v1/organizations/${id}` })).status).toBe(200);
  });

  it('queues, lists and clears faults through the control endpoint', async () => {
    const { url } = simulator();
    const control = (method: string, body?: unknown) =>
      callApi(url, { method, path: '/__simulator/faults', body: body === undefined ? undefined : JSON.stringify(body) });
    const queued = await control('POST', { fault: 'text-429', match: { method: 'GET', path: '/platform/v1beta1' } });
    expect(queued.status).toBe(201);
    expect(queued.json.fault).toMatchObject({ status: 429, text: 'Too Many Requests', remaining: 1 });
    await control('POST', { status: 500, times: 3 });
    expect((await control('GET')).json.faults).toHaveLength(2);
    const throttled = await callApi(url, { path: '/platform/v1beta1/organizations' });
    expect([throttled.status, throttled.body.toString()]).toEqual([429, 'Too Many Requests']);
    expect((await control('DELETE')).status).toBe(204);
    expect((await control('GET')).json.faults).toEqual([]);
    expect((await callApi(url, { path: '/v1/organizations' })).status).toBe(200);
  });

  it('refuses a malformed scripted fault with 400', async () => {
    const response = await callApi(simulator().url, { method: 'POST', path: '/__simulator/faults', body: JSON.stringify({ fault: '99' }) });
    expect(response.status).toBe(400);
    expect(response.json.message).toMatch(/^Invalid fault: /);
    expect((await callApi(simulator().url, { method: 'POST', path: '/__simulator/faults', body: '{' })).status).toBe(400);
  });
});
