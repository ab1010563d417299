// This file is generated from the bundled Astro API spec by `pnpm --filter @astro-api/client generate`.
// Do not edit it by hand: change spec/ and regenerate.

import type { PageIterator, RequestOptions, WalkQuery } from '../resources/types.ts';
import type { operations, AddTeamMembersRequest, AllowedIpAddressRange, AllowedIpAddressRangesList, AllowedIpAddressRangesPaginated, ApiToken, ApiTokensPaginated, AuditLogEvent, BulkCreateAllowedIpAddressRangesRequest, BulkDeleteAllowedIpAddressRangesRequest, Cluster, ClusterOptions, ClustersPaginated, CreateAgentTokenRequest, CreateAllowedIpAddressRangeRequest, CreateApiTokenRequest, CreateClusterRequest, CreateCustomRoleRequest, CreateDeployRequest, CreateDeploymentRequest, CreateEnvironmentObject, CreateEnvironmentObjectRequest, CreateTeamRequest, CreateUserInviteRequest, CreateWorkspaceRequest, Deploy, DeployRollbackRequest, Deployment, DeploymentHibernationOverride, DeploymentLog, DeploymentOptions, DeploymentsPaginated, DeploysPaginated, EnvironmentObject, EnvironmentObjectsPaginated, ExcludeLinkEnvironmentObjectRequest, FinalizeDeployRequest, Invite, Organization, OrganizationsPaginated, OverrideDeploymentHibernationBody, PermissionGroup, Role, RoleTemplate, RoleWithPermission, RolesPaginated, SelfUser, SubjectRoles, Team, TeamMember, TeamMembersPaginated, TeamsPaginated, UpdateApiTokenRequest, UpdateApiTokenRolesRequest, UpdateClusterRequest, UpdateCustomRoleRequest, UpdateDeployRequest, UpdateDeploymentRequest, UpdateEnvironmentObjectRequest, UpdateOrganizationRequest, UpdateTeamRequest, UpdateTeamRolesRequest, UpdateUserRolesRequest, UpdateWorkspaceRequest, User, UserTeamMembership, UserTeamsPaginated, UsersPaginated, Workspace, WorkspacesPaginated } from './v1.ts';

/** Query parameters of ListPermissionGroups. */
export interface ListPermissionGroupsQuery extends Of<NonNullable<operations['ListPermissionGroups']['parameters']['query']>> {}

/** Success body of ListPermissionGroups. */
export type ListPermissionGroupsResponse = PermissionGroup[];

/** Query parameters of ListOrganizations. */
export interface ListOrganizationsQuery extends Of<NonNullable<operations['ListOrganizations']['parameters']['query']>> {}

/** Query parameters of GetOrganization. */
export interface GetOrganizationQuery extends Of<NonNullable<operations['GetOrganization']['parameters']['query']>> {}

/** Query parameters of ListAllowedIpAddressRanges. */
export interface ListAllowedIpAddressRangesQuery extends Of<NonNullable<operations['ListAllowedIpAddressRanges']['parameters']['query']>> {}

/** Query parameters of GetOrganizationAuditLogs. */
export interface GetOrganizationAuditLogsQuery extends Of<NonNullable<operations['GetOrganizationAuditLogs']['parameters']['query']>> {}

/** Query parameters of GetClusterOptions. */
export interface GetClusterOptionsQuery extends Of<NonNullable<operations['GetClusterOptions']['parameters']['query']>> {}

/** Success body of GetClusterOptions. */
export type GetClusterOptionsResponse = ClusterOptions[];

/** Query parameters of ListClusters. */
export interface ListClustersQuery extends Of<NonNullable<operations['ListClusters']['parameters']['query']>> {}

/** Query parameters of GetDeploymentOptions. */
export interface GetDeploymentOptionsQuery extends Of<NonNullable<operations['GetDeploymentOptions']['parameters']['query']>> {}

/** Query parameters of ListDeployments. */
export interface ListDeploymentsQuery extends Of<NonNullable<operations['ListDeployments']['parameters']['query']>> {}

/** Query parameters of ListAgentTokens. */
export interface ListAgentTokensQuery extends Of<NonNullable<operations['ListAgentTokens']['parameters']['query']>> {}

/** Query parameters of ListDeploys. */
export interface ListDeploysQuery extends Of<NonNullable<operations['ListDeploys']['parameters']['query']>> {}

/** Query parameters of GetDeploymentLogs. */
export interface GetDeploymentLogsQuery extends Of<NonNullable<operations['GetDeploymentLogs']['parameters']['query']>> {}

/** Query parameters of ListEnvironmentObjects. */
export interface ListEnvironmentObjectsQuery extends Of<NonNullable<operations['ListEnvironmentObjects']['parameters']['query']>> {}

/** Query parameters of ListRoleTemplates. */
export interface ListRoleTemplatesQuery extends Of<NonNullable<operations['ListRoleTemplates']['parameters']['query']>> {}

/** Success body of ListRoleTemplates. */
export type ListRoleTemplatesResponse = RoleTemplate[];

/** Query parameters of ListRoles. */
export interface ListRolesQuery extends Of<NonNullable<operations['ListRoles']['parameters']['query']>> {}

/** Query parameters of ListTeams. */
export interface ListTeamsQuery extends Of<NonNullable<operations['ListTeams']['parameters']['query']>> {}

/** Query parameters of ListTeamMembers. */
export interface ListTeamMembersQuery extends Of<NonNullable<operations['ListTeamMembers']['parameters']['query']>> {}

/** Query parameters of ListApiTokens. */
export interface ListApiTokensQuery extends Of<NonNullable<operations['ListApiTokens']['parameters']['query']>> {}

/** Query parameters of ListUsers. */
export interface ListUsersQuery extends Of<NonNullable<operations['ListUsers']['parameters']['query']>> {}

/** Query parameters of ListUserTeams. */
export interface ListUserTeamsQuery extends Of<NonNullable<operations['ListUserTeams']['parameters']['query']>> {}

/** Query parameters of ListWorkspaces. */
export interface ListWorkspacesQuery extends Of<NonNullable<operations['ListWorkspaces']['parameters']['query']>> {}

/** Query parameters of GetSelfUser. */
export interface GetSelfUserQuery extends Of<NonNullable<operations['GetSelfUser']['parameters']['query']>> {}

/** `client.permissionGroups`: the helpers of the v1 operations whose `x-sdk` group is `permissionGroups`. */
export interface PermissionGroupsApi {
  /**
   * List the permissions for custom roles
   *
   * Returns every permission that can be put into a custom role, bundled into groups by the kind of resource they act on. A group's `name` and one of its actions, joined by a dot, form the permission string that a custom role lists (for example `workspace.notificationChannels.get`). The call is not tied to an Organization and no permission is declared for it, so any authenticated caller, user or API token, may use it.
   *
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Authorization/operation/ListPermissionGroups | ListPermissionGroups} in the API reference
   */
  list(query?: ListPermissionGroupsQuery, options?: RequestOptions): Promise<ListPermissionGroupsResponse>;
}

/** `client.organizations`: the helpers of the v1 operations whose `x-sdk` group is `organizations`. */
export interface OrganizationsApi {
  /**
   * List the Organizations you can access
   *
   * Returns a page of the Organizations that the caller is a member of, with optional filters and sorting. Page through the rest with `offset` and `limit`. This call needs a personal access token; Organization, Workspace and Deployment API tokens cannot be used for it.
   *
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Organization/operation/ListOrganizations | ListOrganizations} in the API reference
   */
  list(query?: ListOrganizationsQuery, options?: RequestOptions): Promise<OrganizationsPaginated>;

