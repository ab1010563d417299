/**
 * Browsers: CORS for allowed origins (by default pages served from this machine), preflights for
 * the methods a path offers; the control endpoints get no CORS and refuse cross-site requests.
 */
import { describe, expect, it } from 'vitest';
import { rawRequest } from '../support/raw-request.ts';
import { useSimulator } from '../support/use-simulator.ts';

const preflight = (origin: string, method = 'POST', headers = 'authorization, content-type') => ({
  origin,
  'access-control-request-method': method,
  'access-control-request-headers': headers,
});

describe('CORS with the default origins (local pages)', () => {
  const simulator = useSimulator({ organizations: 3 });
  const organization = () => `/v1/organizations/${simulator().store.all()[0]!.id}`;

  it('answers a preflight from a local page with the path’s methods and the asked headers', async () => {
    const response = await rawRequest(simulator().url, { method: 'OPTIONS', path: organization(), headers: preflight('http://localhost:5173') });
    expect(response.status).toBe(204);
    expect(response.headers('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers('access-control-allow-methods')).toBe('GET, POST');
    expect(response.headers('access-control-allow-headers')).toBe('authorization, content-type');
    expect(response.headers('vary')).toBe('Origin');
  });

  it('lets a local page read answers and the headers a client needs, errors included', async () => {
    for (const origin of ['http://127.0.0.1:8080', 'http://[::1]:3000']) {
      const ok = await rawRequest(simulator().url, { method: 'GET', path: organization(), headers: { origin, authorization: 'Bearer t' } });
      expect(ok.headers('access-control-allow-origin')).toBe(origin);
      expect(ok.headers('access-control-expose-headers')).toContain('x-request-id');
      const denied = await rawRequest(simulator().url, { method: 'GET', path: organization(), headers: { origin } });
      expect(denied.status).toBe(401);
      expect(denied.headers('access-control-allow-origin')).toBe(origin);
    }
  });

  it('gives another site nothing: no CORS headers, and a refused preflight', async () => {
    const response = await rawRequest(simulator().url, { method: 'GET', path: organization(), headers: { origin: 'https://evil.example', authorization: 'Bearer t' } });
    expect(response.headers('access-control-allow-origin')).toBeUndefined();
    const refused = await rawRequest(simulator().url, { method: 'OPTIONS', path: organization(), headers: preflight('https://evil.example') });
    expect(refused.status).toBe(403);
    expect(refused.headers('access-control-allow-origin')).toBeUndefined();
    expect((await rawRequest(simulator().url, { method: 'OPTIONS', path: '/v1/nothing', headers: preflight('http://localhost:1') })).status).toBe(404);
  });

  it('keeps the control endpoints to scripts: no CORS, cross-site requests refused', async () => {
    const cross = await rawRequest(simulator().url, { method: 'POST', path: '/__simulator/reset', headers: { origin: 'http://localhost:5173' } });
    expect(cross.status).toBe(403);
    expect(cross.headers('access-control-allow-origin')).toBeUndefined();
    const fetchMarked = await rawRequest(simulator().url, { method: 'POST', path: '/__simulator/faults', headers: { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' }, body: '{"fault":"503"}' });
    expect(fetchMarked.status).toBe(403);
    expect(simulator().faults.size).toBe(0);
    const preflightControl = await rawRequest(simulator().url, { method: 'OPTIONS', path: '/__simulator/faults', headers: preflight('http://localhost:5173') });
    expect(preflightControl.status).toBe(403);
    expect(preflightControl.headers('access-control-allow-origin')).toBeUndefined();
    const script = await rawRequest(simulator().url, { method: 'GET', path: '/__simulator/health' });
    expect(script.status).toBe(200);
    const own = new URL(simulator().url);
    expect((await rawRequest(simulator().url, { method: 'GET', path: '/__simulator/health', headers: { origin: simulator().url, host: own.host } })).status).toBe(200);
  });

  it('bounds the control endpoint’s fault queue', async () => {
    const push = () => rawRequest(simulator().url, { method: 'POST', path: '/__simulator/faults', headers: { 'content-type': 'application/json' }, body: '{"fault":"503","match":{"path":"/nowhere"}}' });
    for (let index = 0; index < 1000; index += 1) expect((await push()).status).toBe(201);
    const full = await push();
    expect(full.status).toBe(400);
    expect(JSON.parse(full.body.toString()).message).toMatch(/queue is full/);
    expect((await rawRequest(simulator().url, { method: 'DELETE', path: '/__simulator/faults' })).status).toBe(204);
  });
});

describe('CORS with chosen origins', () => {
  const simulator = useSimulator({ organizations: 1, allowedOrigins: ['https://console.acme.example'] });

  it('allows exactly those origins (no local pages unless listed)', async () => {
    const path = '/v1/organizations';
    const allowed = await rawRequest(simulator().url, { method: 'OPTIONS', path, headers: preflight('https://console.acme.example', 'GET') });
    expect(allowed.headers('access-control-allow-origin')).toBe('https://console.acme.example');
    expect((await rawRequest(simulator().url, { method: 'OPTIONS', path, headers: preflight('http://localhost:5173', 'GET') })).status).toBe(403);
  });

  it('answers the upload endpoint’s preflight for PUT with the blob-type header', async () => {
    const upload = await rawRequest(simulator().uploadUrl, { method: 'OPTIONS', path: '/dags/d/x', headers: preflight('https://console.acme.example', 'PUT', 'x-ms-blob-type, content-type') });
    expect(upload.status).toBe(204);
    expect(upload.headers('access-control-allow-methods')).toBe('PUT');
    expect(upload.headers('access-control-allow-headers')).toBe('x-ms-blob-type, content-type');
  });
});
