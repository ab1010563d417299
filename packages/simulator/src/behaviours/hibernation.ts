/**
 * Hibernation overrides of development Deployments: an override puts the Deployment to sleep (or
 * keeps it awake) until `overrideUntil`, or until it is removed. The Deployment's `scalingSpec` and
 * `scalingStatus` show it, and its status becomes HIBERNATING while it sleeps.
 */
import type { Behaviour, RequestContext } from '../engine/context.ts';
import { answer } from '../engine/generic.ts';
import type { JsonRecord } from '../engine/record-store.ts';
import { body, fieldError, itemNamedBy } from './helpers.ts';

function developmentDeployment(context: RequestContext): JsonRecord {
  const { record } = itemNamedBy(context, 'deploymentId');
  if (record.isDevelopmentMode !== true) {
    throw fieldError('deploymentId', `Deployment ${record.id} is not in development mode: only development Deployments (isDevelopmentMode: true) hibernate`);
  }
  return record;
}

/** Writes the override (or its absence) into the Deployment and settles its status. */
function applyOverride(deployment: JsonRecord, override: JsonRecord | undefined): void {
  const spec = (deployment.scalingSpec ??= {});
  const hibernation = (spec.hibernationSpec ??= {});
  if (override) hibernation.override = override;
  else delete hibernation.override;
  const sleeping = override?.isActive === true && override.isHibernating === true;
  deployment.scalingStatus = {
    ...deployment.scalingStatus,
    hibernationStatus: { isHibernating: sleeping, ...(override?.isActive && { reason: 'Hibernation override' }), ...(override?.overrideUntil && { nextEventAt: override.overrideUntil, nextEventType: sleeping ? 'WAKE' : 'HIBERNATE' }) },
  };
  if (sleeping && deployment.status === 'HEALTHY') deployment.status = 'HIBERNATING';
  if (!sleeping && deployment.status === 'HIBERNATING') deployment.status = 'HEALTHY';
}

export const updateHibernationOverride: Behaviour = (context) => {
  const deployment = developmentDeployment(context);
  const { isHibernating, overrideUntil } = body(context);
  const nowMs = context.now().getTime();
  if (overrideUntil && Date.parse(overrideUntil) <= nowMs) throw fieldError('overrideUntil', 'overrideUntil must lie in the future');
  const override: JsonRecord = { isActive: true, isHibernating: isHibernating === true, ...(overrideUntil && { overrideUntil }) };
  applyOverride(deployment, override);
  // The override ends by itself at overrideUntil, unless another one replaced it by then.
  if (overrideUntil) {
    const ends = () => {
      if (deployment.scalingSpec?.hibernationSpec?.override === override) applyOverride(deployment, undefined);
    };
    context.world.lifecycle.schedule(override, nowMs, ends, Date.parse(overrideUntil));
  }
  return answer(context, override);
};

export const deleteHibernationOverride: Behaviour = (context) => {
  const deployment = developmentDeployment(context);
  applyOverride(deployment, undefined);
  return answer(context, undefined);
};
