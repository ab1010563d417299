import { describe, expect, it } from 'vitest';
import { callApi } from '../support/call-api.ts';
import { userJwt } from '../support/tokens.ts';
import { useSimulator } from '../support/use-simulator.ts';

describe('bearer authentication', () => {
  const simulator = useSimulator();

  it.each([
    ['no header', '', /Missing Authorization header/],
    ['another scheme', 'Basic dXNlcjpwYXNz', /Bearer scheme/],
    ['an empty token', 'Bearer ', /Bearer scheme/],
    ['a token with bad characters', 'Bearer abc{def}', /malformed/],
    ['an expired JWT', `Bearer ${userJwt({ sub: 'u1', exp: 1_000_000 })}`, /expired/],
  ])('answers 401 to %s', async (_case, authorization, message) => {
    for (const path of ['/v1/organizations', '/platform/v1beta1/organizations']) {
      const response = await callApi(simulator().url, { path, headers: { authorization } });
      expect(response.status).toBe(401);
      expect(response.json.message).toMatch(message);
      expect(response.headers('www-authenticate')).toMatch(/^Bearer realm="astro-api"/);
    }
  });

  it('authenticates before validating, so a bad request without a token is a 401', async () => {
    const response = await callApi(simulator().url, { path: '/v1/organizations?limit=abc', headers: { authorization: '' } });
    expect(response.status).toBe(401);
  });

  it('records a JWT user as the author of an update', async () => {
    const id = simulator().store.all()[1]!.id;
    const token = userJwt({ sub: 'cuserjwt0000000000000000', email: 'jane.doe@acme.example', name: 'Jane Doe', exp: 4_000_000_000 });
    const response = await callApi(simulator().url, {
      method: 'POST',
      path: `/v1/organizations/${id}`,
      headers: { authorization: `Bearer ${token}` },
      body: JSON.stringify({ billingEmail: 'billing@acme.example', isScimEnabled: true, name: 'Acme' }),
    });
    expect(response.json.updatedBy).toEqual({
      id: 'cuserjwt0000000000000000', subjectType: 'USER', username: 'jane.doe@acme.example', fullName: 'Jane Doe',
    });
  });

  it('records an opaque token as an API token with a stable identity', async () => {
    const id = simulator().store.all()[2]!.id;
    const update = (name: string) =>
      callApi(simulator().url, {
        method: 'POST',
        path: `/platform/v1beta1/organizations/${id}`,
        headers: { authorization: 'Bearer opaque-token-1' },
        body: JSON.stringify({ billingEmail: 'b@acme.example', isScimEnabled: false, name }),
      });
    const first = (await update('One')).json.updatedBy;
    const second = (await update('Two')).json.updatedBy;
    expect(first).toEqual(second);
    expect(first).toMatchObject({ subjectType: 'SERVICEKEY', apiTokenName: expect.stringMatching(/^api-token-[0-9a-f]{6}$/) });
    expect(first.id).toMatch(/^c[0-9a-z]{24}$/);
  });
});
