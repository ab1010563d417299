/** Custom roles: their permissions must exist, and the list can add the default roles. */
import type { Behaviour } from '../engine/context.ts';
import { GENERIC, listRecords } from '../engine/generic.ts';
import { body } from './helpers.ts';
import { checkPermissions, defaultRoles } from './permissions.ts';

export const saveCustomRole: (generic: 'create' | 'update') => Behaviour = (generic) => (context) => {
  checkPermissions(context, body(context).permissions);
  return GENERIC[generic]!(context);
};

export const listRoles: Behaviour = (context) => {
  const { includeDefaultRoles, scopeTypes } = context.parameters.query as { includeDefaultRoles?: boolean; scopeTypes?: string[] };
  return listRecords(context, includeDefaultRoles ? { extra: { defaultRoles: defaultRoles(context.api.operations, scopeTypes) } } : {});
};
