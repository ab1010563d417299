/** Generated audit-log events, shaped like the spec's AuditLogEvent. */
import type { AuditLogEvent } from '../../src/v1.ts';

export function auditEvent(n: number): AuditLogEvent {
  return {
    subjectId: `user-${n % 97}`,
    subjectType: n % 3 ? 'USER' : 'SERVICEKEY',
    organizationId: 'clmaxoarx000008l2c5ayb9pt',
    timestamp: new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    sourceIp: `10.0.${(n >> 8) & 255}.${n & 255}`,
    userAgent: 'astro-cli/1.30.0',
    method: 'POST',
    path: `/v1/organizations/clmaxoarx000008l2c5ayb9pt/workspaces/${n}`,
    requestId: `req-${n}`,
  };
}

/** `count` events as NDJSON text, one per line, with a final newline. */
export const ndjson = (count: number, lineEnd = '\n'): string =>
  Array.from({ length: count }, (_, index) => JSON.stringify(auditEvent(index + 1)) + lineEnd).join('');