  /**
   * List the Organizations you can access: every page, item by item.
   *
   * Walks `list` with `pageSize` items per request (1 to 1000, default 100), fetching the next page while the current one is consumed. `break` stops the walk; `toArray()` collects it.
   *
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Organization/operation/ListOrganizations | ListOrganizations} in the API reference
   */
  listAll(query?: WalkQuery<ListOrganizationsQuery>, options?: RequestOptions): PageIterator<Organization>;

  /**
   * Get one Organization
   *
   * Fetches a single Organization by its identifier. Set `isLookUpOnly` to `true` to receive only the Organization's metadata.
   *
   * Permission: `organization.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Organization/operation/GetOrganization | GetOrganization} in the API reference
   */
  get(query?: GetOrganizationQuery, options?: RequestOptions): Promise<Organization>;

  /**
   * Change an Organization's settings
   *
   * Writes new settings for an Organization and returns the updated Organization. The API uses POST for updates and offers no PUT or PATCH. The call is idempotent: repeating it with the same body leaves the Organization in the same state, so a retry is safe.
   *
   * Permission: `organization.settings.update`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Organization/operation/UpdateOrganization | UpdateOrganization} in the API reference
   */
  update(body: UpdateOrganizationRequest, options?: RequestOptions): Promise<Organization>;

  /**
   * Export an Organization's audit log
   *
   * Downloads the Organization's audit log in one response, optionally limited to a time window with `startDate` and `endDate`. There is no pagination: the body is a gzip-compressed stream of newline-delimited JSON events that can be very large. Events are kept for 90 days. Only Organization Owners hold the needed permission.
   * Resolves to an async iterable of the parsed lines, read as they arrive (gzip or plain bytes).
   *
   * Permission: `organization.auditLogs.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Organization/operation/GetOrganizationAuditLogs | GetOrganizationAuditLogs} in the API reference
   */
  auditLogs(query?: GetOrganizationAuditLogsQuery, options?: RequestOptions): AsyncGenerator<AuditLogEvent, void, undefined>;

  /**
   * Export an Organization's audit log: the raw export, as gzip bytes.
   *
   * The same call as `auditLogs`, for saving the export: the bytes are gzip whether or not fetch decompressed them.
   *
   * Permission: `organization.auditLogs.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Organization/operation/GetOrganizationAuditLogs | GetOrganizationAuditLogs} in the API reference
   */
  auditLogsRaw(query?: GetOrganizationAuditLogsQuery, options?: RequestOptions): Promise<ReadableStream<Uint8Array>>;
}

/** `client.allowedIpAddressRanges`: the helpers of the v1 operations whose `x-sdk` group is `allowedIpAddressRanges`. */
export interface AllowedIpAddressRangesApi {
  /**
   * List an Organization's allowed IP ranges
   *
   * Returns one page of the CIDR ranges on the Organization's IP access list, with optional sorting. Page with `offset` and `limit`; on this list `limit` has no upper bound. Needs the `organization.allowedIpAddressRanges.get` permission, held by Organization API tokens and by users with a suitable Organization role.
   *
   * Permission: `organization.allowedIpAddressRanges.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/AllowedIpAddressRange/operation/ListAllowedIpAddressRanges | ListAllowedIpAddressRanges} in the API reference
   */
  list(query?: ListAllowedIpAddressRangesQuery, options?: RequestOptions): Promise<AllowedIpAddressRangesPaginated>;

  /**
   * List an Organization's allowed IP ranges: every page, item by item.
   *
   * Walks `list` with `pageSize` items per request (1 to 1000, default 100), fetching the next page while the current one is consumed. `break` stops the walk; `toArray()` collects it.
   *
   * Permission: `organization.allowedIpAddressRanges.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/AllowedIpAddressRange/operation/ListAllowedIpAddressRanges | ListAllowedIpAddressRanges} in the API reference
   */
  listAll(query?: WalkQuery<ListAllowedIpAddressRangesQuery>, options?: RequestOptions): PageIterator<AllowedIpAddressRange>;

  /**
   * Add an allowed IP address range
   *
   * Adds one CIDR range to the Organization's IP access list and returns the stored entry. As soon as the list holds a range, the Organization accepts calls only from addresses inside a listed range, so the first range must cover the caller's own address or the caller locks itself out. Needs the `organization.allowedIpAddressRanges.create` permission, held by Organization API tokens and by users with a suitable Organization role.
   *
   * Permission: `organization.allowedIpAddressRanges.create`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/AllowedIpAddressRange/operation/CreateAllowedIpAddressRange | CreateAllowedIpAddressRange} in the API reference
   */
  create(body: CreateAllowedIpAddressRangeRequest, options?: RequestOptions): Promise<AllowedIpAddressRange>;

  /**
   * Remove an allowed IP address range
   *
   * Deletes one range from the Organization's IP access list and answers 204 with no body. Callers whose address was covered only by this range lose access; removing the last range lifts the restriction. Needs the `organization.allowedIpAddressRanges.delete` permission, held by Organization API tokens and by users with a suitable Organization role. Repeating the call after it went through may answer 404, so a blind retry can report a failure that did not happen.
   *
   * Permission: `organization.allowedIpAddressRanges.delete`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/AllowedIpAddressRange/operation/DeleteAllowedIpAddressRange | DeleteAllowedIpAddressRange} in the API reference
   */
  delete(allowedIpAddressRangeId: string, options?: RequestOptions): Promise<void>;

  /**
   * Add allowed IP ranges in bulk
   *
   * Adds 1 to 1000 CIDR ranges to the Organization's IP access list as a single all-or-nothing step and returns the stored entries. If one value is malformed or already on the list, the call fails and stores none of them. Because a first attempt whose answer got lost may already have stored the ranges, a retry can answer 409; list the ranges before sending the batch again. Needs the `organization.allowedIpAddressRanges.create` permission, held by Organization API tokens and by users with a suitable Organization role.
   *
   * Permission: `organization.allowedIpAddressRanges.create`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/AllowedIpAddressRange/operation/BulkCreateAllowedIpAddressRanges | BulkCreateAllowedIpAddressRanges} in the API reference
   */
  bulkCreate(body: BulkCreateAllowedIpAddressRangesRequest, options?: RequestOptions): Promise<AllowedIpAddressRangesList>;

  /**
   * Remove allowed IP ranges in bulk
   *
   * Deletes 1 to 1000 ranges of the Organization's IP access list, picked by identifier, in one all-or-nothing step, and answers 204 with no body. Identifiers that match no range of this Organization, and identifiers given twice, are skipped without an error. Needs the `organization.allowedIpAddressRanges.delete` permission, held by Organization API tokens and by users with a suitable Organization role.
   *
   * Permission: `organization.allowedIpAddressRanges.delete`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/AllowedIpAddressRange/operation/BulkDeleteAllowedIpAddressRanges | BulkDeleteAllowedIpAddressRanges} in the API reference
   */
  bulkDelete(body: BulkDeleteAllowedIpAddressRangesRequest, options?: RequestOptions): Promise<void>;
}

/** `client.clusters`: the helpers of the v1 operations whose `x-sdk` group is `clusters`. */
export interface ClustersApi {
  /**
   * Get the settings available for clusters
   *
   * Returns, for each cloud provider, the values a new cluster of the requested `type` can be configured with: regions, node and database instance types, bounds for the node count and default network ranges. Narrow the answer to one provider with `provider`. The call changes nothing. The vendor names no permission for it.
   *
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Options/operation/GetClusterOptions | GetClusterOptions} in the API reference
   */
  getOptions(query: GetClusterOptionsQuery, options?: RequestOptions): Promise<GetClusterOptionsResponse>;

