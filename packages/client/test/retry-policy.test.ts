/** The pure parts of the retry policy: backoff, Retry-After parsing, which failures prove nothing was sent, and which route a request is. */
import { describe, expect, it } from 'vitest';
import { operations as v1Table } from '../src/generated/v1.operations.ts';
import { backoffMs, MAX_RETRY_AFTER_MS, neverSent, parseRetryAfter, RETRY_STATUSES } from '../src/http/retry-policy.ts';
import { routeMatcher } from '../src/http/route.ts';
import { unpack } from '../src/resources/operations.ts';

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

describe('neverSent', () => {
  const wrapped = (message: string, code?: string) => new TypeError('fetch failed', { cause: Object.assign(new Error(message), code && { code }) });

  it.each([
    ['Node, refused', wrapped('connect ECONNREFUSED 127.0.0.1:1', 'ECONNREFUSED')],
    ['Node, no such host', wrapped('getaddrinfo ENOTFOUND api.example.test', 'ENOTFOUND')],
    ['Node, DNS down', wrapped('getaddrinfo EAI_AGAIN api.example.test', 'EAI_AGAIN')],
    ['Node, no route', wrapped('connect EHOSTUNREACH 10.0.0.1:443', 'EHOSTUNREACH')],
    ['undici, connect timeout', wrapped('Connect Timeout Error', 'UND_ERR_CONNECT_TIMEOUT')],
    ['Bun, refused', Object.assign(new Error('Unable to connect. Is the computer able to access the url?'), { code: 'ConnectionRefused' })],
    ['Deno, refused', new TypeError('error sending request for url (http://127.0.0.1:1/): client error (Connect): tcp connect error: Connection refused (os error 111)')],
    ['Deno, DNS', new TypeError('error sending request: dns error: failed to lookup address information: Name or service not known')],
  ])('is true for %s', (_, error) => {
    expect(neverSent(error)).toBe(true);
  });

  it.each([
    ['a reset', wrapped('read ECONNRESET', 'ECONNRESET')],
    ['a hang-up', wrapped('socket hang up', 'UND_ERR_SOCKET')],
    ['a browser’s opaque failure', new TypeError('Failed to fetch')],
    ['a non-error', 'boom'],
    ['nothing', undefined],
  ])('is false for %s, which may come after the server acted', (_, error) => {
    expect(neverSent(error)).toBe(false);
  });
});

describe('routeMatcher', () => {
  const match = routeMatcher(unpack(v1Table));

  it('finds the operation by method and path template', () => {
    expect(match('GET', '/organizations')?.id).toBe('ListOrganizations');
    expect(match('GET', '/organizations/org-1')?.id).toBe('GetOrganization');
    expect(match('POST', '/organizations/org-1')).toMatchObject({ id: 'UpdateOrganization', idempotent: true });
    expect(match('GET', '/organizations/a%2Fb/audit-logs')?.id).toBe('GetOrganizationAuditLogs');
    expect(match('POST', '/organizations/o/deployments')).toMatchObject({ id: 'CreateDeployment', idempotent: false });
    expect(match('DELETE', '/organizations/o/deployments/d/hibernation-override')).toMatchObject({ id: 'DeleteDeploymentHibernationOverride', idempotent: true });
  });

  it('prefers a literal segment over a placeholder', () => {
    expect(match('POST', '/organizations/o/allowed-ip-address-ranges/bulk-delete')?.id).toBe('BulkDeleteAllowedIpAddressRanges');
    expect(match('DELETE', '/organizations/o/allowed-ip-address-ranges/r-1')?.id).toBe('DeleteAllowedIpAddressRange');
    expect(match('GET', '/users/self')?.id).toBe('GetSelfUser');
  });

  it('knows nothing of other methods and paths', () => {
    expect(match('PUT', '/organizations/org-1')).toBeUndefined();
    expect(match('GET', '/organizations/org-1/members')).toBeUndefined();
    expect(match('GET', '/organizations/')).toBeUndefined();
  });
});
