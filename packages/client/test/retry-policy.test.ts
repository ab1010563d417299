/** The pure parts of the retry policy: backoff, Retry-After parsing, and which route a request is. */
import { describe, expect, it } from 'vitest';
import { backoffMs, MAX_RETRY_AFTER_MS, parseRetryAfter, RETRY_STATUSES } from '../src/http/retry-policy.ts';
import { createRouteMatcher } from '../src/http/route-matcher.ts';
import { operations as v1Table } from '../src/generated/v1.operations.ts';

describe('backoffMs', () => {
  it('starts at 0.5 s and doubles up to 8 s without jitter', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((retry) => backoffMs(retry, () => 0))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('shortens each delay by at most 25 %', () => {
    expect(backoffMs(0, () => 0.999_999)).toBeCloseTo(375, 0);
    expect(backoffMs(6, () => 1)).toBe(6000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000);
  });

  it('reads an HTTP date, and a past one as no wait', () => {
    expect(parseRetryAfter('Sun, 01 Mar 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 11:00:00 GMT', now)).toBe(0);
  });

  it('ignores absent, negative and unreadable values', () => {
    for (const value of [null, '', '  ', '-5', 'soon']) expect(parseRetryAfter(value, now)).toBeUndefined();
  });

  it('has the documented limits', () => {
    expect(MAX_RETRY_AFTER_MS).toBe(60_000);
    expect([...RETRY_STATUSES]).toEqual([408, 429, 500, 502, 503, 504]);
  });
});

describe('createRouteMatcher', () => {
  const match = createRouteMatcher(v1Table);

  it('finds the generated operation by method and path template', () => {
    expect(match('GET', '/organizations')?.path).toBe('/organizations');
    expect(match('GET', '/organizations/org-1')?.path).toBe('/organizations/{organizationId}');
    expect(match('POST', '/organizations/org-1')).toMatchObject({ method: 'POST', idempotent: true });
    expect(match('GET', '/organizations/a%2Fb/audit-logs')?.path).toBe('/organizations/{organizationId}/audit-logs');
  });

  it('knows nothing of other methods and paths', () => {
    expect(match('DELETE', '/organizations/org-1')).toBeUndefined();
    expect(match('GET', '/organizations/org-1/members')).toBeUndefined();
    expect(match('GET', '/organizations/')).toBeUndefined();
  });

  it('prefers a literal segment over a placeholder', () => {
    const entry = (path: string, idempotent: boolean) => ({ method: 'POST', path, idempotent });
    const routes = createRouteMatcher({ Update: entry('/things/{thingId}', true), Search: entry('/things/search', false) });
    expect(routes('POST', '/things/search')?.idempotent).toBe(false);
    expect(routes('POST', '/things/t-1')?.idempotent).toBe(true);
  });
});