  /**
   * List the clusters of an Organization
   *
   * Returns one page of the Organization's clusters, dedicated and hybrid alike, optionally narrowed to given names or one cloud provider. Page through the results with `offset` and `limit`. Callable with an Organization API token or by a user whose Organization role may view clusters; Workspace and Deployment API tokens are not enough.
   *
   * Permission: `organization.clusters.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Cluster/operation/ListClusters | ListClusters} in the API reference
   */
  list(query?: ListClustersQuery, options?: RequestOptions): Promise<ClustersPaginated>;

  /**
   * List the clusters of an Organization: every page, item by item.
   *
   * Walks `list` with `pageSize` items per request (1 to 1000, default 100), fetching the next page while the current one is consumed. `break` stops the walk; `toArray()` collects it.
   *
   * Permission: `organization.clusters.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Cluster/operation/ListClusters | ListClusters} in the API reference
   */
  listAll(query?: WalkQuery<ListClustersQuery>, options?: RequestOptions): PageIterator<Cluster>;

  /**
   * Provision a new cluster
   *
   * Starts provisioning a new cluster in the Organization on AWS, Azure or GCP; the value of `cloudProvider` selects which set of fields the body takes. Returns the new cluster, whose `status` is normally still `CREATING`; poll it with GetCluster until it reaches `CREATED`. Callable with an Organization API token or by a user with a suitable Organization role.
   *
   * Permission: `organization.clusters.create`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Cluster/operation/CreateCluster | CreateCluster} in the API reference
   */
  create(body: CreateClusterRequest, options?: RequestOptions): Promise<Cluster>;

  /**
   * Get one cluster
   *
   * Returns a single cluster of the Organization, including its status, health, network ranges and node pools. Callable with an Organization API token or by a user whose Organization role may view clusters.
   *
   * Permission: `organization.clusters.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Cluster/operation/GetCluster | GetCluster} in the API reference
   */
  get(clusterId: string, options?: RequestOptions): Promise<Cluster>;

  /**
   * Change a cluster's settings
   *
   * Changes a dedicated or hybrid cluster and returns it as stored; `clusterType` in the body must match the cluster's type and selects which fields may be sent. Dedicated clusters accept a new name, tags, node pools, Workspace authorizations and disaster-recovery settings, including a failover through `isFailedOver`; hybrid clusters only accept Workspace authorizations. The call is idempotent, so a retry with the same body is safe. Callable with an Organization API token or by a user with a suitable Organization role.
   *
   * Permission: `organization.clusters.update`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Cluster/operation/UpdateCluster | UpdateCluster} in the API reference
   */
  update(clusterId: string, body: UpdateClusterRequest, options?: RequestOptions): Promise<Cluster>;

  /**
   * Remove a cluster
   *
   * Removes a cluster from the Organization and answers 204 with no body. Callable with an Organization API token or by a user with a suitable Organization role. A repeated call after a successful delete finds no cluster and answers 404, so a blind retry is not a reliable success signal.
   *
   * Permission: `organization.clusters.delete`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Cluster/operation/DeleteCluster | DeleteCluster} in the API reference
   */
  delete(clusterId: string, options?: RequestOptions): Promise<void>;
}

/** `client.deployments`: the helpers of the v1 operations whose `x-sdk` group is `deployments`. */
export interface DeploymentsApi {
  /**
   * Get the choices for Deployment settings
   *
   * Returns the values a Deployment can be configured with in this Organization: executors, Astro Runtime releases, scheduler and worker machine sizes, ranges for resource quotas and worker queues, and workload identities. The query parameters narrow the answer to one Deployment type, executor or cloud provider, or to one existing Deployment; nothing is changed. It needs an Organization API token, or a user whose Organization role grants `organization.deploymentConfigurations.get`.
   *
   * Permission: `organization.deploymentConfigurations.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Options/operation/GetDeploymentOptions | GetDeploymentOptions} in the API reference
   */
  getOptions(query?: GetDeploymentOptionsQuery, options?: RequestOptions): Promise<DeploymentOptions>;

  /**
   * List the Deployments of an Organization
   *
   * Returns one page of the Organization's Deployments, optionally narrowed to given Deployment identifiers, names or Workspaces, and ordered with `sorts`. Page through the rest with `offset` and `limit`; unlike most lists, `limit` has no upper bound here. It needs an Organization API token, or a user whose Organization role grants `organization.deployments.get`.
   *
   * Permission: `organization.deployments.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Deployment/operation/ListDeployments | ListDeployments} in the API reference
   */
  list(query?: ListDeploymentsQuery, options?: RequestOptions): Promise<DeploymentsPaginated>;

  /**
   * List the Deployments of an Organization: every page, item by item.
   *
   * Walks `list` with `pageSize` items per request (1 to 1000, default 100), fetching the next page while the current one is consumed. `break` stops the walk; `toArray()` collects it.
   *
   * Permission: `organization.deployments.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Deployment/operation/ListDeployments | ListDeployments} in the API reference
   */
  listAll(query?: WalkQuery<ListDeploymentsQuery>, options?: RequestOptions): PageIterator<Deployment>;

  /**
   * Create a Deployment in a Workspace
   *
   * Creates an Airflow Deployment in the Workspace named by `workspaceId` and returns it; the body's `type` (`STANDARD`, `DEDICATED` or `HYBRID`) decides which fields apply. The new Deployment is not ready at once: watch its `status` with GetDeployment. The call is not idempotent, so a blind retry after a lost response can leave a second Deployment. Organization API tokens, Workspace API tokens of that Workspace, and users whose role grants `workspace.deployments.create` may call it.
   *
   * Permission: `workspace.deployments.create`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Deployment/operation/CreateDeployment | CreateDeployment} in the API reference
   */
  create(body: CreateDeploymentRequest, options?: RequestOptions): Promise<Deployment>;

  /**
   * Get one Deployment
   *
   * Returns the configuration and current status of one Deployment; nothing is changed. Organization API tokens, Workspace API tokens of the Deployment's Workspace, Deployment API tokens of this Deployment, and users whose role grants `deployment.get` may call it.
   *
   * Permission: `deployment.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Deployment/operation/GetDeployment | GetDeployment} in the API reference
   */
  get(deploymentId: string, options?: RequestOptions): Promise<Deployment>;

  /**
   * Change a Deployment's settings
   *
   * Writes new settings for a Deployment and returns the updated Deployment. The body's `type` selects which fields apply, and lists such as `environmentVariables` and `workerQueues` replace the stored ones, so send them complete. Repeating the call with the same body leaves the same state, so a retry is safe. Organization API tokens, Workspace API tokens of the Deployment's Workspace, Deployment API tokens of this Deployment, and users whose role grants `deployment.update` may call it.
   *
   * Permission: `deployment.update`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Deployment/operation/UpdateDeployment | UpdateDeployment} in the API reference
   */
  update(deploymentId: string, body: UpdateDeploymentRequest, options?: RequestOptions): Promise<Deployment>;

  /**
   * Remove a Deployment
   *
   * Deletes the Deployment and its Airflow environment, and answers 204 with no body. The call is not idempotent: a retry after a lost response answers 404, because the first attempt already removed the Deployment. Organization API tokens, Workspace API tokens of the Deployment's Workspace, Deployment API tokens of this Deployment, and users whose role grants `deployment.delete` may call it.
   *
   * Permission: `deployment.delete`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Deployment/operation/DeleteDeployment | DeleteDeployment} in the API reference
   */
  delete(deploymentId: string, options?: RequestOptions): Promise<void>;

