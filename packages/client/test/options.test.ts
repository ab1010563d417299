/** createClient's options and the request options: defaults, the environment, and a typed error for each bad or unknown value. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient as createBeta } from '../src/v1beta1.ts';
import { AstroConfigError, AstroInputError, createClient, type ClientOptions } from '../src/v1.ts';
import { fakeFetch, json } from './helpers/fake-fetch.ts';
import { organization, testClient, TOKEN } from './helpers/fixtures.ts';

afterEach(() => vi.unstubAllEnvs());

const client = (options: ClientOptions = {}) => createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, ...options });

describe('default base URLs, from the servers of each spec', () => {
  it('v1 calls https://api.astronomer.io/v1', async () => {
    const fetch = fakeFetch(json(200, organization('org-1')));
    await client({ fetch }).organizations.get();
    expect(fetch.calls[0]!.url).toBe('https://api.astronomer.io/v1/organizations/org-1');
  });

  it('v1beta1 calls https://api.astronomer.io/platform/v1beta1', async () => {
    const fetch = fakeFetch(json(200, organization('org-1')));
    await createBeta({ token: TOKEN, organizationId: 'org-1', fetch }).organizations.get();
    expect(fetch.calls[0]!.url).toBe('https://api.astronomer.io/platform/v1beta1/organizations/org-1');
  });

  it('accepts a base URL with a trailing slash', async () => {
    const fetch = fakeFetch(json(200, organization('org-1')));
    await client({ fetch, baseUrl: 'http://localhost:4010/v1/' }).organizations.get();
    expect(fetch.calls[0]!.url).toBe('http://localhost:4010/v1/organizations/org-1');
  });

  it('honours ASTRO_API_BASE_URL like ASTRO_API_TOKEN, and an explicit baseUrl over it', async () => {
    vi.stubEnv('ASTRO_API_BASE_URL', 'http://127.0.0.1:4010/v1');
    const fetch = fakeFetch(json(200, organization('org-1')));
    await client({ fetch }).organizations.get();
    await client({ fetch, baseUrl: 'https://api.example.test/v1' }).organizations.get();
    expect(fetch.calls.map((call) => call.url)).toEqual(['http://127.0.0.1:4010/v1/organizations/org-1', 'https://api.example.test/v1/organizations/org-1']);
  });
});

describe('headers', () => {
  it('sends X-API-Version on v1 when apiVersion is set, and not otherwise', async () => {
    const fetch = fakeFetch(json(200, organization('org-1')));
    await client({ fetch, apiVersion: '1.0' }).organizations.get();
    await client({ fetch }).organizations.get();
    expect(fetch.calls.map((call) => call.headers.get('x-api-version'))).toEqual(['1.0', null]);
  });

  it('sends custom headers on every request, and per-call headers on one', async () => {
    const fetch = fakeFetch(json(200, organization('org-1')));
    const astro = client({ fetch, headers: { 'x-team': 'data' } });
    await astro.organizations.get({}, { headers: { 'x-call': 'one' } });
    await astro.organizations.get();
    expect(fetch.calls.map((call) => [call.headers.get('x-team'), call.headers.get('x-call')])).toEqual([
      ['data', 'one'],
      ['data', null],
    ]);
  });

  it.each([
    ['a line feed', 'a\nX-Injected: 1'],
    ['a carriage return', 'a\rb'],
    ['a NUL', 'a\0b'],
  ])('rejects %s in a header value with AstroInputError, at createClient and per call, sending nothing', async (_, value) => {
    const fetch = fakeFetch(json(200, organization('org-1')));
    expect(() => client({ fetch, headers: { 'x-team': value } })).toThrow(new AstroInputError('createClient: the header "x-team" must be a string without CR, LF or NUL.'));
    await expect(client({ fetch }).organizations.get({}, { headers: { 'x-call': value } })).rejects.toThrow(
      new AstroInputError('organizations.get: the header "x-call" must be a string without CR, LF or NUL.'),
    );
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('bad options are typed errors thrown by createClient', () => {
  it.each<[string, ClientOptions, string]>([
    ['timeoutMs 0', { timeoutMs: 0 }, 'createClient: timeoutMs must be a whole number from 1 to 2147483647, got 0.'],
    ['timeoutMs not a number', { timeoutMs: '60' as never }, 'createClient: timeoutMs must be a whole number from 1 to 2147483647, got "60".'],
    ['maxRetries -1', { maxRetries: -1 }, 'createClient: maxRetries must be a whole number from 0 to 10, got -1.'],
    ['maxRetries 1.5', { maxRetries: 1.5 }, 'createClient: maxRetries must be a whole number from 0 to 10, got 1.5.'],
    ['deadlineMs 0', { deadlineMs: 0 }, 'createClient: deadlineMs must be a whole number from 1 to 2147483647, got 0.'],
    ['maxResponseBytes 0', { maxResponseBytes: 0 }, 'createClient: maxResponseBytes must be a whole number from 1 to 2147483647, got 0.'],
    ['a relative baseUrl', { baseUrl: 'api.astronomer.io/v1' }, 'createClient: baseUrl must be an http(s) URL like https://api.astronomer.io/v1, got "api.astronomer.io/v1".'],
    ['a baseUrl with a query', { baseUrl: 'https://api.astronomer.io/v1?debug=1' }, 'createClient: baseUrl must be an http(s) URL like https://api.astronomer.io/v1, got "https://api.astronomer.io/v1?debug=1".'],
    ['pacing of zero', { pacing: { GET: 0 } }, 'createClient: pacing.GET must be a positive number of requests per second, got 0.'],
    ['pacing for a method the API does not limit', { pacing: { PUT: 5 } as never }, 'createClient: pacing: unknown option "PUT"; did you mean "GET"?'],
  ])('%s', (_, options, message) => {
    expect(() => client(options)).toThrow(new AstroConfigError(message));
  });

  it('rejects a baseUrl with a user name or password with AstroInputError that does not repeat them', () => {
    const error = (() => {
      try {
        client({ baseUrl: 'https://admin:hunter2@api.astronomer.io/v1' });
      } catch (caught) {
        return caught as Error;
      }
    })();
    expect(error).toBeInstanceOf(AstroInputError);
    expect(error!.message).toBe('createClient: baseUrl holds a user name or password; remove them (the client sends `token`, and credentials in a URL end up in logs).');
    expect(JSON.stringify(error)).not.toContain('hunter2');
  });
});

describe('unknown options fail with the nearest known name, so a typo never sends a token elsewhere', () => {
  it.each([
    ['baseURL', 'baseUrl'],
    ['timeout', 'timeoutMs'],
    ['maxRetry', 'maxRetries'],
    ['organisationId', 'organizationId'],
    ['apiversion', 'apiVersion'],
  ])('createClient({ %s }) suggests %s', (typo, nearest) => {
    const fetch = fakeFetch(json(200, organization('org-1')));
    expect(() => createClient({ token: TOKEN, fetch, [typo]: 'http://localhost:4010/v1' } as ClientOptions)).toThrow(
      new AstroConfigError(`createClient: unknown option "${typo}"; did you mean "${nearest}"?`),
    );
    expect(fetch.calls).toHaveLength(0);
  });

  it('lists the known options when nothing is near', () => {
    expect(() => client({ somethingElse: true } as ClientOptions)).toThrow(/unknown option "somethingElse"; known: token, baseUrl, organizationId,/);
  });

  it('v1beta1 has no apiVersion', () => {
    expect(() => createBeta({ token: TOKEN, apiVersion: '1.0' } as never)).toThrow(/^createClient: unknown option "apiVersion"; known: token, baseUrl, /);
  });

  it('rejects an unknown request option per call, before anything is sent', async () => {
    const fetch = fakeFetch(json(200, organization('org-1')));
    const astro = client({ fetch });
    await expect(astro.organizations.get({}, { timeout: 5 } as never)).rejects.toThrow(new AstroConfigError('organizations.get: unknown option "timeout"; did you mean "timeoutMs"?'));
    await expect(astro.organizations.get({}, { signl: AbortSignal.timeout(10) } as never)).rejects.toThrow(/did you mean "signal"\?/);
    expect(fetch.calls).toHaveLength(0);
  });

  it('checks per-call limits like createClient’s', async () => {
    await expect(testClient().organizations.get({}, { maxRetries: 11 })).rejects.toThrow(new AstroConfigError('organizations.get: maxRetries must be a whole number from 0 to 10, got 11.'));
  });
});
