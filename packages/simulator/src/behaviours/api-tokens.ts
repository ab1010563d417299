/**
 * API and agent tokens: a create or a rotation mints a value, shown in that answer only; from then
 * on the value authenticates as the token, within its scope, until it is rotated or the token
 * deleted. A token's scope and entity become its first role. The list filters by the entities of
 * the tokens' roles.
 */
import { shortTokenOf } from '../auth/token-registry.ts';
import type { Behaviour, IssuedToken, RequestContext } from '../engine/context.ts';
import { answer, createRecord, listRecords } from '../engine/generic.ts';
import { lookUpReference, notFound, requireItem } from '../engine/locate.ts';
import type { JsonRecord } from '../engine/record-store.ts';
import { concretePath } from '../engine/resources.ts';
import { formatTimestamp } from '../store/timestamps.ts';
import { body, fieldError } from './helpers.ts';

const DAY_MS = 86_400_000;

interface TokenRequest {
  name: string;
  description?: string;
  role?: string;
  scope?: IssuedToken['scope'];
  entityId?: string;
  kind?: string;
  tokenExpiryPeriodInDays?: number;
}

/** Creates the token record and mints its value; the answer is the only place the value appears. */
function createToken(context: RequestContext, request: TokenRequest, scope: IssuedToken['scope'], entityId: string, role: string): { record: JsonRecord; value: string } {
  const nowMs = context.now().getTime();
  const days = request.tokenExpiryPeriodInDays;
  const input: JsonRecord = {
    name: request.name,
    description: request.description ?? '',
    kind: request.kind ?? 'STANDARD',
    scope,
    roles: [{ entityId, entityType: scope, role }],
    startAt: formatTimestamp(nowMs),
    ...(days !== undefined && { expiryPeriodInDays: days, endAt: formatTimestamp(nowMs + days * DAY_MS) }),
  };
  const collectionPath = concretePath(context.plan.collection!.path, context.parameters.path);
  let value = '';
  const record = createRecord(context, {
    input,
    prepare: (shaped) => {
      const token = { collectionPath, id: shaped.id, organizationId: context.parameters.path.organizationId!, scope, entityId };
      value = context.world.tokens.issue(token, nowMs, context.world.seeding ? context.world.ids.random : undefined);
      shaped.shortToken = shortTokenOf(value);
    },
  });
  return { record, value };
}

export const createApiToken: Behaviour = (context) => {
  const request = body<TokenRequest>(context);
  const organizationId = context.parameters.path.organizationId!;
  const scope = request.scope!;
  let entityId = request.entityId;
  if (scope === 'ORGANIZATION') {
    if (entityId !== undefined && entityId !== organizationId) throw fieldError('entityId', `entityId of an Organization token must be the Organization ${organizationId}`);
    entityId = organizationId;
  } else {
    if (!entityId) throw fieldError('entityId', `entityId is required for a ${scope} token: the id of its ${scope === 'WORKSPACE' ? 'Workspace' : 'Deployment'}`, 'required');
    const member = scope === 'WORKSPACE' ? 'workspaceId' : 'deploymentId';
    if (!lookUpReference(context, member, entityId)) throw notFound(scope === 'WORKSPACE' ? 'Workspace' : 'Deployment', entityId);
  }
  const { record, value } = createToken(context, request, scope, entityId, request.role!);
  return answer(context, { ...record, token: value });
};

/** Agent tokens authenticate a Deployment's remote agents: Deployment tokens of that Deployment. */
export const createAgentToken: Behaviour = (context) => {
  const deploymentId = context.parameters.path.deploymentId!;
  const { record, value } = createToken(context, body<TokenRequest>(context), 'DEPLOYMENT', deploymentId, 'DEPLOYMENT_AGENT');
  return answer(context, { ...record, token: value });
};

export const rotateApiToken: Behaviour = (context) => {
  const { record, path, id } = requireItem(context, context.api.resources.byItemParam.get('tokenId')!);
  const nowMs = context.now().getTime();
  const role = (record.roles as JsonRecord[] | undefined)?.[0];
  const token = { collectionPath: path, id, organizationId: context.parameters.path.organizationId!, scope: record.scope, entityId: role?.entityId ?? context.parameters.path.organizationId! };
  const value = context.world.tokens.issue(token, nowMs);
  record.shortToken = shortTokenOf(value);
  record.lastRotatedAt = formatTimestamp(nowMs);
  record.updatedAt = formatTimestamp(nowMs);
  record.updatedBy = { ...context.subject };
  return answer(context, { ...record, token: value });
};

const rolesOf = (record: JsonRecord): JsonRecord[] => (Array.isArray(record.roles) ? record.roles : []);

/** The list's filters that name no member of a token: they look at the entities of its roles. */
export const listApiTokens: Behaviour = (context) => {
  const { workspaceId, deploymentId, dagId, dagTags, includeOnlyOrganizationTokens } = context.parameters.query as Record<string, any>;
  const has = (record: JsonRecord, type: string, ids: unknown[]) => rolesOf(record).some((role) => role.entityType === type && ids.includes(role.entityId));
  return listRecords(context, {
    replaces: ['workspaceId', 'deploymentId', 'dagId', 'dagTags', 'includeOnlyOrganizationTokens'],
    filter: (record) =>
      (workspaceId === undefined || has(record, 'WORKSPACE', [workspaceId])) &&
      (deploymentId === undefined || has(record, 'DEPLOYMENT', [deploymentId]) || rolesOf(record).some((role) => role.deploymentId === deploymentId)) &&
      (dagId === undefined || has(record, 'DAG', [dagId])) &&
      (dagTags === undefined || has(record, 'DAG_TAG', dagTags)) &&
      (includeOnlyOrganizationTokens !== true || record.scope === 'ORGANIZATION'),
  });
};