  /**
   * Override hibernation of a Deployment
   *
   * Makes a development Deployment hibernate (`isHibernating: true`) or stay awake (`false`) whatever its hibernation schedules say, until `overrideUntil` or, without it, until the override is removed; returns the override now in force. Sending the same body again leaves the same override, so a retry is safe. Organization API tokens, Workspace API tokens of the Deployment's Workspace, Deployment API tokens of this Deployment, and users whose role grants `deployment.update` may call it.
   *
   * Permission: `deployment.update`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Deployment/operation/UpdateDeploymentHibernationOverride | UpdateDeploymentHibernationOverride} in the API reference
   */
  updateHibernationOverride(deploymentId: string, body: OverrideDeploymentHibernationBody, options?: RequestOptions): Promise<DeploymentHibernationOverride>;

  /**
   * Remove a hibernation override
   *
   * Ends the Deployment's hibernation override, so that its schedules again decide when it sleeps and wakes, and answers 204 with no body. Repeating the call leaves the same state, so a retry is safe. Organization API tokens, Workspace API tokens of the Deployment's Workspace, Deployment API tokens of this Deployment, and users whose role grants `deployment.update` may call it.
   *
   * Permission: `deployment.update`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Deployment/operation/DeleteDeploymentHibernationOverride | DeleteDeploymentHibernationOverride} in the API reference
   */
  deleteHibernationOverride(deploymentId: string, options?: RequestOptions): Promise<void>;

  /**
   * Read a Deployment's component logs
   *
   * Searches the logs of the Deployment's Airflow components named in `sources` and returns one page of entries. The search covers the last `range` seconds, or the span from `startDate` to `endDate`, which must be given together. The answer carries a `searchId`: send it back with a larger `offset` to read further pages of the same search, up to `maxNumResults` entries in all. Organization API tokens, Workspace API tokens of the Deployment's Workspace, Deployment API tokens of this Deployment, and users whose role grants `deployment.logs.get` may call it.
   *
   * Permission: `deployment.logs.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Deployment/operation/GetDeploymentLogs | GetDeploymentLogs} in the API reference
   */
  getLogs(deploymentId: string, query: GetDeploymentLogsQuery, options?: RequestOptions): Promise<DeploymentLog>;
}

/** `client.agentTokens`: the helpers of the v1 operations whose `x-sdk` group is `agentTokens`. */
export interface AgentTokensApi {
  /**
   * List a Deployment's agent tokens
   *
   * Returns one page of the agent tokens of a Deployment, the tokens its Remote Execution Agents use to connect to Astro. Page through the results with `offset` and `limit`; token values are never included. Callable with a Deployment API token of that Deployment, a Workspace API token of its Workspace, an Organization API token, or by a user with a suitable role.
   *
   * Permission: `deployment.agentTokens.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/AgentToken/operation/ListAgentTokens | ListAgentTokens} in the API reference
   */
  list(deploymentId: string, query?: ListAgentTokensQuery, options?: RequestOptions): Promise<ApiTokensPaginated>;

  /**
   * List a Deployment's agent tokens: every page, item by item.
   *
   * Walks `list` with `pageSize` items per request (1 to 1000, default 100), fetching the next page while the current one is consumed. `break` stops the walk; `toArray()` collects it.
   *
   * Permission: `deployment.agentTokens.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/AgentToken/operation/ListAgentTokens | ListAgentTokens} in the API reference
   */
  listAll(deploymentId: string, query?: WalkQuery<ListAgentTokensQuery>, options?: RequestOptions): PageIterator<ApiToken>;

  /**
   * Create an agent token
   *
   * Creates a new agent token for a Deployment, for the Remote Execution Agents that run its tasks outside Astro. Returns the new token, whose `token` field carries the secret value; this is the only response that contains it, so store it at once. Callable with a Deployment API token of that Deployment, a Workspace API token of its Workspace, an Organization API token, or by a user with a suitable role.
   *
   * Permission: `deployment.agentTokens.create`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/AgentToken/operation/CreateAgentToken | CreateAgentToken} in the API reference
   */
  create(deploymentId: string, body: CreateAgentTokenRequest, options?: RequestOptions): Promise<ApiToken>;

  /**
   * Get one agent token
   *
   * Returns the metadata of one agent token of a Deployment, such as its name, validity period and last use; the secret value is not included. Callable with a Deployment API token of that Deployment, a Workspace API token of its Workspace, an Organization API token, or by a user with a suitable role.
   *
   * Permission: `deployment.agentTokens.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/AgentToken/operation/GetAgentToken | GetAgentToken} in the API reference
   */
  get(deploymentId: string, agentTokenId: string, options?: RequestOptions): Promise<ApiToken>;

  /**
   * Delete an agent token
   *
   * Deletes an agent token; agents that still present its value can no longer authenticate. Answers 204 with no body. Callable with a Deployment API token of that Deployment, a Workspace API token of its Workspace, an Organization API token, or by a user with a suitable role. A repeated call after a successful delete answers 404 because the token is already gone.
   *
   * Permission: `deployment.agentTokens.delete`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/AgentToken/operation/DeleteAgentToken | DeleteAgentToken} in the API reference
   */
  delete(deploymentId: string, agentTokenId: string, options?: RequestOptions): Promise<void>;
}

/** `client.deploys`: the helpers of the v1 operations whose `x-sdk` group is `deploys`. */
export interface DeploysApi {
  /**
   * List the deploys of a Deployment
   *
   * Returns one page of the code deploys made to a Deployment, each with its type, status, image and DAG versions. Page through the results with `offset` and `limit`. Callable with a Deployment API token of that Deployment, a Workspace API token of its Workspace, an Organization API token, or by a user with a suitable role.
   *
   * Permission: `deployment.deploys.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Deploy/operation/ListDeploys | ListDeploys} in the API reference
   */
  list(deploymentId: string, query?: ListDeploysQuery, options?: RequestOptions): Promise<DeploysPaginated>;

  /**
   * List the deploys of a Deployment: every page, item by item.
   *
   * Walks `list` with `pageSize` items per request (1 to 1000, default 100), fetching the next page while the current one is consumed. `break` stops the walk; `toArray()` collects it.
   *
   * Permission: `deployment.deploys.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Deploy/operation/ListDeploys | ListDeploys} in the API reference
   */
  listAll(deploymentId: string, query?: WalkQuery<ListDeploysQuery>, options?: RequestOptions): PageIterator<Deploy>;

  /**
   * Start a deploy
   *
   * Opens a new deploy of image, DAG or bundle code to a Deployment and returns it with status `INITIALIZED`, together with the image repository and tag to push to and, when DAG deploys are on, the URL to upload the DAG or bundle archive to. The code goes live only after the upload and a call to FinalizeDeploy. Callable with a Deployment API token of that Deployment, a Workspace API token of its Workspace, an Organization API token, or by a user with a suitable role.
   *
   * Permission: `deployment.deploys.create`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Deploy/operation/CreateDeploy | CreateDeploy} in the API reference
   */
  create(deploymentId: string, body: CreateDeployRequest, options?: RequestOptions): Promise<Deploy>;

  /**
   * Get one deploy
   *
   * Returns a single deploy of a Deployment, including its status, the image and DAG versions it shipped and the subjects that created and last changed it. Callable with a Deployment API token of that Deployment, a Workspace API token of its Workspace, an Organization API token, or by a user with a suitable role.
   *
   * Permission: `deployment.deploys.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Deploy/operation/GetDeploy | GetDeploy} in the API reference
   */
  get(deploymentId: string, deployId: string, options?: RequestOptions): Promise<Deploy>;

