/**
 * Lifecycles: some records pass through a transitional status after a create or an update and
 * settle after the simulator's lifecycle delay. A `fail` fault on the request (header
 * `x-simulator-fault: fail`, or a scripted one) makes the change end in the failed status instead,
 * so that waiters can be tested against both outcomes.
 */
import type { RequestContext } from '../engine/context.ts';
import type { JsonRecord } from '../engine/record-store.ts';
import type { Collection } from '../engine/resources.ts';
import { formatTimestamp } from '../store/timestamps.ts';

interface Transition {
  during: string;
  done: (record: JsonRecord) => string;
  failed: string;
}

/** Transitions per record schema and event: what the status is meanwhile, then on success or failure. */
export const LIFECYCLES: Record<string, Partial<Record<'create' | 'update', Transition>>> = {
  Deployment: {
    create: { during: 'CREATING', done: () => 'HEALTHY', failed: 'UNHEALTHY' },
    // A hibernating development Deployment goes back to sleep once the update is rolled out.
    update: { during: 'DEPLOYING', done: (record) => (record.scalingSpec?.hibernationSpec?.override?.isHibernating ? 'HIBERNATING' : 'HEALTHY'), failed: 'UNHEALTHY' },
  },
  Cluster: {
    create: { during: 'CREATING', done: () => 'CREATED', failed: 'CREATE_FAILED' },
    update: { during: 'UPDATING', done: () => 'CREATED', failed: 'UPDATE_FAILED' },
  },
};

export const FAILURE_REASON = 'Failed on purpose: the request carried the simulator fault "fail"';

/** Sets the transitional status now and schedules the final one. */
export function startLifecycle(context: RequestContext, collection: Collection, record: JsonRecord, event: 'create' | 'update'): void {
  const transition = LIFECYCLES[collection.recordName]?.[event];
  if (!transition) return;
  record.status = transition.during;
  if ('statusReason' in record) delete record.statusReason;
  const fail = context.failLifecycle;
  const nowMs = context.now().getTime();
  context.world.lifecycle.schedule(record, nowMs, (target) => {
    target.status = fail ? transition.failed : transition.done(target);
    if (fail && collection.recordName === 'Deployment') target.statusReason = FAILURE_REASON;
    if (typeof target.updatedAt === 'string') target.updatedAt = formatTimestamp(Math.max(Date.parse(target.updatedAt), nowMs + context.world.lifecycle.delayMs));
  });
}
