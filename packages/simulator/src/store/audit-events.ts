/**
 * An Organization's generated audit log. Events are spread evenly over the retention window that
 * ends at the reference time, one time slot each, and event `i` is computed from its own seed: a
 * date range maps to a slice of slots, so an export is produced lazily, in time order, without
 * generating or keeping what lies outside the range.
 */
import { cuid } from './cuid.ts';
import { mixSeed, mulberry32, type Random } from './prng.ts';
import { DAY, formatTimestamp } from './timestamps.ts';
import type { AuditLogEvent, OrganizationRecord } from './types.ts';
import { AUDITED_RESOURCES, BROWSER_AGENTS, IP_PREFIXES, TOOL_AGENTS } from './vocabulary.ts';

export const RETENTION_MS = 90 * DAY;

const METHOD_WEIGHTS = { GET: 70, POST: 25, DELETE: 5 } as const;
const STATUS_WEIGHTS = { 200: 90, 400: 3, 403: 3, 404: 3, 429: 1 } as const;

export interface TimeRange {
  /** Inclusive bounds in epoch milliseconds; open when absent. */
  startMs?: number;
  endMs?: number;
}

export function* generateAuditEvents(
  organization: OrganizationRecord,
  referenceTime: Date,
  range: TimeRange = {},
): Generator<AuditLogEvent> {
  const { eventCount, seed } = organization.audit;
  if (eventCount <= 0) return;
  const windowStart = referenceTime.getTime() - RETENTION_MS;
  const slot = RETENTION_MS / eventCount;
  const startMs = range.startMs ?? -Infinity;
  const endMs = range.endMs ?? Infinity;
  // Slots are disjoint and ordered, so the first slot that can hold `startMs` is computable.
  const first = Math.max(0, Math.floor((startMs - windowStart) / slot) - 1);
  for (let index = first; index < eventCount; index += 1) {
    const random = mulberry32(mixSeed(seed, index));
    const timeMs = Math.floor(windowStart + (index + random.next()) * slot);
    // Compare whole seconds, as the timestamp shows them.
    const shownMs = Math.floor(timeMs / 1000) * 1000;
    if (shownMs > endMs) return;
    if (shownMs < startMs) continue;
    yield createEvent(organization, random, timeMs, index);
  }
}

function createEvent(organization: OrganizationRecord, random: Random, timeMs: number, index: number): AuditLogEvent {
  const subject = random.pick(organization.members);
  const isUser = subject.subjectType === 'USER';
  const event: AuditLogEvent = {
    subjectId: subject.id,
    subjectType: subject.subjectType,
    organizationId: organization.id,
    timestamp: formatTimestamp(timeMs),
    sourceIp: `${IP_PREFIXES[subject.id.charCodeAt(20) % IP_PREFIXES.length]}.${(subject.id.charCodeAt(24) % 250) + 1}`,
    userAgent: isUser ? random.pick(BROWSER_AGENTS) : random.pick(TOOL_AGENTS),
  };
  // A quarter of the events (sign-ins, UI actions) are not API calls and carry only the shared fields.
  if (isUser && random.chance(0.25)) return event;
  const method = random.weighted(METHOD_WEIGHTS);
  const resource = random.pick(AUDITED_RESOURCES);
  event.method = method;
  event.path = `/v1/organizations/${organization.id}${resource}`;
  event.requestBody = method === 'POST' ? JSON.stringify(sampleBody(organization, resource)) : '';
  event.requestId = cuid(random, timeMs, index);
  event.statusCode = Number(random.weighted(STATUS_WEIGHTS));
  return event;
}

function sampleBody(organization: OrganizationRecord, resource: string): Record<string, unknown> {
  if (resource === '') {
    return { billingEmail: organization.billingEmail ?? '', isScimEnabled: organization.isScimEnabled, name: organization.name };
  }
  return { name: `${resource.slice(1)}-${organization.id.slice(-4)}` };
}