  /**
   * Change a deploy's description
   *
   * Replaces the description of an existing deploy and returns the deploy; the deployed code is not touched. The call is idempotent, so a retry with the same body is safe. Callable with a Deployment API token of that Deployment, a Workspace API token of its Workspace, an Organization API token, or by a user with a suitable role.
   *
   * Permission: `deployment.deploys.update`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Deploy/operation/UpdateDeploy | UpdateDeploy} in the API reference
   */
  update(deploymentId: string, deployId: string, body: UpdateDeployRequest, options?: RequestOptions): Promise<Deploy>;

  /**
   * Complete an uploaded deploy
   *
   * Completes a deploy opened with CreateDeploy once its code has been uploaded, passing the version of the uploaded DAG or bundle archive, and returns the deploy. Callable with a Deployment API token of that Deployment, a Workspace API token of its Workspace, an Organization API token, or by a user with a suitable role. Finalizing moves the deploy out of `INITIALIZED`, so a blind retry after a lost response can be refused even though the first call worked; read the deploy with GetDeploy before trying again.
   *
   * Permission: `deployment.deploys.update`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Deploy/operation/FinalizeDeploy | FinalizeDeploy} in the API reference
   */
  finalize(deploymentId: string, deployId: string, body: FinalizeDeployRequest, options?: RequestOptions): Promise<Deploy>;

  /**
   * Roll back to an earlier deploy
   *
   * Makes the Deployment run the code of the earlier deploy named by `deployId` again. The rollback is recorded as a new deploy, which the call returns. Callable with a Deployment API token of that Deployment, a Workspace API token of its Workspace, an Organization API token, or by a user with a suitable role. Each call records another rollback deploy, so do not retry blindly after a lost response; list the deploys first to see whether the rollback took place.
   *
   * Permission: `deployment.deploys.update`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Deploy/operation/DeployRollback | DeployRollback} in the API reference
   */
  rollback(deploymentId: string, deployId: string, body: DeployRollbackRequest, options?: RequestOptions): Promise<Deploy>;
}

/** `client.environmentObjects`: the helpers of the v1 operations whose `x-sdk` group is `environmentObjects`. */
export interface EnvironmentObjectsApi {
  /**
   * List the Organization's environment objects
   *
   * Returns a page of the Organization's environment objects, optionally narrowed to one Workspace or Deployment, one object type or one key. With `resolveLinked`, objects that reach the filtered Deployment or Workspace through links are included and carry `sourceScope`; secret values stay withheld unless `showSecrets` is true. Page through the rest with `offset` and `limit` (this `limit` has no declared maximum). It needs an Organization API token, or a user whose Organization role grants access to environment objects.
   *
   * Permission: `organization.envObjects.access`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Environment/operation/ListEnvironmentObjects | ListEnvironmentObjects} in the API reference
   */
  list(query?: ListEnvironmentObjectsQuery, options?: RequestOptions): Promise<EnvironmentObjectsPaginated>;

  /**
   * List the Organization's environment objects: every page, item by item.
   *
   * Walks `list` with `pageSize` items per request (1 to 1000, default 100), fetching the next page while the current one is consumed. `break` stops the walk; `toArray()` collects it.
   *
   * Permission: `organization.envObjects.access`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Environment/operation/ListEnvironmentObjects | ListEnvironmentObjects} in the API reference
   */
  listAll(query?: WalkQuery<ListEnvironmentObjectsQuery>, options?: RequestOptions): PageIterator<EnvironmentObject>;

  /**
   * Create an environment object
   *
   * Creates a connection, Airflow variable, environment variable or metrics export in the Astro Environment Manager, owned by a Workspace or by a single Deployment, and returns only the new object's `id`. Fill the member of the body that matches `objectType`; a Workspace-level object can be linked to Deployments in the same call. A key already taken in the same scope answers 409, which is also what a blind retry of a create that went through will get. It needs an Organization API token, or a user whose Organization role grants access to environment objects.
   *
   * Permission: `organization.envObjects.access`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Environment/operation/CreateEnvironmentObject | CreateEnvironmentObject} in the API reference
   */
  create(body: CreateEnvironmentObjectRequest, options?: RequestOptions): Promise<CreateEnvironmentObject>;

  /**
   * Get one environment object
   *
   * Returns a single environment object with its settings, Deployment links and exclusions. Secret values are not included; `setFields` tells which fields hold a value. It needs an Organization API token, or a user whose Organization role grants access to environment objects.
   *
   * Permission: `organization.envObjects.access`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Environment/operation/GetEnvironmentObject | GetEnvironmentObject} in the API reference
   */
  get(environmentObjectId: string, options?: RequestOptions): Promise<EnvironmentObject>;

  /**
   * Change an environment object
   *
   * Changes the settings, description and Deployment links of an existing environment object and returns the object as stored. Its key, type and scope are fixed at creation and cannot be changed here. Sending the same body again leaves the object in the same state, so a retry is safe. It needs an Organization API token, or a user whose Organization role grants access to environment objects.
   *
   * Permission: `organization.envObjects.access`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Environment/operation/UpdateEnvironmentObject | UpdateEnvironmentObject} in the API reference
   */
  update(environmentObjectId: string, body: UpdateEnvironmentObjectRequest, options?: RequestOptions): Promise<EnvironmentObject>;

  /**
   * Remove an environment object
   *
   * Deletes an environment object from its Workspace or Deployment; a Workspace-level object is thereby withdrawn from every Deployment it was linked to. Answers 204 with no body. A repeat after a successful delete finds nothing and fails with 404, so a blind retry cannot confirm success. It needs an Organization API token, or a user whose Organization role grants access to environment objects.
   *
   * Permission: `organization.envObjects.access`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Environment/operation/DeleteEnvironmentObject | DeleteEnvironmentObject} in the API reference
   */
  delete(environmentObjectId: string, options?: RequestOptions): Promise<void>;

  /**
   * Exclude a Deployment from an object
   *
   * Keeps one Deployment from receiving a Workspace-level environment object, typically one that would otherwise get it because the object links to all Deployments of the Workspace. The Deployment is added to the object's `excludeLinks`, and the call answers 200 with no body. It is not idempotent: repeating it for a Deployment that is already excluded can fail with 409. It needs an Organization API token, or a user whose Organization role grants access to environment objects.
   *
   * Permission: `organization.envObjects.access`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Environment/operation/ExcludeLinkingEnvironmentObject | ExcludeLinkingEnvironmentObject} in the API reference
   */
  excludeLinking(environmentObjectId: string, body: ExcludeLinkEnvironmentObjectRequest, options?: RequestOptions): Promise<void>;
}

/** `client.invites`: the helpers of the v1 operations whose `x-sdk` group is `invites`. */
export interface InvitesApi {
  /**
   * Invite someone to an Organization
   *
   * Sends an invitation to join the Organization to an email address, naming the Organization role the person will receive, and returns the new invitation. It can be withdrawn with `DeleteUserInvite` until it is accepted or reaches `expiresAt`. Needs the `organization.users.create` permission, held by Organization API tokens and by users with a suitable Organization role.
   *
   * Permission: `organization.users.create`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Invite/operation/CreateUserInvite | CreateUserInvite} in the API reference
   */
  create(body: CreateUserInviteRequest, options?: RequestOptions): Promise<Invite>;

