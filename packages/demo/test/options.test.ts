import { describe, expect, it } from 'vitest';
import { parseDemoOptions, UsageError } from '../src/options.ts';

describe('parseDemoOptions', () => {
  it('defaults to the simulator with v1', () => {
    expect(parseDemoOptions([], {})).toEqual({
      mode: 'simulator', apiVersion: 'v1', baseUrl: undefined, token: undefined, allowWrites: false,
      organizations: 2500, seed: 42, auditEvents: 500_000, auditDays: 7, pageSize: 100,
    });
  });

  it('targets a real API when a base URL and a token are given, read-only unless told', () => {
    const env = { ASTRO_API_TOKEN: 'secret', ASTRO_API_BASE_URL: 'https://api.astronomer.io/v1' };
    expect(parseDemoOptions([], env)).toMatchObject({ mode: 'remote', baseUrl: 'https://api.astronomer.io/v1', token: 'secret', allowWrites: false });
    expect(parseDemoOptions(['--base-url', 'http://127.0.0.1:1/v1', '--allow-writes'], { ASTRO_API_TOKEN: 't' })).toMatchObject({
      mode: 'remote', baseUrl: 'http://127.0.0.1:1/v1', allowWrites: true,
    });
  });

  it('uses the simulator when only a token is set', () => {
    expect(parseDemoOptions([], { ASTRO_API_TOKEN: 'secret' }).valueOf()).toMatchObject({ mode: 'simulator' });
  });

  it.each([
    [['--api-version', 'v2'], {}, /v1 or v1beta1/],
    [['--base-url', 'https://api.astronomer.io/v1'], {}, /ASTRO_API_TOKEN is not set/],
    [['--base-url', 'ftp://x'], { ASTRO_API_TOKEN: 't' }, /http\(s\) URL/],
    [['--base-url', 'https://x/v1', '--seed', '1'], { ASTRO_API_TOKEN: 't' }, /--seed only applies to the simulator/],
    [['--allow-writes'], {}, /only applies with --base-url/],
    [['--audit-days', '91'], {}, /from 1 to 90/],
    [['--page-size', '0'], {}, /from 1 to 1000/],
    [['--colour'], {}, /Unknown option/],
  ])('rejects %j', (argv, env, message) => {
    expect(() => parseDemoOptions(argv, env)).toThrow(UsageError);
    expect(() => parseDemoOptions(argv, env)).toThrow(message);
  });

  it('answers help', () => {
    expect(parseDemoOptions(['-h'], {})).toBe('help');
  });
});
