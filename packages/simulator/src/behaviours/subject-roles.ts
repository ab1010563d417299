/**
 * Role updates of users, teams and API tokens. Users and teams hold their roles as members
 * (`organizationRole`, `workspaceRoles`, `deploymentRoles`, `dagRoles`): an update replaces them all,
 * keeping the Organization role when none is given. A token holds a list of roles by entity; its
 * answer shows them in the same `SubjectRoles` form. Every Workspace and Deployment named must exist.
 */
import { schemaShape } from '@astro-api/openapi';
import type { Behaviour, RequestContext } from '../engine/context.ts';
import { answer, checkStorable } from '../engine/generic.ts';
import { jsonSchemaOf } from '../engine/json-media.ts';
import { lookUpReference, notFound } from '../engine/locate.ts';
import type { JsonRecord } from '../engine/record-store.ts';
import { ApiError } from '../server/api-error.ts';
import { formatTimestamp } from '../store/timestamps.ts';
import { toFieldErrors } from '../validation/field-error.ts';
import { body, itemNamedBy } from './helpers.ts';

const ROLE_LISTS = ['workspaceRoles', 'deploymentRoles', 'dagRoles'] as const;

function requireEntity(context: RequestContext, member: 'workspaceId' | 'deploymentId', id: unknown): void {
  if (typeof id === 'string' && !lookUpReference(context, member, id)) throw notFound(member === 'workspaceId' ? 'Workspace' : 'Deployment', id);
}

function checkRoleEntities(context: RequestContext, roles: JsonRecord): void {
  for (const role of roles.workspaceRoles ?? []) requireEntity(context, 'workspaceId', role.workspaceId);
  for (const role of [...(roles.deploymentRoles ?? []), ...(roles.dagRoles ?? [])]) requireEntity(context, 'deploymentId', role.deploymentId);
}

const countRoles = (record: JsonRecord) => ROLE_LISTS.reduce((sum, list) => sum + (record[list]?.length ?? 0), 0);

/** `UpdateUserRoles` and `UpdateTeamRoles`: the subject named by `itemParam` gets the body's roles. */
function updateSubjectRoles(itemParam: 'userId' | 'teamId'): Behaviour {
  return (context) => {
    const { record, collection } = itemNamedBy(context, itemParam);
    const roles = body(context);
    checkRoleEntities(context, roles);
    const next: JsonRecord = { ...record, organizationRole: roles.organizationRole ?? record.organizationRole };
    for (const list of ROLE_LISTS) {
      if (roles[list] === undefined) delete next[list];
      else next[list] = structuredClone(roles[list]);
    }
    const declares = schemaShape(context.api.document, collection.recordSchema).properties;
    if (declares.has('rolesCount')) next.rolesCount = countRoles(next);
    next.updatedAt = formatTimestamp(context.now().getTime());
    if (declares.has('updatedBy')) next.updatedBy = { ...context.subject };
    checkStorable(context, collection, next);
    for (const member of Object.keys(record)) delete record[member];
    Object.assign(record, next);
    return answer(context, record);
  };
}

export const updateUserRoles = updateSubjectRoles('userId');
export const updateTeamRoles = updateSubjectRoles('teamId');

/** A token's roles (`[{entityType, entityId, role}]`) in the `SubjectRoles` form. */
export function tokenSubjectRoles(roles: readonly JsonRecord[]): JsonRecord {
  const view: JsonRecord = {};
  const push = (list: string, entry: JsonRecord) => (view[list] ??= []).push(entry);
  for (const role of roles) {
    if (role.entityType === 'ORGANIZATION') view.organizationRole = role.role;
    else if (role.entityType === 'WORKSPACE') push('workspaceRoles', { workspaceId: role.entityId, role: role.role });
    else if (role.entityType === 'DEPLOYMENT') push('deploymentRoles', { deploymentId: role.entityId, role: role.role });
    else push('dagRoles', { deploymentId: role.deploymentId ?? '', role: role.role, ...(role.entityType === 'DAG' ? { dagId: role.entityId } : { dagTag: role.entityId }) });
  }
  return view;
}

export const updateApiTokenRoles: Behaviour = (context) => {
  const { record } = itemNamedBy(context, 'tokenId');
  const roles: JsonRecord[] = body(context).roles;
  const organizationId = context.parameters.path.organizationId!;
  for (const role of roles) {
    if (role.entityType === 'ORGANIZATION' && role.entityId !== organizationId) throw notFound('Organization', role.entityId);
    if (role.entityType === 'WORKSPACE') requireEntity(context, 'workspaceId', role.entityId);
    if (role.entityType === 'DEPLOYMENT') requireEntity(context, 'deploymentId', role.entityId);
    if (role.deploymentId !== undefined) requireEntity(context, 'deploymentId', role.deploymentId);
  }
  // The answer must be a valid SubjectRoles (its Workspace roles are an enum): check before storing.
  const view = tokenSubjectRoles(roles);
  const violations = context.api.validator.validateSchema(jsonSchemaOf(context.operation)!, view);
  if (violations.length) {
    const fieldErrors = toFieldErrors('roles', violations);
    throw new ApiError(400, `These roles cannot be granted: ${fieldErrors.map((error) => error.message).join('; ')}`, { fieldErrors });
  }
  record.roles = structuredClone(roles);
  record.updatedAt = formatTimestamp(context.now().getTime());
  record.updatedBy = { ...context.subject };
  return answer(context, view);
};
