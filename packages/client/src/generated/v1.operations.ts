// This file is generated from the bundled Astro API spec by `pnpm --filter @astro-api/client generate`.
// Do not edit it by hand: change spec/ and regenerate.

/** Operations of the Astro API v1, packed one per line (format: scripts/pack-operations.ts; unpacked by src/resources/operations.ts). */
export const operations = `ListPermissionGroups permissionGroups.list Gqi /authorization/permission-groups
ListOrganizations organizations.list Gqi /organizations organizations 1000
GetOrganization organizations.get Gqi ~
UpdateOrganization organizations.update Pbi ~
ListAllowedIpAddressRanges allowedIpAddressRanges.list Gqi ~/allowed-ip-address-ranges allowedIpAddressRanges
CreateAllowedIpAddressRange allowedIpAddressRanges.create Pb ~/allowed-ip-address-ranges
DeleteAllowedIpAddressRange allowedIpAddressRanges.delete De ~/allowed-ip-address-ranges/{allowedIpAddressRangeId}
BulkCreateAllowedIpAddressRanges allowedIpAddressRanges.bulkCreate Pb ~/allowed-ip-address-ranges/bulk-create
BulkDeleteAllowedIpAddressRanges allowedIpAddressRanges.bulkDelete Pbe ~/allowed-ip-address-ranges/bulk-delete
GetOrganizationAuditLogs organizations.auditLogs Gqis ~/audit-logs
GetClusterOptions clusters.getOptions Gqi ~/cluster-options
ListClusters clusters.list Gqi ~/clusters clusters 1000
CreateCluster clusters.create Pb ~/clusters
GetCluster clusters.get Gi ~/clusters/{clusterId}
UpdateCluster clusters.update Pbi ~/clusters/{clusterId}
DeleteCluster clusters.delete De ~/clusters/{clusterId}
GetDeploymentOptions deployments.getOptions Gqi ~/deployment-options
ListDeployments deployments.list Gqi ~/deployments deployments
CreateDeployment deployments.create Pb ~/deployments
GetDeployment deployments.get Gi ~/deployments/{deploymentId}
UpdateDeployment deployments.update Pbi ~/deployments/{deploymentId}
DeleteDeployment deployments.delete De ~/deployments/{deploymentId}
ListAgentTokens agentTokens.list Gqi ~/deployments/{deploymentId}/agent-tokens tokens 1000
CreateAgentToken agentTokens.create Pb ~/deployments/{deploymentId}/agent-tokens
GetAgentToken agentTokens.get Gi ~/deployments/{deploymentId}/agent-tokens/{agentTokenId}
DeleteAgentToken agentTokens.delete De ~/deployments/{deploymentId}/agent-tokens/{agentTokenId}
ListDeploys deploys.list Gqi ~/deployments/{deploymentId}/deploys deploys 1000
CreateDeploy deploys.create Pb ~/deployments/{deploymentId}/deploys
GetDeploy deploys.get Gi ~/deployments/{deploymentId}/deploys/{deployId}
UpdateDeploy deploys.update Pbi ~/deployments/{deploymentId}/deploys/{deployId}
FinalizeDeploy deploys.finalize Pb ~/deployments/{deploymentId}/deploys/{deployId}/finalize
DeployRollback deploys.rollback Pb ~/deployments/{deploymentId}/deploys/{deployId}/rollback
UpdateDeploymentHibernationOverride deployments.updateHibernationOverride Pbi ~/deployments/{deploymentId}/hibernation-override
DeleteDeploymentHibernationOverride deployments.deleteHibernationOverride Die ~/deployments/{deploymentId}/hibernation-override
GetDeploymentLogs deployments.getLogs Gqi ~/deployments/{deploymentId}/logs
ListEnvironmentObjects environmentObjects.list Gqi ~/environment-objects environmentObjects
CreateEnvironmentObject environmentObjects.create Pb ~/environment-objects
GetEnvironmentObject environmentObjects.get Gi ~/environment-objects/{environmentObjectId}
UpdateEnvironmentObject environmentObjects.update Pbi ~/environment-objects/{environmentObjectId}
DeleteEnvironmentObject environmentObjects.delete De ~/environment-objects/{environmentObjectId}
ExcludeLinkingEnvironmentObject environmentObjects.excludeLinking Pbe ~/environment-objects/{environmentObjectId}/exclude-linking
CreateUserInvite invites.create Pb ~/invites
DeleteUserInvite invites.delete De ~/invites/{inviteId}
ListRoleTemplates roles.listTemplates Gqi ~/role-templates
ListRoles roles.list Gqi ~/roles roles
CreateCustomRole roles.create Pb ~/roles
GetCustomRole roles.get Gi ~/roles/{customRoleId}
UpdateCustomRole roles.update Pbi ~/roles/{customRoleId}
DeleteCustomRole roles.delete De ~/roles/{customRoleId}
ListTeams teams.list Gqi ~/teams teams 1000
CreateTeam teams.create Pb ~/teams
GetTeam teams.get Gi ~/teams/{teamId}
UpdateTeam teams.update Pbi ~/teams/{teamId}
DeleteTeam teams.delete De ~/teams/{teamId}
ListTeamMembers teams.listMembers Gqi ~/teams/{teamId}/members teamMembers
AddTeamMembers teams.addMembers Pbe ~/teams/{teamId}/members
RemoveTeamMember teams.removeMember De ~/teams/{teamId}/members/{memberId}
UpdateTeamRoles teams.updateRoles Pbi ~/teams/{teamId}/roles
ListApiTokens apiTokens.list Gqi ~/tokens tokens 1000
CreateApiToken apiTokens.create Pb ~/tokens
GetApiToken apiTokens.get Gi ~/tokens/{tokenId}
UpdateApiToken apiTokens.update Pbi ~/tokens/{tokenId}
DeleteApiToken apiTokens.delete De ~/tokens/{tokenId}
UpdateApiTokenRoles apiTokens.updateRoles Pbi ~/tokens/{tokenId}/roles
RotateApiToken apiTokens.rotate P ~/tokens/{tokenId}/rotate
ListUsers users.list Gqi ~/users users 1000
GetUser users.get Gi ~/users/{userId}
UpdateUserRoles users.updateRoles Pbi ~/users/{userId}/roles
ListUserTeams users.listTeams Gqi ~/users/{userId}/teams teams 1000
ListWorkspaces workspaces.list Gqi ~/workspaces workspaces 1000
CreateWorkspace workspaces.create Pb ~/workspaces
GetWorkspace workspaces.get Gi ~/workspaces/{workspaceId}
UpdateWorkspace workspaces.update Pbi ~/workspaces/{workspaceId}
DeleteWorkspace workspaces.delete De ~/workspaces/{workspaceId}
GetSelfUser users.getSelf Gqi /users/self`;

/** Default base URL of the Astro API v1: the first server of its spec. */
export const serverUrl = "https://api.astronomer.io/v1";

/** Minor versions the spec documents, for the X-API-Version header. */
export type ApiVersion = "1.0";
