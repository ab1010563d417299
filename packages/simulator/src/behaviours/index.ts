/**
 * The hand-written behaviours, by operationId: only what the API does beyond storing and returning
 * records. Every other operation is served by the generic engine for its kind (list, create, get,
 * update, delete), and routing and validation come from the spec for all of them.
 */
import type { Behaviour } from '../engine/context.ts';
import { createAgentToken, createApiToken, listApiTokens, rotateApiToken } from './api-tokens.ts';
import { createDeployment } from './deployments.ts';
import { createDeploy, deployRollback, finalizeDeploy } from './deploys.ts';
import { createEnvironmentObject, excludeLinking, getEnvironmentObject, listEnvironmentObjects, updateEnvironmentObject } from './environment-objects.ts';
import { deleteHibernationOverride, updateHibernationOverride } from './hibernation.ts';
import { createUserInvite, deleteUserInvite } from './invites.ts';
import { bulkCreateIpRanges, bulkDeleteIpRanges, createIpRange, deleteIpRange } from './ip-ranges.ts';
import { getDeploymentLogs } from './logs.ts';
import { getClusterOptions, getDeploymentOptions } from './options-catalog.ts';
import { getOrganization } from './organizations/get-organization.ts';
import { getOrganizationAuditLogs } from './organizations/get-organization-audit-logs.ts';
import { listOrganizations } from './organizations/list-organizations.ts';
import { updateOrganization } from './organizations/update-organization.ts';
import { listPermissionGroups, listRoleTemplates } from './permissions.ts';
import { listRoles, saveCustomRole } from './roles.ts';
import { getSelfUser } from './self-user.ts';
import { updateApiTokenRoles, updateTeamRoles, updateUserRoles } from './subject-roles.ts';
import { addTeamMembers, createTeam, listUserTeams } from './team-members.ts';

export const BEHAVIOURS: Readonly<Record<string, Behaviour>> = {
  // Organizations: seeded, one record per Organization seen through each version's schema.
  ListOrganizations: listOrganizations,
  GetOrganization: getOrganization,
  UpdateOrganization: updateOrganization,
  GetOrganizationAuditLogs: getOrganizationAuditLogs,
  // Tokens whose values authenticate.
  CreateApiToken: createApiToken,
  CreateAgentToken: createAgentToken,
  RotateApiToken: rotateApiToken,
  ListApiTokens: listApiTokens,
  UpdateApiTokenRoles: updateApiTokenRoles,
  UpdateUserRoles: updateUserRoles,
  UpdateTeamRoles: updateTeamRoles,
  // Teams and their members.
  CreateTeam: createTeam,
  AddTeamMembers: addTeamMembers,
  ListUserTeams: listUserTeams,
  // Deployments, deploys and hibernation.
  CreateDeployment: createDeployment,
  CreateDeploy: createDeploy,
  FinalizeDeploy: finalizeDeploy,
  DeployRollback: deployRollback,
  UpdateDeploymentHibernationOverride: updateHibernationOverride,
  DeleteDeploymentHibernationOverride: deleteHibernationOverride,
  GetDeploymentLogs: getDeploymentLogs,
  // Allowed IP address ranges.
  CreateAllowedIpAddressRange: createIpRange,
  DeleteAllowedIpAddressRange: deleteIpRange,
  BulkCreateAllowedIpAddressRanges: bulkCreateIpRanges,
  BulkDeleteAllowedIpAddressRanges: bulkDeleteIpRanges,
  // Environment objects: secrets, scopes and links.
  CreateEnvironmentObject: createEnvironmentObject,
  GetEnvironmentObject: getEnvironmentObject,
  ListEnvironmentObjects: listEnvironmentObjects,
  UpdateEnvironmentObject: updateEnvironmentObject,
  ExcludeLinkingEnvironmentObject: excludeLinking,
  // Roles and permissions, from the spec's permission actions.
  ListPermissionGroups: listPermissionGroups,
  ListRoleTemplates: listRoleTemplates,
  ListRoles: listRoles,
  CreateCustomRole: saveCustomRole('create'),
  UpdateCustomRole: saveCustomRole('update'),
  // Catalogues and the caller.
  GetClusterOptions: getClusterOptions,
  GetDeploymentOptions: getDeploymentOptions,
  CreateUserInvite: createUserInvite,
  DeleteUserInvite: deleteUserInvite,
  GetSelfUser: getSelfUser,
};
