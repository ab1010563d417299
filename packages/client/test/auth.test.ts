/** The token: sent as a bearer on every attempt, rotated through a function, checked before anything is sent. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userAgent } from '../src/client/user-agent.ts';
import { AstroConfigError, createClient, SDK_VERSION } from '../src/v1.ts';
import { fakeFetch, json, text } from './helpers/fake-fetch.ts';
import { BASE_URL, organization, TOKEN } from './helpers/fixtures.ts';
import packageJson from '../package.json' with { type: 'json' };

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('Authorization', () => {
  it('sends the token as a bearer', async () => {
    const fetch = fakeFetch(json(200, organization('org-1')));
    await createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: BASE_URL, fetch }).organizations.get();
    expect(fetch.calls[0]!.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  it('awaits a token function before every attempt, so a rotated token is used', async () => {
    let issued = 0;
    const token = async () => `rotating-token-${++issued}`;
    const fetch = fakeFetch(text(503, 'busy', { 'retry-after': '0' }), json(200, organization('org-1')));
    const astro = createClient({ organizationId: 'org-1', pacing: false, token, baseUrl: BASE_URL, fetch });
    await astro.organizations.get();
    await astro.GET('/organizations/{organizationId}', { params: { path: { organizationId: 'org-1' } } });
    expect(fetch.calls.map((call) => call.headers.get('authorization'))).toEqual([
      'Bearer rotating-token-1',
      'Bearer rotating-token-2',
      'Bearer rotating-token-3',
    ]);
  });

  it('overrides an Authorization header given in headers', async () => {
    const fetch = fakeFetch(json(200, organization('org-1')));
    await createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: BASE_URL, fetch, headers: { Authorization: 'Basic abc' } }).organizations.get();
    expect(fetch.calls[0]!.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  it('reads ASTRO_API_TOKEN when no token is passed', async () => {
    vi.stubEnv('ASTRO_API_TOKEN', 'token-from-environment');
    const fetch = fakeFetch(json(200, organization('org-1')));
    await createClient({ organizationId: 'org-1', pacing: false, baseUrl: BASE_URL, fetch }).organizations.get();
    expect(fetch.calls[0]!.headers.get('authorization')).toBe('Bearer token-from-environment');
  });

  it('trims a token copied with a trailing newline', async () => {
    const fetch = fakeFetch(json(200, organization('org-1')));
    await createClient({ organizationId: 'org-1', pacing: false, token: `${TOKEN}\n`, baseUrl: BASE_URL, fetch }).organizations.get();
    expect(fetch.calls[0]!.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });
});

describe('a missing or bad token fails before anything is sent', () => {
  it('throws AstroConfigError from createClient without a token or ASTRO_API_TOKEN', () => {
    vi.stubEnv('ASTRO_API_TOKEN', undefined);
    expect(() => createClient({ organizationId: 'org-1', pacing: false, baseUrl: BASE_URL, fetch: fakeFetch() })).toThrow(
      new AstroConfigError('createClient: no token: pass `token` or set ASTRO_API_TOKEN.'),
    );
  });

  it.each([
    ['empty', '', 'createClient: the token is empty.'],
    ['with a space inside', 'abc def', 'createClient: the token is malformed (spaces, quotes or non-ASCII inside).'],
    ['with a line break inside', 'abc\ndef', 'createClient: the token is malformed (spaces, quotes or non-ASCII inside).'],
    ['non-ASCII', 'tokén', 'createClient: the token is malformed (spaces, quotes or non-ASCII inside).'],
  ])('rejects a token that is %s, without quoting it', (_, token, message) => {
    expect(() => createClient({ organizationId: 'org-1', pacing: false, token, baseUrl: BASE_URL })).toThrow(new AstroConfigError(message));
  });

  it('rejects a bad value from a token function when the call is made, sending nothing', async () => {
    const fetch = fakeFetch(json(200, organization('org-1')));
    const astro = createClient({ organizationId: 'org-1', pacing: false, token: () => '', baseUrl: BASE_URL, fetch });
    await expect(astro.organizations.get()).rejects.toThrow(AstroConfigError);
    expect(fetch.calls).toHaveLength(0);
  });

  it('passes on the error of a throwing token function, sending nothing and not retrying', async () => {
    const fetch = fakeFetch(json(200, organization('org-1')));
    const problem = new Error('vault unreachable');
    const token = vi.fn(async () => {
      throw problem;
    });
    await expect(createClient({ organizationId: 'org-1', pacing: false, token, baseUrl: BASE_URL, fetch }).organizations.get()).rejects.toBe(problem);
    expect(token).toHaveBeenCalledTimes(1);
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('User-Agent', () => {
  it('names the package, its version and the runtime in Node', async () => {
    const fetch = fakeFetch(json(200, organization('org-1')));
    await createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: BASE_URL, fetch }).organizations.get();
    expect(fetch.calls[0]!.headers.get('user-agent')).toBe(`@astro-api/client/${packageJson.version} (node ${process.versions.node})`);
    expect(SDK_VERSION).toBe(packageJson.version);
  });

  it('names Deno and Bun, which also report a Node version', () => {
    expect(userAgent({ process: { versions: { node: '22.0.0', deno: '2.1.0' } } })).toBe(`@astro-api/client/${SDK_VERSION} (deno 2.1.0)`);
    expect(userAgent({ process: { versions: { node: '22.0.0', bun: '1.2.0' } } })).toBe(`@astro-api/client/${SDK_VERSION} (bun 1.2.0)`);
  });

  it('is left to the browser, and to unknown runtimes', () => {
    expect(userAgent({ document: {}, process: { versions: { node: '20.0.0' } } })).toBeUndefined();
    expect(userAgent({})).toBeUndefined();
  });
});
