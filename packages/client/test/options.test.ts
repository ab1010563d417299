/** createClient's options: defaults per version, headers, and a typed error for each bad value. */
import { describe, expect, it } from 'vitest';
import { createClient as createBeta } from '../src/v1beta1.ts';
import { AstroConfigError, createClient, type ClientOptions } from '../src/v1.ts';
import { fakeFetch, json } from './helpers/fake-fetch.ts';
import { organization, TOKEN } from './helpers/fixtures.ts';

describe('default base URLs, from the servers of each spec', () => {
  it('v1 calls https://api.astronomer.io/v1', async () => {
    const fetch = fakeFetch(json(200, organization('org-1')));
    await createClient({ token: TOKEN, fetch }).organizations.get('org-1');
    expect(fetch.calls[0]!.url).toBe('https://api.astronomer.io/v1/organizations/org-1');
  });

  it('v1beta1 calls https://api.astronomer.io/platform/v1beta1', async () => {
    const fetch = fakeFetch(json(200, organization('org-1')));
    await createBeta({ token: TOKEN, fetch }).organizations.get('org-1');
    expect(fetch.calls[0]!.url).toBe('https://api.astronomer.io/platform/v1beta1/organizations/org-1');
  });

  it('accepts a base URL with a trailing slash', async () => {
    const fetch = fakeFetch(json(200, organization('org-1')));
    await createClient({ token: TOKEN, fetch, baseUrl: 'http://localhost:4010/v1/' }).organizations.get('org-1');
    expect(fetch.calls[0]!.url).toBe('http://localhost:4010/v1/organizations/org-1');
  });
});

describe('headers', () => {
  it('sends X-API-Version on v1 when apiVersion is set, and not otherwise', async () => {
    const fetch = fakeFetch(json(200, organization('org-1')));
    await createClient({ token: TOKEN, fetch, apiVersion: '1.0' }).organizations.get('org-1');
    await createClient({ token: TOKEN, fetch }).organizations.get('org-1');
    expect(fetch.calls.map((call) => call.headers.get('x-api-version'))).toEqual(['1.0', null]);
  });

  it('sends custom headers on every request, and per-call headers on one', async () => {
    const fetch = fakeFetch(json(200, organization('org-1')));
    const astro = createClient({ token: TOKEN, fetch, headers: { 'x-team': 'data' } });
    await astro.organizations.get('org-1', {}, { headers: { 'x-call': 'one' } });
    await astro.organizations.get('org-1');
    expect(fetch.calls.map((call) => [call.headers.get('x-team'), call.headers.get('x-call')])).toEqual([
      ['data', 'one'],
      ['data', null],
    ]);
  });
});

describe('bad options are AstroConfigError', () => {
  it.each<[string, ClientOptions, string]>([
    ['timeoutMs 0', { timeoutMs: 0 }, 'createClient: timeoutMs must be an integer from 1 to 2147483647, got 0.'],
    ['timeoutMs not a number', { timeoutMs: '60' as never }, 'createClient: timeoutMs must be an integer from 1 to 2147483647, got "60".'],
    ['maxRetries -1', { maxRetries: -1 }, 'createClient: maxRetries must be an integer from 0 to 10, got -1.'],
    ['maxRetries 1.5', { maxRetries: 1.5 }, 'createClient: maxRetries must be an integer from 0 to 10, got 1.5.'],
    ['a relative baseUrl', { baseUrl: 'api.astronomer.io/v1' }, 'createClient: baseUrl must be an absolute URL like https://api.astronomer.io/v1, got "api.astronomer.io/v1".'],
  ])('%s', (_, options, message) => {
    expect(() => createClient({ token: TOKEN, ...options })).toThrow(new AstroConfigError(message));
  });
});