  /**
   * Withdraw a user invitation
   *
   * Cancels an invitation that has not been accepted yet, so it can no longer be used, and answers 204 with no body. Needs the `organization.users.delete` permission, held by Organization API tokens and by users with a suitable Organization role. Repeating the call after it went through may answer 404, so a blind retry can report a failure that did not happen.
   *
   * Permission: `organization.users.delete`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Invite/operation/DeleteUserInvite | DeleteUserInvite} in the API reference
   */
  delete(inviteId: string, options?: RequestOptions): Promise<void>;
}

/** `client.roles`: the helpers of the v1 operations whose `x-sdk` group is `roles`. */
export interface RolesApi {
  /**
   * List templates for new custom roles
   *
   * Returns the role templates offered in an Organization. Each template is a named, ready-made set of permissions; copy its `permissions` into a new custom role to start from it. The list is not paginated. It needs the `organization.customRoles.get` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
   *
   * Permission: `organization.customRoles.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Role/operation/ListRoleTemplates | ListRoleTemplates} in the API reference
   */
  listTemplates(query?: ListRoleTemplatesQuery, options?: RequestOptions): Promise<ListRoleTemplatesResponse>;

  /**
   * List the roles of an Organization
   *
   * Returns a page of the custom roles defined in an Organization, without their permission lists; fetch a single role to see what it grants. With `includeDefaultRoles=true` the body also carries Astro's built-in roles in `defaultRoles`; `offset`, `limit` and `totalCount` count custom roles only. It needs the `organization.customRoles.get` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
   *
   * Permission: `organization.customRoles.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Role/operation/ListRoles | ListRoles} in the API reference
   */
  list(query?: ListRolesQuery, options?: RequestOptions): Promise<RolesPaginated>;

  /**
   * List the roles of an Organization: every page, item by item.
   *
   * Walks `list` with `pageSize` items per request (1 to 1000, default 100), fetching the next page while the current one is consumed. `break` stops the walk; `toArray()` collects it.
   *
   * Permission: `organization.customRoles.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Role/operation/ListRoles | ListRoles} in the API reference
   */
  listAll(query?: WalkQuery<ListRolesQuery>, options?: RequestOptions): PageIterator<Role>;

  /**
   * Define a new custom role
   *
   * Creates a custom role in the Organization from a list of permissions and returns it, permissions included. The role can then be granted to users, Teams and API tokens at its scope (Deployments or DAGs), limited to the Workspaces in `restrictedWorkspaceIds` when that list is given. It needs the `organization.customRoles.create` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
   *
   * Permission: `organization.customRoles.create`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Role/operation/CreateCustomRole | CreateCustomRole} in the API reference
   */
  create(body: CreateCustomRoleRequest, options?: RequestOptions): Promise<RoleWithPermission>;

  /**
   * Get one custom role
   *
   * Returns one custom role of the Organization together with the permissions it grants and the Workspaces it is limited to. It needs the `organization.customRoles.get` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
   *
   * Permission: `organization.customRoles.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Role/operation/GetCustomRole | GetCustomRole} in the API reference
   */
  get(customRoleId: string, options?: RequestOptions): Promise<RoleWithPermission>;

  /**
   * Change a custom role
   *
   * Sets a custom role's name and permissions, and optionally its description and Workspace restriction, then returns the role as stored. The scope chosen at creation cannot be changed. The call is idempotent: repeating it with the same body gives the same result, so a retry is safe. It needs the `organization.customRoles.update` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
   *
   * Permission: `organization.customRoles.update`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Role/operation/UpdateCustomRole | UpdateCustomRole} in the API reference
   */
  update(customRoleId: string, body: UpdateCustomRoleRequest, options?: RequestOptions): Promise<RoleWithPermission>;

  /**
   * Remove a custom role
   *
   * Deletes a custom role from the Organization and answers 204 with no body. Once the first call has succeeded a repeat answers 404, so a blind retry can report an error for a delete that worked. It needs the `organization.customRoles.delete` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
   *
   * Permission: `organization.customRoles.delete`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Role/operation/DeleteCustomRole | DeleteCustomRole} in the API reference
   */
  delete(customRoleId: string, options?: RequestOptions): Promise<void>;
}

/** `client.teams`: the helpers of the v1 operations whose `x-sdk` group is `teams`. */
export interface TeamsApi {
  /**
   * List the Teams of an Organization
   *
   * Returns one page of the Organization's Teams. The list can be narrowed to given names or to the Teams holding a role in one Workspace or Deployment, sorted with `sorts` and paged with `offset` and `limit`. Needs the `organization.teams.get` permission, held by Organization API tokens and by users with a suitable Organization role.
   *
   * Permission: `organization.teams.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Team/operation/ListTeams | ListTeams} in the API reference
   */
  list(query?: ListTeamsQuery, options?: RequestOptions): Promise<TeamsPaginated>;

  /**
   * List the Teams of an Organization: every page, item by item.
   *
   * Walks `list` with `pageSize` items per request (1 to 1000, default 100), fetching the next page while the current one is consumed. `break` stops the walk; `toArray()` collects it.
   *
   * Permission: `organization.teams.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Team/operation/ListTeams | ListTeams} in the API reference
   */
  listAll(query?: WalkQuery<ListTeamsQuery>, options?: RequestOptions): PageIterator<Team>;

  /**
   * Add a Team to an Organization
   *
   * Creates a Team, a named group of users who share its roles, and returns it. The body can already name the first members and the Organization role the Team grants. Needs the `organization.teams.create` permission, held by Organization API tokens and by users with a suitable Organization role.
   *
   * Permission: `organization.teams.create`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Team/operation/CreateTeam | CreateTeam} in the API reference
   */
  create(body: CreateTeamRequest, options?: RequestOptions): Promise<Team>;

  /**
   * Get one Team
   *
   * Fetches a single Team of the Organization with its Organization role and, where it has them, its Workspace, Deployment and DAG roles. Needs the `organization.teams.get` permission, held by Organization API tokens and by users with a suitable Organization role.
   *
   * Permission: `organization.teams.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Team/operation/GetTeam | GetTeam} in the API reference
   */
  get(teamId: string, options?: RequestOptions): Promise<Team>;

  /**
   * Change a Team's name and description
   *
   * Sets the Team's name and, when given, its description, and returns the updated Team. Members and roles change through their own operations. The call is idempotent, so a retry with the same body is safe. Needs the `organization.teams.update` permission, held by Organization API tokens and by users with a suitable Organization role.
   *
   * Permission: `organization.teams.update`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Team/operation/UpdateTeam | UpdateTeam} in the API reference
   */
  update(teamId: string, body: UpdateTeamRequest, options?: RequestOptions): Promise<Team>;

  /**
   * Remove a Team from an Organization
   *
   * Deletes the Team and answers 204 with no body. Every role granted through the Team is withdrawn with it: former members keep only the access they hold directly or through other Teams. Needs the `organization.teams.delete` permission, held by Organization API tokens and by users with a suitable Organization role. Repeating the call after it went through may answer 404, so a blind retry can report a failure that did not happen.
   *
   * Permission: `organization.teams.delete`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Team/operation/DeleteTeam | DeleteTeam} in the API reference
   */
  delete(teamId: string, options?: RequestOptions): Promise<void>;

  /**
   * List the members of a Team
   *
   * Returns one page of the users who belong to the Team, with optional sorting. Page with `offset` and `limit`; on this list `limit` has no upper bound. Needs the `organization.teams.get` permission, held by Organization API tokens and by users with a suitable Organization role.
   *
   * Permission: `organization.teams.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Team/operation/ListTeamMembers | ListTeamMembers} in the API reference
   */
  listMembers(teamId: string, query?: ListTeamMembersQuery, options?: RequestOptions): Promise<TeamMembersPaginated>;

