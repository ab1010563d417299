/**
 * The permission catalogue, read from the spec: every `x-permission` action of the API's
 * operations (`organization.deployments.get`), grouped by what they act on
 * (`organization.deployments`), and the default roles that hold them. Permission groups, role
 * templates, the default roles of the role list and the check of custom roles' permissions all
 * come from here, so a new operation's permission appears everywhere without code.
 */
import type { OperationModel } from '@astro-api/openapi';
import type { Behaviour, RequestContext } from '../engine/context.ts';
import { answer } from '../engine/generic.ts';
import { fieldError } from './helpers.ts';

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Every permission action the spec names, sorted. */
export function permissionActions(operations: readonly OperationModel[]): string[] {
  return [...new Set(operations.flatMap((operation) => operation.permissions))].sort();
}

const VERBS: Record<string, string> = {
  get: 'view', create: 'create', update: 'change', delete: 'delete', access: 'view and manage',
};

export function permissionGroups(operations: readonly OperationModel[]): Record<string, unknown>[] {
  const groups = new Map<string, string[]>();
  for (const action of permissionActions(operations)) {
    const parts = action.split('.');
    const name = parts.length > 1 ? parts.slice(0, -1).join('.') : parts[0]!;
    groups.set(name, [...(groups.get(name) ?? []), parts.at(-1)!]);
  }
  return [...groups].map(([name, verbs]) => {
    const words = name.split('.').map(capitalize);
    const subject = words.length > 1 ? `${words.slice(1).join(' ')} of a ${words[0]}` : `a ${words[0]}`;
    return {
      name,
      scope: words.join(' '),
      description: `Permissions on the ${subject}.`,
      permissions: verbs.map((verb) => ({ action: verb, description: `The subject may ${VERBS[verb] ?? verb} ${subject.replace(/^a /, 'the ')}.` })),
    };
  });
}

/** Default roles by scope, each a rule over actions: what an Owner, a Member… may do. */
const DEFAULT_ROLES: { name: string; scopeType: string; description: string; holds: (action: string) => boolean }[] = [
  { name: 'ORGANIZATION_OWNER', scopeType: 'ORGANIZATION', description: 'Everything in the Organization.', holds: () => true },
  { name: 'ORGANIZATION_BILLING_ADMIN', scopeType: 'ORGANIZATION', description: 'Organization settings and billing, read access elsewhere.', holds: (a) => a.startsWith('organization.') && (a.endsWith('.get') || a.startsWith('organization.settings')) },
  { name: 'ORGANIZATION_OBSERVE_ADMIN', scopeType: 'ORGANIZATION', description: 'Read access to the Organization and its Deployments.', holds: (a) => a.endsWith('.get') && !a.includes('auditLogs') },
  { name: 'ORGANIZATION_OBSERVE_MEMBER', scopeType: 'ORGANIZATION', description: 'Read access to the Organization.', holds: (a) => a === 'organization.get' },
  { name: 'ORGANIZATION_MEMBER', scopeType: 'ORGANIZATION', description: 'Read access to the Organization, its Workspaces and users.', holds: (a) => a.startsWith('organization.') && a.endsWith('.get') && !a.includes('auditLogs') },
  { name: 'WORKSPACE_OWNER', scopeType: 'WORKSPACE', description: 'Everything in the Workspace.', holds: (a) => a.startsWith('workspace.') || a.startsWith('deployment.') },
  { name: 'WORKSPACE_OPERATOR', scopeType: 'WORKSPACE', description: 'Deployments of the Workspace and their configuration.', holds: (a) => a === 'workspace.get' || a.startsWith('workspace.deployments') || a.startsWith('deployment.') },
  { name: 'WORKSPACE_AUTHOR', scopeType: 'WORKSPACE', description: 'Deploys code to the Workspace\'s Deployments.', holds: (a) => a === 'workspace.get' || a === 'deployment.get' || a.startsWith('deployment.deploys') || a.startsWith('deployment.logs') },
  { name: 'WORKSPACE_MEMBER', scopeType: 'WORKSPACE', description: 'Read access to the Workspace and its Deployments.', holds: (a) => a === 'workspace.get' || (a.startsWith('deployment.') && a.endsWith('.get')) },
  { name: 'WORKSPACE_ACCESSOR', scopeType: 'WORKSPACE', description: 'Sees the Workspace.', holds: (a) => a === 'workspace.get' },
  { name: 'DEPLOYMENT_ADMIN', scopeType: 'DEPLOYMENT', description: 'Everything on the Deployment.', holds: (a) => a.startsWith('deployment.') },
];

export function defaultRoles(operations: readonly OperationModel[], scopeTypes?: readonly string[]): Record<string, unknown>[] {
  const actions = permissionActions(operations);
  return DEFAULT_ROLES.filter((role) => !scopeTypes?.length || scopeTypes.includes(role.scopeType)).map((role) => ({
    name: role.name,
    scopeType: role.scopeType,
    description: role.description,
    permissions: actions.filter(role.holds),
  }));
}

export const listPermissionGroups: Behaviour = (context) => {
  const scopeType = context.parameters.query.scopeType as string | undefined;
  const groups = permissionGroups(context.api.operations).filter((group) => !scopeType || String(group.name).split('.')[0] === scopeType.toLowerCase());
  return answer(context, groups);
};

export const listRoleTemplates: Behaviour = (context) => answer(context, defaultRoles(context.api.operations, context.parameters.query.scopeTypes as string[] | undefined));

/** A custom role may only hold permissions the API knows. */
export function checkPermissions(context: RequestContext, permissions: readonly string[]): void {
  const known = new Set(permissionActions(context.api.operations));
  const index = permissions.findIndex((permission) => !known.has(permission));
  if (index >= 0) throw fieldError(`permissions[${index}]`, `${permissions[index]} is not a permission of the Astro API (see ListPermissionGroups)`, 'oneof');
}
