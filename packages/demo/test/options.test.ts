import { describe, expect, it } from 'vitest';
import { parseDemoOptions, UsageError } from '../src/options.ts';

describe('parseDemoOptions', () => {
  it('defaults to the simulator', () => {
    expect(parseDemoOptions([], {})).toEqual({
      mode: 'simulator', baseUrl: undefined, token: undefined, organizationId: undefined, allowWrites: false,
      organizations: 100, seed: 42, lifecycleDelayMs: 1500, pageSize: 100,
    });
  });

  it('targets a real API when a base URL, a token and an Organization are given, read-only unless told', () => {
    const env = { ASTRO_API_TOKEN: 'secret', ASTRO_API_BASE_URL: 'https://api.astronomer.io/v1', ASTRO_ORGANIZATION_ID: 'corg' };
    expect(parseDemoOptions([], env)).toMatchObject({ mode: 'remote', baseUrl: 'https://api.astronomer.io/v1', token: 'secret', organizationId: 'corg', allowWrites: false });
    expect(parseDemoOptions(['--base-url', 'http://127.0.0.1:1/v1', '--organization-id', 'cother', '--allow-writes'], { ASTRO_API_TOKEN: 't' })).toMatchObject({
      mode: 'remote', baseUrl: 'http://127.0.0.1:1/v1', organizationId: 'cother', allowWrites: true,
    });
  });

  it('uses the simulator when only a token is set', () => {
    expect(parseDemoOptions([], { ASTRO_API_TOKEN: 'secret', ASTRO_ORGANIZATION_ID: 'corg' })).toMatchObject({ mode: 'simulator', organizationId: undefined });
  });

  it.each([
    [['--base-url', 'https://api.astronomer.io/v1'], {}, /ASTRO_API_TOKEN is not set/],
    [['--base-url', 'https://api.astronomer.io/v1'], { ASTRO_API_TOKEN: 't' }, /no Organization: pass --organization-id or set ASTRO_ORGANIZATION_ID/],
    [['--base-url', 'ftp://x'], { ASTRO_API_TOKEN: 't' }, /http\(s\) URL/],
    [['--base-url', 'https://x/v1', '--organization-id', 'o', '--seed', '1'], { ASTRO_API_TOKEN: 't' }, /--seed only applies to the simulator/],
    [['--allow-writes'], {}, /only applies with --base-url/],
    [['--organization-id', 'o'], {}, /only applies with --base-url/],
    [['--lifecycle-delay', 'soon'], {}, /from 0 to 600000/],
    [['--page-size', '0'], {}, /from 1 to 1000/],
    [['--api-version', 'v1'], {}, /Unknown option '--api-version'/],
  ])('rejects %j', (argv, env, message) => {
    expect(() => parseDemoOptions(argv, env)).toThrow(UsageError);
    expect(() => parseDemoOptions(argv, env)).toThrow(message);
  });

  it('answers help', () => {
    expect(parseDemoOptions(['-h'], {})).toBe('help');
  });
});
