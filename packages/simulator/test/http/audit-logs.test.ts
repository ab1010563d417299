import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { callApi } from '../support/call-api.ts';
import { useSimulator } from '../support/use-simulator.ts';

const lines = (gzipped: Buffer) => gunzipSync(gzipped).toString('utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));

describe('GetOrganizationAuditLogs', () => {
  const simulator = useSimulator({ auditEventsPerOrganization: 2000 });
  const path = (id: string, query = '', version = '/v1') => `${version}/organizations/${id}/audit-logs${query}`;

  it('sends gzip-compressed NDJSON labelled as the vendor does (octet-stream)', async () => {
    const id = simulator().store.all()[0]!.id;
    const response = await callApi(simulator().url, { path: path(id) });
    expect(response.status).toBe(200);
    expect(response.headers('content-type')).toBe('application/octet-stream');
    expect(response.headers('content-encoding')).toBe('gzip');
    expect([...response.body.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    const events = lines(response.body);
    expect(events).toHaveLength(2000);
    expect(events.every((event) => event.organizationId === id)).toBe(true);
  });

  it('answers application/x-ndjson when the client asks for it', async () => {
    const id = simulator().store.all()[0]!.id;
    const response = await callApi(simulator().url, { path: path(id, '', '/platform/v1beta1'), headers: { accept: 'application/x-ndjson' } });
    expect(response.headers('content-type')).toBe('application/x-ndjson');
  });

  it('returns only the events of the date range, in time order', async () => {
    const id = simulator().store.all()[1]!.id;
    const response = await callApi(simulator().url, { path: path(id, '?startDate=2026-05-01T00:00:00Z&endDate=2026-05-07T23:59:59Z') });
    const events = lines(response.body);
    const expected = [...simulator().store.auditEvents(id, {
      startMs: Date.parse('2026-05-01T00:00:00Z'), endMs: Date.parse('2026-05-07T23:59:59Z'),
    })];
    expect(events.length).toBe(expected.length);
    expect(events.length).toBeGreaterThan(100);
    expect(events[0].timestamp >= '2026-05-01T00:00:00Z').toBe(true);
    expect(events.at(-1).timestamp <= '2026-05-07T23:59:59Z').toBe(true);
    const times = events.map((event) => event.timestamp);
    expect(times).toEqual([...times].sort());
  });

  it('rejects a range that ends before it starts, and malformed dates', async () => {
    const id = simulator().store.all()[1]!.id;
    const reversed = await callApi(simulator().url, { path: path(id, '?startDate=2026-05-02T00:00:00Z&endDate=2026-05-01T00:00:00Z') });
    expect(reversed.status).toBe(400);
    expect(reversed.json.fieldErrors).toEqual([expect.objectContaining({ code: 'range', field: 'endDate' })]);
    const malformed = await callApi(simulator().url, { path: path(id, '?startDate=yesterday') });
    expect(malformed.json.fieldErrors).toEqual([expect.objectContaining({ code: 'format', field: 'startDate' })]);
  });

  it('answers 403 for an unknown Organization, since the operation documents no 404', async () => {
    const response = await callApi(simulator().url, { path: path('cunknown00000000000000000') });
    expect(response.status).toBe(403);
    expect(response.documented).toBe(true);
  });

  it('lists updates made through the API as events', async () => {
    const id = simulator().store.all()[2]!.id;
    const update = await callApi(simulator().url, {
      method: 'POST',
      path: `/v1/organizations/${id}`,
      headers: { 'user-agent': 'audit-test/1.0' },
      body: JSON.stringify({ billingEmail: 'b@acme.example', isScimEnabled: false, name: 'Audited' }),
    });
    const response = await callApi(simulator().url, { path: path(id, `?startDate=${update.json.updatedAt}`) });
    expect(lines(response.body)).toContainEqual(
      expect.objectContaining({
        method: 'POST',
        path: `/v1/organizations/${id}`,
        userAgent: 'audit-test/1.0',
        requestId: update.headers('x-request-id'),
        requestBody: JSON.stringify({ billingEmail: 'b@acme.example', isScimEnabled: false, name: 'Audited' }),
        statusCode: 200,
      }),
    );
  });
});
