// This file is generated from the bundled Astro API spec by `pnpm --filter @astro-api/client generate`.
// Do not edit it by hand: change spec/ and regenerate.

/** Operations of the Astro API v1, packed one per line (format: scripts/pack-operations.ts; unpacked by src/resources/operations.ts). */
export const operations = `permissionGroups.list Gqi /authorization/permission-groups
organizations.list Gqi /organizations organizations 1000
get Gqi ~
update Pbi ~
allowedIpAddressRanges.list Gqi ~/allowed-ip-address-ranges allowedIpAddressRanges
create Pb ~/allowed-ip-address-ranges
delete De ~/allowed-ip-address-ranges/{allowedIpAddressRangeId}
bulkCreate Pb ~/allowed-ip-address-ranges/bulk-create BulkCreateAllowedIpAddressRanges
bulkDelete Pbe ~/allowed-ip-address-ranges/bulk-delete BulkDeleteAllowedIpAddressRanges
organizations.auditLogs Gqis ~/audit-logs GetOrganizationAuditLogs
clusters.getOptions Gqi ~/cluster-options
list Gqi ~/clusters clusters 1000
create Pb ~/clusters
get Gi ~/clusters/{clusterId}
update Pbi ~/clusters/{clusterId}
delete De ~/clusters/{clusterId}
deployments.getOptions Gqi ~/deployment-options
list Gqi ~/deployments deployments
create Pb ~/deployments
get Gi ~/deployments/{deploymentId}
update Pbi ~/deployments/{deploymentId}
delete De ~/deployments/{deploymentId}
agentTokens.list Gqi ~/deployments/{deploymentId}/agent-tokens tokens 1000
create Pb ~/deployments/{deploymentId}/agent-tokens
get Gi ~/deployments/{deploymentId}/agent-tokens/{agentTokenId}
delete De ~/deployments/{deploymentId}/agent-tokens/{agentTokenId}
deploys.list Gqi ~/deployments/{deploymentId}/deploys deploys 1000
create Pb ~/deployments/{deploymentId}/deploys
get Gi ~/deployments/{deploymentId}/deploys/{deployId}
update Pbi ~/deployments/{deploymentId}/deploys/{deployId}
finalize Pb ~/deployments/{deploymentId}/deploys/{deployId}/finalize
rollback Pb ~/deployments/{deploymentId}/deploys/{deployId}/rollback DeployRollback
deployments.updateHibernationOverride Pbi ~/deployments/{deploymentId}/hibernation-override
deleteHibernationOverride Die ~/deployments/{deploymentId}/hibernation-override
getLogs Gqi ~/deployments/{deploymentId}/logs
environmentObjects.list Gqi ~/environment-objects environmentObjects
create Pb ~/environment-objects
get Gi ~/environment-objects/{environmentObjectId}
update Pbi ~/environment-objects/{environmentObjectId}
delete De ~/environment-objects/{environmentObjectId}
excludeLinking Pbe ~/environment-objects/{environmentObjectId}/exclude-linking ExcludeLinkingEnvironmentObject
invites.create Pb ~/invites CreateUserInvite
delete De ~/invites/{inviteId} DeleteUserInvite
roles.listTemplates Gqi ~/role-templates
list Gqi ~/roles roles
create Pb ~/roles CreateCustomRole
get Gi ~/roles/{customRoleId} GetCustomRole
update Pbi ~/roles/{customRoleId} UpdateCustomRole
delete De ~/roles/{customRoleId} DeleteCustomRole
teams.list Gqi ~/teams teams 1000
create Pb ~/teams
get Gi ~/teams/{teamId}
update Pbi ~/teams/{teamId}
delete De ~/teams/{teamId}
listMembers Gqi ~/teams/{teamId}/members teamMembers
addMembers Pbe ~/teams/{teamId}/members
removeMember De ~/teams/{teamId}/members/{memberId}
updateRoles Pbi ~/teams/{teamId}/roles
apiTokens.list Gqi ~/tokens tokens 1000
create Pb ~/tokens
get Gi ~/tokens/{tokenId}
update Pbi ~/tokens/{tokenId}
delete De ~/tokens/{tokenId}
updateRoles Pbi ~/tokens/{tokenId}/roles
rotate P ~/tokens/{tokenId}/rotate
users.list Gqi ~/users users 1000
get Gi ~/users/{userId}
updateRoles Pbi ~/users/{userId}/roles
listTeams Gqi ~/users/{userId}/teams teams 1000
workspaces.list Gqi ~/workspaces workspaces 1000
create Pb ~/workspaces
get Gi ~/workspaces/{workspaceId}
update Pbi ~/workspaces/{workspaceId}
delete De ~/workspaces/{workspaceId}
users.getSelf Gqi /users/self GetSelfUser`;

/** Default base URL of the Astro API v1: the first server of its spec. */
export const serverUrl = "https://api.astronomer.io/v1";

/** Minor versions the spec documents, for the X-API-Version header. */
export type ApiVersion = "1.0";
