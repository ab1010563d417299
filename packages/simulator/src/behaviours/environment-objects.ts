/**
 * Environment objects (connections, Airflow variables, environment variables, metrics exports) of
 * a Workspace or a Deployment, optionally linked to Deployments:
 * - the object's type must come with its settings (`objectType: CONNECTION` with `connection`), its
 *   scope entity and linked Deployments must exist, and a key is unique per scope and type (409);
 * - `setFields` lists the settings given; secrets (secret variables, passwords, tokens) are never
 *   shown, except in a list asked for with `showSecrets=true`;
 * - the list filters by Workspace or Deployment (`resolveLinked` adds what is linked to it);
 * - exclude-linking keeps a Workspace object away from one of its Deployments.
 */
import type { Behaviour, RequestContext } from '../engine/context.ts';
import { answer, createRecord, getRecord, listRecords, replaceRecord } from '../engine/generic.ts';
import { lookUpReference, notFound } from '../engine/locate.ts';
import type { JsonRecord } from '../engine/record-store.ts';
import { concretePath } from '../engine/resources.ts';
import { ApiError } from '../server/api-error.ts';
import { formatTimestamp } from '../store/timestamps.ts';
import { body, fieldError, itemNamedBy } from './helpers.ts';

/** objectType → the member holding its settings. */
const SETTINGS: Record<string, string> = {
  CONNECTION: 'connection',
  AIRFLOW_VARIABLE: 'airflowVariable',
  ENVIRONMENT_VARIABLE: 'environmentVariable',
  METRICS_EXPORT: 'metricsExport',
};
const SECRET_MEMBERS = ['password', 'basicToken'];

const scopeMember = (scope: string) => (scope === 'WORKSPACE' ? 'workspaceId' : 'deploymentId');

function requireScopeEntity(context: RequestContext, scope: string, id: string): void {
  if (!lookUpReference(context, scopeMember(scope), id)) throw notFound(scope === 'WORKSPACE' ? 'Workspace' : 'Deployment', id);
}

function checkLinks(context: RequestContext, links: JsonRecord[] | undefined): void {
  for (const link of links ?? []) requireScopeEntity(context, link.scope, link.scopeEntityId);
}

/** The names of the settings given for the object's type (not the `isSecret` flag), and per link the overrides given. */
function withSetFields(record: JsonRecord): void {
  const settings = record[SETTINGS[record.objectType]!] ?? {};
  record.setFields = Object.keys(settings).filter((name) => settings[name] !== undefined && name !== 'isSecret');
  for (const link of record.links ?? []) {
    const overrides = Object.values(link).find((value) => value && typeof value === 'object') as JsonRecord | undefined;
    link.setFields = overrides ? Object.keys(overrides) : [];
  }
}

/** Moves a link's `overrides` (request form) into the member of the object's type (record form). */
function linksAsRecorded(objectType: string, links: JsonRecord[] | undefined): JsonRecord[] | undefined {
  return links?.map(({ overrides, ...link }) => {
    const typed = overrides?.[SETTINGS[objectType]!];
    return typed ? { ...link, [`${SETTINGS[objectType]}Overrides`]: typed } : link;
  });
}

export const createEnvironmentObject: Behaviour = (context) => {
  const request = body(context);
  const settingsMember = SETTINGS[request.objectType]!;
  if (request[settingsMember] === undefined) throw fieldError(settingsMember, `${settingsMember} is required for an object of type ${request.objectType}`, 'required');
  requireScopeEntity(context, request.scope, request.scopeEntityId);
  checkLinks(context, request.links);
  const path = concretePath(context.plan.collection!.path, context.parameters.path);
  const twin = context.world.records
    .list(path)
    .find((record) => record.scope === request.scope && record.scopeEntityId === request.scopeEntityId && record.objectType === request.objectType && record.objectKey === request.objectKey);
  if (twin) throw new ApiError(409, `${request.objectType} ${request.objectKey} already exists in ${request.scope} ${request.scopeEntityId} (${twin.id})`);
  const record = createRecord(context, {
    input: { ...request, links: linksAsRecorded(request.objectType, request.links), sourceScope: request.scope, sourceScopeEntityId: request.scopeEntityId },
    prepare: withSetFields,
  });
  return answer(context, record);
};

export const updateEnvironmentObject: Behaviour = (context) => {
  const { record } = itemNamedBy(context, 'environmentObjectId');
  const request = body(context);
  checkLinks(context, request.links);
  context.body = { ...request, ...(request.links && { links: linksAsRecorded(record.objectType, request.links) }) };
  return answer(context, masked(replaceRecord(context, { prepare: withSetFields })));
};

/** A copy without secret values. */
function masked(record: JsonRecord): JsonRecord {
  const copy = structuredClone(record);
  for (const member of ['airflowVariable', 'environmentVariable']) if (copy[member]?.isSecret) copy[member].value = '';
  for (const member of ['connection', 'metricsExport']) for (const secret of SECRET_MEMBERS) if (copy[member]) delete copy[member][secret];
  for (const link of copy.links ?? []) for (const key of Object.keys(link)) if (link[key] && typeof link[key] === 'object') for (const secret of SECRET_MEMBERS) delete link[key][secret];
  return copy;
}

export const getEnvironmentObject: Behaviour = (context) => answer(context, masked(getRecord(context)));

export const listEnvironmentObjects: Behaviour = (context) => {
  const { workspaceId, deploymentId, showSecrets, resolveLinked } = context.parameters.query as Record<string, any>;
  const deployment = deploymentId === undefined ? undefined : lookUpReference(context, 'deploymentId', deploymentId);
  const excluded = (record: JsonRecord) => (record.excludeLinks ?? []).some((link: JsonRecord) => link.scopeEntityId === deploymentId);
  const reaches = (record: JsonRecord) =>
    (record.scope === 'DEPLOYMENT' && record.scopeEntityId === deploymentId) ||
    (resolveLinked === true &&
      !excluded(record) &&
      ((record.links ?? []).some((link: JsonRecord) => link.scopeEntityId === deploymentId) ||
        (record.scope === 'WORKSPACE' && record.autoLinkDeployments === true && record.scopeEntityId === deployment?.workspaceId)));
  return listRecords(context, {
    replaces: ['workspaceId', 'deploymentId'],
    filter: (record) =>
      (workspaceId === undefined || (record.scope === 'WORKSPACE' && record.scopeEntityId === workspaceId)) && (deploymentId === undefined || reaches(record)),
    view: (record) => (showSecrets === true ? record : masked(record)),
  });
};

export const excludeLinking: Behaviour = (context) => {
  const { record } = itemNamedBy(context, 'environmentObjectId');
  const { scope, scopeEntityId } = body(context);
  if (record.scope !== 'WORKSPACE') throw fieldError('scopeEntityId', `Only Workspace objects link to Deployments; ${record.id} belongs to a Deployment`);
  requireScopeEntity(context, scope, scopeEntityId);
  if (lookUpReference(context, 'deploymentId', scopeEntityId)?.workspaceId !== record.scopeEntityId) {
    throw fieldError('scopeEntityId', `Deployment ${scopeEntityId} is not in Workspace ${record.scopeEntityId}`);
  }
  record.excludeLinks = [...(record.excludeLinks ?? []).filter((link: JsonRecord) => link.scopeEntityId !== scopeEntityId), { scope, scopeEntityId }];
  record.links = (record.links ?? []).filter((link: JsonRecord) => link.scopeEntityId !== scopeEntityId);
  record.updatedAt = formatTimestamp(context.now().getTime());
  record.updatedBy = { ...context.subject };
  return answer(context, undefined);
};

