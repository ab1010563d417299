import { describe, expect, it } from 'vitest';
import { callApi } from '../support/call-api.ts';
import { useSimulator } from '../support/use-simulator.ts';

describe('routing', () => {
  const simulator = useSimulator();

  it('serves both versions under the base paths of their servers', async () => {
    const { url, baseUrls } = simulator();
    expect(baseUrls).toEqual({ v1: `${url}/v1`, v1beta1: `${url}/platform/v1beta1` });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    for (const path of ['/v1/organizations', '/platform/v1beta1/organizations']) {
      const response = await callApi(url, { path });
      expect(response.status).toBe(200);
      expect(response.documented).toBe(true);
    }
  });

  it.each(['/', '/v2/organizations', '/v1/organization', '/v1/organizations/x/y/z', '/platform/v1/organizations', '/v1/organizations/'])(
    'answers an unknown route %s with a JSON 404',
    async (path) => {
      const response = await callApi(simulator().url, { path });
      expect(response.status).toBe(404);
      expect(response.json.message).toContain('No operation matches');
    },
  );

  it('answers a method the path does not offer with 405 and Allow', async () => {
    const id = simulator().store.all()[0]!.id;
    const cases = [
      ['DELETE', '/v1/organizations', 'GET'],
      ['PUT', `/v1/organizations/${id}`, 'GET, POST'],
      ['PATCH', `/platform/v1beta1/organizations/${id}`, 'GET, POST'],
      ['POST', `/v1/organizations/${id}/audit-logs`, 'GET'],
    ] as const;
    for (const [method, path, allow] of cases) {
      const response = await callApi(simulator().url, { method, path });
      expect(response.status).toBe(405);
      expect(response.headers('allow')).toBe(allow);
    }
  });

  it('gives every response its own request id, also on errors', async () => {
    const ids = new Set<string>();
    for (const path of ['/v1/organizations', '/nope', '/v1/organizations/unknown']) {
      const response = await callApi(simulator().url, { path });
      ids.add(response.headers('x-request-id')!);
    }
    expect(ids.size).toBe(3);
  });

  it('reports its health on the control endpoint', async () => {
    const response = await callApi(simulator().url, { path: '/__simulator/health' });
    expect(response.json).toEqual({
      status: 'ok',
      organizations: 300,
      seed: 42,
      referenceTime: '2026-06-01T00:00:00.000Z',
      populatedOrganizations: [],
      records: 0,
      uploadOrigin: simulator().uploadUrl,
      memory: { rssBytes: expect.any(Number), heapUsedBytes: expect.any(Number) },
    });
    expect(response.json.memory.rssBytes).toBeGreaterThan(response.json.memory.heapUsedBytes);
  });
});

describe('request targets', () => {
  const simulator = useSimulator();

  it('keeps a target that starts with // a path instead of reading it as a host', async () => {
    const response = await callApi(simulator().url, { path: '//evil.example/v1/organizations' });
    expect(response.status).toBe(404);
    expect(response.json.message).toBe('No operation matches GET //evil.example/v1/organizations');
  });

  it('accepts the absolute form that proxies send', async () => {
    const response = await callApi(simulator().url, { path: `${simulator().url}/v1/organizations?limit=1` });
    expect(response.status).toBe(200);
  });
});