  /**
   * List the members of a Team: every page, item by item.
   *
   * Walks `listMembers` with `pageSize` items per request (1 to 1000, default 100), fetching the next page while the current one is consumed. `break` stops the walk; `toArray()` collects it.
   *
   * Permission: `organization.teams.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Team/operation/ListTeamMembers | ListTeamMembers} in the API reference
   */
  listMembersAll(teamId: string, query?: WalkQuery<ListTeamMembersQuery>, options?: RequestOptions): PageIterator<TeamMember>;

  /**
   * Add users to a Team
   *
   * Puts one or more users of the Organization into the Team and answers 204 with no body; they gain every role the Team holds. Needs the `organization.teams.update` permission, held by Organization API tokens and by users with a suitable Organization role. The call is not marked idempotent: after a lost answer, check the member list before sending it again.
   *
   * Permission: `organization.teams.update`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Team/operation/AddTeamMembers | AddTeamMembers} in the API reference
   */
  addMembers(teamId: string, body: AddTeamMembersRequest, options?: RequestOptions): Promise<void>;

  /**
   * Take a user out of a Team
   *
   * Removes one user from the Team and answers 204 with no body. The user loses the roles that came through this Team and keeps their own roles and those of other Teams. Needs the `organization.teams.update` permission, held by Organization API tokens and by users with a suitable Organization role. Repeating the call after it went through may answer 404, so a blind retry can report a failure that did not happen.
   *
   * Permission: `organization.teams.update`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Team/operation/RemoveTeamMember | RemoveTeamMember} in the API reference
   */
  removeMember(teamId: string, memberId: string, options?: RequestOptions): Promise<void>;

  /**
   * Set a Team's roles
   *
   * Replaces the Team's roles with the set in the body: one Organization role plus any Workspace, Deployment and DAG roles. Roles missing from the body are taken away, so send the complete set. Returns the roles as stored; the call is idempotent, so a retry with the same body is safe. Needs the `organization.teamRoles.access` permission, held by Organization API tokens and by users with a suitable Organization role.
   *
   * Permission: `organization.teamRoles.access`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Team/operation/UpdateTeamRoles | UpdateTeamRoles} in the API reference
   */
  updateRoles(teamId: string, body: UpdateTeamRolesRequest, options?: RequestOptions): Promise<SubjectRoles>;
}

/** `client.apiTokens`: the helpers of the v1 operations whose `x-sdk` group is `apiTokens`. */
export interface ApiTokensApi {
  /**
   * List the API tokens of an Organization
   *
   * Returns a page of the Organization's API tokens of every scope. Filters narrow the list to the tokens tied to a Workspace, a Deployment, a DAG or DAG tags, to one `kind`, or, with `includeOnlyOrganizationTokens`, to Organization API tokens; page through the rest with `offset` and `limit`. It needs the `organization.apiTokens.access` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
   *
   * Permission: `organization.apiTokens.access`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/ApiToken/operation/ListApiTokens | ListApiTokens} in the API reference
   */
  list(query?: ListApiTokensQuery, options?: RequestOptions): Promise<ApiTokensPaginated>;

  /**
   * List the API tokens of an Organization: every page, item by item.
   *
   * Walks `list` with `pageSize` items per request (1 to 1000, default 100), fetching the next page while the current one is consumed. `break` stops the walk; `toArray()` collects it.
   *
   * Permission: `organization.apiTokens.access`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/ApiToken/operation/ListApiTokens | ListApiTokens} in the API reference
   */
  listAll(query?: WalkQuery<ListApiTokensQuery>, options?: RequestOptions): PageIterator<ApiToken>;

  /**
   * Issue a new API token
   *
   * Creates an Organization, Workspace or Deployment API token holding the given role and returns it. The secret value is in the response's `token` field and is shown only this once, so store it right away; a lost response means rotating or deleting the token. Without `tokenExpiryPeriodInDays` the token never expires. It needs the `organization.apiTokens.access` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
   *
   * Permission: `organization.apiTokens.access`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/ApiToken/operation/CreateApiToken | CreateApiToken} in the API reference
   */
  create(body: CreateApiTokenRequest, options?: RequestOptions): Promise<ApiToken>;

  /**
   * Get one API token
   *
   * Returns one API token of the Organization: its scope, kind, roles, validity window and when it was last used or rotated. The secret value is not sent again after creation or rotation. It needs the `organization.apiTokens.access` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
   *
   * Permission: `organization.apiTokens.access`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/ApiToken/operation/GetApiToken | GetApiToken} in the API reference
   */
  get(tokenId: string, options?: RequestOptions): Promise<ApiToken>;

  /**
   * Rename an API token
   *
   * Sets a new name and description on an API token and returns the token. Its scope, roles, lifetime and secret value stay as they are; change roles with `UpdateApiTokenRoles` and the value with `RotateApiToken`. The call is idempotent, so a retry with the same body is safe. It needs the `organization.apiTokens.access` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
   *
   * Permission: `organization.apiTokens.access`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/ApiToken/operation/UpdateApiToken | UpdateApiToken} in the API reference
   */
  update(tokenId: string, body: UpdateApiTokenRequest, options?: RequestOptions): Promise<ApiToken>;

  /**
   * Revoke and delete an API token
   *
   * Deletes an API token, which can then no longer authenticate and cannot be restored; anything still sending its value gets 401. Answers 204 with no body. Once the first call has succeeded a repeat answers 404, so treat a 404 on a retry as done. It needs the `organization.apiTokens.access` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
   *
   * Permission: `organization.apiTokens.access`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/ApiToken/operation/DeleteApiToken | DeleteApiToken} in the API reference
   */
  delete(tokenId: string, options?: RequestOptions): Promise<void>;

  /**
   * Set the roles of an API token
   *
   * Gives an API token the set of roles in the body (Organization, Workspace, Deployment, DAG and DAG-tag roles) and returns the roles it holds afterwards, grouped by level. The list is the token's complete set, so a role left out is taken away; sending the same list again changes nothing, which makes a retry safe. It needs the `organization.apiTokens.access` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
   *
   * Permission: `organization.apiTokens.access`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/ApiToken/operation/UpdateApiTokenRoles | UpdateApiTokenRoles} in the API reference
   */
  updateRoles(tokenId: string, body: UpdateApiTokenRolesRequest, options?: RequestOptions): Promise<SubjectRoles>;

  /**
   * Rotate an API token's secret value
   *
   * Issues a new secret value for an API token and invalidates the old value at once, so automation still using it starts getting 401. The response carries the new value in `token`, the only time it is shown. A blind retry is unsafe: each call rotates again and voids the value the previous call issued. It needs the `organization.apiTokens.access` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
   *
   * Permission: `organization.apiTokens.access`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/ApiToken/operation/RotateApiToken | RotateApiToken} in the API reference
   */
  rotate(tokenId: string, options?: RequestOptions): Promise<ApiToken>;
}

/** `client.users`: the helpers of the v1 operations whose `x-sdk` group is `users`. */
export interface UsersApi {
  /**
   * List the users of an Organization
   *
   * Returns one page of the Organization's users. The list can be narrowed to the users with access to one Workspace, Deployment, DAG or set of DAG tags, sorted with `sorts` and paged with `offset` and `limit`. Needs the `organization.users.get` permission, held by Organization API tokens and by users with a suitable Organization role.
   *
   * Permission: `organization.users.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/User/operation/ListUsers | ListUsers} in the API reference
   */
  list(query?: ListUsersQuery, options?: RequestOptions): Promise<UsersPaginated>;

