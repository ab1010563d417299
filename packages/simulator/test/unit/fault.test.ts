import { describe, expect, it } from 'vitest';
import { FaultSyntaxError, parseFault } from '../../src/faults/fault.ts';

describe('parseFault', () => {
  it.each([
    ['503', { status: 503 }],
    ['status=503;times=2', { status: 503, times: 2 }],
    ['429;retry-after=1', { status: 429, retryAfter: '1' }],
    ['latency=200', { latencyMs: 200 }],
    ['reset', { reset: true }],
    ['truncate', { truncate: true }],
    ['fail', { fail: true }],
    ['fail;latency=10;times=2', { fail: true, latencyMs: 10, times: 2 }],
    ['text-403', { status: 403, text: 'RBAC: access denied' }],
    ['text-429', { status: 429, text: 'Too Many Requests' }],
    ['text-502', { status: 502, text: 'Bad Gateway' }],
    [' latency=50 ; 500 ; times=3 ', { latencyMs: 50, status: 500, times: 3 }],
    ['403;text=Forbidden by policy', { status: 403, text: 'Forbidden by policy' }],
    ['429;retry-after=Wed, 21 Oct 2026 07:28:00 GMT', { status: 429, retryAfter: 'Wed, 21 Oct 2026 07:28:00 GMT' }],
  ])('reads %j', (source, expected) => {
    expect(parseFault(source)).toEqual(expected);
  });

  it.each([
    ['', /empty/],
    ['200', /between 400 and 599/],
    ['status=abc', /whole number/],
    ['latency=999999', /between 0 and 30000/],
    ['times=0', /between 1 and 10000/],
    ['explode', /Unknown fault directive/],
    ['retry-after=1', /need a status/],
    ['reset;503', /cannot be combined/],
    ['times=2', /needs a status, reset, truncate, latency or fail/],
    ['fail;503', /fail lets the request through/],
  ])('rejects %j with a clear message', (source, message) => {
    expect(() => parseFault(source)).toThrow(FaultSyntaxError);
    expect(() => parseFault(source)).toThrow(message);
  });
});
