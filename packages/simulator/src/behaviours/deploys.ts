/**
 * Deploys. A create opens a DAG upload slot when the Deploy carries DAGs (its `dagsUploadUrl`, on the
 * simulator's upload origin). Finalizing checks the uploaded version it is given, then the Deploy
 * becomes DEPLOYED (FAILED with a `fail` fault) after the lifecycle delay, and the Deployment runs the
 * new version. A rollback redeploys an earlier DEPLOYED Deploy as a new one.
 */
import type { Behaviour, RequestContext } from '../engine/context.ts';
import { answer, createRecord } from '../engine/generic.ts';
import type { JsonRecord } from '../engine/record-store.ts';
import { concretePath } from '../engine/resources.ts';
import { ApiError } from '../server/api-error.ts';
import { formatTimestamp } from '../store/timestamps.ts';
import { body, collectionOf, fieldError, itemNamedBy } from './helpers.ts';

const carriesDags = (type: string) => type === 'DAG_ONLY' || type === 'IMAGE_AND_DAG';
const carriesImage = (type: string) => type === 'IMAGE_ONLY' || type === 'IMAGE_AND_DAG';

function deploymentOf(context: RequestContext): JsonRecord {
  return itemNamedBy(context, 'deploymentId').record;
}

export const createDeploy: Behaviour = (context) => {
  const deployment = deploymentOf(context);
  const request = body(context);
  if (carriesDags(request.type) && deployment.isDagDeployEnabled !== true) {
    throw fieldError('type', `${request.type} deploys need DAG deploys enabled on Deployment ${deployment.id} (isDagDeployEnabled: true)`);
  }
  const nowMs = context.now().getTime();
  const input: JsonRecord = {
    ...request,
    status: 'INITIALIZED',
    imageRepository: deployment.imageRepository,
    imageTag: carriesImage(request.type) ? `deploy-${formatTimestamp(nowMs).replace(/:/g, '-').replace(/Z$/, '')}` : deployment.imageTag,
    isDagDeployEnabled: deployment.isDagDeployEnabled === true,
    airflowVersion: deployment.airflowVersion,
    astroRuntimeVersion: deployment.astroRuntimeVersion,
  };
  const deploy = createRecord(context, {
    input,
    prepare: (record) => {
      if (carriesDags(record.type)) record.dagsUploadUrl = context.world.uploads.open(deployment.id, record.id, context.world.seeding ? context.world.ids.random : undefined);
    },
  });
  return answer(context, deploy);
};

/** Marks the Deploy done (or failed) after the lifecycle delay and points the Deployment at what it deployed. */
function rollOut(context: RequestContext, deployment: JsonRecord, deploy: JsonRecord): void {
  const fail = context.failLifecycle;
  const nowMs = context.now().getTime();
  const settledStatus = deployment.status;
  if (settledStatus === 'HEALTHY' || settledStatus === 'HIBERNATING') deployment.status = 'DEPLOYING';
  if (deploy.dagTarballVersion) deployment.desiredDagTarballVersion = deploy.dagTarballVersion;
  context.world.lifecycle.schedule(deploy, nowMs, (target) => {
    target.status = fail ? 'FAILED' : 'DEPLOYED';
    target.updatedAt = formatTimestamp(nowMs + context.world.lifecycle.delayMs);
    if (deployment.status === 'DEPLOYING') deployment.status = settledStatus;
    if (fail) return;
    if (target.dagTarballVersion) deployment.dagTarballVersion = target.dagTarballVersion;
    if (carriesImage(target.type)) deployment.imageTag = target.imageTag;
  });
}

export const finalizeDeploy: Behaviour = (context) => {
  const deployment = deploymentOf(context);
  const { record: deploy } = itemNamedBy(context, 'deployId');
  if (deploy.status !== 'INITIALIZED') throw new ApiError(400, `Deploy ${deploy.id} is already ${deploy.status}; create a new Deploy to deploy again`);
  const hidden = context.world.records.hidden(deploy);
  if (hidden.finalized) throw new ApiError(400, `Deploy ${deploy.id} is already finalized and rolling out; create a new Deploy to deploy again`);
  const { dagTarballVersion } = body(context);
  if (carriesDags(deploy.type)) {
    if (!dagTarballVersion) throw fieldError('dagTarballVersion', `dagTarballVersion is required for a ${deploy.type} deploy: the x-ms-version-id of its upload`, 'required');
    if (!context.world.uploads.version(deploy.id, dagTarballVersion)) {
      throw fieldError('dagTarballVersion', `dagTarballVersion ${dagTarballVersion} was never uploaded to this Deploy's dagsUploadUrl`);
    }
    deploy.dagTarballVersion = dagTarballVersion;
  } else if (dagTarballVersion) {
    throw fieldError('dagTarballVersion', `an ${deploy.type} deploy carries no DAGs: finalize it without dagTarballVersion`);
  }
  deploy.updatedAt = formatTimestamp(context.now().getTime());
  deploy.updatedBySubject = { ...context.subject };
  hidden.finalized = true;
  rollOut(context, deployment, deploy);
  return answer(context, deploy);
};

export const deployRollback: Behaviour = (context) => {
  const deployment = deploymentOf(context);
  const { record: target } = itemNamedBy(context, 'deployId');
  if (target.status !== 'DEPLOYED') throw new ApiError(400, `Deploy ${target.id} is ${target.status}: only a DEPLOYED Deploy can be rolled back to`);
  const deploys = context.world.records.list(concretePath(collectionOf(context, 'deployId').path, context.parameters.path));
  const current = deploys.filter((deploy) => deploy.status === 'DEPLOYED').at(-1);
  const { id: _id, status: _status, createdAt: _created, updatedAt: _updated, createdBySubject: _by, updatedBySubject: _updatedBy, dagsUploadUrl: _url, rollbackFromId: _from, ...copied } = target;
  const deploy = createRecord(
    context,
    { input: { ...copied, description: body(context).description ?? `Rollback to ${target.id}`, status: 'INITIALIZED', ...(current && { rollbackFromId: current.id }) } },
    collectionOf(context, 'deployId'),
  );
  context.world.records.hidden(deploy).finalized = true;
  rollOut(context, deployment, deploy);
  return answer(context, deploy);
};
