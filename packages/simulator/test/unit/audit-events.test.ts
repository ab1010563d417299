import { describe, expect, it } from 'vitest';
import { createSpecValidator } from '@astro-api/openapi';
import { RETENTION_MS } from '../../src/store/audit-events.ts';
import { OrganizationStore } from '../../src/store/organization-store.ts';

const referenceTime = new Date('2026-06-01T00:00:00Z');
const store = new OrganizationStore({ seed: 9, count: 50, referenceTime, auditEventsPerOrganization: 5000 });
const organization = store.all()[3]!;
const collect = (startMs?: number, endMs?: number) => [...store.auditEvents(organization.id, { startMs, endMs })];

describe('generated audit logs', () => {
  it('hold the configured number of valid events in time order within the retention window', () => {
    const events = collect();
    expect(events).toHaveLength(5000);
    const validator = createSpecValidator('v1');
    for (const event of events.slice(0, 500)) expect(validator.validate('#/components/schemas/AuditLogEvent', event)).toEqual([]);
    const times = events.map((event) => event.timestamp);
    expect(times).toEqual([...times].sort());
    expect(Date.parse(times[0]!)).toBeGreaterThanOrEqual(referenceTime.getTime() - RETENTION_MS);
    expect(Date.parse(times.at(-1)!)).toBeLessThanOrEqual(referenceTime.getTime());
    expect(new Set(events.map((event) => event.organizationId))).toEqual(new Set([organization.id]));
  });

  it('select exactly the events of a range (bounds inclusive) and split ranges add up', () => {
    const all = collect();
    const start = Date.parse('2026-04-01T00:00:00Z');
    const middle = Date.parse('2026-04-15T12:00:00Z');
    const end = Date.parse('2026-05-01T00:00:00Z');
    const inRange = all.filter((event) => Date.parse(event.timestamp) >= start && Date.parse(event.timestamp) <= end);
    expect(collect(start, end)).toEqual(inRange);
    expect(collect(start, middle).length + collect(middle + 1000, end).length).toBe(inRange.length);
    const exact = Date.parse(all[100]!.timestamp);
    expect(collect(exact, exact)).toEqual(all.filter((event) => event.timestamp === all[100]!.timestamp));
    expect(collect(end, start)).toEqual([]);
  });

  it('are the same for the same seed and include recorded events in order', () => {
    const again = new OrganizationStore({ seed: 9, count: 50, referenceTime, auditEventsPerOrganization: 5000 });
    expect([...again.auditEvents(organization.id, {})].slice(0, 50)).toEqual(collect().slice(0, 50));
    again.recordAuditEvent({
      subjectId: 'cx', subjectType: 'USER', organizationId: organization.id, timestamp: '2026-05-20T10:00:00Z', sourceIp: '127.0.0.1', userAgent: 'test',
    });
    const events = [...again.auditEvents(organization.id, {})];
    expect(events).toHaveLength(5001);
    expect(events.map((event) => event.timestamp)).toEqual(events.map((event) => event.timestamp).sort());
    expect(events.some((event) => event.subjectId === 'cx')).toBe(true);
  });

  it('are empty for an unknown Organization', () => {
    expect([...store.auditEvents('nope', {})]).toEqual([]);
  });
});
