/**
 * The simulator's state: seeded Organizations (one record serves both API versions), updates made
 * through the API, and the audit events those updates add to the generated audit log.
 */
import { generateAuditEvents, type TimeRange } from './audit-events.ts';
import { generateOrganizations, type SeedOptions } from './generate-organizations.ts';
import { orderOrganizations, type ListQuery } from './list-organizations.ts';
import { mergeByTimestamp } from './merge-by-timestamp.ts';
import { OrderCache } from './order-cache.ts';
import { formatTimestamp } from './timestamps.ts';
import type { AuditLogEvent, OrganizationRecord, SubjectProfile } from './types.ts';

/** Settings an update may change: the fields of `UpdateOrganizationRequest` (both versions). */
export interface OrganizationChanges {
  name?: string;
  billingEmail?: string;
  isScimEnabled?: boolean;
  allowEnhancedSupportAccess?: boolean;
  shouldEnforceDedicatedClusters?: boolean;
  hasAiFeaturesDisabled?: boolean;
}

const CHANGEABLE: (keyof OrganizationChanges)[] = [
  'name', 'billingEmail', 'isScimEnabled', 'allowEnhancedSupportAccess', 'shouldEnforceDedicatedClusters', 'hasAiFeaturesDisabled',
];

/**
 * Recorded (not generated) events are kept within a byte budget over all Organizations, counted as
 * the JSON they are exported as; the oldest go first. A request body is kept up to a cap, so one
 * large request cannot take the whole budget.
 */
export const RECORDED_EVENT_BYTES = 16 * 1024 * 1024;
export const RECORDED_BODY_BYTES = 16 * 1024;

export class OrganizationStore {
  readonly seed: number;
  readonly referenceTime: Date;
  #options: SeedOptions;
  #records: OrganizationRecord[] = [];
  #byId = new Map<string, OrganizationRecord>();
  #recorded = new Map<string, AuditLogEvent[]>();
  /** Organization of each recorded event, oldest first, with its size: the eviction order. */
  #recordedOrder: { organizationId: string; bytes: number }[] = [];
  #recordedBytes = 0;
  #orders = new OrderCache();

  constructor(options: SeedOptions) {
    this.#options = options;
    this.seed = options.seed;
    this.referenceTime = options.referenceTime;
    this.reset();
  }

  /** Drops every change and regenerates the seeded data. */
  reset(): void {
    this.#records = generateOrganizations(this.#options);
    this.#byId = new Map(this.#records.map((record) => [record.id, record]));
    this.#recorded.clear();
    this.#recordedOrder = [];
    this.#recordedBytes = 0;
    this.#orders.clear();
  }

  get size(): number {
    return this.#records.length;
  }

  /** All records in store order (creation order). Treat them as read-only. */
  all(): readonly OrganizationRecord[] {
    return this.#records;
  }

  get(id: string): OrganizationRecord | undefined {
    return this.#byId.get(id);
  }

  /** A page of the records matching the query's filters, in its order (stable, store order breaks ties). */
  list(query: ListQuery): { items: OrganizationRecord[]; totalCount: number } {
    const { offset, limit, ...ordering } = query;
    const filters = Object.entries(ordering.filters).filter(([, value]) => value !== undefined).sort();
    const key = JSON.stringify([filters, ordering.products, ordering.sorts]);
    const order = this.#orders.get(key, () => orderOrganizations(this.#records, ordering));
    return { items: order.slice(offset, offset + limit), totalCount: order.length };
  }

  /** Applies the given settings, moves `updatedAt` and `updatedBy`; `undefined` when the id is unknown. */
  update(id: string, changes: OrganizationChanges, by: SubjectProfile, at = new Date()): OrganizationRecord | undefined {
    const record = this.#byId.get(id);
    if (!record) return undefined;
    for (const key of CHANGEABLE) {
      const value = changes[key];
      if (value !== undefined) (record as unknown as Record<string, unknown>)[key] = value;
    }
    record.updatedAt = formatTimestamp(at.getTime());
    record.updatedBy = { ...by };
    this.#orders.clear();
    return record;
  }

  /** Adds an event to an Organization's audit log (used for the API calls the simulator serves). */
  recordAuditEvent(event: AuditLogEvent): void {
    const kept = { ...event };
    if (kept.requestBody !== undefined && Buffer.byteLength(kept.requestBody) > RECORDED_BODY_BYTES) {
      kept.requestBody = `${Buffer.from(kept.requestBody).subarray(0, RECORDED_BODY_BYTES).toString('utf8').replace(/\uFFFD$/, '')}…`;
    }
    const bytes = Buffer.byteLength(JSON.stringify(kept)) + 1;
    const events = this.#recorded.get(kept.organizationId) ?? [];
    events.push(kept);
    this.#recorded.set(kept.organizationId, events);
    this.#recordedOrder.push({ organizationId: kept.organizationId, bytes });
    this.#recordedBytes += bytes;
    while (this.#recordedBytes > RECORDED_EVENT_BYTES && this.#recordedOrder.length) {
      const oldest = this.#recordedOrder.shift()!;
      this.#recordedBytes -= oldest.bytes;
      const list = this.#recorded.get(oldest.organizationId);
      list?.shift();
      if (list?.length === 0) this.#recorded.delete(oldest.organizationId);
    }
  }

  /** Bytes held by recorded events (at most RECORDED_EVENT_BYTES). */
  get recordedBytes(): number {
    return this.#recordedBytes;
  }

  /** The audit log of an Organization within a range, in time order, produced lazily. */
  auditEvents(id: string, range: TimeRange = {}): Iterable<AuditLogEvent> {
    const record = this.#byId.get(id);
    if (!record) return [];
    const start = range.startMs ?? -Infinity;
    const end = range.endMs ?? Infinity;
    const recorded = (this.#recorded.get(id) ?? []).filter((event) => {
      const time = Date.parse(event.timestamp);
      return time >= start && time <= end;
    });
    return mergeByTimestamp(generateAuditEvents(record, this.referenceTime, range), recorded);
  }
}
