/** Non-2xx answers become AstroApiError whatever the body looks like; bad 2xx bodies become AstroParseError. */
import { describe, expect, it } from 'vitest';
import { AstroApiError, AstroParseError, createClient } from '../src/v1.ts';
import { fakeFetch, json, text, type Step } from './helpers/fake-fetch.ts';
import { BASE_URL, errorBody, organization, TOKEN } from './helpers/fixtures.ts';

const clientAnswering = (...steps: Step[]) => createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: BASE_URL, maxRetries: 0, fetch: fakeFetch(...steps) });

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describe('AstroApiError', () => {
  it('reads status, message, requestId and body from a JSON error', async () => {
    const error = await failure(clientAnswering(json(404, errorBody(404, 'Organization not found', 'req-404'))).organizations.get());
    expect(error).toBeInstanceOf(AstroApiError);
    expect(error).toMatchObject({
      status: 404,
      requestId: 'req-404',
      method: 'GET',
      path: '/organizations/org-1',
      operationId: 'GetOrganization',
      body: errorBody(404, 'Organization not found', 'req-404'),
    });
    expect((error as Error).message).toBe('GET /organizations/org-1 failed with 404: Organization not found (request id req-404)');
  });

  it('lists fieldErrors of a validation 400 in the error and its message', async () => {
    const fieldErrors = [{ code: 'max_length', field: 'name', message: 'must be at most 50 characters' }];
    const error = (await failure(
      clientAnswering(json(400, { ...errorBody(400, 'Invalid request'), fieldErrors })).organizations.update({
        name: 'x'.repeat(51),
        billingEmail: 'billing@example.com',
        isScimEnabled: false,
      }),
    )) as AstroApiError;
    expect(error.fieldErrors).toEqual(fieldErrors);
    expect(error.method).toBe('POST');
    expect(error.message).toContain('name: must be at most 50 characters');
  });

  it('keeps a text/plain gateway body and takes the request id from x-request-id', async () => {
    const error = (await failure(
      clientAnswering(text(403, 'RBAC: access denied', { 'x-request-id': 'gw-7' })).organizations.get(),
    )) as AstroApiError;
    expect(error).toMatchObject({ status: 403, body: 'RBAC: access denied', requestId: 'gw-7' });
    expect(error.message).toBe('GET /organizations/org-1 failed with 403: RBAC: access denied; the token lacks the permission, or the resource is outside its scope (request id gw-7)');
  });

  it('says an HTML page came back instead of quoting it', async () => {
    const html = '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>';
    const error = (await failure(
      clientAnswering(new Response(html, { status: 502, headers: { 'content-type': 'text/html' } })).organizations.get(),
    )) as AstroApiError;
    expect(error.status).toBe(502);
    expect(error.body).toBe(html);
    expect(error.message).toBe('GET /organizations/org-1 failed with 502: an HTML page (from a proxy or gateway)');
  });

  it('handles an empty error body', async () => {
    const error = (await failure(clientAnswering(new Response(null, { status: 401 })).organizations.get())) as AstroApiError;
    expect(error.status).toBe(401);
    expect(Object.keys(error)).not.toContain('body');
    expect(Object.keys(error)).not.toContain('requestId');
    expect(error.message).toBe('GET /organizations/org-1 failed with 401: an empty body; check the token');
  });

  it('summarises a JSON error body without a message field', async () => {
    const error = (await failure(clientAnswering(json(409, { reason: 'conflict' })).organizations.get())) as AstroApiError;
    expect(error.message).toBe('GET /organizations/org-1 failed with 409: {"reason":"conflict"}');
  });

  it('reports the Retry-After of a rejected call', async () => {
    const error = (await failure(clientAnswering(text(429, 'slow down', { 'retry-after': '120' })).organizations.get())) as AstroApiError;
    expect(error.retryAfterMs).toBe(120_000);
    expect(error.message).toContain('retry after 120 s');
  });
});

describe('2xx bodies that are not what the spec promises', () => {
  it('rejects malformed JSON with AstroParseError instead of returning undefined data', async () => {
    const error = await failure(
      clientAnswering(new Response('{"id": "org-1", ', { status: 200, headers: { 'content-type': 'application/json' } })).organizations.get(),
    );
    expect(error).toBeInstanceOf(AstroParseError);
    expect(error).toMatchObject({ status: 200, method: 'GET', path: '/organizations/org-1' });
    expect((error as Error).message).toBe('GET /organizations/org-1 answered 200 with malformed JSON: "{\\"id\\": \\"org-1\\", ".');
  });

  it('rejects an empty 200 body', async () => {
    const error = await failure(clientAnswering(new Response('', { status: 200 })).organizations.get());
    expect(error).toBeInstanceOf(AstroParseError);
    expect((error as Error).message).toBe('GET /organizations/org-1 answered 200 with an empty body.');
  });

  it('rejects an HTML 200 (a captive portal) as malformed JSON', async () => {
    const error = await failure(clientAnswering(new Response('<html>login</html>', { status: 200 })).organizations.list());
    expect(error).toBeInstanceOf(AstroParseError);
  });

  it('returns the parsed body of a good answer', async () => {
    const org = organization('org-1');
    await expect(clientAnswering(json(200, org)).organizations.get()).resolves.toEqual(org);
  });
});

describe('errors through the openapi-fetch client', () => {
  it('keeps openapi-fetch semantics: astro.GET returns { error, response } instead of throwing', async () => {
    const astro = clientAnswering(json(404, errorBody(404, 'Organization not found')));
    const { data, error, response } = await astro.GET('/organizations/{organizationId}', { params: { path: { organizationId: 'org-1' } } });
    expect(data).toBeUndefined();
    expect(error).toEqual(errorBody(404, 'Organization not found'));
    expect(response.status).toBe(404);
  });
});

describe('instanceof', () => {
  it('follows the class hierarchy', async () => {
    const { AstroConnectionError, AstroError, AstroTimeoutError, AstroWaitError } = await import('../src/index.ts');
    const timeout = new AstroTimeoutError('slow', { timeoutMs: 5 });
    expect(timeout).toBeInstanceOf(AstroTimeoutError);
    expect(timeout).toBeInstanceOf(AstroConnectionError);
    expect(timeout).toBeInstanceOf(AstroError);
    expect(timeout).toBeInstanceOf(Error);
    expect(timeout instanceof AstroApiError).toBe(false);
    expect(new AstroWaitError('w', { reason: 'timeout' }) instanceof AstroConnectionError).toBe(false);
    expect(new Error('plain') instanceof AstroError).toBe(false);
    expect((null as unknown) instanceof AstroError).toBe(false);
    expect(({ name: 'AstroApiError' }) instanceof AstroApiError).toBe(false);
  });

  it('keeps the usual rule for subclasses of your own', () => {
    class RateLimited extends AstroApiError {}
    expect(new RateLimited('r', { status: 429 })).toBeInstanceOf(AstroApiError);
    expect(new RateLimited('r', { status: 429 })).toBeInstanceOf(RateLimited);
    expect(new AstroApiError('a', { status: 429 }) instanceof RateLimited).toBe(false);
  });

  it('keeps the brand out of what an error shows', () => {
    const error = new AstroApiError('a', { status: 500 });
    expect(Object.getOwnPropertySymbols(error)).toEqual([]);
    expect(JSON.parse(JSON.stringify(error))).toEqual({ name: 'AstroApiError', message: 'a', status: 500 });
  });
});