  /**
   * List the users of an Organization: every page, item by item.
   *
   * Walks `list` with `pageSize` items per request (1 to 1000, default 100), fetching the next page while the current one is consumed. `break` stops the walk; `toArray()` collects it.
   *
   * Permission: `organization.users.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/User/operation/ListUsers | ListUsers} in the API reference
   */
  listAll(query?: WalkQuery<ListUsersQuery>, options?: RequestOptions): PageIterator<User>;

  /**
   * Get one user of an Organization
   *
   * Fetches a single user of the Organization with the account's status, the Organization role and, where present, the Workspace, Deployment and DAG roles. Needs the `organization.users.get` permission, held by Organization API tokens and by users with a suitable Organization role.
   *
   * Permission: `organization.users.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/User/operation/GetUser | GetUser} in the API reference
   */
  get(userId: string, options?: RequestOptions): Promise<User>;

  /**
   * Set a user's roles
   *
   * Replaces the user's roles with the set in the body: an Organization role plus any Workspace, Deployment and DAG roles. Roles missing from the body are taken away, so send the complete set, and include `organizationRole` whenever Workspace or Deployment roles are sent. Returns the roles as stored; the call is idempotent, so a retry with the same body is safe. Needs the `organization.userRoles.access` permission, held by Organization API tokens and by users with a suitable Organization role.
   *
   * Permission: `organization.userRoles.access`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/User/operation/UpdateUserRoles | UpdateUserRoles} in the API reference
   */
  updateRoles(userId: string, body: UpdateUserRolesRequest, options?: RequestOptions): Promise<SubjectRoles>;

  /**
   * List the Teams a user belongs to
   *
   * Returns one page of the Organization's Teams that include the given user, each with the roles it grants. Sort with `sorts` and page with `offset` and `limit`. Needs the `organization.teams.get` permission, held by Organization API tokens and by users with a suitable Organization role.
   *
   * Permission: `organization.teams.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/User/operation/ListUserTeams | ListUserTeams} in the API reference
   */
  listTeams(userId: string, query?: ListUserTeamsQuery, options?: RequestOptions): Promise<UserTeamsPaginated>;

  /**
   * List the Teams a user belongs to: every page, item by item.
   *
   * Walks `listTeams` with `pageSize` items per request (1 to 1000, default 100), fetching the next page while the current one is consumed. `break` stops the walk; `toArray()` collects it.
   *
   * Permission: `organization.teams.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/User/operation/ListUserTeams | ListUserTeams} in the API reference
   */
  listTeamsAll(userId: string, query?: WalkQuery<ListUserTeamsQuery>, options?: RequestOptions): PageIterator<UserTeamMembership>;

  /**
   * Get the calling user
   *
   * Returns the profile of the user who owns the bearer token, with the roles they hold in every scope, their open invitations and their feature flags. The call needs no Organization and declares no permission; use it with a personal access token. Set `createIfNotExist` to `true` to have the user record created on the first call if it does not exist yet.
   *
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/User/operation/GetSelfUser | GetSelfUser} in the API reference
   */
  getSelf(query?: GetSelfUserQuery, options?: RequestOptions): Promise<SelfUser>;
}

/** `client.workspaces`: the helpers of the v1 operations whose `x-sdk` group is `workspaces`. */
export interface WorkspacesApi {
  /**
   * List the Workspaces of an Organization
   *
   * Returns one page of the Organization's Workspaces, optionally only those with given identifiers or names. Sort with `sorts` and page with `offset` and `limit`. Needs the `organization.workspaces.get` permission, held by Organization API tokens and by users with a suitable Organization role.
   *
   * Permission: `organization.workspaces.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Workspace/operation/ListWorkspaces | ListWorkspaces} in the API reference
   */
  list(query?: ListWorkspacesQuery, options?: RequestOptions): Promise<WorkspacesPaginated>;

  /**
   * List the Workspaces of an Organization: every page, item by item.
   *
   * Walks `list` with `pageSize` items per request (1 to 1000, default 100), fetching the next page while the current one is consumed. `break` stops the walk; `toArray()` collects it.
   *
   * Permission: `organization.workspaces.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Workspace/operation/ListWorkspaces | ListWorkspaces} in the API reference
   */
  listAll(query?: WalkQuery<ListWorkspacesQuery>, options?: RequestOptions): PageIterator<Workspace>;

  /**
   * Add a Workspace to an Organization
   *
   * Creates a Workspace in the Organization and returns it. The body can also set defaults for Deployments created in it later: CI/CD enforcement, and either a cloud provider with a region or a cluster. Needs the `organization.workspaces.create` permission, held by Organization API tokens and by users with a suitable Organization role.
   *
   * Permission: `organization.workspaces.create`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Workspace/operation/CreateWorkspace | CreateWorkspace} in the API reference
   */
  create(body: CreateWorkspaceRequest, options?: RequestOptions): Promise<Workspace>;

  /**
   * Get one Workspace
   *
   * Fetches a single Workspace with its defaults for new Deployments. Needs the `workspace.get` permission, held by Organization API tokens, by Workspace API tokens of this Workspace and by users with a suitable Organization or Workspace role.
   *
   * Permission: `workspace.get`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Workspace/operation/GetWorkspace | GetWorkspace} in the API reference
   */
  get(workspaceId: string, options?: RequestOptions): Promise<Workspace>;

  /**
   * Change a Workspace's settings
   *
   * Writes the Workspace's name, description and defaults for new Deployments, and returns the updated Workspace; `name`, `description` and `cicdEnforcedDefault` must be sent every time. The call is idempotent, so a retry with the same body is safe. Needs the `workspace.settings.update` permission, held by Organization API tokens, by Workspace API tokens of this Workspace and by users with a suitable Organization or Workspace role.
   *
   * Permission: `workspace.settings.update`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Workspace/operation/UpdateWorkspace | UpdateWorkspace} in the API reference
   */
  update(workspaceId: string, body: UpdateWorkspaceRequest, options?: RequestOptions): Promise<Workspace>;

  /**
   * Remove a Workspace
   *
   * Deletes the Workspace and answers 204 with no body. Needs the `workspace.delete` permission, held by Organization API tokens, by Workspace API tokens of this Workspace and by users with a suitable Organization or Workspace role. Repeating the call after it went through may answer 404, so a blind retry can report a failure that did not happen.
   *
   * Permission: `workspace.delete`.
   * @see {@link https://astro-api-sdk.github.io/v1/#tag/Workspace/operation/DeleteWorkspace | DeleteWorkspace} in the API reference
   */
  delete(workspaceId: string, options?: RequestOptions): Promise<void>;
}

/** Every helper group of a v1 client. */
export interface Helpers {
  permissionGroups: PermissionGroupsApi;
  organizations: OrganizationsApi;
  allowedIpAddressRanges: AllowedIpAddressRangesApi;
  clusters: ClustersApi;
  deployments: DeploymentsApi;
  agentTokens: AgentTokensApi;
  deploys: DeploysApi;
  environmentObjects: EnvironmentObjectsApi;
  invites: InvitesApi;
  roles: RolesApi;
  teams: TeamsApi;
  apiTokens: ApiTokensApi;
  users: UsersApi;
  workspaces: WorkspacesApi;
}

/** The type an interface above takes its members from (an interface keeps its name in an editor, an alias does not). */
type Of<T> = T;
