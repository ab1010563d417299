import { describe, expect, it } from 'vitest';
import { callApi } from '../support/call-api.ts';
import { useSimulator } from '../support/use-simulator.ts';

const body = { billingEmail: 'finance@acme.example', isScimEnabled: true, name: 'Acme Data Platform' };

describe('UpdateOrganization', () => {
  const simulator = useSimulator();
  const update = (id: string, payload: unknown, version = '/v1', headers: Record<string, string> = {}) =>
    callApi(simulator().url, { method: 'POST', path: `${version}/organizations/${id}`, body: typeof payload === 'string' ? payload : JSON.stringify(payload), headers });

  it('persists the settings and moves updatedAt and updatedBy', async () => {
    const record = simulator().store.all()[20]!;
    const before = (await callApi(simulator().url, { path: `/v1/organizations/${record.id}` })).json;
    const started = Date.now();
    const response = await update(record.id, { ...body, allowEnhancedSupportAccess: !before.allowEnhancedSupportAccess, hasAiFeaturesDisabled: true });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ ...body, allowEnhancedSupportAccess: !before.allowEnhancedSupportAccess, hasAiFeaturesDisabled: true });
    expect(Date.parse(response.json.updatedAt)).toBeGreaterThanOrEqual(Math.floor(started / 1000) * 1000);
    expect(response.json.updatedAt > before.updatedAt).toBe(true);
    expect(response.json.updatedBy.subjectType).toBe('SERVICEKEY');
    expect(response.json.createdAt).toBe(before.createdAt);
    // Both versions see the change; untouched settings stay.
    const after = (await callApi(simulator().url, { path: `/platform/v1beta1/organizations/${record.id}` })).json;
    expect(after).toMatchObject({ ...body, updatedAt: response.json.updatedAt, shouldEnforceDedicatedClusters: before.shouldEnforceDedicatedClusters });
  });

  it('is idempotent: repeating an update leaves the same settings', async () => {
    const id = simulator().store.all()[21]!.id;
    const first = (await update(id, body)).json;
    const second = (await update(id, body)).json;
    expect({ ...second, updatedAt: undefined }).toEqual({ ...first, updatedAt: undefined });
  });

  it('rejects a name over 50 characters like the spec example, and accepts 50', async () => {
    const id = simulator().store.all()[22]!.id;
    const response = await update(id, { ...body, name: 'x'.repeat(51) });
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({
      message: 'Invalid request: 1 field failed validation',
      statusCode: 400,
      fieldErrors: [{ code: 'max', field: 'name', message: 'name must be at most 50 characters long' }],
    });
    expect((await update(id, { ...body, name: 'x'.repeat(50) })).status).toBe(200);
  });

  it.each([
    ['a missing required field', { name: 'A', billingEmail: 'b@c.example' }, [{ code: 'required', field: 'isScimEnabled' }]],
    ['wrong types', { ...body, isScimEnabled: 'yes', name: 5 }, [{ code: 'type', field: 'isScimEnabled' }, { code: 'type', field: 'name' }]],
    ['an unknown field', { ...body, colour: 'blue' }, [{ code: 'unknown', field: 'colour' }]],
    ['an array', [body], [{ code: 'type', field: 'body' }]],
    ['malformed JSON', '{"name": "A",', [{ code: 'json', field: 'body' }]],
    ['no body', '', [{ code: 'required', field: 'body' }]],
  ])('answers 400 with fieldErrors for %s', async (_case, payload, fieldErrors) => {
    const response = await update(simulator().store.all()[23]!.id, payload);
    expect(response.status).toBe(400);
    expect(response.json.fieldErrors).toEqual(fieldErrors.map((error) => expect.objectContaining(error)));
  });

  it('requires a JSON content type and valid UTF-8', async () => {
    const id = simulator().store.all()[23]!.id;
    const text = await update(id, body, '/v1', { 'content-type': 'text/plain' });
    expect(text.json.fieldErrors).toEqual([expect.objectContaining({ code: 'contentType', field: 'Content-Type' })]);
    const bytes = await callApi(simulator().url, {
      method: 'POST', path: `/v1/organizations/${id}`, body: Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]),
    });
    expect(bytes.json.fieldErrors).toEqual([expect.objectContaining({ code: 'encoding', field: 'body' })]);
  });

  it('knows which fields each version accepts', async () => {
    const id = simulator().store.all()[24]!.id;
    const beta = await update(id, { ...body, hasAiFeaturesDisabled: true }, '/platform/v1beta1');
    expect(beta.status).toBe(400);
    expect(beta.json.fieldErrors).toEqual([expect.objectContaining({ code: 'unknown', field: 'hasAiFeaturesDisabled' })]);
    expect((await update(id, { ...body, shouldEnforceDedicatedClusters: true }, '/platform/v1beta1')).json.shouldEnforceDedicatedClusters).toBe(true);
  });

  it('answers 404 for an unknown Organization after validating the body', async () => {
    expect((await update('cunknown00000000000000000', body)).status).toBe(404);
    expect((await update('cunknown00000000000000000', { name: 'A' })).status).toBe(400);
  });

  it('refuses a body over 1 MiB with 413 and keeps serving', async () => {
    const id = simulator().store.all()[25]!.id;
    const huge = JSON.stringify({ ...body, padding: 'x'.repeat(1024 * 1024) });
    const response = await update(id, huge);
    expect(response.status).toBe(413);
    expect(response.json.message).toMatch(/exceeds the limit of 1048576 bytes/);
    expect((await update(id, body)).status).toBe(200);
  });
});
