// This file is generated from the bundled Astro API spec by `pnpm --filter @astro-api/client generate`.
// Do not edit it by hand: change spec/ and regenerate.

export interface paths {
    "/authorization/permission-groups": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the permissions for custom roles
         * @description Returns every permission that can be put into a custom role, bundled into groups by the kind of resource they act on. A group's `name` and one of its actions, joined by a dot, form the permission string that a custom role lists (for example `workspace.notificationChannels.get`). The call is not tied to an Organization and no permission is declared for it, so any authenticated caller, user or API token, may use it.
         */
        get: operations["ListPermissionGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List the Organizations you can access
         * @description Returns a page of the Organizations that the caller is a member of, with optional filters and sorting. Page through the rest with `offset` and `limit`. This call needs a personal access token; Organization, Workspace and Deployment API tokens cannot be used for it.
         */
        get: operations["ListOrganizations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * Get one Organization
         * @description Fetches a single Organization by its identifier. Set `isLookUpOnly` to `true` to receive only the Organization's metadata.
         */
        get: operations["GetOrganization"];
        put?: never;
        /**
         * Change an Organization's settings
         * @description Writes new settings for an Organization and returns the updated Organization. The API uses POST for updates and offers no PUT or PATCH. The call is idempotent: repeating it with the same body leaves the Organization in the same state, so a retry is safe.
         */
        post: operations["UpdateOrganization"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/allowed-ip-address-ranges": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * List an Organization's allowed IP ranges
         * @description Returns one page of the CIDR ranges on the Organization's IP access list, with optional sorting. Page with `offset` and `limit`; on this list `limit` has no upper bound. Needs the `organization.allowedIpAddressRanges.get` permission, held by Organization API tokens and by users with a suitable Organization role.
         */
        get: operations["ListAllowedIpAddressRanges"];
        put?: never;
        /**
         * Add an allowed IP address range
         * @description Adds one CIDR range to the Organization's IP access list and returns the stored entry. As soon as the list holds a range, the Organization accepts calls only from addresses inside a listed range, so the first range must cover the caller's own address or the caller locks itself out. Needs the `organization.allowedIpAddressRanges.create` permission, held by Organization API tokens and by users with a suitable Organization role.
         */
        post: operations["CreateAllowedIpAddressRange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/allowed-ip-address-ranges/{allowedIpAddressRangeId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the allowed IP address range. */
                allowedIpAddressRangeId: components["parameters"]["AllowedIpAddressRangeId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove an allowed IP address range
         * @description Deletes one range from the Organization's IP access list and answers 204 with no body. Callers whose address was covered only by this range lose access; removing the last range lifts the restriction. Needs the `organization.allowedIpAddressRanges.delete` permission, held by Organization API tokens and by users with a suitable Organization role. Repeating the call after it went through may answer 404, so a blind retry can report a failure that did not happen.
         */
        delete: operations["DeleteAllowedIpAddressRange"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/allowed-ip-address-ranges/bulk-create": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add allowed IP ranges in bulk
         * @description Adds 1 to 1000 CIDR ranges to the Organization's IP access list as a single all-or-nothing step and returns the stored entries. If one value is malformed or already on the list, the call fails and stores none of them. Because a first attempt whose answer got lost may already have stored the ranges, a retry can answer 409; list the ranges before sending the batch again. Needs the `organization.allowedIpAddressRanges.create` permission, held by Organization API tokens and by users with a suitable Organization role.
         */
        post: operations["BulkCreateAllowedIpAddressRanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/allowed-ip-address-ranges/bulk-delete": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove allowed IP ranges in bulk
         * @description Deletes 1 to 1000 ranges of the Organization's IP access list, picked by identifier, in one all-or-nothing step, and answers 204 with no body. Identifiers that match no range of this Organization, and identifiers given twice, are skipped without an error. Needs the `organization.allowedIpAddressRanges.delete` permission, held by Organization API tokens and by users with a suitable Organization role.
         */
        post: operations["BulkDeleteAllowedIpAddressRanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/audit-logs": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * Export an Organization's audit log
         * @description Downloads the Organization's audit log in one response, optionally limited to a time window with `startDate` and `endDate`. There is no pagination: the body is a gzip-compressed stream of newline-delimited JSON events that can be very large. Events are kept for 90 days. Only Organization Owners hold the needed permission.
         */
        get: operations["GetOrganizationAuditLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/cluster-options": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * Get the settings available for clusters
         * @description Returns, for each cloud provider, the values a new cluster of the requested `type` can be configured with: regions, node and database instance types, bounds for the node count and default network ranges. Narrow the answer to one provider with `provider`. The call changes nothing. The vendor names no permission for it.
         */
        get: operations["GetClusterOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/clusters": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * List the clusters of an Organization
         * @description Returns one page of the Organization's clusters, dedicated and hybrid alike, optionally narrowed to given names or one cloud provider. Page through the results with `offset` and `limit`. Callable with an Organization API token or by a user whose Organization role may view clusters; Workspace and Deployment API tokens are not enough.
         */
        get: operations["ListClusters"];
        put?: never;
        /**
         * Provision a new cluster
         * @description Starts provisioning a new cluster in the Organization on AWS, Azure or GCP; the value of `cloudProvider` selects which set of fields the body takes. Returns the new cluster, whose `status` is normally still `CREATING`; poll it with GetCluster until it reaches `CREATED`. Callable with an Organization API token or by a user with a suitable Organization role.
         */
        post: operations["CreateCluster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/clusters/{clusterId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the cluster. */
                clusterId: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        /**
         * Get one cluster
         * @description Returns a single cluster of the Organization, including its status, health, network ranges and node pools. Callable with an Organization API token or by a user whose Organization role may view clusters.
         */
        get: operations["GetCluster"];
        put?: never;
        /**
         * Change a cluster's settings
         * @description Changes a dedicated or hybrid cluster and returns it as stored; `clusterType` in the body must match the cluster's type and selects which fields may be sent. Dedicated clusters accept a new name, tags, node pools, Workspace authorizations and disaster-recovery settings, including a failover through `isFailedOver`; hybrid clusters only accept Workspace authorizations. The call is idempotent, so a retry with the same body is safe. Callable with an Organization API token or by a user with a suitable Organization role.
         */
        post: operations["UpdateCluster"];
        /**
         * Remove a cluster
         * @description Removes a cluster from the Organization and answers 204 with no body. Callable with an Organization API token or by a user with a suitable Organization role. A repeated call after a successful delete finds no cluster and answers 404, so a blind retry is not a reliable success signal.
         */
        delete: operations["DeleteCluster"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/deployment-options": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * Get the choices for Deployment settings
         * @description Returns the values a Deployment can be configured with in this Organization: executors, Astro Runtime releases, scheduler and worker machine sizes, ranges for resource quotas and worker queues, and workload identities. The query parameters narrow the answer to one Deployment type, executor or cloud provider, or to one existing Deployment; nothing is changed. It needs an Organization API token, or a user whose Organization role grants `organization.deploymentConfigurations.get`.
         */
        get: operations["GetDeploymentOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/deployments": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * List the Deployments of an Organization
         * @description Returns one page of the Organization's Deployments, optionally narrowed to given Deployment identifiers, names or Workspaces, and ordered with `sorts`. Page through the rest with `offset` and `limit`; unlike most lists, `limit` has no upper bound here. It needs an Organization API token, or a user whose Organization role grants `organization.deployments.get`.
         */
        get: operations["ListDeployments"];
        put?: never;
        /**
         * Create a Deployment in a Workspace
         * @description Creates an Airflow Deployment in the Workspace named by `workspaceId` and returns it; the body's `type` (`STANDARD`, `DEDICATED` or `HYBRID`) decides which fields apply. The new Deployment is not ready at once: watch its `status` with GetDeployment. The call is not idempotent, so a blind retry after a lost response can leave a second Deployment. Organization API tokens, Workspace API tokens of that Workspace, and users whose role grants `workspace.deployments.create` may call it.
         */
        post: operations["CreateDeployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/deployments/{deploymentId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        /**
         * Get one Deployment
         * @description Returns the configuration and current status of one Deployment; nothing is changed. Organization API tokens, Workspace API tokens of the Deployment's Workspace, Deployment API tokens of this Deployment, and users whose role grants `deployment.get` may call it.
         */
        get: operations["GetDeployment"];
        put?: never;
        /**
         * Change a Deployment's settings
         * @description Writes new settings for a Deployment and returns the updated Deployment. The body's `type` selects which fields apply, and lists such as `environmentVariables` and `workerQueues` replace the stored ones, so send them complete. Repeating the call with the same body leaves the same state, so a retry is safe. Organization API tokens, Workspace API tokens of the Deployment's Workspace, Deployment API tokens of this Deployment, and users whose role grants `deployment.update` may call it.
         */
        post: operations["UpdateDeployment"];
        /**
         * Remove a Deployment
         * @description Deletes the Deployment and its Airflow environment, and answers 204 with no body. The call is not idempotent: a retry after a lost response answers 404, because the first attempt already removed the Deployment. Organization API tokens, Workspace API tokens of the Deployment's Workspace, Deployment API tokens of this Deployment, and users whose role grants `deployment.delete` may call it.
         */
        delete: operations["DeleteDeployment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/deployments/{deploymentId}/agent-tokens": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        /**
         * List a Deployment's agent tokens
         * @description Returns one page of the agent tokens of a Deployment, the tokens its Remote Execution Agents use to connect to Astro. Page through the results with `offset` and `limit`; token values are never included. Callable with a Deployment API token of that Deployment, a Workspace API token of its Workspace, an Organization API token, or by a user with a suitable role.
         */
        get: operations["ListAgentTokens"];
        put?: never;
        /**
         * Create an agent token
         * @description Creates a new agent token for a Deployment, for the Remote Execution Agents that run its tasks outside Astro. Returns the new token, whose `token` field carries the secret value; this is the only response that contains it, so store it at once. Callable with a Deployment API token of that Deployment, a Workspace API token of its Workspace, an Organization API token, or by a user with a suitable role.
         */
        post: operations["CreateAgentToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/deployments/{deploymentId}/agent-tokens/{agentTokenId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
                /** @description Identifier of the agent token. */
                agentTokenId: components["parameters"]["AgentTokenId"];
            };
            cookie?: never;
        };
        /**
         * Get one agent token
         * @description Returns the metadata of one agent token of a Deployment, such as its name, validity period and last use; the secret value is not included. Callable with a Deployment API token of that Deployment, a Workspace API token of its Workspace, an Organization API token, or by a user with a suitable role.
         */
        get: operations["GetAgentToken"];
        put?: never;
        post?: never;
        /**
         * Delete an agent token
         * @description Deletes an agent token; agents that still present its value can no longer authenticate. Answers 204 with no body. Callable with a Deployment API token of that Deployment, a Workspace API token of its Workspace, an Organization API token, or by a user with a suitable role. A repeated call after a successful delete answers 404 because the token is already gone.
         */
        delete: operations["DeleteAgentToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/deployments/{deploymentId}/deploys": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        /**
         * List the deploys of a Deployment
         * @description Returns one page of the code deploys made to a Deployment, each with its type, status, image and DAG versions. Page through the results with `offset` and `limit`. Callable with a Deployment API token of that Deployment, a Workspace API token of its Workspace, an Organization API token, or by a user with a suitable role.
         */
        get: operations["ListDeploys"];
        put?: never;
        /**
         * Start a deploy
         * @description Opens a new deploy of image, DAG or bundle code to a Deployment and returns it with status `INITIALIZED`, together with the image repository and tag to push to and, when DAG deploys are on, the URL to upload the DAG or bundle archive to. The code goes live only after the upload and a call to FinalizeDeploy. Callable with a Deployment API token of that Deployment, a Workspace API token of its Workspace, an Organization API token, or by a user with a suitable role.
         */
        post: operations["CreateDeploy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/deployments/{deploymentId}/deploys/{deployId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
                /** @description Identifier of the deploy. */
                deployId: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        /**
         * Get one deploy
         * @description Returns a single deploy of a Deployment, including its status, the image and DAG versions it shipped and the subjects that created and last changed it. Callable with a Deployment API token of that Deployment, a Workspace API token of its Workspace, an Organization API token, or by a user with a suitable role.
         */
        get: operations["GetDeploy"];
        put?: never;
        /**
         * Change a deploy's description
         * @description Replaces the description of an existing deploy and returns the deploy; the deployed code is not touched. The call is idempotent, so a retry with the same body is safe. Callable with a Deployment API token of that Deployment, a Workspace API token of its Workspace, an Organization API token, or by a user with a suitable role.
         */
        post: operations["UpdateDeploy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/deployments/{deploymentId}/deploys/{deployId}/finalize": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
                /** @description Identifier of the deploy. */
                deployId: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete an uploaded deploy
         * @description Completes a deploy opened with CreateDeploy once its code has been uploaded, passing the version of the uploaded DAG or bundle archive, and returns the deploy. Callable with a Deployment API token of that Deployment, a Workspace API token of its Workspace, an Organization API token, or by a user with a suitable role. Finalizing moves the deploy out of `INITIALIZED`, so a blind retry after a lost response can be refused even though the first call worked; read the deploy with GetDeploy before trying again.
         */
        post: operations["FinalizeDeploy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/deployments/{deploymentId}/deploys/{deployId}/rollback": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
                /** @description Identifier of the deploy. */
                deployId: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Roll back to an earlier deploy
         * @description Makes the Deployment run the code of the earlier deploy named by `deployId` again. The rollback is recorded as a new deploy, which the call returns. Callable with a Deployment API token of that Deployment, a Workspace API token of its Workspace, an Organization API token, or by a user with a suitable role. Each call records another rollback deploy, so do not retry blindly after a lost response; list the deploys first to see whether the rollback took place.
         */
        post: operations["DeployRollback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/deployments/{deploymentId}/hibernation-override": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Override hibernation of a Deployment
         * @description Makes a development Deployment hibernate (`isHibernating: true`) or stay awake (`false`) whatever its hibernation schedules say, until `overrideUntil` or, without it, until the override is removed; returns the override now in force. Sending the same body again leaves the same override, so a retry is safe. Organization API tokens, Workspace API tokens of the Deployment's Workspace, Deployment API tokens of this Deployment, and users whose role grants `deployment.update` may call it.
         */
        post: operations["UpdateDeploymentHibernationOverride"];
        /**
         * Remove a hibernation override
         * @description Ends the Deployment's hibernation override, so that its schedules again decide when it sleeps and wakes, and answers 204 with no body. Repeating the call leaves the same state, so a retry is safe. Organization API tokens, Workspace API tokens of the Deployment's Workspace, Deployment API tokens of this Deployment, and users whose role grants `deployment.update` may call it.
         */
        delete: operations["DeleteDeploymentHibernationOverride"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/deployments/{deploymentId}/logs": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        /**
         * Read a Deployment's component logs
         * @description Searches the logs of the Deployment's Airflow components named in `sources` and returns one page of entries. The search covers the last `range` seconds, or the span from `startDate` to `endDate`, which must be given together. The answer carries a `searchId`: send it back with a larger `offset` to read further pages of the same search, up to `maxNumResults` entries in all. Organization API tokens, Workspace API tokens of the Deployment's Workspace, Deployment API tokens of this Deployment, and users whose role grants `deployment.logs.get` may call it.
         */
        get: operations["GetDeploymentLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/environment-objects": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * List the Organization's environment objects
         * @description Returns a page of the Organization's environment objects, optionally narrowed to one Workspace or Deployment, one object type or one key. With `resolveLinked`, objects that reach the filtered Deployment or Workspace through links are included and carry `sourceScope`; secret values stay withheld unless `showSecrets` is true. Page through the rest with `offset` and `limit` (this `limit` has no declared maximum). It needs an Organization API token, or a user whose Organization role grants access to environment objects.
         */
        get: operations["ListEnvironmentObjects"];
        put?: never;
        /**
         * Create an environment object
         * @description Creates a connection, Airflow variable, environment variable or metrics export in the Astro Environment Manager, owned by a Workspace or by a single Deployment, and returns only the new object's `id`. Fill the member of the body that matches `objectType`; a Workspace-level object can be linked to Deployments in the same call. A key already taken in the same scope answers 409, which is also what a blind retry of a create that went through will get. It needs an Organization API token, or a user whose Organization role grants access to environment objects.
         */
        post: operations["CreateEnvironmentObject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/environment-objects/{environmentObjectId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the environment object. */
                environmentObjectId: components["parameters"]["EnvironmentObjectId"];
            };
            cookie?: never;
        };
        /**
         * Get one environment object
         * @description Returns a single environment object with its settings, Deployment links and exclusions. Secret values are not included; `setFields` tells which fields hold a value. It needs an Organization API token, or a user whose Organization role grants access to environment objects.
         */
        get: operations["GetEnvironmentObject"];
        put?: never;
        /**
         * Change an environment object
         * @description Changes the settings, description and Deployment links of an existing environment object and returns the object as stored. Its key, type and scope are fixed at creation and cannot be changed here. Sending the same body again leaves the object in the same state, so a retry is safe. It needs an Organization API token, or a user whose Organization role grants access to environment objects.
         */
        post: operations["UpdateEnvironmentObject"];
        /**
         * Remove an environment object
         * @description Deletes an environment object from its Workspace or Deployment; a Workspace-level object is thereby withdrawn from every Deployment it was linked to. Answers 204 with no body. A repeat after a successful delete finds nothing and fails with 404, so a blind retry cannot confirm success. It needs an Organization API token, or a user whose Organization role grants access to environment objects.
         */
        delete: operations["DeleteEnvironmentObject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/environment-objects/{environmentObjectId}/exclude-linking": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the environment object. */
                environmentObjectId: components["parameters"]["EnvironmentObjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exclude a Deployment from an object
         * @description Keeps one Deployment from receiving a Workspace-level environment object, typically one that would otherwise get it because the object links to all Deployments of the Workspace. The Deployment is added to the object's `excludeLinks`, and the call answers 200 with no body. It is not idempotent: repeating it for a Deployment that is already excluded can fail with 409. It needs an Organization API token, or a user whose Organization role grants access to environment objects.
         */
        post: operations["ExcludeLinkingEnvironmentObject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/invites": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite someone to an Organization
         * @description Sends an invitation to join the Organization to an email address, naming the Organization role the person will receive, and returns the new invitation. It can be withdrawn with `DeleteUserInvite` until it is accepted or reaches `expiresAt`. Needs the `organization.users.create` permission, held by Organization API tokens and by users with a suitable Organization role.
         */
        post: operations["CreateUserInvite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/invites/{inviteId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the invitation. */
                inviteId: components["parameters"]["InviteId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Withdraw a user invitation
         * @description Cancels an invitation that has not been accepted yet, so it can no longer be used, and answers 204 with no body. Needs the `organization.users.delete` permission, held by Organization API tokens and by users with a suitable Organization role. Repeating the call after it went through may answer 404, so a blind retry can report a failure that did not happen.
         */
        delete: operations["DeleteUserInvite"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/role-templates": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * List templates for new custom roles
         * @description Returns the role templates offered in an Organization. Each template is a named, ready-made set of permissions; copy its `permissions` into a new custom role to start from it. The list is not paginated. It needs the `organization.customRoles.get` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
         */
        get: operations["ListRoleTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/roles": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * List the roles of an Organization
         * @description Returns a page of the custom roles defined in an Organization, without their permission lists; fetch a single role to see what it grants. With `includeDefaultRoles=true` the body also carries Astro's built-in roles in `defaultRoles`; `offset`, `limit` and `totalCount` count custom roles only. It needs the `organization.customRoles.get` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
         */
        get: operations["ListRoles"];
        put?: never;
        /**
         * Define a new custom role
         * @description Creates a custom role in the Organization from a list of permissions and returns it, permissions included. The role can then be granted to users, Teams and API tokens at its scope (Deployments or DAGs), limited to the Workspaces in `restrictedWorkspaceIds` when that list is given. It needs the `organization.customRoles.create` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
         */
        post: operations["CreateCustomRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/roles/{customRoleId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the custom role. */
                customRoleId: components["parameters"]["CustomRoleId"];
            };
            cookie?: never;
        };
        /**
         * Get one custom role
         * @description Returns one custom role of the Organization together with the permissions it grants and the Workspaces it is limited to. It needs the `organization.customRoles.get` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
         */
        get: operations["GetCustomRole"];
        put?: never;
        /**
         * Change a custom role
         * @description Sets a custom role's name and permissions, and optionally its description and Workspace restriction, then returns the role as stored. The scope chosen at creation cannot be changed. The call is idempotent: repeating it with the same body gives the same result, so a retry is safe. It needs the `organization.customRoles.update` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
         */
        post: operations["UpdateCustomRole"];
        /**
         * Remove a custom role
         * @description Deletes a custom role from the Organization and answers 204 with no body. Once the first call has succeeded a repeat answers 404, so a blind retry can report an error for a delete that worked. It needs the `organization.customRoles.delete` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
         */
        delete: operations["DeleteCustomRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/teams": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * List the Teams of an Organization
         * @description Returns one page of the Organization's Teams. The list can be narrowed to given names or to the Teams holding a role in one Workspace or Deployment, sorted with `sorts` and paged with `offset` and `limit`. Needs the `organization.teams.get` permission, held by Organization API tokens and by users with a suitable Organization role.
         */
        get: operations["ListTeams"];
        put?: never;
        /**
         * Add a Team to an Organization
         * @description Creates a Team, a named group of users who share its roles, and returns it. The body can already name the first members and the Organization role the Team grants. Needs the `organization.teams.create` permission, held by Organization API tokens and by users with a suitable Organization role.
         */
        post: operations["CreateTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/teams/{teamId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Team. */
                teamId: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        /**
         * Get one Team
         * @description Fetches a single Team of the Organization with its Organization role and, where it has them, its Workspace, Deployment and DAG roles. Needs the `organization.teams.get` permission, held by Organization API tokens and by users with a suitable Organization role.
         */
        get: operations["GetTeam"];
        put?: never;
        /**
         * Change a Team's name and description
         * @description Sets the Team's name and, when given, its description, and returns the updated Team. Members and roles change through their own operations. The call is idempotent, so a retry with the same body is safe. Needs the `organization.teams.update` permission, held by Organization API tokens and by users with a suitable Organization role.
         */
        post: operations["UpdateTeam"];
        /**
         * Remove a Team from an Organization
         * @description Deletes the Team and answers 204 with no body. Every role granted through the Team is withdrawn with it: former members keep only the access they hold directly or through other Teams. Needs the `organization.teams.delete` permission, held by Organization API tokens and by users with a suitable Organization role. Repeating the call after it went through may answer 404, so a blind retry can report a failure that did not happen.
         */
        delete: operations["DeleteTeam"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/teams/{teamId}/members": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Team. */
                teamId: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        /**
         * List the members of a Team
         * @description Returns one page of the users who belong to the Team, with optional sorting. Page with `offset` and `limit`; on this list `limit` has no upper bound. Needs the `organization.teams.get` permission, held by Organization API tokens and by users with a suitable Organization role.
         */
        get: operations["ListTeamMembers"];
        put?: never;
        /**
         * Add users to a Team
         * @description Puts one or more users of the Organization into the Team and answers 204 with no body; they gain every role the Team holds. Needs the `organization.teams.update` permission, held by Organization API tokens and by users with a suitable Organization role. The call is not marked idempotent: after a lost answer, check the member list before sending it again.
         */
        post: operations["AddTeamMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/teams/{teamId}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Team. */
                teamId: components["parameters"]["TeamId"];
                /** @description Identifier of the user to take out of the Team. */
                memberId: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Take a user out of a Team
         * @description Removes one user from the Team and answers 204 with no body. The user loses the roles that came through this Team and keeps their own roles and those of other Teams. Needs the `organization.teams.update` permission, held by Organization API tokens and by users with a suitable Organization role. Repeating the call after it went through may answer 404, so a blind retry can report a failure that did not happen.
         */
        delete: operations["RemoveTeamMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/teams/{teamId}/roles": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Team. */
                teamId: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a Team's roles
         * @description Replaces the Team's roles with the set in the body: one Organization role plus any Workspace, Deployment and DAG roles. Roles missing from the body are taken away, so send the complete set. Returns the roles as stored; the call is idempotent, so a retry with the same body is safe. Needs the `organization.teamRoles.access` permission, held by Organization API tokens and by users with a suitable Organization role.
         */
        post: operations["UpdateTeamRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/tokens": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * List the API tokens of an Organization
         * @description Returns a page of the Organization's API tokens of every scope. Filters narrow the list to the tokens tied to a Workspace, a Deployment, a DAG or DAG tags, to one `kind`, or, with `includeOnlyOrganizationTokens`, to Organization API tokens; page through the rest with `offset` and `limit`. It needs the `organization.apiTokens.access` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
         */
        get: operations["ListApiTokens"];
        put?: never;
        /**
         * Issue a new API token
         * @description Creates an Organization, Workspace or Deployment API token holding the given role and returns it. The secret value is in the response's `token` field and is shown only this once, so store it right away; a lost response means rotating or deleting the token. Without `tokenExpiryPeriodInDays` the token never expires. It needs the `organization.apiTokens.access` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
         */
        post: operations["CreateApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the API token. */
                tokenId: components["parameters"]["TokenId"];
            };
            cookie?: never;
        };
        /**
         * Get one API token
         * @description Returns one API token of the Organization: its scope, kind, roles, validity window and when it was last used or rotated. The secret value is not sent again after creation or rotation. It needs the `organization.apiTokens.access` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
         */
        get: operations["GetApiToken"];
        put?: never;
        /**
         * Rename an API token
         * @description Sets a new name and description on an API token and returns the token. Its scope, roles, lifetime and secret value stay as they are; change roles with `UpdateApiTokenRoles` and the value with `RotateApiToken`. The call is idempotent, so a retry with the same body is safe. It needs the `organization.apiTokens.access` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
         */
        post: operations["UpdateApiToken"];
        /**
         * Revoke and delete an API token
         * @description Deletes an API token, which can then no longer authenticate and cannot be restored; anything still sending its value gets 401. Answers 204 with no body. Once the first call has succeeded a repeat answers 404, so treat a 404 on a retry as done. It needs the `organization.apiTokens.access` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
         */
        delete: operations["DeleteApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/tokens/{tokenId}/roles": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the API token. */
                tokenId: components["parameters"]["TokenId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set the roles of an API token
         * @description Gives an API token the set of roles in the body (Organization, Workspace, Deployment, DAG and DAG-tag roles) and returns the roles it holds afterwards, grouped by level. The list is the token's complete set, so a role left out is taken away; sending the same list again changes nothing, which makes a retry safe. It needs the `organization.apiTokens.access` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
         */
        post: operations["UpdateApiTokenRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/tokens/{tokenId}/rotate": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the API token. */
                tokenId: components["parameters"]["TokenId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate an API token's secret value
         * @description Issues a new secret value for an API token and invalidates the old value at once, so automation still using it starts getting 401. The response carries the new value in `token`, the only time it is shown. A blind retry is unsafe: each call rotates again and voids the value the previous call issued. It needs the `organization.apiTokens.access` permission: an Organization API token, or a personal access token of a user whose Organization role grants it (such as Organization Owner).
         */
        post: operations["RotateApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/users": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * List the users of an Organization
         * @description Returns one page of the Organization's users. The list can be narrowed to the users with access to one Workspace, Deployment, DAG or set of DAG tags, sorted with `sorts` and paged with `offset` and `limit`. Needs the `organization.users.get` permission, held by Organization API tokens and by users with a suitable Organization role.
         */
        get: operations["ListUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/users/{userId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the user. */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * Get one user of an Organization
         * @description Fetches a single user of the Organization with the account's status, the Organization role and, where present, the Workspace, Deployment and DAG roles. Needs the `organization.users.get` permission, held by Organization API tokens and by users with a suitable Organization role.
         */
        get: operations["GetUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/users/{userId}/roles": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the user. */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a user's roles
         * @description Replaces the user's roles with the set in the body: an Organization role plus any Workspace, Deployment and DAG roles. Roles missing from the body are taken away, so send the complete set, and include `organizationRole` whenever Workspace or Deployment roles are sent. Returns the roles as stored; the call is idempotent, so a retry with the same body is safe. Needs the `organization.userRoles.access` permission, held by Organization API tokens and by users with a suitable Organization role.
         */
        post: operations["UpdateUserRoles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/users/{userId}/teams": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the user. */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /**
         * List the Teams a user belongs to
         * @description Returns one page of the Organization's Teams that include the given user, each with the roles it grants. Sort with `sorts` and page with `offset` and `limit`. Needs the `organization.teams.get` permission, held by Organization API tokens and by users with a suitable Organization role.
         */
        get: operations["ListUserTeams"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/workspaces": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /**
         * List the Workspaces of an Organization
         * @description Returns one page of the Organization's Workspaces, optionally only those with given identifiers or names. Sort with `sorts` and page with `offset` and `limit`. Needs the `organization.workspaces.get` permission, held by Organization API tokens and by users with a suitable Organization role.
         */
        get: operations["ListWorkspaces"];
        put?: never;
        /**
         * Add a Workspace to an Organization
         * @description Creates a Workspace in the Organization and returns it. The body can also set defaults for Deployments created in it later: CI/CD enforcement, and either a cloud provider with a region or a cluster. Needs the `organization.workspaces.create` permission, held by Organization API tokens and by users with a suitable Organization role.
         */
        post: operations["CreateWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organizations/{organizationId}/workspaces/{workspaceId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Workspace. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        /**
         * Get one Workspace
         * @description Fetches a single Workspace with its defaults for new Deployments. Needs the `workspace.get` permission, held by Organization API tokens, by Workspace API tokens of this Workspace and by users with a suitable Organization or Workspace role.
         */
        get: operations["GetWorkspace"];
        put?: never;
        /**
         * Change a Workspace's settings
         * @description Writes the Workspace's name, description and defaults for new Deployments, and returns the updated Workspace; `name`, `description` and `cicdEnforcedDefault` must be sent every time. The call is idempotent, so a retry with the same body is safe. Needs the `workspace.settings.update` permission, held by Organization API tokens, by Workspace API tokens of this Workspace and by users with a suitable Organization or Workspace role.
         */
        post: operations["UpdateWorkspace"];
        /**
         * Remove a Workspace
         * @description Deletes the Workspace and answers 204 with no body. Needs the `workspace.delete` permission, held by Organization API tokens, by Workspace API tokens of this Workspace and by users with a suitable Organization or Workspace role. Repeating the call after it went through may answer 404, so a blind retry can report a failure that did not happen.
         */
        delete: operations["DeleteWorkspace"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/self": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Get the calling user
         * @description Returns the profile of the user who owns the bearer token, with the roles they hold in every scope, their open invitations and their feature flags. The call needs no Organization and declares no permission; use it with a personal access token. Set `createIfNotExist` to `true` to have the user record created on the first call if it does not exist yet.
         */
        get: operations["GetSelfUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description One grantable action of a permission group, with an explanation. */
        PermissionEntry: {
            /** @description Name of the action, such as `get`. Appended to the group's `name` with a dot, it gives the permission string. */
            action: string;
            /** @description What a subject holding this permission may do. */
            description: string;
        };
        /** @description A set of related permissions on one kind of resource, as offered for custom roles. */
        PermissionGroup: {
            /** @description What the resource is and what the group's permissions cover. */
            description: string;
            /** @description Dotted prefix shared by the group's permission strings, such as `workspace.notificationChannels`. */
            name: string;
            /** @description The actions of the group that can be granted. */
            permissions: components["schemas"]["PermissionEntry"][];
            /** @description Readable label of the resource the group covers, such as `Workspace NotificationChannels`. */
            scope: string;
        };
        /** @description One problem found while validating a single field of the request. */
        FieldError: {
            /** @description Machine-readable name of the check that failed. */
            code: string;
            /** @description Name of the request field that failed the check. */
            field: string;
            /** @description Human-readable explanation of the problem with the field. */
            message: string;
        };
        /** @description JSON body of a failed request. Gateways in front of the API may instead answer some 401, 403 and 429 responses with a plain-text body, which has no request identifier. */
        Error: {
            /** @description Human-readable summary of what went wrong. */
            message: string;
            /** @description Identifier of the failed request; quote it when contacting Astronomer support. */
            requestId: string;
            /** @description The HTTP status code of the response, repeated in the body. */
            statusCode: number;
            /** @description Per-field problems; present on 400 responses that were caused by request validation. */
            fieldErrors?: components["schemas"]["FieldError"][];
        };
        /**
         * @description Plan value accepted by the plan filters of the Organization list.
         * @enum {string}
         */
        PlanFilter: "TRIAL" | "BASIC" | "STANDARD" | "PREMIUM" | "BUSINESS_CRITICAL";
        /**
         * @description An Astronomer product that an Organization can subscribe to.
         * @enum {string}
         */
        AstronomerProduct: "ASTRO";
        /**
         * @description The Organization's type of Astro product, Astro Hosted (`HOSTED`) or Astro Hybrid (`HYBRID`).
         * @enum {string}
         */
        Product: "HOSTED" | "HYBRID";
        /**
         * @description Kind of actor behind an action, either a person (`USER`) or an API token (`SERVICEKEY`).
         * @enum {string}
         */
        SubjectType: "USER" | "SERVICEKEY";
        /** @description Short profile of the actor (a user or an API token) that created or last changed a resource. Which optional fields are filled depends on the kind of actor. */
        BasicSubjectProfile: {
            /** @description Identifier of the user or API token. */
            id: string;
            /** @description Whether the actor is a user or an API token. */
            subjectType?: components["schemas"]["SubjectType"];
            /** @description Login name of the user; filled for users. */
            username?: string;
            /** @description Display name of the user; filled for users. */
            fullName?: string;
            /** @description Link to the user's profile picture; filled for users. */
            avatarUrl?: string;
            /** @description Name given to the API token; filled for API tokens. */
            apiTokenName?: string;
        };
        /** @description An email domain that the Organization has claimed, so that sign-ins from addresses in that domain can be governed by the Organization. */
        ManagedDomain: {
            /** @description Identifier of the managed domain. */
            id: string;
            /** @description The domain itself, for example `mycompany.com`. */
            name: string;
            /** @description Identifier of the Organization that owns the domain. */
            organizationId: string;
            /**
             * @description Whether ownership of the domain is still awaiting verification or has been verified.
             * @enum {string}
             */
            status: "PENDING" | "VERIFIED";
            /**
             * Format: date-time
             * @description When the domain was added, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the domain was last changed, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            updatedAt: string;
            /** @description Sign-in methods that users of this domain are required to use. */
            enforcedLogins?: string[];
        };
        /**
         * @description How the Organization pays for Astro.
         * @enum {string}
         */
        PaymentMethod: "CREDIT_CARD" | "INVOICE" | "AWS_MARKETPLACE" | "AZURE_MARKETPLACE" | "GCP_MARKETPLACE" | "SNOWFLAKE_MARKETPLACE";
        /**
         * @description Lifecycle state of an Organization.
         * @enum {string}
         */
        OrganizationStatus: "ACTIVE" | "INACTIVE" | "SUSPENDED";
        /**
         * @description Name of a plan that an Organization can be subscribed to.
         * @enum {string}
         */
        PlanName: "INACTIVE" | "INTERNAL" | "POV" | "TRIAL" | "BASIC" | "BASIC_PAYGO" | "TEAM_PAYGO" | "STANDARD" | "PREMIUM" | "BUSINESS_CRITICAL" | "BUSINESS" | "TEAM" | "ENTERPRISE" | "DEVELOPER" | "DEVELOPER_PAYGO" | "TEAM_V2" | "BUSINESS_V2" | "ENTERPRISE_V2" | "TRIAL_V2" | "ENTERPRISE_BUSINESS_CRITICAL" | "IBM_ENTERPRISE";
        /** @description The plan an Organization is subscribed to for one Astronomer product. */
        OrganizationProductPlan: {
            /** @description The Astronomer product the plan applies to. */
            astronomerProduct: components["schemas"]["AstronomerProduct"];
            /** @description Identifier of the subscribed Organization. */
            organizationId: string;
            /** @description Identifier of the product plan. */
            productPlanId: string;
            /** @description Name of the product plan. */
            productPlanName: components["schemas"]["PlanName"];
        };
        /** @description An Organization, the top-level Astro account that owns Workspaces, users and billing settings. */
        Organization: {
            /** @description Identifier of the Organization. */
            id: string;
            /** @description Display name of the Organization. */
            name: string;
            /**
             * Format: date-time
             * @description When the Organization was created, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the Organization was last changed, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            updatedAt: string;
            /** @description The user or API token that created the Organization. */
            createdBy: components["schemas"]["BasicSubjectProfile"];
            /** @description The user or API token that last changed the Organization. */
            updatedBy: components["schemas"]["BasicSubjectProfile"];
            /** @description True when user provisioning through SCIM is switched on. */
            isScimEnabled: boolean;
            /** @description Address that receives the Organization's invoices and billing notices. */
            billingEmail?: string;
            /** @description Email domains claimed by the Organization. */
            managedDomains?: components["schemas"]["ManagedDomain"][];
            /** @description How the Organization pays. */
            paymentMethod?: components["schemas"]["PaymentMethod"];
            /** @description The Organization's type of Astro product. */
            product?: components["schemas"]["Product"];
            /** @description Current lifecycle state of the Organization. */
            status?: components["schemas"]["OrganizationStatus"];
            /**
             * Format: date-time
             * @description End of the trial period, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`); absent once the Organization is no longer on a trial.
             */
            trialExpiresAt?: string;
            /** @description The plan the Organization holds for each Astronomer product. */
            productPlans: components["schemas"]["OrganizationProductPlan"][];
            /** @description True when Astronomer's support engineers may view the Organization's resources. */
            allowEnhancedSupportAccess: boolean;
            /** @description True when Deployments must run on dedicated clusters rather than shared ones. */
            shouldEnforceDedicatedClusters: boolean;
            /** @description True when at least one allowed IP address range is set up for the Organization. */
            hasAllowedIpAddressRanges: boolean;
            /** @description True when the Organization is not allowed to switch AI features on. */
            isBlockedEnableAiFeatures?: boolean;
            /** @description True when AI features are switched off for the Organization. */
            hasAiFeaturesDisabled?: boolean;
        };
        /** @description One page of Organizations together with the paging values that produced it. */
        OrganizationsPaginated: {
            /** @description The Organizations on this page. */
            organizations: components["schemas"]["Organization"][];
            /** @description Page size that was applied. */
            limit: number;
            /** @description Number of Organizations skipped before this page. */
            offset: number;
            /** @description Number of Organizations across all pages. */
            totalCount: number;
        };
        /** @description New settings for an Organization. The required fields are always sent in full. */
        UpdateOrganizationRequest: {
            /** @description Address that should receive invoices and billing notices. */
            billingEmail: string;
            /** @description Switches user provisioning through SCIM on or off. */
            isScimEnabled: boolean;
            /** @description New display name of the Organization, at most 50 characters. */
            name: string;
            /** @description Grants or withdraws view access to the Organization's resources for Astronomer support. */
            allowEnhancedSupportAccess?: boolean;
            /** @description Requires, or stops requiring, Deployments to run on dedicated clusters. */
            shouldEnforceDedicatedClusters?: boolean;
            /** @description Switches AI features off (true) or on (false) for the Organization. */
            hasAiFeaturesDisabled?: boolean;
        };
        /** @description One entry of an Organization's IP access list: a CIDR range of client addresses from which calls to the Organization are accepted. */
        AllowedIpAddressRange: {
            /**
             * Format: date-time
             * @description When the range was added, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            createdAt: string;
            /** @description The user or API token that added the range. */
            createdBy?: components["schemas"]["BasicSubjectProfile"];
            /** @description Identifier of the allowed IP address range. */
            id: string;
            /** @description The allowed addresses in CIDR notation, such as `203.0.113.0/24`; a single address ends in `/32`. */
            ipAddressRange: string;
            /** @description Identifier of the Organization whose access list holds the range. */
            organizationId: string;
            /**
             * Format: date-time
             * @description When the range was last changed, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            updatedAt: string;
            /** @description The user or API token that last changed the range. */
            updatedBy?: components["schemas"]["BasicSubjectProfile"];
        };
        /** @description One page of an Organization's allowed IP address ranges, with the paging values that produced it. */
        AllowedIpAddressRangesPaginated: {
            /** @description The ranges on this page. */
            allowedIpAddressRanges: components["schemas"]["AllowedIpAddressRange"][];
            /** @description The page size used for this response. */
            limit: number;
            /** @description Number of ranges skipped before this page. */
            offset: number;
            /** @description Number of ranges in the whole result, across all pages. */
            totalCount: number;
        };
        /** @description A CIDR range to add to an Organization's IP access list. */
        CreateAllowedIpAddressRangeRequest: {
            /** @description The addresses to allow, in CIDR notation such as `203.0.113.0/24`. */
            ipAddressRange: string;
        };
        /** @description CIDR ranges to add to an Organization's IP access list in one step. */
        BulkCreateAllowedIpAddressRangesRequest: {
            /** @description The ranges to add, each in CIDR notation, 1 to 1000 of them. If any one is malformed or already on the list, none of them is stored. */
            allowedIpAddressRanges: string[];
        };
        /** @description The allowed IP address ranges stored by one bulk request. */
        AllowedIpAddressRangesList: {
            /** @description The stored ranges. */
            allowedIpAddressRanges: components["schemas"]["AllowedIpAddressRange"][];
        };
        /** @description Allowed IP address ranges to delete in one step. */
        BulkDeleteAllowedIpAddressRangesRequest: {
            /** @description Identifiers of the ranges to delete, 1 to 1000 of them. Identifiers that match no range of the Organization, and repeated identifiers, are skipped. */
            allowedIpAddressRangeIds: string[];
        };
        /** @description One entry of an Organization's audit log, sent as one line of the newline-delimited JSON export. Every event names who acted, in which Organization, when, and from where. Events that record an API call also carry the HTTP method, path, request body and request identifier, plus the status of the response in a field whose name the reference material does not give; clients must therefore accept fields that are not listed here. */
        AuditLogEvent: {
            /** @description Identifier of the user or API token that acted. */
            subjectId: string;
            /** @description Whether the actor was a user or an API token. */
            subjectType: components["schemas"]["SubjectType"];
            /** @description Identifier of the Organization in which the action happened. */
            organizationId: string;
            /**
             * Format: date-time
             * @description When the action happened, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            timestamp: string;
            /** @description IP address the action came from. */
            sourceIp: string;
            /** @description User-Agent header of the client that acted. */
            userAgent: string;
            /** @description HTTP method of the recorded API call; only on API-call events. */
            method?: string;
            /** @description Request path of the recorded API call; only on API-call events. */
            path?: string;
            /** @description Body of the recorded API call exactly as it was sent; only on API-call events. */
            requestBody?: string;
            /** @description Identifier of the recorded API call; only on API-call events. */
            requestId?: string;
        };
        /** @description A machine type offered by a cloud provider, with its size. */
        ProviderInstanceType: {
            /** @description Number of CPU cores, as an integer. */
            cpu: number;
            /** @description Memory, as a string such as `16Gi`. */
            memory: string;
            /** @description The provider's name for the type, such as `m6i.xlarge`. */
            name: string;
        };
        /** @description A cloud region where a cluster can be created. */
        ProviderRegion: {
            /** @description Instance types that cannot be used in this region, such as `t3.medium`. */
            bannedInstances?: string[];
            /** @description True when the region is offered with limited availability. */
            limited?: boolean;
            /** @description Multi-region location code, such as `US`, which tells which regions can pair up for disaster recovery. */
            location?: string;
            /** @description The provider's name for the region, such as `us-east-1`. */
            name: string;
        };
        /** @description The choices for a new cluster on one cloud provider: where it can run, which machine types it can use and its default network layout. */
        ClusterOptions: {
            /** @description Instance types that can host the cluster's Airflow metadata database. */
            databaseInstances: components["schemas"]["ProviderInstanceType"][];
            /** @description Database instance type used when none is chosen. */
            defaultDatabaseInstance: components["schemas"]["ProviderInstanceType"];
            /** @description Node instance type used when none is chosen. */
            defaultNodeInstance: components["schemas"]["ProviderInstanceType"];
            /** @description CIDR block used by default for the cluster's Pods, such as `172.21.0.0/19`. */
            defaultPodSubnetRange?: string;
            /** @description Region used when none is chosen. */
            defaultRegion: components["schemas"]["ProviderRegion"];
            /** @description CIDR block used by default for service peering, such as `172.23.0.0/20`. */
            defaultServicePeeringRange?: string;
            /** @description CIDR block used by default for the cluster's Kubernetes services, such as `172.22.0.0/22`. */
            defaultServiceSubnetRange?: string;
            /** @description CIDR block used by default for the cluster's VPC, such as `172.20.0.0/19`. */
            defaultVpcSubnetRange: string;
            /** @description Node count used when none is chosen. */
            nodeCountDefault: number;
            /** @description Largest node count allowed. */
            nodeCountMax: number;
            /** @description Smallest node count allowed. */
            nodeCountMin: number;
            /** @description Instance types that can be used for the cluster's nodes. */
            nodeInstances: components["schemas"]["ProviderInstanceType"][];
            /**
             * @description Cloud provider these options apply to.
             * @enum {string}
             */
            provider: "AWS" | "AZURE" | "GCP";
            /** @description Regions where a cluster can be created. */
            regions: components["schemas"]["ProviderRegion"][];
        };
        /** @description One finding of a cluster health check. */
        ClusterHealthStatusDetail: {
            /** @description Machine-readable code of the finding. */
            code: string;
            /** @description Name of the cluster component the finding concerns. */
            component?: string;
            /** @description Human-readable explanation of the finding. */
            description: string;
            /** @description How much the finding weighs in the overall verdict, as a free-form string. */
            severity: string;
        };
        /** @description The health of a cluster as Astro last assessed it, with the findings that led to the verdict. */
        ClusterHealthStatus: {
            /** @description Findings of the individual checks behind the verdict; may be absent when there is nothing to report. */
            details?: components["schemas"]["ClusterHealthStatusDetail"][];
            /**
             * @description The overall verdict; `UNKNOWN` when Astro could not assess the cluster.
             * @enum {string}
             */
            value: "HEALTHY" | "UNHEALTHY" | "UNKNOWN";
        };
        /** @description Network facts of a running cluster that are useful when allowing its traffic through firewalls or federating identities. */
        ClusterMetadata: {
            /** @description Public IP addresses that the cluster's outbound traffic comes from; add them to allowlists of the systems your DAGs reach. */
            externalIPs?: string[];
            /** @description IP address of the cluster's `kube-dns` service. */
            kubeDnsIp?: string;
            /** @description URL of the cluster's OpenID Connect issuer, for setting up workload identity federation with cloud providers. */
            oidcIssuerUrl?: string;
        };
        /** @description A node pool of a cluster: a group of worker nodes of one instance type that scales up to a set maximum number of nodes. */
        NodePool: {
            /**
             * @description The cloud provider of the cluster the pool belongs to.
             * @enum {string}
             */
            cloudProvider: "AWS" | "AZURE" | "GCP";
            /** @description Identifier of the cluster the node pool belongs to. */
            clusterId: string;
            /**
             * Format: date-time
             * @description When the node pool was created, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            createdAt: string;
            /** @description Identifier of the node pool. */
            id: string;
            /** @description True for the cluster's default node pool. */
            isDefault: boolean;
            /** @description Largest number of nodes the pool may scale up to. */
            maxNodeCount: number;
            /** @description Name of the node pool. */
            name: string;
            /** @description Cloud instance type of the pool's nodes, in the provider's naming, for example `t3.medium`. */
            nodeInstanceType: string;
            /** @description Astro machine sizes, such as `A5` or `A10`, that workers on this pool can use; filled only for dedicated clusters of Astro Hosted. */
            supportedAstroMachines?: string[];
            /**
             * Format: date-time
             * @description When the node pool was last changed, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            updatedAt: string;
        };
        /** @description A key-value tag that Astro applies to the Kubernetes resources of a cluster. */
        ClusterK8sTag: {
            /** @description Name of the tag. */
            key?: string;
            /** @description Value of the tag. */
            value?: string;
        };
        /** @description An Astro cluster: the Kubernetes cluster in one cloud region that runs an Organization's Deployments, either dedicated (run by Astronomer in its own cloud account) or hybrid (run in the customer's cloud account). */
        Cluster: {
            /**
             * @description The cloud provider the cluster runs on.
             * @enum {string}
             */
            cloudProvider: "AWS" | "AZURE" | "GCP";
            /**
             * Format: date-time
             * @description When the cluster was created, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            createdAt: string;
            /** @description Instance type of the cluster's metadata database, in the cloud provider's naming, for example `db.t3.medium` on AWS. */
            dbInstanceType: string;
            /** @description Pod subnet range, in CIDR notation, of the disaster-recovery cluster; only for GCP clusters with disaster recovery. */
            drPodSubnetRange?: string;
            /** @description Secondary region that hosts the disaster-recovery copy of the cluster; meaningful only when `isDrEnabled` is true. */
            drRegion: string;
            /** @description Secondary VPC CIDR range used in the disaster-recovery region; only for AWS clusters. */
            drSecondaryVpcCidr?: string;
            /** @description Service peering range, in CIDR notation, in the disaster-recovery region; only for GCP clusters. */
            drServicePeeringRange?: string;
            /** @description Service subnet range, in CIDR notation, in the disaster-recovery region; only for GCP clusters. */
            drServiceSubnetRange?: string;
            /** @description VPC subnet range, in CIDR notation, of the network in the disaster-recovery region. */
            drVpcSubnetRange?: string;
            /** @description True when Replication Time Control is switched on for the task-log storage that disaster recovery replicates to the secondary region. */
            enableReplicationTimeControl?: boolean;
            /** @description True while a failover to or back from the disaster-recovery region is under way. */
            failoverInProgress?: boolean;
            /** @description Overall health of the cluster, with the checks behind it. */
            healthStatus?: components["schemas"]["ClusterHealthStatus"];
            /** @description Identifier of the cluster. */
            id: string;
            /** @description True when disaster recovery to a secondary region is set up for the cluster. */
            isDrEnabled: boolean;
            /** @description True when the cluster currently runs in its disaster-recovery region after a failover. */
            isFailedOver?: boolean;
            /** @description True when the cluster is marked as limited; the vendor does not document what this restricts. */
            isLimited?: boolean;
            /** @description True when Private Network Egress is on: the cluster's Deployments and metrics exports have no public Internet access. Only for AWS clusters. */
            isPrivateNetworkEgressEnabled?: boolean;
            /** @description Network facts of the running cluster, such as its outbound IP addresses. */
            metadata?: components["schemas"]["ClusterMetadata"];
            /** @description Display name of the cluster. */
            name: string;
            /** @description The node pools of the cluster, each a group of worker nodes of one instance type. */
            nodePools?: components["schemas"]["NodePool"][];
            /** @description Identifier of the Organization that owns the cluster. */
            organizationId: string;
            /** @description Pod subnet range, in CIDR notation; only for GCP clusters. */
            podSubnetRange?: string;
            /** @description Identifier of the cloud provider account or project the cluster runs in, such as a GCP project ID; not filled for every cluster. */
            providerAccount?: string;
            /** @description Cloud region the cluster runs in, in the provider's naming, for example `us-east-1`. */
            region: string;
            /** @description Secondary VPC CIDR range that provides the addresses for pods; only for AWS clusters. */
            secondaryVpcCidr?: string;
            /** @description Service peering range, in CIDR notation; only for GCP clusters. */
            servicePeeringRange?: string;
            /** @description Service subnet range, in CIDR notation; only for GCP clusters. */
            serviceSubnetRange?: string;
            /**
             * @description Lifecycle state of the cluster. `CREATED` is the settled state; `CREATING`, `UPDATING`, `UPGRADE_PENDING` and `FAILING_OVER` are transitional; `CREATE_FAILED`, `UPDATE_FAILED`, `FAILOVER_FAILED` and `ACCESS_DENIED` (Astro lacks the access it needs to the cloud account) need attention.
             * @enum {string}
             */
            status: "CREATING" | "CREATED" | "CREATE_FAILED" | "UPDATE_FAILED" | "UPDATING" | "ACCESS_DENIED" | "UPGRADE_PENDING" | "FAILING_OVER" | "FAILOVER_FAILED";
            /** @description Kubernetes tags applied to the cluster's resources; only for hybrid clusters on AWS. */
            tags?: components["schemas"]["ClusterK8sTag"][];
            /** @description Identifier of the Azure tenant (directory) of the cluster; only for Azure clusters. */
            tenantId?: string;
            /**
             * @description Whether the cluster is dedicated (Astronomer's cloud account) or hybrid (the customer's cloud account).
             * @enum {string}
             */
            type: "DEDICATED" | "HYBRID";
            /**
             * Format: date-time
             * @description When the cluster was last changed, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            updatedAt: string;
            /** @description VPC subnet range of the cluster's network, in CIDR notation, for example `172.20.0.0/22`. */
            vpcSubnetRange: string;
            /** @description Identifiers of the Workspaces allowed to create Deployments on the cluster. */
            workspaceIds?: string[];
        };
        /** @description One page of clusters, with the paging values that produced it. */
        ClustersPaginated: {
            /** @description The clusters on this page. */
            clusters: components["schemas"]["Cluster"][];
            /** @description The page size that was applied. */
            limit: number;
            /** @description How many clusters were skipped before this page. */
            offset: number;
            /** @description Number of clusters that match the request across all pages. */
            totalCount: number;
        };
        /** @description A node pool to create together with a new cluster. */
        CreateNodePoolRequest: {
            /** @description Set to true to make this the cluster's default node pool. */
            isDefault?: boolean;
            /** @description Largest number of nodes the pool may scale up to. */
            maxNodeCount: number;
            /** @description Name of the node pool. */
            name: string;
            /** @description Cloud instance type of the pool's nodes, in the provider's naming, for example `t3.medium`. */
            nodeInstanceType: string;
        };
        /** @description Body for creating a cluster on AWS. */
        CreateAwsClusterRequest: {
            /**
             * @description Cloud provider of the cluster; always `AWS` in this variant. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            cloudProvider: "AWS";
            /** @description Instance type of the cluster's metadata database, in the cloud provider's naming; needed for hybrid clusters. */
            dbInstanceType?: string;
            /** @description Secondary region for disaster recovery; sending it sets up disaster recovery for the new cluster. */
            drRegion?: string;
            /** @description Secondary VPC CIDR range for pods in the disaster-recovery region; when left out, `secondaryVpcCidr` is used. */
            drSecondaryVpcCidr?: string;
            /** @description VPC subnet range, in CIDR notation, for the network in the disaster-recovery region; when left out, `vpcSubnetRange` is used. */
            drVpcSubnetRange?: string;
            /** @description Set to true to switch on Replication Time Control for the task-log storage that disaster recovery replicates. */
            enableReplicationTimeControl?: boolean;
            /** @description Set to true to switch on Private Network Egress, which cuts the cluster's Deployments and metrics exports off from the public Internet. */
            isPrivateNetworkEgressEnabled?: boolean;
            /** @description Kubernetes tags to apply to the cluster's resources. */
            k8sTags?: components["schemas"]["ClusterK8sTag"][];
            /** @description Display name of the new cluster. */
            name: string;
            /** @description Node pools to create with the cluster, each a group of worker nodes of one instance type. */
            nodePools?: components["schemas"]["CreateNodePoolRequest"][];
            /** @description Identifier of the customer's cloud account the cluster is to run in; needed for hybrid clusters. */
            providerAccount?: string;
            /** @description Cloud region to create the cluster in, in the provider's naming. */
            region: string;
            /** @description Secondary VPC CIDR range that provides the addresses for pods, for example `100.64.0.0/16`. */
            secondaryVpcCidr?: string;
            /**
             * @description `DEDICATED` for a cluster in Astronomer's cloud account, `HYBRID` for one in the customer's own account.
             * @enum {string}
             */
            type: "DEDICATED" | "HYBRID";
            /** @description VPC subnet range of the cluster's network, in CIDR notation, for example `172.20.0.0/22`. */
            vpcSubnetRange: string;
            /** @description Identifiers of the Workspaces that may create Deployments on the cluster. */
            workspaceIds?: string[];
        };
        /** @description Body for creating a cluster on Azure. */
        CreateAzureClusterRequest: {
            /**
             * @description Cloud provider of the cluster; always `AZURE` in this variant. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            cloudProvider: "AZURE";
            /** @description Instance type of the cluster's metadata database, in the cloud provider's naming; needed for hybrid clusters. */
            dbInstanceType?: string;
            /** @description Secondary region for disaster recovery; sending it sets up disaster recovery for the new cluster. */
            drRegion?: string;
            /** @description VPC subnet range, in CIDR notation, for the network in the disaster-recovery region; when left out, `vpcSubnetRange` is used. */
            drVpcSubnetRange?: string;
            /** @description Set to true to switch on Replication Time Control for the task-log storage that disaster recovery replicates. */
            enableReplicationTimeControl?: boolean;
            /** @description Kubernetes tags to apply to the cluster's resources. */
            k8sTags?: components["schemas"]["ClusterK8sTag"][];
            /** @description Display name of the new cluster. */
            name: string;
            /** @description Node pools to create with the cluster, each a group of worker nodes of one instance type. */
            nodePools?: components["schemas"]["CreateNodePoolRequest"][];
            /** @description Identifier of the customer's cloud account the cluster is to run in; needed for hybrid clusters. */
            providerAccount?: string;
            /** @description Cloud region to create the cluster in, in the provider's naming. */
            region: string;
            /** @description Identifier of the Azure tenant (directory) that the cluster belongs to. */
            tenantId?: string;
            /**
             * @description `DEDICATED` for a cluster in Astronomer's cloud account, `HYBRID` for one in the customer's own account.
             * @enum {string}
             */
            type: "DEDICATED" | "HYBRID";
            /** @description VPC subnet range of the cluster's network, in CIDR notation, for example `172.20.0.0/22`. */
            vpcSubnetRange: string;
            /** @description Identifiers of the Workspaces that may create Deployments on the cluster. */
            workspaceIds?: string[];
        };
        /** @description Body for creating a cluster on GCP; unlike the other providers, GCP also needs pod and service ranges. */
        CreateGcpClusterRequest: {
            /**
             * @description Cloud provider of the cluster; always `GCP` in this variant. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            cloudProvider: "GCP";
            /** @description Instance type of the cluster's metadata database, in the cloud provider's naming; needed for hybrid clusters. */
            dbInstanceType?: string;
            /** @description Pod subnet range, in CIDR notation, in the disaster-recovery region. */
            drPodSubnetRange?: string;
            /** @description Secondary region for disaster recovery; sending it sets up disaster recovery for the new cluster. */
            drRegion?: string;
            /** @description Service peering range, in CIDR notation, in the disaster-recovery region. */
            drServicePeeringRange?: string;
            /** @description Service subnet range, in CIDR notation, in the disaster-recovery region. */
            drServiceSubnetRange?: string;
            /** @description VPC subnet range, in CIDR notation, for the network in the disaster-recovery region; when left out, `vpcSubnetRange` is used. */
            drVpcSubnetRange?: string;
            /** @description Set to true to switch on Replication Time Control for the task-log storage that disaster recovery replicates. */
            enableReplicationTimeControl?: boolean;
            /** @description Kubernetes tags to apply to the cluster's resources. */
            k8sTags?: components["schemas"]["ClusterK8sTag"][];
            /** @description Display name of the new cluster. */
            name: string;
            /** @description Node pools to create with the cluster, each a group of worker nodes of one instance type. */
            nodePools?: components["schemas"]["CreateNodePoolRequest"][];
            /** @description Subnet range for pods, in CIDR notation, for example `172.21.0.0/19`. */
            podSubnetRange: string;
            /** @description Identifier of the customer's cloud account the cluster is to run in; needed for hybrid clusters. */
            providerAccount?: string;
            /** @description Cloud region to create the cluster in, in the provider's naming. */
            region: string;
            /** @description Range, in CIDR notation, reserved for peering with Google's managed services, for example `172.23.0.0/20`. */
            servicePeeringRange: string;
            /** @description Subnet range for Kubernetes services, in CIDR notation, for example `172.22.0.0/22`. */
            serviceSubnetRange: string;
            /**
             * @description `DEDICATED` for a cluster in Astronomer's cloud account, `HYBRID` for one in the customer's own account.
             * @enum {string}
             */
            type: "DEDICATED" | "HYBRID";
            /** @description VPC subnet range of the cluster's network, in CIDR notation, for example `172.20.0.0/22`. */
            vpcSubnetRange: string;
            /** @description Identifiers of the Workspaces that may create Deployments on the cluster. */
            workspaceIds?: string[];
        };
        /** @description Body for creating a cluster. The value of `cloudProvider` (`AWS`, `AZURE` or `GCP`) decides which variant applies and which network fields are accepted. */
        CreateClusterRequest: components["schemas"]["CreateAwsClusterRequest"] | components["schemas"]["CreateAzureClusterRequest"] | components["schemas"]["CreateGcpClusterRequest"];
        /** @description A node pool in a cluster update: either a change to an existing pool or a new pool to add. */
        UpdateNodePoolRequest: {
            /** @description Identifier of the existing node pool to change; leave it out to add a new pool. */
            id?: string;
            /** @description Set to true to make this the cluster's default node pool. */
            isDefault?: boolean;
            /** @description Largest number of nodes the pool may scale up to. */
            maxNodeCount: number;
            /** @description Name of the node pool. */
            name: string;
            /** @description Cloud instance type of the pool's nodes, in the provider's naming, for example `t3.medium`. */
            nodeInstanceType: string;
        };
        /** @description Body for changing a dedicated cluster. Disaster-recovery fields for pods and services apply to GCP clusters only. */
        UpdateDedicatedClusterRequest: {
            /**
             * @description Type of the cluster being changed; always `DEDICATED` in this variant. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            clusterType: "DEDICATED";
            /** @description Instance type of the cluster's metadata database, in the cloud provider's naming. */
            dbInstanceType?: string;
            /** @description Pod subnet range, in CIDR notation, in the disaster-recovery region; only for GCP clusters. */
            drPodSubnetRange?: string;
            /** @description Secondary region for disaster recovery. */
            drRegion?: string;
            /** @description Service peering range, in CIDR notation, in the disaster-recovery region; only for GCP clusters. */
            drServicePeeringRange?: string;
            /** @description Service subnet range, in CIDR notation, in the disaster-recovery region; only for GCP clusters. */
            drServiceSubnetRange?: string;
            /** @description VPC subnet range, in CIDR notation, for the network in the disaster-recovery region; when left out, the cluster's `vpcSubnetRange` is used. */
            drVpcSubnetRange?: string;
            /** @description Send `false` to switch disaster recovery off. Switching it on for an existing cluster is not possible through this API; it needs Astronomer's admin API. */
            enableDr?: boolean;
            /** @description Set to true to switch on Replication Time Control for the task-log storage that disaster recovery replicates. */
            enableReplicationTimeControl?: boolean;
            /** @description Send `true` to start a failover of the cluster to its disaster-recovery region. */
            isFailedOver?: boolean;
            /** @description Set to true to switch on Private Network Egress, which cuts the cluster's Deployments and metrics exports off from the public Internet. Only for AWS clusters. */
            isPrivateNetworkEgressEnabled?: boolean;
            /** @description Kubernetes tags to apply to the cluster's resources. */
            k8sTags: components["schemas"]["ClusterK8sTag"][];
            /** @description Display name of the cluster. */
            name: string;
            /** @description Node pools of the cluster. An entry with an `id` changes that existing pool; an entry without one adds a new pool. */
            nodePools?: components["schemas"]["UpdateNodePoolRequest"][];
            /** @description Identifiers of the Workspaces that may create Deployments on the cluster. Leave it out to keep the current list; send an empty array to remove every Workspace from the cluster. */
            workspaceIds?: string[];
        };
        /** @description Body for changing a hybrid cluster; only its Workspace list can be changed through the API. */
        UpdateHybridClusterRequest: {
            /**
             * @description Type of the cluster being changed; always `HYBRID` in this variant. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            clusterType: "HYBRID";
            /** @description Identifiers of the Workspaces that may create Deployments on the cluster. Leave it out to keep the current list; send an empty array to remove every Workspace from the cluster. */
            workspaceIds?: string[];
        };
        /** @description Body for changing a cluster. The value of `clusterType` must match the cluster's type and selects the variant: a dedicated cluster accepts many settings, a hybrid one only its Workspace list. */
        UpdateClusterRequest: components["schemas"]["UpdateDedicatedClusterRequest"] | components["schemas"]["UpdateHybridClusterRequest"];
        /** @description Lower bound, upper bound and default of a resource amount, each given as a string. */
        ResourceRange: {
            /** @description Largest amount allowed, as a string such as `10`. */
            ceiling: string;
            /** @description Amount used when none is given, as a string. */
            default: string;
            /** @description Smallest amount allowed, as a string. */
            floor: string;
        };
        /** @description Allowed CPU and memory ranges for one resource setting of a Deployment. */
        ResourceOption: {
            /** @description Range for the CPU amount, in CPU cores. */
            cpu: components["schemas"]["ResourceRange"];
            /** @description Range for the memory amount. */
            memory: components["schemas"]["ResourceRange"];
        };
        /** @description Allowed ranges for the resources of Pods of the Kubernetes executor and the KubernetesPodOperator. */
        ResourceQuotaOptions: {
            /** @description Ranges for `defaultTaskPodCpu` and `defaultTaskPodMemory`. */
            defaultPodSize: components["schemas"]["ResourceOption"];
            /** @description Ranges for `resourceQuotaCpu` and `resourceQuotaMemory`. */
            resourceQuota: components["schemas"]["ResourceOption"];
        };
        /** @description A release of Astro Runtime, the Astronomer image that packages Apache Airflow. */
        RuntimeRelease: {
            /** @description True when moving to this release migrates the Airflow metadata database. */
            airflowDatabaseMigration: boolean;
            /** @description Apache Airflow version the release is built on, such as `2.7.1`. */
            airflowVersion: string;
            /** @description Release channel, such as `stable`. */
            channel: string;
            /**
             * Format: date-time
             * @description When the release came out, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            releaseDate: string;
            /** @description True when moving to this release migrates the Stellar database. */
            stellarDatabaseMigration: boolean;
            /** @description Astro Runtime version, such as `9.1.0`. */
            version: string;
        };
        /** @description The capacity of one machine size: CPU, memory and related limits. */
        MachineSpec: {
            /** @description Largest number of tasks one machine of this size runs at once. */
            concurrency?: number;
            /** @description CPU, in CPU cores as a string such as `1`. */
            cpu: string;
            /** @description Ephemeral storage, as a string such as `10Gi`. */
            ephemeralStorage?: string;
            /** @description Memory, as a string such as `2Gi`. */
            memory: string;
        };
        /** @description A scheduler size that can be chosen, with its resources. */
        SchedulerMachine: {
            /**
             * @description Name of the size, the value to put in `schedulerSize`.
             * @enum {string}
             */
            name: "SMALL" | "MEDIUM" | "LARGE" | "EXTRA_LARGE";
            /** @description CPU and memory of the size. */
            spec: components["schemas"]["MachineSpec"];
        };
        /** @description Lower bound, upper bound and default of a numeric setting. */
        Range: {
            /** @description Largest value allowed. */
            ceiling: number;
            /** @description Value used when none is given. */
            default: number;
            /** @description Smallest value allowed. */
            floor: number;
        };
        /** @description An Astro machine type for workers, with its resources and concurrency range. */
        WorkerMachine: {
            /** @description Range of worker concurrency allowed on this machine type. */
            concurrency: components["schemas"]["Range"];
            /**
             * @description Name of the machine type, the value to put in a queue's `astroMachine`.
             * @enum {string}
             */
            name: "A5" | "A10" | "A20" | "A40" | "A60" | "A120" | "A160";
            /** @description CPU, memory and storage of the machine type. */
            spec: components["schemas"]["MachineSpec"];
        };
        /** @description Allowed ranges for the settings of a worker queue. */
        WorkerQueueOptions: {
            /** @description Range allowed for `maxWorkerCount`. */
            maxWorkers: components["schemas"]["Range"];
            /** @description Range allowed for `minWorkerCount`. */
            minWorkers: components["schemas"]["Range"];
            /** @description Range allowed for `workerConcurrency`. */
            workerConcurrency: components["schemas"]["Range"];
        };
        /** @description A workload identity that a Deployment can be given. */
        WorkloadIdentityOption: {
            /** @description Display label of the identity. */
            label: string;
            /** @description The identity itself, for example an AWS IAM role ARN. */
            role: string;
        };
        /** @description The values a Deployment can be configured with in an Organization. */
        DeploymentOptions: {
            /** @description Airflow executors that can be chosen, such as `CELERY`. */
            executors: string[];
            /** @description Allowed ranges for the resource quota and the default task Pod size. */
            resourceQuotas: components["schemas"]["ResourceQuotaOptions"];
            /** @description Astro Runtime releases a Deployment can run. */
            runtimeReleases: components["schemas"]["RuntimeRelease"][];
            /** @description Scheduler sizes that can be chosen, with their CPU and memory. */
            schedulerMachines: components["schemas"]["SchedulerMachine"][];
            /** @description Astro machine types for workers, with their resources and task concurrency. */
            workerMachines: components["schemas"]["WorkerMachine"][];
            /** @description Allowed ranges for the worker counts and concurrency of a worker queue. */
            workerQueues: components["schemas"]["WorkerQueueOptions"];
            /** @description Workload identities that can be assigned to the Deployment. */
            workloadIdentityOptions?: components["schemas"]["WorkloadIdentityOption"][];
        };
        /** @description An environment variable set on a Deployment's Airflow components. */
        DeploymentEnvironmentVariable: {
            /** @description True when the value is secret; secret values are never returned. */
            isSecret: boolean;
            /** @description Name of the variable, by which code reads it. */
            key: string;
            /**
             * Format: date-time
             * @description When the variable was last changed, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            updatedAt: string;
            /** @description Value of the variable; absent for secret variables. */
            value?: string;
        };
        /** @description Remote Execution settings of a Deployment: whether its tasks run on agents in your own environment, and how those agents and their logs connect to Astro. */
        DeploymentRemoteExecution: {
            /** @description CIDR blocks from which the Deployment's API accepts traffic, normally the networks of your agents. */
            allowedIpAddressRanges: string[];
            /** @description True when Remote Execution is switched on. */
            enabled: boolean;
            /** @description URL of the Astro API that Remote Execution agents connect to. */
            remoteApiUrl: string;
            /** @description Object-storage bucket where the task logs of Remote Execution agents are kept. */
            taskLogBucket?: string;
            /** @description URL template under which task logs kept outside Astro are found, so that the Airflow UI can link to them. */
            taskLogUrlPattern?: string;
        };
        /** @description A temporary override that makes a development Deployment hibernate or stay awake regardless of its hibernation schedules. */
        DeploymentHibernationOverride: {
            /** @description True while the override is in force. */
            isActive?: boolean;
            /** @description True when the override keeps the Deployment hibernating, false when it keeps it awake. */
            isHibernating?: boolean;
            /**
             * Format: date-time
             * @description When the override ends, as a UTC timestamp; absent when it lasts until it is removed.
             */
            overrideUntil?: string;
        };
        /** @description A recurring pair of times at which a development Deployment goes to sleep and wakes up. */
        DeploymentHibernationSchedule: {
            /** @description Short note on what the schedule is for, at most 200 characters. */
            description?: string;
            /** @description Five-field cron expression for the times the Deployment starts hibernating, such as `0 20 * * 1-5`. */
            hibernateAtCron: string;
            /** @description Whether the schedule is in force; a disabled schedule has no effect. */
            isEnabled: boolean;
            /** @description Five-field cron expression for the times the Deployment wakes up, such as `0 7 * * 1-5`. */
            wakeAtCron: string;
        };
        /** @description When a development Deployment hibernates: its recurring schedules and any override. */
        DeploymentHibernationSpec: {
            /** @description Override currently set on the schedules; absent when there is none. */
            override?: components["schemas"]["DeploymentHibernationOverride"];
            /** @description Recurring hibernation schedules. */
            schedules?: components["schemas"]["DeploymentHibernationSchedule"][];
        };
        /** @description Scaling settings of a Deployment; today these are its hibernation settings. */
        DeploymentScalingSpec: {
            /** @description Hibernation schedules and override; only development Deployments hibernate. */
            hibernationSpec?: components["schemas"]["DeploymentHibernationSpec"];
        };
        /** @description Whether a Deployment is hibernating now, and what its schedules do next. */
        DeploymentHibernationStatus: {
            /** @description True while the Deployment is hibernating. */
            isHibernating: boolean;
            /** @description When the next scheduled hibernate or wake event happens. The vendor declares a plain string here, without `date-time` format. */
            nextEventAt?: string;
            /**
             * @description Whether the next scheduled event puts the Deployment to sleep (`HIBERNATE`) or wakes it (`WAKE`).
             * @enum {string}
             */
            nextEventType?: "HIBERNATE" | "WAKE";
            /** @description Why the Deployment is in its current hibernation state, in words. */
            reason?: string;
        };
        /** @description Current scaling state of a Deployment. */
        DeploymentScalingStatus: {
            /** @description Whether the Deployment hibernates now, and its next scheduled event. */
            hibernationStatus?: components["schemas"]["DeploymentHibernationStatus"];
        };
        /** @description A worker queue of a Deployment: a group of workers of one size, scaling within a range, that run the tasks sent to the queue. */
        WorkerQueue: {
            /** @description Astro machine type of each worker, such as `A5`; only for Deployments that Astronomer hosts. */
            astroMachine?: string;
            /** @description Identifier of the worker queue. */
            id: string;
            /** @description True for the Deployment's default queue, which takes the tasks that name no queue. */
            isDefault: boolean;
            /** @description Largest number of workers the queue may scale up to. */
            maxWorkerCount: number;
            /** @description Smallest number of workers the queue keeps running. */
            minWorkerCount: number;
            /** @description Name of the queue; tasks pick a queue by this name. */
            name: string;
            /** @description Identifier of the node pool that runs the workers, on Hybrid clusters. */
            nodePoolId?: string;
            /** @description CPU available to each worker Pod, in CPU cores as a string such as `1`. */
            podCpu: string;
            /** @description Ephemeral storage limit of each worker Pod, as a string such as `10Gi`. */
            podEphemeralStorage?: string;
            /** @description Memory available to each worker Pod, as a string such as `2Gi`. */
            podMemory: string;
            /** @description Largest number of tasks one worker runs at the same time. */
            workerConcurrency: number;
        };
        /** @description An Astro Deployment: one Airflow environment, with its scheduler, workers and web server, that belongs to a Workspace of the Organization. */
        Deployment: {
            /** @description Apache Airflow version inside the Deployment's Astro Runtime, such as `2.7.1`; `NA` when it cannot be determined. */
            airflowVersion: string;
            /** @description Base URL of the Deployment's Airflow REST API. */
            apiUrl: string;
            /** @description Astro Runtime version the Deployment runs, such as `9.1.0`. */
            astroRuntimeVersion: string;
            /**
             * @description Cloud provider the Deployment runs on; only for Standard Deployments.
             * @enum {string}
             */
            cloudProvider?: "AWS" | "AZURE" | "GCP";
            /** @description Identifier of the cluster that hosts the Deployment. */
            clusterId?: string;
            /** @description Name of the cluster that hosts the Deployment; only for Dedicated and Hybrid Deployments. */
            clusterName?: string;
            /** @description Email addresses that Astronomer notifies about problems with the Deployment. */
            contactEmails?: string[];
            /**
             * Format: date-time
             * @description When the Deployment was created, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            createdAt: string;
            /** @description The user or API token that created the Deployment. */
            createdBy: components["schemas"]["BasicSubjectProfile"];
            /** @description Version of the DAG bundle the Deployment runs now, shown as the bundle version in the Astro UI. It looks like a timestamp but is a plain string without `date-time` format. It equals `desiredDagTarballVersion` while no deploy is in progress. */
            dagTarballVersion?: string;
            /** @description CPU given by default to each task Pod of the Kubernetes executor or the KubernetesPodOperator, in CPU cores as a string such as `0.5`. */
            defaultTaskPodCpu?: string;
            /** @description Memory given by default to each such task Pod, as a string such as `1Gi`; twice `defaultTaskPodCpu`. */
            defaultTaskPodMemory?: string;
            /** @description Free-text description of the Deployment. */
            description?: string;
            /** @description Version of the DAG bundle the Deployment will run once the deploy in progress finishes; a DAG-only deploy sets it. A plain string without `date-time` format, equal to `dagTarballVersion` while nothing is being deployed. */
            desiredDagTarballVersion?: string;
            /** @description Public IP addresses that the Deployment's outbound traffic comes from in its disaster-recovery cluster. */
            drExternalIPs?: string[];
            /** @description Address of the OpenID Connect issuer of the Deployment's disaster-recovery cluster, for federating its workload identity there. */
            drOidcIssuerUrl?: string;
            /** @description Workload identity the Deployment actually uses in its disaster-recovery cluster: the one you set, or else Astronomer's default. */
            effectiveDRWorkloadIdentity?: string;
            /** @description Workload identity the Deployment actually uses: the one you set, or else Astronomer's default. */
            effectiveWorkloadIdentity?: string;
            /** @description Environment variables of the Deployment; values of secret variables are not included. */
            environmentVariables?: components["schemas"]["DeploymentEnvironmentVariable"][];
            /**
             * @description Airflow executor the Deployment uses.
             * @enum {string}
             */
            executor?: "CELERY" | "KUBERNETES" | "ASTRO";
            /** @description Public IP addresses that the Deployment's outbound traffic comes from, for allowlists of external systems. */
            externalIPs?: string[];
            /** @description Identifier of the Deployment. */
            id: string;
            /** @description URL of the registry repository that holds the Deployment's images. */
            imageRepository: string;
            /** @description Custom image tag of the latest deploy; filled only if that deploy set one. */
            imageTag: string;
            /** @description Tag that Astronomer gives the Deployment's image at each deploy, built from the deploy's date and time, such as `deploy-2025-03-04T09-21`. */
            imageVersion?: string;
            /** @description True when code can be deployed only with API tokens, as from a CI/CD pipeline. */
            isCicdEnforced: boolean;
            /** @description True when DAG files can be deployed separately from the image. */
            isDagDeployEnabled: boolean;
            /** @description True for a development Deployment, which can hibernate but has no uptime guarantee. */
            isDevelopmentMode?: boolean;
            /** @description True when the scheduler runs with several Pods for high availability. */
            isHighAvailability?: boolean;
            /** @description Display name of the Deployment. */
            name: string;
            /** @description Kubernetes namespace that holds the Deployment in its cluster. */
            namespace: string;
            /** @description Address of the OpenID Connect issuer of the cluster that hosts the Deployment; cloud accounts trust it when federating the Deployment's identities. */
            oidcIssuerUrl?: string;
            /** @description Identifier of the Organization that owns the Deployment. */
            organizationId: string;
            /** @description Region of the cluster that hosts the Deployment, such as `us-east-1`; only for Dedicated and Hybrid Deployments. */
            region?: string;
            /** @description Remote Execution settings of the Deployment. */
            remoteExecution?: components["schemas"]["DeploymentRemoteExecution"];
            /** @description Total CPU that the Pods of the Kubernetes executor and the KubernetesPodOperator may use together, in CPU cores as a string such as `160`; no new Pod starts while it is used up. */
            resourceQuotaCpu?: string;
            /** @description Total memory for those Pods, as a string such as `320Gi`; twice `resourceQuotaCpu`. */
            resourceQuotaMemory?: string;
            /** @description Deprecated copy of `astroRuntimeVersion`; read that field instead. */
            runtimeVersion: string;
            /** @description Scaling settings: the hibernation schedules and override. */
            scalingSpec?: components["schemas"]["DeploymentScalingSpec"];
            /** @description Current scaling state, such as whether the Deployment is hibernating. */
            scalingStatus?: components["schemas"]["DeploymentScalingStatus"];
            /** @description Astro Units (AU) of the scheduler; only for Deployments on Hybrid clusters. */
            schedulerAu?: number;
            /** @description CPU limit of the scheduler, in CPU cores as a string such as `1`. */
            schedulerCpu: string;
            /** @description Memory limit of the scheduler, as a string such as `1Gi`. */
            schedulerMemory: string;
            /** @description Number of scheduler Pods. */
            schedulerReplicas: number;
            /**
             * @description Size class of the scheduler; Hybrid Deployments use `schedulerAu` instead.
             * @enum {string}
             */
            schedulerSize?: "SMALL" | "MEDIUM" | "LARGE" | "EXTRA_LARGE";
            /**
             * @description Current state of the Deployment, for example `CREATING` while it is set up, `HEALTHY` when its components run, or `HIBERNATING` while a development Deployment sleeps.
             * @enum {string}
             */
            status: "CREATING" | "DEPLOYING" | "HEALTHY" | "UNHEALTHY" | "UNKNOWN" | "HIBERNATING";
            /** @description Explanation of the current `status`, such as `Successfully Deployed`. */
            statusReason?: string;
            /** @description Identifier of the node pool that runs the task Pods of the `KUBERNETES` executor. */
            taskPodNodePoolId?: string;
            /**
             * @description Kind of Deployment: `STANDARD` on shared infrastructure, `DEDICATED` on a dedicated cluster, `HYBRID` on a cluster in your own cloud account.
             * @enum {string}
             */
            type?: "DEDICATED" | "HYBRID" | "STANDARD";
            /** @description URL of the Deployment's Airflow UI. */
            uiUrl: string;
            /**
             * Format: date-time
             * @description When the Deployment was last changed, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            updatedAt: string;
            /** @description The user or API token that last changed the Deployment. */
            updatedBy: components["schemas"]["BasicSubjectProfile"];
            /** @description Address of the Airflow API served by the web server. */
            webServerAirflowApiUrl: string;
            /** @description CPU limit of the web server, in CPU cores as a string such as `0.5`. */
            webServerCpu: string;
            /** @description Host name and path under which the web server is reached. */
            webServerIngressHostname: string;
            /** @description Memory limit of the web server, as a string such as `0.5Gi`. */
            webServerMemory: string;
            /** @description Number of web server Pods. */
            webServerReplicas?: number;
            /** @description Address of the web server, which serves the Airflow UI. */
            webServerUrl: string;
            /** @description Worker queues of the Deployment. */
            workerQueues?: components["schemas"]["WorkerQueue"][];
            /** @description Identifier of the Workspace the Deployment belongs to. */
            workspaceId: string;
            /** @description Name of the Workspace the Deployment belongs to. */
            workspaceName?: string;
        };
        /** @description One page of Deployments, with the paging values that produced it. */
        DeploymentsPaginated: {
            /** @description The Deployments on this page. */
            deployments: components["schemas"]["Deployment"][];
            /** @description Largest page size that applied to this request. */
            limit: number;
            /** @description Number of Deployments skipped before this page. */
            offset: number;
            /** @description Number of Deployments that match the query, over all pages. */
            totalCount: number;
        };
        /** @description An environment variable to set on a Deployment. */
        DeploymentEnvironmentVariableRequest: {
            /** @description When true, the value is stored as a secret and never returned afterwards. */
            isSecret: boolean;
            /** @description Name of the variable, by which code reads it. */
            key: string;
            /** @description Value of the variable. */
            value?: string;
        };
        /** @description Remote Execution settings to store for a Deployment. */
        DeploymentRemoteExecutionRequest: {
            /** @description CIDR blocks, such as `10.0.0.0/16`, from which the Deployment accepts traffic while Remote Execution is on; list the networks of your agents. */
            allowedIpAddressRanges?: string[];
            /** @description True to run the Deployment's tasks on Remote Execution agents in your own environment. */
            enabled: boolean;
            /** @description Object-storage bucket where the task logs of Remote Execution agents are kept. */
            taskLogBucket?: string;
            /** @description URL template under which task logs kept outside Astro are found, so that the Airflow UI can link to them. */
            taskLogUrlPattern?: string;
        };
        /** @description An override of the hibernation schedules, set as part of a Deployment's scaling settings. */
        DeploymentHibernationOverrideRequest: {
            /** @description True to keep the Deployment hibernating, false to keep it awake, whatever the schedules say. */
            isHibernating?: boolean;
            /** @description When the override should end, as a UTC timestamp. The vendor declares a plain string here, without `date-time` format. */
            overrideUntil?: string;
        };
        /** @description Hibernation settings to store for a development Deployment. */
        DeploymentHibernationSpecRequest: {
            /** @description Override to set on the schedules. */
            override?: components["schemas"]["DeploymentHibernationOverrideRequest"];
            /** @description Recurring hibernation schedules, at most 10. */
            schedules?: components["schemas"]["DeploymentHibernationSchedule"][];
        };
        /** @description Scaling settings to store for a Deployment. */
        DeploymentScalingSpecRequest: {
            /** @description Hibernation schedules and override to set; only development Deployments hibernate. */
            hibernationSpec?: components["schemas"]["DeploymentHibernationSpecRequest"];
        };
        /** @description A worker queue of a new Standard or Dedicated Deployment, whose workers run on an Astro machine type. */
        WorkerQueueRequest: {
            /**
             * @description Astro machine type each worker runs on, such as `A5`.
             * @enum {string}
             */
            astroMachine: "A5" | "A10" | "A20" | "A40" | "A60" | "A120" | "A160";
            /** @description Identifier of an existing queue to change; leave it out to add a new queue. */
            id?: string;
            /** @description True for the Deployment's default queue, which takes the tasks that name no queue. */
            isDefault: boolean;
            /** @description Largest number of workers the queue may scale up to. */
            maxWorkerCount: number;
            /** @description Smallest number of workers the queue keeps running. */
            minWorkerCount: number;
            /** @description Name of the queue, at most 63 characters; tasks pick a queue by this name. */
            name: string;
            /** @description Ephemeral storage limit of each worker Pod, as a Kubernetes quantity such as `10Gi`. */
            podEphemeralStorage?: string;
            /** @description Largest number of tasks one worker runs at the same time. */
            workerConcurrency: number;
        };
        /** @description Settings for a new Deployment on a dedicated cluster, which Astronomer runs for your Organization alone. */
        CreateDedicatedDeploymentRequest: {
            /** @description Astro Runtime version the new Deployment starts on, such as `9.1.0`; later versions come from the images you deploy. */
            astroRuntimeVersion?: string;
            /** @description Identifier of the dedicated cluster to create the Deployment on. */
            clusterId?: string;
            /** @description Email addresses that Astronomer notifies about problems with the Deployment. */
            contactEmails?: string[];
            /** @description CPU given by default to each task Pod of the Kubernetes executor or the KubernetesPodOperator, in CPU cores as a string such as `0.5`. Needed unless Remote Execution is enabled. */
            defaultTaskPodCpu?: string;
            /** @description Memory given by default to each such task Pod, as a string with an explicit `Gi` unit such as `1Gi`; it has to be twice `defaultTaskPodCpu`. Needed unless Remote Execution is enabled. */
            defaultTaskPodMemory?: string;
            /** @description Free-text description of the Deployment, at most 1,000 characters. */
            description?: string;
            /** @description Cloud identity, such as an AWS IAM role ARN, that the Deployment uses in its disaster-recovery cluster to reach your cloud resources. */
            drWorkloadIdentity?: string;
            /** @description Environment variables to set on the Deployment's Airflow components. */
            environmentVariables?: components["schemas"]["DeploymentEnvironmentVariableRequest"][];
            /**
             * @description Airflow executor: `CELERY` runs tasks on worker queues, `KUBERNETES` starts one Pod per task, `ASTRO` is the Astro executor.
             * @enum {string}
             */
            executor?: "CELERY" | "KUBERNETES" | "ASTRO";
            /** @description When true, code can be deployed only with API tokens, as a CI/CD pipeline does, not by users with their own credentials. */
            isCicdEnforced?: boolean;
            /** @description When true, DAG files can be deployed on their own, without building a new image. */
            isDagDeployEnabled?: boolean;
            /** @description When true, the Deployment is for development: it can use features such as hibernation but has no uptime guarantee. */
            isDevelopmentMode?: boolean;
            /** @description When true, the scheduler runs with more than one Pod, so losing one does not stop it. */
            isHighAvailability?: boolean;
            /** @description Display name of the Deployment, at most 500 characters. */
            name: string;
            /** @description Remote Execution settings: whether tasks run on agents in your own environment rather than on Astro. */
            remoteExecution?: components["schemas"]["DeploymentRemoteExecutionRequest"];
            /** @description Total CPU that the Pods of the Kubernetes executor and the KubernetesPodOperator may use together, in CPU cores as a string such as `160`; no new Pod starts while it is used up. Needed unless Remote Execution is enabled. */
            resourceQuotaCpu?: string;
            /** @description Total memory for those Pods, as a string with an explicit `Gi` unit such as `320Gi`; it has to be twice `resourceQuotaCpu`. Needed unless Remote Execution is enabled. */
            resourceQuotaMemory?: string;
            /** @description Scaling settings: the hibernation schedules and override of a development Deployment. */
            scalingSpec?: components["schemas"]["DeploymentScalingSpecRequest"];
            /**
             * @description Size of the scheduler; GetDeploymentOptions lists the CPU and memory of each size.
             * @enum {string}
             */
            schedulerSize?: "SMALL" | "MEDIUM" | "LARGE" | "EXTRA_LARGE";
            /**
             * @description Kind of Deployment; always `DEDICATED` in this shape. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "DEDICATED";
            /** @description Worker queues of the Deployment, at least one when given. They apply to the `CELERY` executor, and to `ASTRO` when Remote Execution is off; one queue has to be named `default`. */
            workerQueues?: components["schemas"]["WorkerQueueRequest"][];
            /** @description Cloud identity, such as an AWS IAM role ARN, that the Deployment's Airflow components use to reach your cloud resources. Without it, Astronomer assigns a default identity. */
            workloadIdentity?: string;
            /** @description Identifier of the Workspace the new Deployment will belong to. */
            workspaceId: string;
        };
        /** @description Size of the scheduler of a new Hybrid Deployment: its Astro Units and replica count. */
        CreateDeploymentInstanceSpecRequest: {
            /** @description Astro Units (AU) given to each scheduler Pod, from 5 to 24. */
            au?: number;
            /** @description Number of scheduler Pods to run, from 1 to 4. */
            replicas?: number;
        };
        /** @description A worker queue of a new Hybrid Deployment, whose workers run on a node pool of your cluster. */
        HybridWorkerQueueRequest: {
            /** @description Identifier of an existing queue to change; leave it out to add a new queue. */
            id?: string;
            /** @description True for the Deployment's default queue, which takes the tasks that name no queue. */
            isDefault: boolean;
            /** @description Largest number of workers the queue may scale up to. */
            maxWorkerCount: number;
            /** @description Smallest number of workers the queue keeps running. */
            minWorkerCount: number;
            /** @description Name of the queue, at most 63 characters; tasks pick a queue by this name. */
            name: string;
            /** @description Identifier of the Hybrid cluster's node pool that runs the queue's workers. */
            nodePoolId: string;
            /** @description Largest number of tasks one worker runs at the same time. */
            workerConcurrency: number;
        };
        /** @description Settings for a new Deployment on a Hybrid cluster, which runs in your own cloud account. */
        CreateHybridDeploymentRequest: {
            /** @description Astro Runtime version the new Deployment starts on, such as `9.1.0`; later versions come from the images you deploy. */
            astroRuntimeVersion?: string;
            /** @description Identifier of the Hybrid cluster, in your own cloud account, to create the Deployment on. */
            clusterId?: string;
            /** @description Email addresses that Astronomer notifies about problems with the Deployment. */
            contactEmails?: string[];
            /** @description Free-text description of the Deployment, at most 1,000 characters. */
            description?: string;
            /** @description Cloud identity, such as an AWS IAM role ARN, that the Deployment uses in its disaster-recovery cluster to reach your cloud resources. */
            drWorkloadIdentity?: string;
            /** @description Environment variables to set on the Deployment's Airflow components. */
            environmentVariables?: components["schemas"]["DeploymentEnvironmentVariableRequest"][];
            /**
             * @description Airflow executor: `CELERY` runs tasks on worker queues, `KUBERNETES` starts one Pod per task.
             * @enum {string}
             */
            executor?: "CELERY" | "KUBERNETES";
            /** @description When true, code can be deployed only with API tokens, as a CI/CD pipeline does, not by users with their own credentials. */
            isCicdEnforced?: boolean;
            /** @description When true, DAG files can be deployed on their own, without building a new image. */
            isDagDeployEnabled?: boolean;
            /** @description Display name of the Deployment, at most 500 characters. */
            name: string;
            /** @description Astro Units and replica count of the scheduler. */
            scheduler?: components["schemas"]["CreateDeploymentInstanceSpecRequest"];
            /** @description Identifier of the node pool that runs task Pods; used with the `KUBERNETES` executor only. */
            taskPodNodePoolId?: string;
            /**
             * @description Kind of Deployment; always `HYBRID` in this shape. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "HYBRID";
            /** @description Worker queues of the Deployment, at least one when given. They apply to the `CELERY` executor only; one queue has to be named `default`. */
            workerQueues?: components["schemas"]["HybridWorkerQueueRequest"][];
            /** @description Cloud identity, such as an AWS IAM role ARN, that the Deployment's Airflow components use to reach your cloud resources. Without it, Astronomer assigns a default identity. */
            workloadIdentity?: string;
            /** @description Identifier of the Workspace the new Deployment will belong to. */
            workspaceId: string;
        };
        /** @description Settings for a new Standard Deployment, which runs on infrastructure that Astronomer shares between customers. */
        CreateStandardDeploymentRequest: {
            /** @description Astro Runtime version the new Deployment starts on, such as `9.1.0`; later versions come from the images you deploy. */
            astroRuntimeVersion?: string;
            /**
             * @description Cloud provider of the shared infrastructure to run on; give it together with `region`. Ignored when `clusterId` is set.
             * @enum {string}
             */
            cloudProvider?: "AWS" | "AZURE" | "GCP";
            /** @description Identifier of a cluster to place the Deployment on; when set, `cloudProvider` and `region` are ignored. When none of the three is given, the Workspace's default destination is used, or the Organization's only cluster if it has exactly one. */
            clusterId?: string;
            /** @description Email addresses that Astronomer notifies about problems with the Deployment. */
            contactEmails?: string[];
            /** @description CPU given by default to each task Pod of the Kubernetes executor or the KubernetesPodOperator, in CPU cores as a string such as `0.5`. Needed unless Remote Execution is enabled. */
            defaultTaskPodCpu?: string;
            /** @description Memory given by default to each such task Pod, as a string with an explicit `Gi` unit such as `1Gi`; it has to be twice `defaultTaskPodCpu`. Needed unless Remote Execution is enabled. */
            defaultTaskPodMemory?: string;
            /** @description Free-text description of the Deployment, at most 1,000 characters. */
            description?: string;
            /** @description Cloud identity, such as an AWS IAM role ARN, that the Deployment uses in its disaster-recovery cluster to reach your cloud resources. */
            drWorkloadIdentity?: string;
            /** @description Environment variables to set on the Deployment's Airflow components. */
            environmentVariables?: components["schemas"]["DeploymentEnvironmentVariableRequest"][];
            /**
             * @description Airflow executor: `CELERY` runs tasks on worker queues, `KUBERNETES` starts one Pod per task, `ASTRO` is the Astro executor.
             * @enum {string}
             */
            executor?: "CELERY" | "KUBERNETES" | "ASTRO";
            /** @description When true, code can be deployed only with API tokens, as a CI/CD pipeline does, not by users with their own credentials. */
            isCicdEnforced?: boolean;
            /** @description When true, DAG files can be deployed on their own, without building a new image. */
            isDagDeployEnabled?: boolean;
            /** @description When true, the Deployment is for development: it can use features such as hibernation but has no uptime guarantee. */
            isDevelopmentMode?: boolean;
            /** @description When true, the scheduler runs with more than one Pod, so losing one does not stop it. */
            isHighAvailability?: boolean;
            /** @description Display name of the Deployment, at most 500 characters. */
            name: string;
            /** @description Region of the shared infrastructure, such as `us-east4`; give it together with `cloudProvider`. Ignored when `clusterId` is set. */
            region?: string;
            /** @description Remote Execution settings: whether tasks run on agents in your own environment rather than on Astro. */
            remoteExecution?: components["schemas"]["DeploymentRemoteExecutionRequest"];
            /** @description Total CPU that the Pods of the Kubernetes executor and the KubernetesPodOperator may use together, in CPU cores as a string such as `160`; no new Pod starts while it is used up. Needed unless Remote Execution is enabled. */
            resourceQuotaCpu?: string;
            /** @description Total memory for those Pods, as a string with an explicit `Gi` unit such as `320Gi`; it has to be twice `resourceQuotaCpu`. Needed unless Remote Execution is enabled. */
            resourceQuotaMemory?: string;
            /** @description Scaling settings: the hibernation schedules and override of a development Deployment. */
            scalingSpec?: components["schemas"]["DeploymentScalingSpecRequest"];
            /**
             * @description Size of the scheduler; GetDeploymentOptions lists the CPU and memory of each size.
             * @enum {string}
             */
            schedulerSize?: "SMALL" | "MEDIUM" | "LARGE" | "EXTRA_LARGE";
            /**
             * @description Kind of Deployment; always `STANDARD` in this shape. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "STANDARD";
            /** @description Worker queues of the Deployment, at least one when given. They apply to the `CELERY` executor, and to `ASTRO` when Remote Execution is off; one queue has to be named `default`. */
            workerQueues?: components["schemas"]["WorkerQueueRequest"][];
            /** @description Cloud identity, such as an AWS IAM role ARN, that the Deployment's Airflow components use to reach your cloud resources. Without it, Astronomer assigns a default identity. */
            workloadIdentity?: string;
            /** @description Identifier of the Workspace the new Deployment will belong to. */
            workspaceId: string;
        };
        /** @description Body that creates a Deployment. Its `type` picks one of three shapes: `STANDARD`, `DEDICATED` or `HYBRID`. */
        CreateDeploymentRequest: components["schemas"]["CreateDedicatedDeploymentRequest"] | components["schemas"]["CreateHybridDeploymentRequest"] | components["schemas"]["CreateStandardDeploymentRequest"];
        /** @description A worker queue to keep, change or add when a Deployment is updated. */
        UpdateWorkerQueueRequest: {
            /**
             * @description Astro machine type each worker runs on, such as `A5`; needed for Deployments that Astronomer hosts (Standard and Dedicated).
             * @enum {string}
             */
            astroMachine?: "A5" | "A10" | "A20" | "A40" | "A60" | "A120" | "A160";
            /** @description Identifier of an existing queue to change; leave it out to add a new queue. */
            id?: string;
            /** @description True for the Deployment's default queue, which takes the tasks that name no queue. */
            isDefault: boolean;
            /** @description Largest number of workers the queue may scale up to. */
            maxWorkerCount: number;
            /** @description Smallest number of workers the queue keeps running. */
            minWorkerCount: number;
            /** @description Name of the queue, at most 63 characters; tasks pick a queue by this name. */
            name: string;
            /** @description Identifier of the node pool that runs the workers; needed for Hybrid Deployments. */
            nodePoolId?: string;
            /** @description Ephemeral storage limit of each worker Pod, as a Kubernetes quantity such as `10Gi`. */
            podEphemeralStorage?: string;
            /** @description Largest number of tasks one worker runs at the same time. */
            workerConcurrency: number;
        };
        /** @description New settings for a Deployment on a dedicated cluster; they replace the current ones. */
        UpdateDedicatedDeploymentRequest: {
            /** @description Email addresses that Astronomer notifies about problems with the Deployment. */
            contactEmails?: string[];
            /** @description CPU given by default to each task Pod of the Kubernetes executor or the KubernetesPodOperator, in CPU cores as a string such as `0.5`. Needed unless Remote Execution is enabled. */
            defaultTaskPodCpu?: string;
            /** @description Memory given by default to each such task Pod, as a string with an explicit `Gi` unit such as `1Gi`; it has to be twice `defaultTaskPodCpu`. Needed unless Remote Execution is enabled. */
            defaultTaskPodMemory?: string;
            /** @description Free-text description of the Deployment, at most 1,000 characters. */
            description?: string;
            /** @description Cloud identity, such as an AWS IAM role ARN, that the Deployment uses in its disaster-recovery cluster to reach your cloud resources. */
            drWorkloadIdentity?: string;
            /** @description The complete set of environment variables the Deployment should have; it replaces the stored set. */
            environmentVariables: components["schemas"]["DeploymentEnvironmentVariableRequest"][];
            /**
             * @description Airflow executor: `CELERY` runs tasks on worker queues, `KUBERNETES` starts one Pod per task, `ASTRO` is the Astro executor.
             * @enum {string}
             */
            executor: "CELERY" | "KUBERNETES" | "ASTRO";
            /** @description When true, code can be deployed only with API tokens, as a CI/CD pipeline does, not by users with their own credentials. */
            isCicdEnforced: boolean;
            /** @description When true, DAG files can be deployed on their own, without building a new image. */
            isDagDeployEnabled: boolean;
            /** @description When true, the Deployment is for development: it can use features such as hibernation but has no uptime guarantee. A Deployment created with `false` cannot be switched to `true`. */
            isDevelopmentMode?: boolean;
            /** @description When true, the scheduler runs with more than one Pod, so losing one does not stop it. */
            isHighAvailability: boolean;
            /** @description Display name of the Deployment, at most 500 characters. */
            name: string;
            /** @description Remote Execution settings: whether tasks run on agents in your own environment rather than on Astro. */
            remoteExecution?: components["schemas"]["DeploymentRemoteExecutionRequest"];
            /** @description Total CPU that the Pods of the Kubernetes executor and the KubernetesPodOperator may use together, in CPU cores as a string such as `160`; no new Pod starts while it is used up. Needed unless Remote Execution is enabled. */
            resourceQuotaCpu?: string;
            /** @description Total memory for those Pods, as a string with an explicit `Gi` unit such as `320Gi`; it has to be twice `resourceQuotaCpu`. Needed unless Remote Execution is enabled. */
            resourceQuotaMemory?: string;
            /** @description Scaling settings: the hibernation schedules and override of a development Deployment. */
            scalingSpec?: components["schemas"]["DeploymentScalingSpecRequest"];
            /**
             * @description Size of the scheduler; GetDeploymentOptions lists the CPU and memory of each size.
             * @enum {string}
             */
            schedulerSize: "SMALL" | "MEDIUM" | "LARGE" | "EXTRA_LARGE";
            /**
             * @description Kind of Deployment; always `DEDICATED` in this shape. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "DEDICATED";
            /** @description The complete list of worker queues, at least one when given; queues with an `id` are changed, queues without one are added. They apply to the `CELERY` executor, and to `ASTRO` when Remote Execution is off; one queue has to be named `default`. */
            workerQueues?: components["schemas"]["UpdateWorkerQueueRequest"][];
            /** @description Cloud identity, such as an AWS IAM role ARN, that the Deployment's Airflow components use to reach your cloud resources. Without it, Astronomer assigns a default identity. */
            workloadIdentity?: string;
            /** @description Identifier of the Workspace the Deployment belongs to. */
            workspaceId: string;
        };
        /** @description Size the scheduler of a Hybrid Deployment should have: its Astro Units and replica count. */
        UpdateDeploymentInstanceSpecRequest: {
            /** @description Astro Units (AU) given to each scheduler Pod, from 5 to 24. */
            au: number;
            /** @description Number of scheduler Pods to run, from 1 to 4. */
            replicas: number;
        };
        /** @description New settings for a Deployment on a Hybrid cluster; they replace the current ones. */
        UpdateHybridDeploymentRequest: {
            /** @description Email addresses that Astronomer notifies about problems with the Deployment. */
            contactEmails?: string[];
            /** @description Free-text description of the Deployment, at most 1,000 characters. */
            description?: string;
            /** @description Cloud identity, such as an AWS IAM role ARN, that the Deployment uses in its disaster-recovery cluster to reach your cloud resources. */
            drWorkloadIdentity?: string;
            /** @description The complete set of environment variables the Deployment should have; it replaces the stored set. */
            environmentVariables: components["schemas"]["DeploymentEnvironmentVariableRequest"][];
            /**
             * @description Airflow executor: `CELERY` runs tasks on worker queues, `KUBERNETES` starts one Pod per task.
             * @enum {string}
             */
            executor: "CELERY" | "KUBERNETES";
            /** @description When true, code can be deployed only with API tokens, as a CI/CD pipeline does, not by users with their own credentials. */
            isCicdEnforced: boolean;
            /** @description When true, DAG files can be deployed on their own, without building a new image. */
            isDagDeployEnabled: boolean;
            /** @description Display name of the Deployment, at most 500 characters. */
            name: string;
            /** @description Astro Units and replica count the scheduler should have. */
            scheduler: components["schemas"]["UpdateDeploymentInstanceSpecRequest"];
            /** @description Identifier of the node pool that runs task Pods; used with the `KUBERNETES` executor only. */
            taskPodNodePoolId?: string;
            /**
             * @description Kind of Deployment; always `HYBRID` in this shape. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "HYBRID";
            /** @description The complete list of worker queues, at least one when given; queues with an `id` are changed, queues without one are added. They apply to the `CELERY` executor only; one queue has to be named `default`. */
            workerQueues?: components["schemas"]["UpdateWorkerQueueRequest"][];
            /** @description Cloud identity, such as an AWS IAM role ARN, that the Deployment's Airflow components use to reach your cloud resources. Without it, Astronomer assigns a default identity. */
            workloadIdentity?: string;
            /** @description Identifier of the Workspace the Deployment belongs to. */
            workspaceId: string;
        };
        /** @description New settings for a Standard Deployment; they replace the current ones. */
        UpdateStandardDeploymentRequest: {
            /** @description Email addresses that Astronomer notifies about problems with the Deployment. */
            contactEmails?: string[];
            /** @description CPU given by default to each task Pod of the Kubernetes executor or the KubernetesPodOperator, in CPU cores as a string such as `0.5`. Needed unless Remote Execution is enabled. */
            defaultTaskPodCpu?: string;
            /** @description Memory given by default to each such task Pod, as a string with an explicit `Gi` unit such as `1Gi`; it has to be twice `defaultTaskPodCpu`. Needed unless Remote Execution is enabled. */
            defaultTaskPodMemory?: string;
            /** @description Free-text description of the Deployment, at most 1,000 characters. */
            description?: string;
            /** @description Cloud identity, such as an AWS IAM role ARN, that the Deployment uses in its disaster-recovery cluster to reach your cloud resources. */
            drWorkloadIdentity?: string;
            /** @description The complete set of environment variables the Deployment should have; it replaces the stored set. */
            environmentVariables: components["schemas"]["DeploymentEnvironmentVariableRequest"][];
            /**
             * @description Airflow executor: `CELERY` runs tasks on worker queues, `KUBERNETES` starts one Pod per task, `ASTRO` is the Astro executor.
             * @enum {string}
             */
            executor: "CELERY" | "KUBERNETES" | "ASTRO";
            /** @description When true, code can be deployed only with API tokens, as a CI/CD pipeline does, not by users with their own credentials. */
            isCicdEnforced: boolean;
            /** @description When true, DAG files can be deployed on their own, without building a new image. */
            isDagDeployEnabled: boolean;
            /** @description When true, the Deployment is for development: it can use features such as hibernation but has no uptime guarantee. A Deployment created with `false` cannot be switched to `true`. */
            isDevelopmentMode?: boolean;
            /** @description When true, the scheduler runs with more than one Pod, so losing one does not stop it. */
            isHighAvailability: boolean;
            /** @description Display name of the Deployment, at most 500 characters. */
            name: string;
            /** @description Remote Execution settings: whether tasks run on agents in your own environment rather than on Astro. */
            remoteExecution?: components["schemas"]["DeploymentRemoteExecutionRequest"];
            /** @description Total CPU that the Pods of the Kubernetes executor and the KubernetesPodOperator may use together, in CPU cores as a string such as `160`; no new Pod starts while it is used up. Needed unless Remote Execution is enabled. */
            resourceQuotaCpu?: string;
            /** @description Total memory for those Pods, as a string with an explicit `Gi` unit such as `320Gi`; it has to be twice `resourceQuotaCpu`. Needed unless Remote Execution is enabled. */
            resourceQuotaMemory?: string;
            /** @description Scaling settings: the hibernation schedules and override of a development Deployment. */
            scalingSpec?: components["schemas"]["DeploymentScalingSpecRequest"];
            /**
             * @description Size of the scheduler; GetDeploymentOptions lists the CPU and memory of each size.
             * @enum {string}
             */
            schedulerSize: "SMALL" | "MEDIUM" | "LARGE" | "EXTRA_LARGE";
            /**
             * @description Kind of Deployment; always `STANDARD` in this shape. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            type: "STANDARD";
            /** @description The complete list of worker queues, at least one when given; queues with an `id` are changed, queues without one are added. They apply to the `CELERY` executor, and to `ASTRO` when Remote Execution is off; one queue has to be named `default`. */
            workerQueues?: components["schemas"]["UpdateWorkerQueueRequest"][];
            /** @description Cloud identity, such as an AWS IAM role ARN, that the Deployment's Airflow components use to reach your cloud resources. Without it, Astronomer assigns a default identity. */
            workloadIdentity?: string;
            /** @description Identifier of the Workspace the Deployment belongs to. */
            workspaceId: string;
        };
        /** @description Body that changes a Deployment. Its `type` picks one of three shapes: `STANDARD`, `DEDICATED` or `HYBRID`. */
        UpdateDeploymentRequest: components["schemas"]["UpdateDedicatedDeploymentRequest"] | components["schemas"]["UpdateHybridDeploymentRequest"] | components["schemas"]["UpdateStandardDeploymentRequest"];
        /** @description One role held by an API token, together with the Organization, Workspace, Deployment, DAG or DAG tag it applies to. */
        ApiTokenRole: {
            /** @description Identifier of the Deployment that contains the DAG; required when `entityType` is `DAG` or `DAG_TAG`. */
            deploymentId?: string;
            /** @description Identifier of the object the role applies to: the Organization, Workspace or Deployment ID, the DAG ID for `DAG`, or the tag value for `DAG_TAG`. */
            entityId: string;
            /**
             * @description The kind of object that `entityId` points to.
             * @enum {string}
             */
            entityType: "DEPLOYMENT" | "WORKSPACE" | "ORGANIZATION" | "DAG" | "DAG_TAG";
            /** @description Name of the role granted on that object, for example `WORKSPACE_MEMBER` or `DEPLOYMENT_ADMIN`. */
            role: string;
        };
        /** @description An API token: a credential that software uses instead of a user to call Astro, scoped to an Organization, a Workspace or a Deployment. Agent tokens of a Deployment are described by the same object. */
        ApiToken: {
            /**
             * Format: date-time
             * @description When the token was created, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            createdAt: string;
            /** @description The user or API token that created this token. */
            createdBy?: components["schemas"]["BasicSubjectProfile"];
            /** @description Free-text description of what the token is for; may be empty. */
            description: string;
            /**
             * Format: date-time
             * @description When the token stops being valid, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`). Absent for a token that never expires.
             */
            endAt?: string;
            /** @description Lifetime of the token in days; absent for a token that never expires. */
            expiryPeriodInDays?: number;
            /** @description Identifier of the API token. */
            id: string;
            /**
             * @description The kind of token. `STANDARD` is an ordinary API token; `DIRECT_ACCESS` is a second kind that the vendor does not document further.
             * @enum {string}
             */
            kind: "STANDARD" | "DIRECT_ACCESS";
            /**
             * Format: date-time
             * @description When the token's value was last rotated, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`). Absent if it was never rotated.
             */
            lastRotatedAt?: string;
            /**
             * Format: date-time
             * @description When the token last authenticated a request, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`). Absent if it was never used.
             */
            lastUsedAt?: string;
            /** @description Display name of the token. */
            name: string;
            /** @description The roles the token holds, one for each Organization, Workspace, Deployment or DAG it has access to. */
            roles?: components["schemas"]["ApiTokenRole"][];
            /**
             * @description The level the token belongs to: an Organization, a Workspace or a Deployment.
             * @enum {string}
             */
            scope: "DEPLOYMENT" | "WORKSPACE" | "ORGANIZATION";
            /** @description A shortened form of the token value that is safe to display and helps recognize the token; it cannot be used to authenticate. */
            shortToken: string;
            /**
             * Format: date-time
             * @description When the token becomes valid, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            startAt: string;
            /** @description The secret value to send as `Authorization: Bearer <token>`. Present only in the response that creates the token or rotates its value; it cannot be read again later. */
            token?: string;
            /**
             * Format: date-time
             * @description When the token was last changed, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            updatedAt: string;
            /** @description The user or API token that last changed this token. */
            updatedBy?: components["schemas"]["BasicSubjectProfile"];
        };
        /** @description One page of API tokens, with the paging values that produced it. */
        ApiTokensPaginated: {
            /** @description The page size that was applied. */
            limit: number;
            /** @description How many tokens were skipped before this page. */
            offset: number;
            /** @description The API tokens on this page. */
            tokens: components["schemas"]["ApiToken"][];
            /** @description Number of tokens that match the request across all pages. */
            totalCount: number;
        };
        /** @description What to set on a new agent token. */
        CreateAgentTokenRequest: {
            /** @description Free-text description of what the token is for. */
            description?: string;
            /** @description Display name of the token. */
            name: string;
            /** @description Lifetime of the token in days, from 1 to 3650; leave it out for a token that never expires. */
            tokenExpiryPeriodInDays?: number;
        };
        /** @description A code bundle shipped by a deploy, such as a dbt project, and where it is mounted in the Deployment. */
        Bundle: {
            /** @description The type of bundle, as given when the deploy was created, for example `dbt`. */
            bundleType: string;
            /** @description The bundle version that the Deployment is running now. */
            currentVersion?: string;
            /** @description Identifier of the deploy that shipped the bundle. */
            deployId: string;
            /** @description The bundle version that the Deployment should run; differs from `currentVersion` while a change is being rolled out. */
            desiredVersion?: string;
            /** @description Path at which Astro mounts the bundle in the pods of the Airflow components. */
            mountPath: string;
        };
        /** @description The Git commit that a deploy came from, as recorded in the Deployment's deploy history. */
        DeployGit: {
            /** @description Account, organization, group or namespace that owns the repository. */
            account?: string;
            /** @description Display name of the commit's author. */
            authorName?: string;
            /** @description Link to the author's profile page at the Git provider. */
            authorUrl?: string;
            /** @description The author's user name at the Git provider. */
            authorUsername?: string;
            /** @description SHA of the commit that preceded the deployed one. */
            beforeCommitSha?: string;
            /** @description Name of the branch the commit is on. */
            branch?: string;
            /** @description SHA of the deployed commit. */
            commitSha: string;
            /** @description Link to the commit in the Git provider's web interface. */
            commitUrl?: string;
            /** @description Folder inside the repository that the deployed code came from. */
            path?: string;
            /**
             * @description Where the repository is hosted: `GITHUB`, or `GENERIC` for any other Git server.
             * @enum {string}
             */
            provider: "GITHUB" | "GENERIC";
            /** @description The repository's remote URL, as `git remote` reports it. */
            remoteUrl?: string;
            /** @description Name of the repository. */
            repo?: string;
        };
        /** @description A deploy: one delivery of code (an image, DAGs or a bundle) to a Deployment, from its creation through upload and finalization to its outcome. */
        Deploy: {
            /** @description Airflow version of the deployed image, for example `2.10.5`; `NA` when the API cannot determine it. */
            airflowVersion?: string;
            /** @description Astro Runtime version of the deployed image, for example `12.8.0`. */
            astroRuntimeVersion?: string;
            /** @description Path at which Astro mounts the bundle in the pods of the Airflow components; only for bundle deploys. */
            bundleMountPath?: string;
            /** @description URL to upload the bundle archive to before finalizing; only when DAG deploys are on and the deploy type is `BUNDLE`. */
            bundleUploadUrl?: string;
            /** @description The bundles that are part of the deploy. */
            bundles?: components["schemas"]["Bundle"][];
            /**
             * Format: date-time
             * @description When the deploy was created, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            createdAt: string;
            /** @description The user or API token that started the deploy. */
            createdBySubject?: components["schemas"]["BasicSubjectProfile"];
            /** @description Version of the uploaded DAG archive, shown as the Bundle Version in the Astro UI. A string chosen by the storage service (often a timestamp with fractional seconds), not a typed date-time. */
            dagTarballVersion?: string;
            /** @description URL to upload the DAG archive to before finalizing; only when DAG deploys are on for the Deployment. */
            dagsUploadUrl?: string;
            /** @description Identifier of the Deployment the deploy belongs to. */
            deploymentId: string;
            /** @description Free-text note on the deploy, shown in the deploy history. */
            description?: string;
            /** @description The Git commit the deployed code comes from, when one was given. */
            git?: components["schemas"]["DeployGit"];
            /** @description Identifier of the deploy. */
            id: string;
            /** @description Address of the image repository to push the deploy's image to. */
            imageRepository: string;
            /** @description Tag that the deploy's image carries in `imageRepository`. */
            imageTag: string;
            /** @description True when the Deployment had DAG deploys switched on when the deploy was started. */
            isDagDeployEnabled: boolean;
            /** @description Present only on a deploy created by a rollback: identifier of the deploy that the rollback was requested for. */
            rollbackFromId?: string;
            /**
             * @description Progress of the deploy: `INITIALIZED` until it is finalized, then `DEPLOYED` on success or `FAILED`.
             * @enum {string}
             */
            status: "INITIALIZED" | "DEPLOYED" | "FAILED";
            /**
             * @description What the deploy ships: a new image together with the DAGs, the image alone, or the DAGs alone.
             * @enum {string}
             */
            type: "IMAGE_AND_DAG" | "IMAGE_ONLY" | "DAG_ONLY";
            /**
             * Format: date-time
             * @description When the deploy was last changed, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            updatedAt?: string;
            /** @description The user or API token that last changed the deploy. */
            updatedBySubject?: components["schemas"]["BasicSubjectProfile"];
        };
        /** @description One page of deploys, with the paging values that produced it. */
        DeploysPaginated: {
            /** @description The deploys on this page. */
            deploys: components["schemas"]["Deploy"][];
            /** @description The page size that was applied. */
            limit: number;
            /** @description How many deploys were skipped before this page. */
            offset: number;
            /** @description Number of deploys that match the request across all pages. */
            totalCount: number;
        };
        /** @description The Git commit that a new deploy comes from, shown in the Deployment's deploy history. For `GITHUB`, send `account` and `repo` and leave `remoteUrl` out; for `GENERIC`, send `remoteUrl` and leave `account` and `repo` out. */
        CreateDeployGitRequest: {
            /** @description GitHub user or organization that owns the repository; required for `GITHUB`, must be empty for `GENERIC`. */
            account?: string;
            /** @description Display name of the commit's author. */
            authorName?: string;
            /** @description Link to the author's profile page at the Git provider. */
            authorUrl?: string;
            /** @description The author's user name at the Git provider. */
            authorUsername?: string;
            /** @description SHA of the commit that preceded the deployed one, so that the change between them can be shown. */
            beforeCommitSha?: string;
            /** @description Name of the branch the commit is on. */
            branch?: string;
            /** @description SHA of the deployed commit. */
            commitSha: string;
            /** @description Link to the commit in the Git provider's web interface. */
            commitUrl?: string;
            /** @description Folder inside the repository that the deployed code comes from, for example `dags/`. */
            path?: string;
            /**
             * @description Where the repository is hosted: `GITHUB`, or `GENERIC` for any other Git server.
             * @enum {string}
             */
            provider: "GITHUB" | "GENERIC";
            /** @description The repository's remote URL as `git remote` reports it; required for `GENERIC`, must be empty for `GITHUB`. */
            remoteUrl?: string;
            /** @description Name of the GitHub repository; required for `GITHUB`, must be empty for `GENERIC`. */
            repo?: string;
        };
        /** @description What kind of deploy to start, with optional details for the deploy history. */
        CreateDeployRequest: {
            /** @description Path at which Astro is to mount the bundle in the pods of the Airflow components; required when `type` is `BUNDLE`. */
            bundleMountPath?: string;
            /** @description Type of the bundle, for example `dbt`; required when `type` is `BUNDLE`. */
            bundleType?: string;
            /** @description Free-text note on the deploy, at most 500 characters, shown in the deploy history. */
            description?: string;
            /** @description The Git commit the deployed code comes from, if any. */
            git?: components["schemas"]["CreateDeployGitRequest"];
            /**
             * @description What the deploy ships: a new image together with the DAGs, the image alone, the DAGs alone, or a bundle such as a dbt project.
             * @enum {string}
             */
            type: "IMAGE_AND_DAG" | "IMAGE_ONLY" | "DAG_ONLY" | "BUNDLE";
        };
        /** @description The editable details of an existing deploy. */
        UpdateDeployRequest: {
            /** @description New free-text note on the deploy, at most 500 characters, shown in the deploy history. */
            description?: string;
        };
        /** @description The versions of the uploaded archives that complete a deploy. For an image-only deploy, or when DAG deploys are off, the body can be empty. */
        FinalizeDeployRequest: {
            /** @description Version of the uploaded bundle archive; required when DAG deploys are on and the deploy type is `BUNDLE`. */
            bundleTarballVersion?: string;
            /** @description Version of the uploaded DAG archive, as reported by the storage service on upload (the Bundle Version in the Astro UI); required when DAG deploys are on and the type is `IMAGE_AND_DAG` or `DAG_ONLY`. */
            dagTarballVersion?: string;
        };
        /** @description Details for a rollback to an earlier deploy. */
        DeployRollbackRequest: {
            /** @description Free-text note on the rollback, at most 500 characters, shown in the deploy history. */
            description?: string;
        };
        /** @description Body that sets a hibernation override on a development Deployment. */
        OverrideDeploymentHibernationBody: {
            /** @description True to put the Deployment to sleep, false to wake it and keep it awake, whatever its schedules say. The field is required; the schema also admits `null`. */
            isHibernating: boolean | null;
            /**
             * Format: date-time
             * @description When the override ends, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`). Leave it out, or send `null`, to keep the override until it is removed.
             */
            overrideUntil?: string | null;
        };
        /** @description One log line written by an Airflow component of a Deployment. */
        DeploymentLogEntry: {
            /** @description The log line as the component wrote it. */
            raw: string;
            /**
             * @description Airflow component that wrote the line.
             * @enum {string}
             */
            source: "scheduler" | "webserver" | "triggerer" | "worker" | "dag-processor" | "apiserver";
            /** @description When the line was written. The vendor types it as a plain `number`, not a date-time string, and does not state its unit. */
            timestamp: number;
        };
        /** @description One page of entries from a search of Deployment logs, with what is needed to read the next page. */
        DeploymentLog: {
            /** @description Page size that applied to this answer. */
            limit: number;
            /** @description Cap on the number of entries the search yields over all its pages. */
            maxNumResults: number;
            /** @description Number of entries skipped before this page. */
            offset: number;
            /** @description Number of entries in this page. */
            resultCount: number;
            /** @description The log entries of this page. */
            results: components["schemas"]["DeploymentLogEntry"][];
            /** @description Identifier of this search; pass it as `searchId` to read further pages. */
            searchId: string;
        };
        /** @description The settings of an Airflow variable held as an environment object. */
        EnvironmentObjectAirflowVariable: {
            /** @description True when the value is stored as a secret. */
            isSecret: boolean;
            /** @description Value of the Airflow variable; an empty string when `isSecret` is true, unless a list call sets `showSecrets`. */
            value: string;
        };
        /** @description One field of a connection auth type: where its value goes in the Airflow connection and how to fill it. */
        ConnectionAuthTypeParameter: {
            /** @description Name under which the value is stored in the Airflow connection: a connection field, or a key of `extra` when `isInExtra` is true. */
            airflowParamName: string;
            /** @description Type of the value, as a type name such as `string`. */
            dataType: string;
            /** @description Explanation of the parameter, for display. */
            description: string;
            /** @description A sample value, for display; absent when there is none. */
            example?: string;
            /** @description Label of the parameter as shown in the Astro UI. */
            friendlyName: string;
            /** @description True when the value is stored under the connection's `extra` object rather than in a top-level connection field. */
            isInExtra: boolean;
            /** @description True when a connection with this auth type must set the parameter. */
            isRequired: boolean;
            /** @description True when the value is sensitive and withheld in responses. */
            isSecret: boolean;
            /** @description Regular expression a valid value must match; absent when any value is accepted. */
            pattern?: string;
        };
        /** @description A way of authenticating Airflow connections of one type, as offered by a provider package, with the parameters such a connection takes. */
        ConnectionAuthType: {
            /** @description Airflow connection type the auth type applies to, such as `aws`. */
            airflowType: string;
            /** @description Name of the authentication method the auth type uses. */
            authMethodName: string;
            /** @description Explanation of the auth type, for display. */
            description: string;
            /** @description Link to a guide on setting up connections with this auth type. */
            guidePath?: string;
            /** @description Identifier of the auth type; pass it as `authTypeId` when creating or changing a connection. */
            id: string;
            /** @description Display name of the auth type. */
            name: string;
            /** @description The fields a connection with this auth type takes. */
            parameters: components["schemas"]["ConnectionAuthTypeParameter"][];
            /** @description Link to the provider's logo image. */
            providerLogo?: string;
            /** @description Name of the Airflow provider package that supplies the connection type, such as `apache-airflow-providers-amazon`. */
            providerPackageName: string;
        };
        /** @description The settings of an Airflow connection held as an environment object. Secret fields are withheld unless a list call sets `showSecrets`. */
        EnvironmentObjectConnection: {
            /** @description The auth type the connection was set up with, including the parameters it takes; absent when none was chosen. */
            connectionAuthType?: components["schemas"]["ConnectionAuthType"];
            /** @description Further settings specific to the connection type, as a JSON object (the Airflow connection's `extra` field); secret keys in it are withheld like the password. */
            extra?: Record<string, unknown>;
            /** @description Host name or address of the service the connection points to. */
            host?: string;
            /** @description User name the connection signs in with. */
            login?: string;
            /** @description Password the connection signs in with; withheld unless a list call sets `showSecrets`. Whether one is stored shows in `setFields`. */
            password?: string;
            /** @description Port number of the service. */
            port?: number;
            /** @description Value of the Airflow connection's `schema` field, which most connection types use as the database or schema name. */
            schema?: string;
            /** @description Airflow connection type, the identifier a provider registers for it, such as `postgres`, `snowflake` or `aws`. */
            type: string;
        };
        /** @description The settings of an environment variable held as an environment object. */
        EnvironmentObjectEnvironmentVariable: {
            /** @description True when the value is stored as a secret. */
            isSecret: boolean;
            /** @description Value of the environment variable; an empty string when `isSecret` is true, unless a list call sets `showSecrets`. */
            value: string;
        };
        /** @description A Deployment kept from receiving a Workspace-level object that otherwise links to all Deployments. */
        EnvironmentObjectExcludeLink: {
            /**
             * @description Kind of entity excluded; always `DEPLOYMENT`.
             * @enum {string}
             */
            scope: "DEPLOYMENT";
            /** @description Identifier of the excluded Deployment. */
            scopeEntityId: string;
        };
        /** @description The value a linked Deployment uses for a Workspace-level Airflow variable in place of the object's own. */
        EnvironmentObjectAirflowVariableOverrides: {
            /** @description Value of the Airflow variable on this Deployment. */
            value: string;
        };
        /** @description Connection fields that a linked Deployment uses in place of the Workspace-level values; fields absent here are inherited. */
        EnvironmentObjectConnectionOverrides: {
            /** @description Further settings specific to the connection type, as a JSON object; stored in the Airflow connection's `extra` field. */
            extra?: Record<string, unknown>;
            /** @description Host name or address of the service the connection points to. */
            host?: string;
            /** @description User name the connection signs in with. */
            login?: string;
            /** @description Password used on this Deployment; withheld in responses, so check the link's `setFields`. */
            password?: string;
            /** @description Port number of the service. */
            port?: number;
            /** @description Value of the Airflow connection's `schema` field, which most connection types use as the database or schema name. */
            schema?: string;
            /** @description Airflow connection type to use on this Deployment instead of the Workspace-level one. */
            type?: string;
        };
        /** @description The value a linked Deployment uses for a Workspace-level environment variable in place of the object's own. */
        EnvironmentObjectEnvironmentVariableOverrides: {
            /** @description Value of the environment variable on this Deployment. */
            value: string;
        };
        /** @description Metrics export settings that a linked Deployment uses in place of the Workspace-level values; fields absent here are inherited. */
        EnvironmentObjectMetricsExportOverrides: {
            /**
             * @description How Astro authenticates to the endpoint: `BASIC` uses `username` and `password`, `AUTH_TOKEN` uses `basicToken`, and `SIGV4` signs requests with an assumed AWS IAM role.
             * @enum {string}
             */
            authType?: "BASIC" | "AUTH_TOKEN" | "SIGV4";
            /** @description Bearer token used on this Deployment when `authType` is `AUTH_TOKEN`; withheld in responses, so check the link's `setFields`. */
            basicToken?: string;
            /** @description URL of the Prometheus-compatible endpoint this Deployment sends its metrics to instead. */
            endpoint?: string;
            /**
             * @description Kind of exporter; `PROMETHEUS` is the only one offered.
             * @enum {string}
             */
            exporterType?: "PROMETHEUS";
            /** @description Extra HTTP headers, as name-value pairs, that Astro adds to its requests to the endpoint. */
            headers?: {
                [key: string]: string;
            };
            /** @description Labels, as name-value pairs, attached to every exported metric so that it can be filtered downstream. */
            labels?: {
                [key: string]: string;
            };
            /** @description Password for `BASIC` authentication on this Deployment; withheld in responses, so check the link's `setFields`. */
            password?: string;
            /** @description ARN of the AWS IAM role Astro assumes to sign its requests when `authType` is `SIGV4`. */
            sigV4AssumeArn?: string;
            /** @description AWS region whose STS endpoint Astro calls to assume that role for `SIGV4`. */
            sigV4StsRegion?: string;
            /** @description User name for `BASIC` authentication. */
            username?: string;
        };
        /** @description A Deployment that a Workspace-level object is linked to, with the values overridden for that Deployment. */
        EnvironmentObjectLink: {
            /** @description The Deployment's own value for an Airflow variable; absent when nothing is overridden. */
            airflowVariableOverrides?: components["schemas"]["EnvironmentObjectAirflowVariableOverrides"];
            /** @description The Deployment's own connection fields; absent when nothing is overridden. */
            connectionOverrides?: components["schemas"]["EnvironmentObjectConnectionOverrides"];
            /** @description The Deployment's own value for an environment variable; absent when nothing is overridden. */
            environmentVariableOverrides?: components["schemas"]["EnvironmentObjectEnvironmentVariableOverrides"];
            /** @description The Deployment's own metrics export settings; absent when nothing is overridden. */
            metricsExportOverrides?: components["schemas"]["EnvironmentObjectMetricsExportOverrides"];
            /**
             * @description Kind of entity linked; always `DEPLOYMENT`.
             * @enum {string}
             */
            scope: "DEPLOYMENT";
            /** @description Identifier of the linked Deployment. */
            scopeEntityId: string;
            /** @description Names of the override fields that hold a value on this link, with keys of map fields as dotted paths such as `headers.X-Api-Key`. Secret overrides are withheld, so use this list to see whether one is set. */
            setFields: string[];
        };
        /** @description The settings of a metrics export, which sends Airflow metrics to a Prometheus endpoint. The password and token are withheld unless a list call sets `showSecrets`. */
        EnvironmentObjectMetricsExport: {
            /**
             * @description How Astro authenticates to the endpoint: `BASIC` uses `username` and `password`, `AUTH_TOKEN` uses `basicToken`, and `SIGV4` signs requests with an assumed AWS IAM role.
             * @enum {string}
             */
            authType?: "BASIC" | "AUTH_TOKEN" | "SIGV4";
            /** @description Bearer token Astro sends when `authType` is `AUTH_TOKEN`; withheld unless a list call sets `showSecrets`. */
            basicToken?: string;
            /** @description URL of the Prometheus-compatible endpoint that receives the metrics. */
            endpoint: string;
            /**
             * @description Kind of exporter; `PROMETHEUS` is the only one offered.
             * @enum {string}
             */
            exporterType: "PROMETHEUS";
            /** @description Extra HTTP headers, as name-value pairs, that Astro adds to its requests to the endpoint. */
            headers?: {
                [key: string]: string;
            };
            /** @description Labels, as name-value pairs, attached to every exported metric so that it can be filtered downstream. */
            labels?: {
                [key: string]: string;
            };
            /** @description Password for `BASIC` authentication; withheld unless a list call sets `showSecrets`. */
            password?: string;
            /** @description ARN of the AWS IAM role Astro assumes to sign its requests when `authType` is `SIGV4`. */
            sigV4AssumeArn?: string;
            /** @description AWS region whose STS endpoint Astro calls to assume that role for `SIGV4`. */
            sigV4StsRegion?: string;
            /** @description User name for `BASIC` authentication. */
            username?: string;
        };
        /** @description A connection, Airflow variable, environment variable or metrics export kept by the Astro Environment Manager and owned by a Workspace or a Deployment. The member named after its `objectType` carries its settings. */
        EnvironmentObject: {
            /** @description The variable's settings; present when `objectType` is `AIRFLOW_VARIABLE`. */
            airflowVariable?: components["schemas"]["EnvironmentObjectAirflowVariable"];
            /** @description True when the object is linked to every Deployment of its Workspace, including Deployments created later. Only for Workspace-level objects. */
            autoLinkDeployments?: boolean;
            /** @description The connection's settings; present when `objectType` is `CONNECTION`. */
            connection?: components["schemas"]["EnvironmentObjectConnection"];
            /** @description When the object was created, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`); the API types it as a plain string without a `date-time` format. */
            createdAt?: string;
            /** @description The user or API token that created the object. */
            createdBy?: components["schemas"]["BasicSubjectProfile"];
            /** @description Free-text note on what the object is for. */
            description?: string;
            /** @description The variable's settings; present when `objectType` is `ENVIRONMENT_VARIABLE`. */
            environmentVariable?: components["schemas"]["EnvironmentObjectEnvironmentVariable"];
            /** @description Deployments kept from receiving the object although it links to all Deployments. Only for Workspace-level objects. */
            excludeLinks?: components["schemas"]["EnvironmentObjectExcludeLink"][];
            /** @description Identifier of the environment object. */
            id?: string;
            /** @description Deployments the object is linked to, each with the values overridden for it. Only for Workspace-level objects. */
            links?: components["schemas"]["EnvironmentObjectLink"][];
            /** @description The export's settings; present when `objectType` is `METRICS_EXPORT`. */
            metricsExport?: components["schemas"]["EnvironmentObjectMetricsExport"];
            /** @description Name of the object: the connection ID, the variable name, or the name of the metrics export. */
            objectKey: string;
            /**
             * @description Kind of object; it decides which member holds the object's settings.
             * @enum {string}
             */
            objectType: "CONNECTION" | "ENVIRONMENT_VARIABLE" | "AIRFLOW_VARIABLE" | "METRICS_EXPORT";
            /**
             * @description Whether the object belongs to a Workspace or to a single Deployment.
             * @enum {string}
             */
            scope: "WORKSPACE" | "DEPLOYMENT";
            /** @description Identifier of the Workspace or Deployment that `scope` names. */
            scopeEntityId: string;
            /** @description Names of the fields that hold a value. Secret values are withheld in responses, so this list is how to tell a stored secret from an empty field; keys of map fields appear as dotted paths such as `extra.api_key`. */
            setFields: string[];
            /**
             * @description Scope the object was inherited from, when it was returned through a link (see `resolveLinked`); absent otherwise.
             * @enum {string}
             */
            sourceScope?: "WORKSPACE" | "DEPLOYMENT";
            /** @description Identifier of the Workspace or Deployment the object was inherited from, when it was returned through a link; absent otherwise. */
            sourceScopeEntityId?: string;
            /** @description When the object was last changed, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`); the API types it as a plain string without a `date-time` format. */
            updatedAt?: string;
            /** @description The user or API token that last changed the object. */
            updatedBy?: components["schemas"]["BasicSubjectProfile"];
        };
        /** @description One page of environment objects, with the paging values that produced it. */
        EnvironmentObjectsPaginated: {
            /** @description The environment objects on this page. */
            environmentObjects: components["schemas"]["EnvironmentObject"][];
            /** @description The page size that was applied. */
            limit: number;
            /** @description How many objects were skipped before this page. */
            offset: number;
            /** @description Number of objects that match the filters, across all pages. */
            totalCount: number;
        };
        /** @description Settings of a new Airflow variable; send it when `objectType` is `AIRFLOW_VARIABLE`. */
        CreateEnvironmentObjectAirflowVariableRequest: {
            /** @description True to store the value as a secret, which responses then withhold. It cannot be changed after creation. */
            isSecret?: boolean;
            /** @description Value of the Airflow variable, as a string. */
            value?: string;
        };
        /** @description Settings of a new Airflow connection; send it when `objectType` is `CONNECTION`. */
        CreateEnvironmentObjectConnectionRequest: {
            /** @description Identifier of the connection auth type to use (a `ConnectionAuthType` `id`), which decides the parameters the connection expects; leave it out for a plain connection. */
            authTypeId?: string;
            /** @description Further settings specific to the connection type, as a JSON object; stored in the Airflow connection's `extra` field. */
            extra?: Record<string, unknown>;
            /** @description Host name or address of the service the connection points to. */
            host?: string;
            /** @description User name the connection signs in with. */
            login?: string;
            /** @description Password the connection signs in with. */
            password?: string;
            /** @description Port number of the service. */
            port?: number;
            /** @description Value of the Airflow connection's `schema` field, which most connection types use as the database or schema name. */
            schema?: string;
            /** @description Airflow connection type, the identifier a provider registers for it, such as `postgres`, `snowflake` or `aws`. */
            type: string;
        };
        /** @description Settings of a new environment variable; send it when `objectType` is `ENVIRONMENT_VARIABLE`. */
        CreateEnvironmentObjectEnvironmentVariableRequest: {
            /** @description True to store the value as a secret, which responses then withhold. It cannot be changed after creation. */
            isSecret?: boolean;
            /** @description Value of the environment variable, as a string. */
            value?: string;
        };
        /** @description A Deployment to keep from receiving a Workspace-level environment object. */
        ExcludeLinkEnvironmentObjectRequest: {
            /**
             * @description Kind of entity to exclude; only `DEPLOYMENT` is accepted.
             * @enum {string}
             */
            scope: "DEPLOYMENT";
            /** @description Identifier of the Deployment to exclude. */
            scopeEntityId: string;
        };
        /** @description A value for a Workspace-level Airflow variable that applies on one linked Deployment only. */
        CreateEnvironmentObjectAirflowVariableOverridesRequest: {
            /** @description Value the Deployment sees instead of the Airflow variable's own value. */
            value?: string;
        };
        /** @description Connection fields that apply on one linked Deployment in place of the Workspace-level values; fields left out are inherited. */
        CreateEnvironmentObjectConnectionOverridesRequest: {
            /** @description Further settings specific to the connection type, as a JSON object; stored in the Airflow connection's `extra` field. */
            extra?: Record<string, unknown>;
            /** @description Host name or address of the service the connection points to. */
            host?: string;
            /** @description User name the connection signs in with. */
            login?: string;
            /** @description Password to use on this Deployment. */
            password?: string;
            /** @description Port number of the service. */
            port?: number;
            /** @description Value of the Airflow connection's `schema` field, which most connection types use as the database or schema name. */
            schema?: string;
            /** @description Airflow connection type to use on this Deployment instead of the Workspace-level one. */
            type?: string;
        };
        /** @description A value for a Workspace-level environment variable that applies on one linked Deployment only. */
        CreateEnvironmentObjectEnvironmentVariableOverridesRequest: {
            /** @description Value the Deployment sees instead of the environment variable's own value. */
            value?: string;
        };
        /** @description Metrics export settings that apply on one linked Deployment in place of the Workspace-level values; fields left out are inherited. */
        CreateEnvironmentObjectMetricsExportOverridesRequest: {
            /**
             * @description How Astro authenticates to the endpoint: `BASIC` uses `username` and `password`, `AUTH_TOKEN` uses `basicToken`, and `SIGV4` signs requests with an assumed AWS IAM role.
             * @enum {string}
             */
            authType?: "BASIC" | "AUTH_TOKEN" | "SIGV4";
            /** @description Bearer token Astro sends to the endpoint when `authType` is `AUTH_TOKEN`. */
            basicToken?: string;
            /** @description URL of the Prometheus-compatible endpoint this Deployment sends its metrics to instead. */
            endpoint?: string;
            /**
             * @description Kind of exporter; `PROMETHEUS` is the only one offered.
             * @enum {string}
             */
            exporterType?: "PROMETHEUS";
            /** @description Extra HTTP headers, as name-value pairs, that Astro adds to its requests to the endpoint. */
            headers?: {
                [key: string]: string;
            };
            /** @description Labels, as name-value pairs, attached to every exported metric so that it can be filtered downstream. */
            labels?: {
                [key: string]: string;
            };
            /** @description Password for `BASIC` authentication. */
            password?: string;
            /** @description ARN of the AWS IAM role Astro assumes to sign its requests when `authType` is `SIGV4`. */
            sigV4AssumeArn?: string;
            /** @description AWS region whose STS endpoint Astro calls to assume that role for `SIGV4`. */
            sigV4StsRegion?: string;
            /** @description User name for `BASIC` authentication. */
            username?: string;
        };
        /** @description Values that replace a Workspace-level object's own on one linked Deployment. Fill only the member that matches the object's type. */
        CreateEnvironmentObjectOverridesRequest: {
            /** @description Replacement value, for an Airflow variable object. */
            airflowVariable?: components["schemas"]["CreateEnvironmentObjectAirflowVariableOverridesRequest"];
            /** @description Replacement connection fields, for a connection object. */
            connection?: components["schemas"]["CreateEnvironmentObjectConnectionOverridesRequest"];
            /** @description Replacement value, for an environment variable object. */
            environmentVariable?: components["schemas"]["CreateEnvironmentObjectEnvironmentVariableOverridesRequest"];
            /** @description Replacement export settings, for a metrics export object. */
            metricsExport?: components["schemas"]["CreateEnvironmentObjectMetricsExportOverridesRequest"];
        };
        /** @description A Deployment to link a new Workspace-level object to, with optional values for that Deployment only. */
        CreateEnvironmentObjectLinkRequest: {
            /** @description Values that apply on this Deployment only; leave it out to give the Deployment the object as is. */
            overrides?: components["schemas"]["CreateEnvironmentObjectOverridesRequest"];
            /**
             * @description Kind of entity to link; only `DEPLOYMENT` is accepted.
             * @enum {string}
             */
            scope: "DEPLOYMENT";
            /** @description Identifier of the Deployment to link. */
            scopeEntityId: string;
        };
        /** @description Settings of a new metrics export, which sends Airflow metrics to a Prometheus endpoint; send it when `objectType` is `METRICS_EXPORT`. */
        CreateEnvironmentObjectMetricsExportRequest: {
            /**
             * @description How Astro authenticates to the endpoint: `BASIC` uses `username` and `password`, `AUTH_TOKEN` uses `basicToken`, and `SIGV4` signs requests with an assumed AWS IAM role.
             * @enum {string}
             */
            authType?: "BASIC" | "AUTH_TOKEN" | "SIGV4";
            /** @description Bearer token Astro sends to the endpoint when `authType` is `AUTH_TOKEN`. */
            basicToken?: string;
            /** @description URL of the Prometheus-compatible endpoint that receives the metrics. */
            endpoint: string;
            /**
             * @description Kind of exporter; `PROMETHEUS` is the only one offered.
             * @enum {string}
             */
            exporterType: "PROMETHEUS";
            /** @description Extra HTTP headers, as name-value pairs, that Astro adds to its requests to the endpoint. */
            headers?: {
                [key: string]: string;
            };
            /** @description Labels, as name-value pairs, attached to every exported metric so that it can be filtered downstream. */
            labels?: {
                [key: string]: string;
            };
            /** @description Password for `BASIC` authentication. */
            password?: string;
            /** @description ARN of the AWS IAM role Astro assumes to sign its requests when `authType` is `SIGV4`. */
            sigV4AssumeArn?: string;
            /** @description AWS region whose STS endpoint Astro calls to assume that role for `SIGV4`. */
            sigV4StsRegion?: string;
            /** @description User name for `BASIC` authentication. */
            username?: string;
        };
        /** @description Body of a create: the new environment object's key, type and owning Workspace or Deployment, with the settings for its type. */
        CreateEnvironmentObjectRequest: {
            /** @description The Airflow variable to create; only when `objectType` is `AIRFLOW_VARIABLE`. */
            airflowVariable?: components["schemas"]["CreateEnvironmentObjectAirflowVariableRequest"];
            /** @description True to link the object to every Deployment of the Workspace, including Deployments created later. Only for Workspace-level objects. */
            autoLinkDeployments?: boolean;
            /** @description The connection to create; only when `objectType` is `CONNECTION`. */
            connection?: components["schemas"]["CreateEnvironmentObjectConnectionRequest"];
            /** @description Free-text note on what the object is for, at most 500 characters. */
            description?: string;
            /** @description The environment variable to create; only when `objectType` is `ENVIRONMENT_VARIABLE`. */
            environmentVariable?: components["schemas"]["CreateEnvironmentObjectEnvironmentVariableRequest"];
            /** @description Deployments that must not receive the object although `autoLinkDeployments` is on. Only for Workspace-level objects. */
            excludeLinks?: components["schemas"]["ExcludeLinkEnvironmentObjectRequest"][];
            /** @description Deployments to link the object to, each with optional values of its own. Only for Workspace-level objects. */
            links?: components["schemas"]["CreateEnvironmentObjectLinkRequest"][];
            /** @description The metrics export to create; only when `objectType` is `METRICS_EXPORT`. */
            metricsExport?: components["schemas"]["CreateEnvironmentObjectMetricsExportRequest"];
            /** @description Name of the object: the connection ID for a connection, the variable name for Airflow and environment variables, a name of your choice for a metrics export. */
            objectKey: string;
            /**
             * @description Kind of object to create; it decides which of `connection`, `airflowVariable`, `environmentVariable` and `metricsExport` is read.
             * @enum {string}
             */
            objectType: "CONNECTION" | "ENVIRONMENT_VARIABLE" | "AIRFLOW_VARIABLE" | "METRICS_EXPORT";
            /**
             * @description Whether the object belongs to a Workspace, which can share it with its Deployments, or to a single Deployment.
             * @enum {string}
             */
            scope: "WORKSPACE" | "DEPLOYMENT";
            /** @description Identifier of the Workspace or Deployment that `scope` names. */
            scopeEntityId: string;
        };
        /** @description The answer to a create: the identifier of the new environment object. */
        CreateEnvironmentObject: {
            /** @description Identifier of the environment object that was created. */
            id: string;
        };
        /** @description New value of an Airflow variable. Whether it is secret was decided at creation and cannot be changed here. */
        UpdateEnvironmentObjectAirflowVariableRequest: {
            /** @description New value of the Airflow variable, as a string. */
            value?: string;
        };
        /** @description The settings to store for an Airflow connection object. */
        UpdateEnvironmentObjectConnectionRequest: {
            /** @description Identifier of the connection auth type to use (a `ConnectionAuthType` `id`), which decides the parameters the connection expects; leave it out for a plain connection. */
            authTypeId?: string;
            /** @description Further settings specific to the connection type, as a JSON object; stored in the Airflow connection's `extra` field. */
            extra?: Record<string, unknown>;
            /** @description Host name or address of the service the connection points to. */
            host?: string;
            /** @description User name the connection signs in with. */
            login?: string;
            /** @description Password the connection signs in with. */
            password?: string;
            /** @description Port number of the service. */
            port?: number;
            /** @description Value of the Airflow connection's `schema` field, which most connection types use as the database or schema name. */
            schema?: string;
            /** @description Airflow connection type, the identifier a provider registers for it, such as `postgres`, `snowflake` or `aws`. */
            type: string;
        };
        /** @description New value of an environment variable. Whether it is secret was decided at creation and cannot be changed here. */
        UpdateEnvironmentObjectEnvironmentVariableRequest: {
            /** @description New value of the environment variable, as a string. */
            value?: string;
        };
        /** @description A value for a Workspace-level Airflow variable that applies on one linked Deployment only. */
        UpdateEnvironmentObjectAirflowVariableOverridesRequest: {
            /** @description Value the Deployment sees instead of the Airflow variable's own value. */
            value?: string;
        };
        /** @description Connection fields that apply on one linked Deployment in place of the Workspace-level values; fields left out are inherited. */
        UpdateEnvironmentObjectConnectionOverridesRequest: {
            /** @description Further settings specific to the connection type, as a JSON object; stored in the Airflow connection's `extra` field. */
            extra?: Record<string, unknown>;
            /** @description Host name or address of the service the connection points to. */
            host?: string;
            /** @description User name the connection signs in with. */
            login?: string;
            /** @description Password to use on this Deployment. */
            password?: string;
            /** @description Port number of the service. */
            port?: number;
            /** @description Value of the Airflow connection's `schema` field, which most connection types use as the database or schema name. */
            schema?: string;
            /** @description Airflow connection type to use on this Deployment instead of the Workspace-level one. */
            type?: string;
        };
        /** @description A value for a Workspace-level environment variable that applies on one linked Deployment only. */
        UpdateEnvironmentObjectEnvironmentVariableOverridesRequest: {
            /** @description Value the Deployment sees instead of the environment variable's own value. */
            value?: string;
        };
        /** @description Metrics export settings that apply on one linked Deployment in place of the Workspace-level values; fields left out are inherited. */
        UpdateEnvironmentObjectMetricsExportOverridesRequest: {
            /**
             * @description How Astro authenticates to the endpoint: `BASIC` uses `username` and `password`, `AUTH_TOKEN` uses `basicToken`, and `SIGV4` signs requests with an assumed AWS IAM role.
             * @enum {string}
             */
            authType?: "BASIC" | "AUTH_TOKEN" | "SIGV4";
            /** @description Bearer token Astro sends to the endpoint when `authType` is `AUTH_TOKEN`. */
            basicToken?: string;
            /** @description URL of the Prometheus-compatible endpoint this Deployment sends its metrics to instead. */
            endpoint?: string;
            /**
             * @description Kind of exporter; `PROMETHEUS` is the only one offered.
             * @enum {string}
             */
            exporterType?: "PROMETHEUS";
            /** @description Extra HTTP headers, as name-value pairs, that Astro adds to its requests to the endpoint. */
            headers?: {
                [key: string]: string;
            };
            /** @description Labels, as name-value pairs, attached to every exported metric so that it can be filtered downstream. */
            labels?: {
                [key: string]: string;
            };
            /** @description Password for `BASIC` authentication. */
            password?: string;
            /** @description ARN of the AWS IAM role Astro assumes to sign its requests when `authType` is `SIGV4`. */
            sigV4AssumeArn?: string;
            /** @description AWS region whose STS endpoint Astro calls to assume that role for `SIGV4`. */
            sigV4StsRegion?: string;
            /** @description User name for `BASIC` authentication. */
            username?: string;
        };
        /** @description Values that replace a Workspace-level object's own on one linked Deployment, and override fields to clear. Fill only the member that matches the object's type. */
        UpdateEnvironmentObjectOverridesRequest: {
            /** @description Replacement value, for an Airflow variable object. */
            airflowVariable?: components["schemas"]["UpdateEnvironmentObjectAirflowVariableOverridesRequest"];
            /** @description Replacement connection fields, for a connection object. */
            connection?: components["schemas"]["UpdateEnvironmentObjectConnectionOverridesRequest"];
            /** @description Replacement value, for an environment variable object. */
            environmentVariable?: components["schemas"]["UpdateEnvironmentObjectEnvironmentVariableOverridesRequest"];
            /** @description Replacement export settings, for a metrics export object. */
            metricsExport?: components["schemas"]["UpdateEnvironmentObjectMetricsExportOverridesRequest"];
            /** @description Override fields to clear on this link, so that the Deployment falls back to the Workspace-level value; at most 100 names. Name connection and metrics export fields one by one (`password`), and a single key of a map field with a dotted path (`extra.api_key`). A field may not be both given a value in this object and named in this list. */
            unsetFields?: string[];
        };
        /** @description A Deployment that a Workspace-level object is to be linked to, with optional values for that Deployment only. */
        UpdateEnvironmentObjectLinkRequest: {
            /** @description Values that apply on this Deployment only; leave it out to give the Deployment the object as is. */
            overrides?: components["schemas"]["UpdateEnvironmentObjectOverridesRequest"];
            /**
             * @description Kind of entity to link; only `DEPLOYMENT` is accepted.
             * @enum {string}
             */
            scope: "DEPLOYMENT";
            /** @description Identifier of the Deployment to link. */
            scopeEntityId: string;
        };
        /** @description The settings to store for a metrics export object; every field is optional here. */
        UpdateEnvironmentObjectMetricsExportRequest: {
            /**
             * @description How Astro authenticates to the endpoint: `BASIC` uses `username` and `password`, `AUTH_TOKEN` uses `basicToken`, and `SIGV4` signs requests with an assumed AWS IAM role.
             * @enum {string}
             */
            authType?: "BASIC" | "AUTH_TOKEN" | "SIGV4";
            /** @description Bearer token Astro sends to the endpoint when `authType` is `AUTH_TOKEN`. */
            basicToken?: string;
            /** @description URL of the Prometheus-compatible endpoint that receives the metrics. */
            endpoint?: string;
            /**
             * @description Kind of exporter; `PROMETHEUS` is the only one offered.
             * @enum {string}
             */
            exporterType?: "PROMETHEUS";
            /** @description Extra HTTP headers, as name-value pairs, that Astro adds to its requests to the endpoint. */
            headers?: {
                [key: string]: string;
            };
            /** @description Labels, as name-value pairs, attached to every exported metric so that it can be filtered downstream. */
            labels?: {
                [key: string]: string;
            };
            /** @description Password for `BASIC` authentication. */
            password?: string;
            /** @description ARN of the AWS IAM role Astro assumes to sign its requests when `authType` is `SIGV4`. */
            sigV4AssumeArn?: string;
            /** @description AWS region whose STS endpoint Astro calls to assume that role for `SIGV4`. */
            sigV4StsRegion?: string;
            /** @description User name for `BASIC` authentication. */
            username?: string;
        };
        /** @description Body of an update: the settings, description and links to store for an environment object. The key, type and scope cannot be changed. */
        UpdateEnvironmentObjectRequest: {
            /** @description New value, for an Airflow variable object. */
            airflowVariable?: components["schemas"]["UpdateEnvironmentObjectAirflowVariableRequest"];
            /** @description True to link the object to every Deployment of the Workspace, including Deployments created later; false to stop doing so. Only for Workspace-level objects. */
            autoLinkDeployments?: boolean;
            /** @description New connection settings, for a connection object. */
            connection?: components["schemas"]["UpdateEnvironmentObjectConnectionRequest"];
            /** @description Free-text note on what the object is for, at most 500 characters. */
            description?: string;
            /** @description New value, for an environment variable object. */
            environmentVariable?: components["schemas"]["UpdateEnvironmentObjectEnvironmentVariableRequest"];
            /** @description Deployments that must not receive the object although `autoLinkDeployments` is on. Only for Workspace-level objects. */
            excludeLinks?: components["schemas"]["ExcludeLinkEnvironmentObjectRequest"][];
            /** @description Deployments to link the object to, each with optional values of its own. Only for Workspace-level objects. */
            links?: components["schemas"]["UpdateEnvironmentObjectLinkRequest"][];
            /** @description New export settings, for a metrics export object. */
            metricsExport?: components["schemas"]["UpdateEnvironmentObjectMetricsExportRequest"];
        };
        /** @description Who to invite to an Organization, and with which role. */
        CreateUserInviteRequest: {
            /** @description Email address that receives the invitation. */
            inviteeEmail: string;
            /**
             * @description The Organization role the person receives on accepting.
             * @enum {string}
             */
            role: "ORGANIZATION_OWNER" | "ORGANIZATION_OBSERVE_ADMIN" | "ORGANIZATION_OBSERVE_MEMBER" | "ORGANIZATION_BILLING_ADMIN" | "ORGANIZATION_MEMBER";
        };
        /** @description An invitation for a person to join an Organization. */
        Invite: {
            /**
             * Format: date-time
             * @description When the invitation stops being valid, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            expiresAt: string;
            /** @description Identifier of the invitation; pass it to `DeleteUserInvite` to withdraw it. */
            inviteId: string;
            /** @description The person who was invited. */
            invitee: components["schemas"]["BasicSubjectProfile"];
            /** @description The user or API token that sent the invitation. */
            inviter: components["schemas"]["BasicSubjectProfile"];
            /** @description Identifier of the Organization the invitation is for. */
            organizationId: string;
            /** @description Display name of that Organization. */
            organizationName?: string;
            /** @description Identifier of the user record that stands for the invited person. */
            userId?: string;
        };
        /** @description A ready-made set of permissions offered as the starting point for a new custom role. */
        RoleTemplate: {
            /** @description Free text saying what a role built from the template allows. */
            description?: string;
            /** @description Name of the template, for example `Deployment_Viewer`. */
            name: string;
            /** @description Permission strings in the template, such as `deployment.get`. */
            permissions: string[];
            /**
             * @description Level at which a role built from the template is granted.
             * @enum {string}
             */
            scopeType: "DEPLOYMENT" | "WORKSPACE" | "ORGANIZATION" | "SYSTEM" | "DAG";
        };
        /** @description One of Astro's built-in roles, with the permissions it grants. */
        DefaultRole: {
            /** @description Free text saying what the role allows. */
            description?: string;
            /** @description Name of the role, for example `WORKSPACE_OWNER` or `DEPLOYMENT_ADMIN`. */
            name: string;
            /** @description Permission strings the role grants, such as `deployment.get`. */
            permissions: string[];
            /**
             * @description Level the role is granted at.
             * @enum {string}
             */
            scopeType: "DEPLOYMENT" | "WORKSPACE" | "ORGANIZATION" | "SYSTEM" | "DAG";
        };
        /** @description A custom role of an Organization as it appears in lists, without its permissions. */
        Role: {
            /**
             * Format: date-time
             * @description When the role was created, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            createdAt: string;
            /** @description The user or API token that created the role. */
            createdBy: components["schemas"]["BasicSubjectProfile"];
            /** @description Free text saying what the role allows. */
            description?: string;
            /** @description Identifier of the custom role. */
            id: string;
            /** @description Name of the role, for example `Deployment_Viewer`. */
            name: string;
            /** @description Identifiers of the Workspaces the role is limited to; may be empty. */
            restrictedWorkspaceIds: string[];
            /**
             * @description Level the role is granted at.
             * @enum {string}
             */
            scopeType: "DEPLOYMENT" | "WORKSPACE" | "ORGANIZATION";
            /**
             * Format: date-time
             * @description When the role was last changed, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            updatedAt: string;
            /** @description The user or API token that last changed the role. */
            updatedBy: components["schemas"]["BasicSubjectProfile"];
        };
        /** @description One page of an Organization's custom roles, with Astro's built-in roles when they were asked for. */
        RolesPaginated: {
            /** @description Astro's built-in roles with their permissions; present when `includeDefaultRoles` was `true`. They are not paged. */
            defaultRoles?: components["schemas"]["DefaultRole"][];
            /** @description The `limit` applied to this page of custom roles. */
            limit: number;
            /** @description Number of custom roles skipped before this page. */
            offset: number;
            /** @description The custom roles on this page. */
            roles: components["schemas"]["Role"][];
            /** @description Number of custom roles across all pages. */
            totalCount: number;
        };
        /** @description Body of a request that creates a custom role from a set of permissions. */
        CreateCustomRoleRequest: {
            /** @description Free text saying what the role allows. */
            description?: string;
            /** @description Name of the role, for example `Deployment_Viewer`. */
            name: string;
            /** @description Permission strings the role grants, at least one, such as `deployment.get`. `ListPermissionGroups` lists the ones available. */
            permissions: string[];
            /** @description Identifiers of the Workspaces the role is limited to. */
            restrictedWorkspaceIds?: string[];
            /**
             * @description Level the role is granted at: `DEPLOYMENT` for a role on Deployments, `DAG` for a role on DAGs or DAG tags. It cannot be changed later.
             * @enum {string}
             */
            scopeType: "DEPLOYMENT" | "DAG";
        };
        /** @description A custom role of an Organization together with the permissions it grants. */
        RoleWithPermission: {
            /**
             * Format: date-time
             * @description When the role was created, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            createdAt: string;
            /** @description The user or API token that created the role. */
            createdBy: components["schemas"]["BasicSubjectProfile"];
            /** @description Free text saying what the role allows. */
            description?: string;
            /** @description Identifier of the custom role. */
            id: string;
            /** @description Name of the role, for example `Deployment_Viewer`. */
            name: string;
            /** @description Permission strings the role grants, such as `deployment.get`. */
            permissions: string[];
            /** @description Identifiers of the Workspaces the role is limited to; may be empty. */
            restrictedWorkspaceIds: string[];
            /**
             * @description Level the role is granted at.
             * @enum {string}
             */
            scopeType: "DEPLOYMENT" | "WORKSPACE" | "ORGANIZATION";
            /**
             * Format: date-time
             * @description When the role was last changed, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            updatedAt: string;
            /** @description The user or API token that last changed the role. */
            updatedBy: components["schemas"]["BasicSubjectProfile"];
        };
        /** @description Body of a request that changes a custom role; the role keeps the scope it was created with. */
        UpdateCustomRoleRequest: {
            /** @description Free text saying what the role allows. */
            description?: string;
            /** @description Name of the role. */
            name: string;
            /** @description Permission strings the role grants, at least one, such as `deployment.get`. */
            permissions: string[];
            /** @description Identifiers of the Workspaces the role is limited to. */
            restrictedWorkspaceIds?: string[];
        };
        /** @description A role that a subject holds on one DAG, or on every DAG with a given tag, in one Deployment. */
        DagRole: {
            /** @description Airflow ID of the DAG the role applies to; set when `dagTag` is not. */
            dagId?: string;
            /** @description Tag whose DAGs the role applies to; set when `dagId` is not. */
            dagTag?: string;
            /** @description Identifier of the Deployment that runs the DAG or DAGs. */
            deploymentId: string;
            /** @description Name of the role: `DAG_VIEWER`, `DAG_AUTHOR`, or the name of a custom role with scope `DAG`. */
            role: string;
        };
        /** @description A role that a subject holds on one Deployment. */
        DeploymentRole: {
            /** @description Identifier of the Deployment. */
            deploymentId: string;
            /** @description Name of the role on that Deployment, for example `DEPLOYMENT_ADMIN`, or of a custom role with scope `DEPLOYMENT`. */
            role: string;
        };
        /** @description A role that a subject holds on one Workspace. */
        WorkspaceRole: {
            /**
             * @description Name of the role on that Workspace.
             * @enum {string}
             */
            role: "WORKSPACE_OWNER" | "WORKSPACE_OPERATOR" | "WORKSPACE_AUTHOR" | "WORKSPACE_MEMBER" | "WORKSPACE_ACCESSOR";
            /** @description Identifier of the Workspace. */
            workspaceId: string;
        };
        /** @description A named group of users in an Organization; every member receives the roles the Team holds. */
        Team: {
            /**
             * Format: date-time
             * @description When the Team was created, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            createdAt: string;
            /** @description The user or API token that created the Team. */
            createdBy?: components["schemas"]["BasicSubjectProfile"];
            /** @description Roles the Team holds on single DAGs or DAG tags. */
            dagRoles?: components["schemas"]["DagRole"][];
            /** @description Roles the Team holds on single Deployments. */
            deploymentRoles?: components["schemas"]["DeploymentRole"][];
            /** @description Free text explaining what the Team is for. */
            description?: string;
            /** @description Identifier of the Team. */
            id: string;
            /** @description True when the Team is synced from an identity provider, which then manages its membership. */
            isIdpManaged: boolean;
            /** @description Display name of the Team. */
            name: string;
            /** @description Identifier of the Organization the Team belongs to. */
            organizationId: string;
            /**
             * @description The Organization role the Team grants its members.
             * @enum {string}
             */
            organizationRole: "ORGANIZATION_OWNER" | "ORGANIZATION_OBSERVE_ADMIN" | "ORGANIZATION_OBSERVE_MEMBER" | "ORGANIZATION_BILLING_ADMIN" | "ORGANIZATION_MEMBER";
            /** @description Number of roles the Team holds across all scopes. */
            rolesCount?: number;
            /**
             * Format: date-time
             * @description When the Team was last changed, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            updatedAt: string;
            /** @description The user or API token that last changed the Team. */
            updatedBy?: components["schemas"]["BasicSubjectProfile"];
            /** @description Roles the Team holds on single Workspaces. */
            workspaceRoles?: components["schemas"]["WorkspaceRole"][];
        };
        /** @description One page of an Organization's Teams, with the paging values that produced it. */
        TeamsPaginated: {
            /** @description The page size used for this response. */
            limit: number;
            /** @description Number of Teams skipped before this page. */
            offset: number;
            /** @description The Teams on this page. */
            teams: components["schemas"]["Team"][];
            /** @description Number of Teams in the whole result, across all pages. */
            totalCount: number;
        };
        /** @description Settings of a new Team. */
        CreateTeamRequest: {
            /** @description Free text explaining what the Team is for. */
            description?: string;
            /** @description Identifiers of users of the Organization to make members right away. */
            memberIds?: string[];
            /** @description Display name of the Team. */
            name: string;
            /**
             * @description The Organization role the Team grants its members.
             * @enum {string}
             */
            organizationRole?: "ORGANIZATION_OWNER" | "ORGANIZATION_OBSERVE_ADMIN" | "ORGANIZATION_OBSERVE_MEMBER" | "ORGANIZATION_BILLING_ADMIN" | "ORGANIZATION_MEMBER";
        };
        /** @description New name and description of a Team. */
        UpdateTeamRequest: {
            /** @description New free text explaining what the Team is for. */
            description?: string;
            /** @description New display name of the Team. */
            name: string;
        };
        /** @description A user as listed among the members of a Team. */
        TeamMember: {
            /** @description Link to the user's profile picture. */
            avatarUrl?: string;
            /**
             * Format: date-time
             * @description When the user joined the Team, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            createdAt?: string;
            /** @description Display name of the user. */
            fullName?: string;
            /** @description Identifier of the user. */
            userId: string;
            /** @description Login name of the user, usually an email address. */
            username: string;
        };
        /** @description One page of a Team's members, with the paging values that produced it. */
        TeamMembersPaginated: {
            /** @description The page size used for this response. */
            limit: number;
            /** @description Number of members skipped before this page. */
            offset: number;
            /** @description The members on this page. */
            teamMembers: components["schemas"]["TeamMember"][];
            /** @description Number of members in the whole result, across all pages. */
            totalCount: number;
        };
        /** @description Users to put into a Team. */
        AddTeamMembersRequest: {
            /** @description Identifiers of the users to add, at least one; each must be a user of the Organization. */
            memberIds: string[];
        };
        /** @description The complete set of roles a Team should hold; roles left out are taken away. */
        UpdateTeamRolesRequest: {
            /** @description Roles the Team should hold on single DAGs or DAG tags. */
            dagRoles?: components["schemas"]["DagRole"][];
            /** @description Roles the Team should hold on single Deployments; each Deployment must belong to the Team's Organization. */
            deploymentRoles?: components["schemas"]["DeploymentRole"][];
            /** @description The Organization role the Team should grant, one of `ORGANIZATION_OWNER`, `ORGANIZATION_OBSERVE_ADMIN`, `ORGANIZATION_OBSERVE_MEMBER`, `ORGANIZATION_BILLING_ADMIN` or `ORGANIZATION_MEMBER`. The API types it as a plain string without an enum. */
            organizationRole: string;
            /** @description Roles the Team should hold on single Workspaces; each Workspace must belong to the Team's Organization. */
            workspaceRoles?: components["schemas"]["WorkspaceRole"][];
        };
        /** @description Every role that a subject (a user, Team or API token) holds in an Organization, grouped by level. */
        SubjectRoles: {
            /** @description Roles on single DAGs or on DAG tags. */
            dagRoles?: components["schemas"]["DagRole"][];
            /** @description Roles on single Deployments; at present filled only for API tokens. */
            deploymentRoles?: components["schemas"]["DeploymentRole"][];
            /** @description Role on the Organization, such as `ORGANIZATION_OWNER`, `ORGANIZATION_BILLING_ADMIN` or `ORGANIZATION_MEMBER`; a free string, not an enum. */
            organizationRole?: string;
            /** @description Roles on single Workspaces. */
            workspaceRoles?: components["schemas"]["WorkspaceRole"][];
        };
        /** @description Body of a request that creates an API token: its name, the Organization, Workspace or Deployment it works in, the role it starts with and how long it stays valid. */
        CreateApiTokenRequest: {
            /** @description Free text saying what the token is for. */
            description?: string;
            /** @description Identifier of the Workspace or Deployment the token belongs to. Required when `scope` is `WORKSPACE` or `DEPLOYMENT`; not used for an Organization token. */
            entityId?: string;
            /**
             * @description Kind of token to create; `STANDARD` when left out.
             * @enum {string}
             */
            kind?: "STANDARD" | "DIRECT_ACCESS";
            /** @description Display name of the token. */
            name: string;
            /** @description Name of the role the token gets at its scope, for example `ORGANIZATION_MEMBER`, `WORKSPACE_OWNER` or `DEPLOYMENT_ADMIN`. A free string, not checked against an enum by the schema. */
            role: string;
            /**
             * @description Level the token works at: the whole Organization, one Workspace or one Deployment.
             * @enum {string}
             */
            scope: "DEPLOYMENT" | "WORKSPACE" | "ORGANIZATION";
            /** @description Lifetime of the token in days, from 1 to 3650. Leave it out for a token that never expires. */
            tokenExpiryPeriodInDays?: number;
        };
        /** @description Body of a request that renames an API token or changes its description. */
        UpdateApiTokenRequest: {
            /** @description New description of the token, at most 500 characters. */
            description?: string;
            /** @description New display name of the token, 1 to 256 characters. */
            name: string;
        };
        /** @description Body of a request that sets the roles of an API token. */
        UpdateApiTokenRolesRequest: {
            /** @description Every role the token should hold afterwards, at least one, DAG and DAG-tag roles included. */
            roles: components["schemas"]["ApiTokenRole"][];
        };
        /** @description A user of an Organization, with the account's status and the roles the user holds. */
        User: {
            /** @description Link to the user's profile picture. */
            avatarUrl: string;
            /**
             * Format: date-time
             * @description When the user account was created, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            createdAt: string;
            /** @description Roles the user holds on single DAGs or DAG tags. */
            dagRoles?: components["schemas"]["DagRole"][];
            /** @description Roles the user holds on single Deployments. */
            deploymentRoles?: components["schemas"]["DeploymentRole"][];
            /** @description Display name of the user. */
            fullName: string;
            /** @description Identifier of the user. */
            id: string;
            /**
             * @description The user's role in the Organization.
             * @enum {string}
             */
            organizationRole?: "ORGANIZATION_OWNER" | "ORGANIZATION_OBSERVE_ADMIN" | "ORGANIZATION_OBSERVE_MEMBER" | "ORGANIZATION_BILLING_ADMIN" | "ORGANIZATION_MEMBER";
            /**
             * @description State of the user's account.
             * @enum {string}
             */
            status: "ACTIVE" | "INACTIVE" | "PENDING" | "BANNED";
            /**
             * Format: date-time
             * @description When the user account was last changed, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            updatedAt: string;
            /** @description Login name of the user, usually an email address. */
            username: string;
            /** @description Roles the user holds on single Workspaces. */
            workspaceRoles?: components["schemas"]["WorkspaceRole"][];
        };
        /** @description One page of an Organization's users, with the paging values that produced it. */
        UsersPaginated: {
            /** @description The page size used for this response. */
            limit: number;
            /** @description Number of users skipped before this page. */
            offset: number;
            /** @description Number of users in the whole result, across all pages. */
            totalCount: number;
            /** @description The users on this page. */
            users: components["schemas"]["User"][];
        };
        /** @description The complete set of roles a user should hold; roles left out are taken away. */
        UpdateUserRolesRequest: {
            /** @description Roles the user should hold on single DAGs or DAG tags. */
            dagRoles?: components["schemas"]["DagRole"][];
            /** @description Roles the user should hold on single Deployments; accepted only together with `organizationRole`. */
            deploymentRoles?: components["schemas"]["DeploymentRole"][];
            /** @description The user's Organization role, one of `ORGANIZATION_OWNER`, `ORGANIZATION_OBSERVE_ADMIN`, `ORGANIZATION_OBSERVE_MEMBER`, `ORGANIZATION_BILLING_ADMIN` or `ORGANIZATION_MEMBER`. The API types it as a plain string without an enum. Required whenever Workspace or Deployment roles are sent. */
            organizationRole?: string;
            /** @description Roles the user should hold on single Workspaces; accepted only together with `organizationRole`. */
            workspaceRoles?: components["schemas"]["WorkspaceRole"][];
        };
        /** @description A Team that a given user belongs to, with the roles the Team grants. */
        UserTeamMembership: {
            /** @description Roles the Team holds on single DAGs or DAG tags. */
            dagRoles?: components["schemas"]["DagRole"][];
            /** @description Roles the Team holds on single Deployments. */
            deploymentRoles?: components["schemas"]["DeploymentRole"][];
            /** @description Free text explaining what the Team is for. */
            description?: string;
            /** @description Identifier of the Team. */
            id: string;
            /** @description True when the Team is synced from an identity provider, which then manages its membership. */
            isIdpManaged: boolean;
            /** @description Display name of the Team. */
            name: string;
            /**
             * @description The Organization role the Team grants its members.
             * @enum {string}
             */
            organizationRole: "ORGANIZATION_OWNER" | "ORGANIZATION_OBSERVE_ADMIN" | "ORGANIZATION_OBSERVE_MEMBER" | "ORGANIZATION_BILLING_ADMIN" | "ORGANIZATION_MEMBER";
            /** @description Number of roles the Team holds across all scopes. */
            rolesCount?: number;
            /** @description Roles the Team holds on single Workspaces. */
            workspaceRoles?: components["schemas"]["WorkspaceRole"][];
        };
        /** @description One page of the Teams a user belongs to, with the paging values that produced it. */
        UserTeamsPaginated: {
            /** @description The page size used for this response. */
            limit: number;
            /** @description Number of Teams skipped before this page. */
            offset: number;
            /** @description The user's Teams on this page. */
            teams: components["schemas"]["UserTeamMembership"][];
            /** @description Number of Teams in the whole result, across all pages. */
            totalCount: number;
        };
        /** @description A Workspace: a group of Deployments in an Organization that share users, Teams and API tokens, with defaults applied to Deployments created in it. */
        Workspace: {
            /** @description Whether Deployments created in the Workspace start with CI/CD enforcement switched on, which allows code deploys only through API tokens. */
            cicdEnforcedDefault: boolean;
            /**
             * Format: date-time
             * @description When the Workspace was created, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            createdAt: string;
            /** @description The user or API token that created the Workspace. */
            createdBy?: components["schemas"]["BasicSubjectProfile"];
            /**
             * @description Cloud provider preselected for new Deployments; absent when none is set.
             * @enum {string}
             */
            defaultCloudProvider?: "AWS" | "AZURE" | "GCP";
            /** @description Identifier of the cluster preselected for new Deployments; absent when none is set. */
            defaultClusterId?: string;
            /** @description Cloud region preselected for new Deployments, such as `us-east-1`; absent when none is set. */
            defaultRegion?: string;
            /** @description Free text explaining what the Workspace is for. */
            description?: string;
            /** @description Identifier of the Workspace. */
            id: string;
            /** @description Display name of the Workspace. */
            name: string;
            /** @description Identifier of the Organization the Workspace belongs to. */
            organizationId: string;
            /** @description Display name of the Organization the Workspace belongs to. */
            organizationName?: string;
            /**
             * Format: date-time
             * @description When the Workspace was last changed, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            updatedAt: string;
            /** @description The user or API token that last changed the Workspace. */
            updatedBy?: components["schemas"]["BasicSubjectProfile"];
        };
        /** @description One page of an Organization's Workspaces, with the paging values that produced it. */
        WorkspacesPaginated: {
            /** @description The page size used for this response. */
            limit: number;
            /** @description Number of Workspaces skipped before this page. */
            offset: number;
            /** @description Number of Workspaces in the whole result, across all pages. */
            totalCount: number;
            /** @description The Workspaces on this page. */
            workspaces: components["schemas"]["Workspace"][];
        };
        /** @description Settings of a new Workspace. */
        CreateWorkspaceRequest: {
            /** @description Whether Deployments created in the Workspace start with CI/CD enforcement switched on, which allows code deploys only through API tokens. */
            cicdEnforcedDefault?: boolean;
            /**
             * @description Cloud provider preselected for new Deployments. Send it together with `defaultRegion` and never with `defaultClusterId`.
             * @enum {string}
             */
            defaultCloudProvider?: "AWS" | "AZURE" | "GCP";
            /** @description Identifier of the cluster preselected for new Deployments. Cannot be combined with `defaultCloudProvider` or `defaultRegion`. */
            defaultClusterId?: string;
            /** @description Cloud region preselected for new Deployments, such as `us-east-1`. Send it together with `defaultCloudProvider` and never with `defaultClusterId`. */
            defaultRegion?: string;
            /** @description Free text explaining what the Workspace is for. */
            description?: string;
            /** @description Display name of the Workspace, at most 50 characters. */
            name: string;
        };
        /** @description New settings of a Workspace; `name`, `description` and `cicdEnforcedDefault` are required on every update. */
        UpdateWorkspaceRequest: {
            /** @description Whether Deployments created in the Workspace start with CI/CD enforcement switched on, which allows code deploys only through API tokens. */
            cicdEnforcedDefault: boolean;
            /**
             * @description Cloud provider preselected for new Deployments. Send it together with `defaultRegion` and never with `defaultClusterId`.
             * @enum {string}
             */
            defaultCloudProvider?: "AWS" | "AZURE" | "GCP";
            /** @description Identifier of the cluster preselected for new Deployments. Cannot be combined with `defaultCloudProvider` or `defaultRegion`. */
            defaultClusterId?: string;
            /** @description Cloud region preselected for new Deployments, such as `us-east-1`. Send it together with `defaultCloudProvider` and never with `defaultClusterId`. */
            defaultRegion?: string;
            /** @description Free text explaining what the Workspace is for. */
            description: string;
            /** @description Display name of the Workspace, at most 50 characters. */
            name: string;
        };
        /** @description One feature switch and whether it is on for the calling user. */
        SelfUserFeatureFlag: {
            /** @description Name of the feature flag. */
            key: string;
            /** @description True when the feature is switched on. */
            value: boolean;
        };
        /** @description An open invitation for the calling user to join an Organization. */
        SelfUserInvite: {
            /**
             * Format: date-time
             * @description When the invitation stops being valid, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            expiresAt: string;
            /** @description Identifier of the invitation. */
            inviteId: string;
            /** @description Identifier of the Organization the invitation is for. */
            organizationId: string;
        };
        /** @description The object that one role of the calling user applies to. */
        SelfUserRoleScope: {
            /** @description The DAG tag the role covers; only for roles scoped to a DAG tag. */
            dagTag?: string;
            /** @description Identifier of the Deployment that holds the DAG; only for roles scoped to a DAG. */
            deploymentId?: string;
            /** @description Identifier of the object the role applies to; `type` tells what kind of object it is. */
            entityId: string;
            /** @description Kind of object the role applies to, such as `ORGANIZATION`, `WORKSPACE`, `DEPLOYMENT` or `DAG`. The API types it as a plain string, without a fixed list of values. */
            type: string;
        };
        /** @description One role of the calling user together with the object it applies to. */
        SelfUserRole: {
            /** @description Name of the role, such as `ORGANIZATION_MEMBER`, `WORKSPACE_OWNER` or `DAG_VIEWER`. */
            role: string;
            /** @description The object the role applies to. */
            scope: components["schemas"]["SelfUserRoleScope"];
        };
        /** @description The user who owns the calling token, with the roles, open invitations and feature flags that apply to them. */
        SelfUser: {
            /** @description Link to the user's profile picture. */
            avatarUrl: string;
            /**
             * Format: date-time
             * @description When the user account was created, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            createdAt: string;
            /** @description Feature switches set for the user. */
            featureFlags?: components["schemas"]["SelfUserFeatureFlag"][];
            /** @description Display name of the user. */
            fullName: string;
            /** @description Identifier of the user. */
            id: string;
            /** @description Invitations to Organizations that the user has not accepted yet. */
            invites?: components["schemas"]["SelfUserInvite"][];
            /** @description True when the account is provisioned and managed through an identity provider rather than in Astro. */
            isIdpManaged?: boolean;
            /** @description Identifier of the user's primary Organization. */
            organizationId?: string;
            /** @description Every role the user holds, each with the object it applies to. */
            roles?: components["schemas"]["SelfUserRole"][];
            /**
             * @description State of the user's account.
             * @enum {string}
             */
            status: "ACTIVE" | "INACTIVE" | "PENDING" | "BANNED";
            /**
             * Format: date-time
             * @description When the user account was last changed, as a UTC timestamp (`YYYY-MM-DDTHH:MM:SSZ`).
             */
            updatedAt: string;
            /** @description Login name of the user, usually an email address. */
            username: string;
        };
    };
    responses: {
        /** @description The request is malformed or failed validation. When validation failed, `fieldErrors` names each offending field. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The bearer token is missing, malformed or expired. A gateway in front of the API may answer with a plain-text body instead of JSON. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "text/plain": string;
            };
        };
        /** @description The token is valid but lacks the permission the operation needs. A gateway in front of the API may answer with a plain-text body instead of JSON. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "text/plain": string;
            };
        };
        /** @description The token exceeded its rate limit (per token: 25 GET, 10 POST and 5 DELETE requests per second). The API's own documents do not list this response, but it happens. Wait for the time given in `Retry-After` when present, then retry. The body is JSON or, when a gateway answers, plain text. */
        TooManyRequests: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "text/plain": string;
            };
        };
        /** @description The API failed unexpectedly while handling the request. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The resource named in the path (or a parent of it, such as its Organization) does not exist or is not visible to the token. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The change clashes with the current state, for example an object with the same key or the same IP address range already exists. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The audit log of the Organization as newline-delimited JSON, one `AuditLogEvent` per line, sent gzip-compressed. Depending on the HTTP client the body arrives either already decompressed or as raw gzip bytes (which begin with `1f 8b`); a client has to handle both. Events are kept for 90 days and an export can reach hundreds of megabytes, so read it as a stream. The API itself labels the body `application/octet-stream`. */
        AuditLogExport: {
            headers: {
                "Content-Encoding": components["headers"]["ContentEncoding"];
                [name: string]: unknown;
            };
            content: {
                "application/octet-stream": string;
                "application/x-ndjson": components["schemas"]["AuditLogEvent"];
            };
        };
        /** @description A condition for the change is not met, for example the cloud provider account is not yet prepared for the cluster. */
        PreconditionFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request was refused: it is invalid (400), the token is missing or wrong (401), lacks the permission (403), or the Deployment does not exist (404). The status code tells which. A gateway may answer 401, 403 and 429 in plain text. */
        ClientError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
                "text/plain": string;
            };
        };
        /** @description The API or a gateway in front of it failed while handling the request. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The operation cannot be used on this resource in its current form, for example an environment object of a kind that does not support the change. */
        MethodNotAllowed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
         * @example 1.0
         */
        ApiVersion: string;
        /** @description Return only Organizations subscribed to this product plan. */
        ProductPlan: components["schemas"]["PlanFilter"];
        /** @description Return only Organizations subscribed to this Astronomer product. */
        AstronomerProduct: components["schemas"]["AstronomerProduct"];
        /** @description Return only Organizations of this product type. */
        Product: components["schemas"]["Product"];
        /** @description How many items to skip before the returned page starts. */
        Offset: number;
        /** @description Largest number of items to return in one page. */
        Limit: number;
        /** @description Sort keys, applied in the order given. Each key is a field name followed by `:asc` or `:desc`. Repeat the parameter to sort by several keys, for example `sorts=name:asc&sorts=createdAt:desc`. */
        Sorts: ("name:asc" | "name:desc" | "createdAt:asc" | "createdAt:desc" | "updatedAt:asc" | "updatedAt:desc")[];
        /** @description Identifier of the Organization to act on. */
        OrganizationId: string;
        /** @description When true, the response is limited to the Organization's metadata. */
        IsLookUpOnly: boolean;
        /** @description Largest number of items to return in one page, 20 by default. Unlike most lists, whose page size stops at 1000, this one has no declared upper bound. */
        LimitWithoutMaximum: number;
        /** @description Identifier of the allowed IP address range. */
        AllowedIpAddressRangeId: string;
        /** @description Beginning of the time window to read (audit-log events to export, or Deployment log lines), as a UTC date-time. */
        StartDate: string;
        /** @description End of the time window to read (audit-log events to export, or Deployment log lines), as a UTC date-time. */
        EndDate: string;
        /** @description Cloud provider to narrow the answer to; results for other providers are left out. */
        CloudProviderFilter: "AWS" | "AZURE" | "GCP";
        /** @description Names to match; only items with one of these names are returned. Repeat the parameter for several names: `names=a&names=b`. */
        NamesFilter: string[];
        /** @description Identifier of the cluster. */
        ClusterId: string;
        /** @description Identifier of a Deployment to narrow the answer to: lists keep only the items tied to that Deployment, and Deployment options are given for that Deployment. */
        DeploymentIdFilter: string;
        /** @description Workspace identifiers to narrow the list to: Workspaces are kept only when named here, Deployments only when they belong to one of these Workspaces. Repeat the parameter for several values. */
        WorkspaceIdsFilter: string[];
        /** @description Identifier of the Deployment. */
        DeploymentId: string;
        /** @description Identifier of the agent token. */
        AgentTokenId: string;
        /** @description Identifier of the deploy. */
        DeployId: string;
        /** @description Identifier of a Workspace; when given, the list holds only items that belong to that Workspace or hold a role in it. */
        WorkspaceIdFilter: string;
        /** @description Identifier of the environment object. */
        EnvironmentObjectId: string;
        /** @description Identifier of the invitation. */
        InviteId: string;
        /** @description Return only roles or role templates whose scope is one of these levels. Repeat the parameter for several, for example `scopeTypes=DEPLOYMENT&scopeTypes=DAG`. */
        ScopeTypesFilter: ("DEPLOYMENT" | "WORKSPACE" | "ORGANIZATION" | "DAG")[];
        /** @description Identifier of the custom role. */
        CustomRoleId: string;
        /** @description Sort keys, applied in the order given; each is a field name followed by `:asc` or `:desc`. Repeat the parameter to sort by several keys, for example `sorts=name:asc&sorts=createdAt:desc`. */
        NameDescriptionSorts: ("name:asc" | "name:desc" | "description:asc" | "description:desc" | "createdAt:asc" | "createdAt:desc" | "updatedAt:asc" | "updatedAt:desc")[];
        /** @description Identifier of the Team. */
        TeamId: string;
        /** @description Identifier of the user to take out of the Team. */
        MemberId: string;
        /** @description Return only the subjects (users or API tokens) that hold a role on the DAG with this ID, the Airflow `dag_id`. */
        DagIdFilter: string;
        /** @description Return only the subjects (users or API tokens) that hold a role granted through these DAG tags. Repeat the parameter for several tags, for example `dagTags=finance&dagTags=daily`. */
        DagTagsFilter: string[];
        /** @description Identifier of the API token. */
        TokenId: string;
        /** @description Identifier of the user. */
        UserId: string;
        /** @description Identifier of the Workspace. */
        WorkspaceId: string;
    };
    requestBodies: never;
    headers: {
        /** @description How long to wait before sending another request. The value is either a number of seconds (for example `2`) or an HTTP-date (for example `Wed, 21 Oct 2026 07:28:00 GMT`). The header may be missing. */
        RetryAfter: string;
        /** @description Compression applied to the body. The export is sent gzip-compressed; an HTTP client or proxy that decompresses it on the way may remove this header. */
        ContentEncoding: "gzip";
    };
    pathItems: never;
}
export interface PermissionEntry extends Schema<'PermissionEntry'> {}
export interface PermissionGroup extends Schema<'PermissionGroup'> {}
export interface FieldError extends Schema<'FieldError'> {}
export interface Error extends Schema<'Error'> {}
export type PlanFilter = components['schemas']['PlanFilter'];
export type AstronomerProduct = components['schemas']['AstronomerProduct'];
export type Product = components['schemas']['Product'];
export type SubjectType = components['schemas']['SubjectType'];
export interface BasicSubjectProfile extends Schema<'BasicSubjectProfile'> {}
export interface ManagedDomain extends Schema<'ManagedDomain'> {}
export type PaymentMethod = components['schemas']['PaymentMethod'];
export type OrganizationStatus = components['schemas']['OrganizationStatus'];
export type PlanName = components['schemas']['PlanName'];
export interface OrganizationProductPlan extends Schema<'OrganizationProductPlan'> {}
export interface Organization extends Schema<'Organization'> {}
export interface OrganizationsPaginated extends Schema<'OrganizationsPaginated'> {}
export interface UpdateOrganizationRequest extends Schema<'UpdateOrganizationRequest'> {}
export interface AllowedIpAddressRange extends Schema<'AllowedIpAddressRange'> {}
export interface AllowedIpAddressRangesPaginated extends Schema<'AllowedIpAddressRangesPaginated'> {}
export interface CreateAllowedIpAddressRangeRequest extends Schema<'CreateAllowedIpAddressRangeRequest'> {}
export interface BulkCreateAllowedIpAddressRangesRequest extends Schema<'BulkCreateAllowedIpAddressRangesRequest'> {}
export interface AllowedIpAddressRangesList extends Schema<'AllowedIpAddressRangesList'> {}
export interface BulkDeleteAllowedIpAddressRangesRequest extends Schema<'BulkDeleteAllowedIpAddressRangesRequest'> {}
export interface AuditLogEvent extends Schema<'AuditLogEvent'> {}
export interface ProviderInstanceType extends Schema<'ProviderInstanceType'> {}
export interface ProviderRegion extends Schema<'ProviderRegion'> {}
export interface ClusterOptions extends Schema<'ClusterOptions'> {}
export interface ClusterHealthStatusDetail extends Schema<'ClusterHealthStatusDetail'> {}
export interface ClusterHealthStatus extends Schema<'ClusterHealthStatus'> {}
export interface ClusterMetadata extends Schema<'ClusterMetadata'> {}
export interface NodePool extends Schema<'NodePool'> {}
export interface ClusterK8sTag extends Schema<'ClusterK8sTag'> {}
export interface Cluster extends Schema<'Cluster'> {}
export interface ClustersPaginated extends Schema<'ClustersPaginated'> {}
export interface CreateNodePoolRequest extends Schema<'CreateNodePoolRequest'> {}
export interface CreateAwsClusterRequest extends Schema<'CreateAwsClusterRequest'> {}
export interface CreateAzureClusterRequest extends Schema<'CreateAzureClusterRequest'> {}
export interface CreateGcpClusterRequest extends Schema<'CreateGcpClusterRequest'> {}
export type CreateClusterRequest = CreateAwsClusterRequest | CreateAzureClusterRequest | CreateGcpClusterRequest;
export interface UpdateNodePoolRequest extends Schema<'UpdateNodePoolRequest'> {}
export interface UpdateDedicatedClusterRequest extends Schema<'UpdateDedicatedClusterRequest'> {}
export interface UpdateHybridClusterRequest extends Schema<'UpdateHybridClusterRequest'> {}
export type UpdateClusterRequest = UpdateDedicatedClusterRequest | UpdateHybridClusterRequest;
export interface ResourceRange extends Schema<'ResourceRange'> {}
export interface ResourceOption extends Schema<'ResourceOption'> {}
export interface ResourceQuotaOptions extends Schema<'ResourceQuotaOptions'> {}
export interface RuntimeRelease extends Schema<'RuntimeRelease'> {}
export interface MachineSpec extends Schema<'MachineSpec'> {}
export interface SchedulerMachine extends Schema<'SchedulerMachine'> {}
export interface Range extends Schema<'Range'> {}
export interface WorkerMachine extends Schema<'WorkerMachine'> {}
export interface WorkerQueueOptions extends Schema<'WorkerQueueOptions'> {}
export interface WorkloadIdentityOption extends Schema<'WorkloadIdentityOption'> {}
export interface DeploymentOptions extends Schema<'DeploymentOptions'> {}
export interface DeploymentEnvironmentVariable extends Schema<'DeploymentEnvironmentVariable'> {}
export interface DeploymentRemoteExecution extends Schema<'DeploymentRemoteExecution'> {}
export interface DeploymentHibernationOverride extends Schema<'DeploymentHibernationOverride'> {}
export interface DeploymentHibernationSchedule extends Schema<'DeploymentHibernationSchedule'> {}
export interface DeploymentHibernationSpec extends Schema<'DeploymentHibernationSpec'> {}
export interface DeploymentScalingSpec extends Schema<'DeploymentScalingSpec'> {}
export interface DeploymentHibernationStatus extends Schema<'DeploymentHibernationStatus'> {}
export interface DeploymentScalingStatus extends Schema<'DeploymentScalingStatus'> {}
export interface WorkerQueue extends Schema<'WorkerQueue'> {}
export interface Deployment extends Schema<'Deployment'> {}
export interface DeploymentsPaginated extends Schema<'DeploymentsPaginated'> {}
export interface DeploymentEnvironmentVariableRequest extends Schema<'DeploymentEnvironmentVariableRequest'> {}
export interface DeploymentRemoteExecutionRequest extends Schema<'DeploymentRemoteExecutionRequest'> {}
export interface DeploymentHibernationOverrideRequest extends Schema<'DeploymentHibernationOverrideRequest'> {}
export interface DeploymentHibernationSpecRequest extends Schema<'DeploymentHibernationSpecRequest'> {}
export interface DeploymentScalingSpecRequest extends Schema<'DeploymentScalingSpecRequest'> {}
export interface WorkerQueueRequest extends Schema<'WorkerQueueRequest'> {}
export interface CreateDedicatedDeploymentRequest extends Schema<'CreateDedicatedDeploymentRequest'> {}
export interface CreateDeploymentInstanceSpecRequest extends Schema<'CreateDeploymentInstanceSpecRequest'> {}
export interface HybridWorkerQueueRequest extends Schema<'HybridWorkerQueueRequest'> {}
export interface CreateHybridDeploymentRequest extends Schema<'CreateHybridDeploymentRequest'> {}
export interface CreateStandardDeploymentRequest extends Schema<'CreateStandardDeploymentRequest'> {}
export type CreateDeploymentRequest = CreateDedicatedDeploymentRequest | CreateHybridDeploymentRequest | CreateStandardDeploymentRequest;
export interface UpdateWorkerQueueRequest extends Schema<'UpdateWorkerQueueRequest'> {}
export interface UpdateDedicatedDeploymentRequest extends Schema<'UpdateDedicatedDeploymentRequest'> {}
export interface UpdateDeploymentInstanceSpecRequest extends Schema<'UpdateDeploymentInstanceSpecRequest'> {}
export interface UpdateHybridDeploymentRequest extends Schema<'UpdateHybridDeploymentRequest'> {}
export interface UpdateStandardDeploymentRequest extends Schema<'UpdateStandardDeploymentRequest'> {}
export type UpdateDeploymentRequest = UpdateDedicatedDeploymentRequest | UpdateHybridDeploymentRequest | UpdateStandardDeploymentRequest;
export interface ApiTokenRole extends Schema<'ApiTokenRole'> {}
export interface ApiToken extends Schema<'ApiToken'> {}
export interface ApiTokensPaginated extends Schema<'ApiTokensPaginated'> {}
export interface CreateAgentTokenRequest extends Schema<'CreateAgentTokenRequest'> {}
export interface Bundle extends Schema<'Bundle'> {}
export interface DeployGit extends Schema<'DeployGit'> {}
export interface Deploy extends Schema<'Deploy'> {}
export interface DeploysPaginated extends Schema<'DeploysPaginated'> {}
export interface CreateDeployGitRequest extends Schema<'CreateDeployGitRequest'> {}
export interface CreateDeployRequest extends Schema<'CreateDeployRequest'> {}
export interface UpdateDeployRequest extends Schema<'UpdateDeployRequest'> {}
export interface FinalizeDeployRequest extends Schema<'FinalizeDeployRequest'> {}
export interface DeployRollbackRequest extends Schema<'DeployRollbackRequest'> {}
export interface OverrideDeploymentHibernationBody extends Schema<'OverrideDeploymentHibernationBody'> {}
export interface DeploymentLogEntry extends Schema<'DeploymentLogEntry'> {}
export interface DeploymentLog extends Schema<'DeploymentLog'> {}
export interface EnvironmentObjectAirflowVariable extends Schema<'EnvironmentObjectAirflowVariable'> {}
export interface ConnectionAuthTypeParameter extends Schema<'ConnectionAuthTypeParameter'> {}
export interface ConnectionAuthType extends Schema<'ConnectionAuthType'> {}
export interface EnvironmentObjectConnection extends Schema<'EnvironmentObjectConnection'> {}
export interface EnvironmentObjectEnvironmentVariable extends Schema<'EnvironmentObjectEnvironmentVariable'> {}
export interface EnvironmentObjectExcludeLink extends Schema<'EnvironmentObjectExcludeLink'> {}
export interface EnvironmentObjectAirflowVariableOverrides extends Schema<'EnvironmentObjectAirflowVariableOverrides'> {}
export interface EnvironmentObjectConnectionOverrides extends Schema<'EnvironmentObjectConnectionOverrides'> {}
export interface EnvironmentObjectEnvironmentVariableOverrides extends Schema<'EnvironmentObjectEnvironmentVariableOverrides'> {}
export interface EnvironmentObjectMetricsExportOverrides extends Schema<'EnvironmentObjectMetricsExportOverrides'> {}
export interface EnvironmentObjectLink extends Schema<'EnvironmentObjectLink'> {}
export interface EnvironmentObjectMetricsExport extends Schema<'EnvironmentObjectMetricsExport'> {}
export interface EnvironmentObject extends Schema<'EnvironmentObject'> {}
export interface EnvironmentObjectsPaginated extends Schema<'EnvironmentObjectsPaginated'> {}
export interface CreateEnvironmentObjectAirflowVariableRequest extends Schema<'CreateEnvironmentObjectAirflowVariableRequest'> {}
export interface CreateEnvironmentObjectConnectionRequest extends Schema<'CreateEnvironmentObjectConnectionRequest'> {}
export interface CreateEnvironmentObjectEnvironmentVariableRequest extends Schema<'CreateEnvironmentObjectEnvironmentVariableRequest'> {}
export interface ExcludeLinkEnvironmentObjectRequest extends Schema<'ExcludeLinkEnvironmentObjectRequest'> {}
export interface CreateEnvironmentObjectAirflowVariableOverridesRequest extends Schema<'CreateEnvironmentObjectAirflowVariableOverridesRequest'> {}
export interface CreateEnvironmentObjectConnectionOverridesRequest extends Schema<'CreateEnvironmentObjectConnectionOverridesRequest'> {}
export interface CreateEnvironmentObjectEnvironmentVariableOverridesRequest extends Schema<'CreateEnvironmentObjectEnvironmentVariableOverridesRequest'> {}
export interface CreateEnvironmentObjectMetricsExportOverridesRequest extends Schema<'CreateEnvironmentObjectMetricsExportOverridesRequest'> {}
export interface CreateEnvironmentObjectOverridesRequest extends Schema<'CreateEnvironmentObjectOverridesRequest'> {}
export interface CreateEnvironmentObjectLinkRequest extends Schema<'CreateEnvironmentObjectLinkRequest'> {}
export interface CreateEnvironmentObjectMetricsExportRequest extends Schema<'CreateEnvironmentObjectMetricsExportRequest'> {}
export interface CreateEnvironmentObjectRequest extends Schema<'CreateEnvironmentObjectRequest'> {}
export interface CreateEnvironmentObject extends Schema<'CreateEnvironmentObject'> {}
export interface UpdateEnvironmentObjectAirflowVariableRequest extends Schema<'UpdateEnvironmentObjectAirflowVariableRequest'> {}
export interface UpdateEnvironmentObjectConnectionRequest extends Schema<'UpdateEnvironmentObjectConnectionRequest'> {}
export interface UpdateEnvironmentObjectEnvironmentVariableRequest extends Schema<'UpdateEnvironmentObjectEnvironmentVariableRequest'> {}
export interface UpdateEnvironmentObjectAirflowVariableOverridesRequest extends Schema<'UpdateEnvironmentObjectAirflowVariableOverridesRequest'> {}
export interface UpdateEnvironmentObjectConnectionOverridesRequest extends Schema<'UpdateEnvironmentObjectConnectionOverridesRequest'> {}
export interface UpdateEnvironmentObjectEnvironmentVariableOverridesRequest extends Schema<'UpdateEnvironmentObjectEnvironmentVariableOverridesRequest'> {}
export interface UpdateEnvironmentObjectMetricsExportOverridesRequest extends Schema<'UpdateEnvironmentObjectMetricsExportOverridesRequest'> {}
export interface UpdateEnvironmentObjectOverridesRequest extends Schema<'UpdateEnvironmentObjectOverridesRequest'> {}
export interface UpdateEnvironmentObjectLinkRequest extends Schema<'UpdateEnvironmentObjectLinkRequest'> {}
export interface UpdateEnvironmentObjectMetricsExportRequest extends Schema<'UpdateEnvironmentObjectMetricsExportRequest'> {}
export interface UpdateEnvironmentObjectRequest extends Schema<'UpdateEnvironmentObjectRequest'> {}
export interface CreateUserInviteRequest extends Schema<'CreateUserInviteRequest'> {}
export interface Invite extends Schema<'Invite'> {}
export interface RoleTemplate extends Schema<'RoleTemplate'> {}
export interface DefaultRole extends Schema<'DefaultRole'> {}
export interface Role extends Schema<'Role'> {}
export interface RolesPaginated extends Schema<'RolesPaginated'> {}
export interface CreateCustomRoleRequest extends Schema<'CreateCustomRoleRequest'> {}
export interface RoleWithPermission extends Schema<'RoleWithPermission'> {}
export interface UpdateCustomRoleRequest extends Schema<'UpdateCustomRoleRequest'> {}
export interface DagRole extends Schema<'DagRole'> {}
export interface DeploymentRole extends Schema<'DeploymentRole'> {}
export interface WorkspaceRole extends Schema<'WorkspaceRole'> {}
export interface Team extends Schema<'Team'> {}
export interface TeamsPaginated extends Schema<'TeamsPaginated'> {}
export interface CreateTeamRequest extends Schema<'CreateTeamRequest'> {}
export interface UpdateTeamRequest extends Schema<'UpdateTeamRequest'> {}
export interface TeamMember extends Schema<'TeamMember'> {}
export interface TeamMembersPaginated extends Schema<'TeamMembersPaginated'> {}
export interface AddTeamMembersRequest extends Schema<'AddTeamMembersRequest'> {}
export interface UpdateTeamRolesRequest extends Schema<'UpdateTeamRolesRequest'> {}
export interface SubjectRoles extends Schema<'SubjectRoles'> {}
export interface CreateApiTokenRequest extends Schema<'CreateApiTokenRequest'> {}
export interface UpdateApiTokenRequest extends Schema<'UpdateApiTokenRequest'> {}
export interface UpdateApiTokenRolesRequest extends Schema<'UpdateApiTokenRolesRequest'> {}
export interface User extends Schema<'User'> {}
export interface UsersPaginated extends Schema<'UsersPaginated'> {}
export interface UpdateUserRolesRequest extends Schema<'UpdateUserRolesRequest'> {}
export interface UserTeamMembership extends Schema<'UserTeamMembership'> {}
export interface UserTeamsPaginated extends Schema<'UserTeamsPaginated'> {}
export interface Workspace extends Schema<'Workspace'> {}
export interface WorkspacesPaginated extends Schema<'WorkspacesPaginated'> {}
export interface CreateWorkspaceRequest extends Schema<'CreateWorkspaceRequest'> {}
export interface UpdateWorkspaceRequest extends Schema<'UpdateWorkspaceRequest'> {}
export interface SelfUserFeatureFlag extends Schema<'SelfUserFeatureFlag'> {}
export interface SelfUserInvite extends Schema<'SelfUserInvite'> {}
export interface SelfUserRoleScope extends Schema<'SelfUserRoleScope'> {}
export interface SelfUserRole extends Schema<'SelfUserRole'> {}
export interface SelfUser extends Schema<'SelfUser'> {}
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseConflict = components['responses']['Conflict'];
export type ResponseAuditLogExport = components['responses']['AuditLogExport'];
export type ResponsePreconditionFailed = components['responses']['PreconditionFailed'];
export type ResponseClientError = components['responses']['ClientError'];
export type ResponseServerError = components['responses']['ServerError'];
export type ResponseMethodNotAllowed = components['responses']['MethodNotAllowed'];
export type ParameterApiVersion = components['parameters']['ApiVersion'];
export type ParameterProductPlan = components['parameters']['ProductPlan'];
export type ParameterAstronomerProduct = components['parameters']['AstronomerProduct'];
export type ParameterProduct = components['parameters']['Product'];
export type ParameterOffset = components['parameters']['Offset'];
export type ParameterLimit = components['parameters']['Limit'];
export type ParameterSorts = components['parameters']['Sorts'];
export type ParameterOrganizationId = components['parameters']['OrganizationId'];
export type ParameterIsLookUpOnly = components['parameters']['IsLookUpOnly'];
export type ParameterLimitWithoutMaximum = components['parameters']['LimitWithoutMaximum'];
export type ParameterAllowedIpAddressRangeId = components['parameters']['AllowedIpAddressRangeId'];
export type ParameterStartDate = components['parameters']['StartDate'];
export type ParameterEndDate = components['parameters']['EndDate'];
export type ParameterCloudProviderFilter = components['parameters']['CloudProviderFilter'];
export type ParameterNamesFilter = components['parameters']['NamesFilter'];
export type ParameterClusterId = components['parameters']['ClusterId'];
export type ParameterDeploymentIdFilter = components['parameters']['DeploymentIdFilter'];
export type ParameterWorkspaceIdsFilter = components['parameters']['WorkspaceIdsFilter'];
export type ParameterDeploymentId = components['parameters']['DeploymentId'];
export type ParameterAgentTokenId = components['parameters']['AgentTokenId'];
export type ParameterDeployId = components['parameters']['DeployId'];
export type ParameterWorkspaceIdFilter = components['parameters']['WorkspaceIdFilter'];
export type ParameterEnvironmentObjectId = components['parameters']['EnvironmentObjectId'];
export type ParameterInviteId = components['parameters']['InviteId'];
export type ParameterScopeTypesFilter = components['parameters']['ScopeTypesFilter'];
export type ParameterCustomRoleId = components['parameters']['CustomRoleId'];
export type ParameterNameDescriptionSorts = components['parameters']['NameDescriptionSorts'];
export type ParameterTeamId = components['parameters']['TeamId'];
export type ParameterMemberId = components['parameters']['MemberId'];
export type ParameterDagIdFilter = components['parameters']['DagIdFilter'];
export type ParameterDagTagsFilter = components['parameters']['DagTagsFilter'];
export type ParameterTokenId = components['parameters']['TokenId'];
export type ParameterUserId = components['parameters']['UserId'];
export type ParameterWorkspaceId = components['parameters']['WorkspaceId'];
export type HeaderRetryAfter = components['headers']['RetryAfter'];
export type HeaderContentEncoding = components['headers']['ContentEncoding'];
export type $defs = Record<string, never>;
export interface operations {
    ListPermissionGroups: {
        parameters: {
            query?: {
                /** @description Return only the permission groups that apply at this level. At present custom roles can only hold `DEPLOYMENT` and `DAG` permissions, so the other values find little or nothing. */
                scopeType?: "DEPLOYMENT" | "WORKSPACE" | "ORGANIZATION" | "DAG";
            };
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The permission groups, as a JSON array without pagination. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionGroup"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListOrganizations: {
        parameters: {
            query?: {
                /** @description Return only Organizations subscribed to this product plan. */
                productPlan?: components["parameters"]["ProductPlan"];
                /** @description Return only Organizations subscribed to this Astronomer product. */
                astronomerProduct?: components["parameters"]["AstronomerProduct"];
                /** @description Return only Organizations of this product type. */
                product?: components["parameters"]["Product"];
                /** @description How many items to skip before the returned page starts. */
                offset?: components["parameters"]["Offset"];
                /** @description Largest number of items to return in one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Sort keys, applied in the order given. Each key is a field name followed by `:asc` or `:desc`. Repeat the parameter to sort by several keys, for example `sorts=name:asc&sorts=createdAt:desc`. */
                sorts?: components["parameters"]["Sorts"];
            };
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Organizations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationsPaginated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    GetOrganization: {
        parameters: {
            query?: {
                /** @description When true, the response is limited to the Organization's metadata. */
                isLookUpOnly?: components["parameters"]["IsLookUpOnly"];
            };
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requested Organization. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    UpdateOrganization: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /** @description The settings to store. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationRequest"];
            };
        };
        responses: {
            /** @description The Organization with the new settings applied. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListAllowedIpAddressRanges: {
        parameters: {
            query?: {
                /** @description How many items to skip before the returned page starts. */
                offset?: components["parameters"]["Offset"];
                /** @description Largest number of items to return in one page, 20 by default. Unlike most lists, whose page size stops at 1000, this one has no declared upper bound. */
                limit?: components["parameters"]["LimitWithoutMaximum"];
                /** @description Sort keys, applied in the order given; each is a field name followed by `:asc` or `:desc`. Repeat the parameter to sort by several keys, for example `sorts=ipAddress:asc&sorts=createdAt:desc`. `ipAddress` orders by the range's address. */
                sorts?: ("ipAddress:asc" | "ipAddress:desc" | "createdAt:asc" | "createdAt:desc" | "updatedAt:asc" | "updatedAt:desc")[];
            };
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of allowed IP address ranges. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllowedIpAddressRangesPaginated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    CreateAllowedIpAddressRange: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /** @description The CIDR range to allow. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAllowedIpAddressRangeRequest"];
            };
        };
        responses: {
            /** @description The newly stored allowed IP address range. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllowedIpAddressRange"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    DeleteAllowedIpAddressRange: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the allowed IP address range. */
                allowedIpAddressRangeId: components["parameters"]["AllowedIpAddressRangeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The range was removed; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    BulkCreateAllowedIpAddressRanges: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /** @description The CIDR ranges to add. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkCreateAllowedIpAddressRangesRequest"];
            };
        };
        responses: {
            /** @description Every range stored by the call. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllowedIpAddressRangesList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    BulkDeleteAllowedIpAddressRanges: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /** @description Identifiers of the ranges to delete. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkDeleteAllowedIpAddressRangesRequest"];
            };
        };
        responses: {
            /** @description The matching ranges were removed; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    GetOrganizationAuditLogs: {
        parameters: {
            query?: {
                /** @description Beginning of the time window to read (audit-log events to export, or Deployment log lines), as a UTC date-time. */
                startDate?: components["parameters"]["StartDate"];
                /** @description End of the time window to read (audit-log events to export, or Deployment log lines), as a UTC date-time. */
                endDate?: components["parameters"]["EndDate"];
            };
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["AuditLogExport"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    GetClusterOptions: {
        parameters: {
            query: {
                /** @description Cloud provider to narrow the answer to; results for other providers are left out. */
                provider?: components["parameters"]["CloudProviderFilter"];
                /** @description Kind of cluster to get options for: `DEDICATED` for a cluster Astronomer runs for your Organization alone, `HYBRID` for a cluster in your own cloud account. */
                type: "DEDICATED" | "HYBRID";
            };
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One set of cluster options per cloud provider. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClusterOptions"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListClusters: {
        parameters: {
            query?: {
                /** @description Names to match; only items with one of these names are returned. Repeat the parameter for several names: `names=a&names=b`. */
                names?: components["parameters"]["NamesFilter"];
                /** @description Cloud provider to narrow the answer to; results for other providers are left out. */
                provider?: components["parameters"]["CloudProviderFilter"];
                /** @description How many items to skip before the returned page starts. */
                offset?: components["parameters"]["Offset"];
                /** @description Largest number of items to return in one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Sort keys, applied in the order given. Each key is a field name followed by `:asc` or `:desc`. Repeat the parameter to sort by several keys, for example `sorts=name:asc&sorts=createdAt:desc`. */
                sorts?: components["parameters"]["Sorts"];
            };
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of clusters, with the total count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClustersPaginated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    CreateCluster: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /** @description Cloud provider, type, region and network ranges of the cluster to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClusterRequest"];
            };
        };
        responses: {
            /** @description The cluster that is being created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cluster"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    GetCluster: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the cluster. */
                clusterId: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requested cluster. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cluster"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    UpdateCluster: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the cluster. */
                clusterId: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        /** @description The new settings of the cluster. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateClusterRequest"];
            };
        };
        responses: {
            /** @description The cluster with the changes applied. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cluster"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            412: components["responses"]["PreconditionFailed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    DeleteCluster: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the cluster. */
                clusterId: components["parameters"]["ClusterId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cluster was deleted; the response has no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    GetDeploymentOptions: {
        parameters: {
            query?: {
                /** @description Identifier of a Deployment to narrow the answer to: lists keep only the items tied to that Deployment, and Deployment options are given for that Deployment. */
                deploymentId?: components["parameters"]["DeploymentIdFilter"];
                /** @description Kind of Deployment to get options for: `STANDARD` (shared Astronomer infrastructure), `DEDICATED` (a dedicated cluster) or `HYBRID` (a cluster in your own cloud account). */
                deploymentType?: "HYBRID" | "DEDICATED" | "STANDARD";
                /** @description Airflow executor to get options for; the answer keeps only what fits that executor. */
                executor?: "CELERY" | "KUBERNETES" | "ASTRO";
                /** @description Cloud provider whose options are wanted, for Deployments that would run there. */
                cloudProvider?: "AWS" | "AZURE" | "GCP";
            };
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configuration choices that match the query. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeploymentOptions"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListDeployments: {
        parameters: {
            query?: {
                /** @description Identifiers of the Deployments to return; all others are left out. Repeat the parameter for several values: `deploymentIds=a&deploymentIds=b`. */
                deploymentIds?: string[];
                /** @description Names to match; only items with one of these names are returned. Repeat the parameter for several names: `names=a&names=b`. */
                names?: components["parameters"]["NamesFilter"];
                /** @description Workspace identifiers to narrow the list to: Workspaces are kept only when named here, Deployments only when they belong to one of these Workspaces. Repeat the parameter for several values. */
                workspaceIds?: components["parameters"]["WorkspaceIdsFilter"];
                /** @description How many items to skip before the returned page starts. */
                offset?: components["parameters"]["Offset"];
                /** @description Largest number of items to return in one page, 20 by default. Unlike most lists, whose page size stops at 1000, this one has no declared upper bound. */
                limit?: components["parameters"]["LimitWithoutMaximum"];
                /** @description Sort keys, applied in the order given. Each key is a field name followed by `:asc` or `:desc`. Repeat the parameter to sort by several keys, for example `sorts=name:asc&sorts=createdAt:desc`. */
                sorts?: components["parameters"]["Sorts"];
            };
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of Deployments, with the paging values that applied. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeploymentsPaginated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    CreateDeployment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /** @description Settings of the new Deployment; its `type` selects the shape. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDeploymentRequest"];
            };
        };
        responses: {
            /** @description The Deployment that was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deployment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    GetDeployment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requested Deployment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deployment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    UpdateDeployment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        /** @description The complete new settings of the Deployment. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDeploymentRequest"];
            };
        };
        responses: {
            /** @description The Deployment with the new settings applied. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deployment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    DeleteDeployment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Deployment was deleted; the response has no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListAgentTokens: {
        parameters: {
            query?: {
                /** @description How many items to skip before the returned page starts. */
                offset?: components["parameters"]["Offset"];
                /** @description Largest number of items to return in one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Sort keys, applied in the order given. Each key is a field name followed by `:asc` or `:desc`; besides names and timestamps, tokens can be ordered by description, by the subject that created or last changed them, and by the start of their validity (`tokenStartAt`). Repeat the parameter for several keys, for example `sorts=name:asc&sorts=createdAt:desc`. */
                sorts?: ("name:asc" | "name:desc" | "description:asc" | "description:desc" | "createdAt:asc" | "createdAt:desc" | "updatedAt:asc" | "updatedAt:desc" | "createdById:asc" | "createdById:desc" | "updatedById:asc" | "updatedById:desc" | "tokenStartAt:asc" | "tokenStartAt:desc")[];
            };
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of agent tokens, with the total count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokensPaginated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    CreateAgentToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        /** @description Name, optional description and optional lifetime of the new agent token. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAgentTokenRequest"];
            };
        };
        responses: {
            /** @description The new agent token, including its secret value. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    GetAgentToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
                /** @description Identifier of the agent token. */
                agentTokenId: components["parameters"]["AgentTokenId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requested agent token, without its secret value. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    DeleteAgentToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
                /** @description Identifier of the agent token. */
                agentTokenId: components["parameters"]["AgentTokenId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent token was deleted; the response has no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListDeploys: {
        parameters: {
            query?: {
                /** @description How many items to skip before the returned page starts. */
                offset?: components["parameters"]["Offset"];
                /** @description Largest number of items to return in one page. */
                limit?: components["parameters"]["Limit"];
            };
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of deploys, with the total count. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeploysPaginated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    CreateDeploy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        /** @description Type of the deploy, with an optional description and the Git commit it comes from. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDeployRequest"];
            };
        };
        responses: {
            /** @description The new deploy, waiting for its code to be uploaded. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deploy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    GetDeploy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
                /** @description Identifier of the deploy. */
                deployId: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requested deploy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deploy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    UpdateDeploy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
                /** @description Identifier of the deploy. */
                deployId: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        /** @description The new description of the deploy. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDeployRequest"];
            };
        };
        responses: {
            /** @description The deploy with its new description. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deploy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    FinalizeDeploy: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
                /** @description Identifier of the deploy. */
                deployId: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        /** @description Versions of the uploaded DAG or bundle archives; needed only when DAG deploys are on. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["FinalizeDeployRequest"];
            };
        };
        responses: {
            /** @description The finalized deploy. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deploy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    DeployRollback: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
                /** @description Identifier of the deploy. */
                deployId: components["parameters"]["DeployId"];
            };
            cookie?: never;
        };
        /** @description An optional description for the rollback. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeployRollbackRequest"];
            };
        };
        responses: {
            /** @description The deploy that records the rollback. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deploy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    UpdateDeploymentHibernationOverride: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        /** @description Whether the Deployment should sleep or stay awake, and until when. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OverrideDeploymentHibernationBody"];
            };
        };
        responses: {
            /** @description The hibernation override now in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeploymentHibernationOverride"];
                };
            };
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    DeleteDeploymentHibernationOverride: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The override was removed; the response has no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            429: components["responses"]["TooManyRequests"];
            "4XX": components["responses"]["ClientError"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    GetDeploymentLogs: {
        parameters: {
            query: {
                /** @description Airflow components whose logs to search; at least one is needed. Repeat the parameter for several: `sources=scheduler&sources=worker`. `webserver` exists on Airflow 2 Deployments, `apiserver` on Airflow 3 ones. */
                sources: ("scheduler" | "triggerer" | "worker" | "webserver" | "dag-processor" | "apiserver")[];
                /** @description Largest number of log entries in one page, 500 by default. The vendor sets no upper bound. */
                limit?: number;
                /** @description How many items to skip before the returned page starts. */
                offset?: components["parameters"]["Offset"];
                /** @description How far back from now to search, in seconds: at least 60, one hour by default. It applies when no `startDate`/`endDate` window is given. */
                range?: number;
                /** @description Cap on the number of entries the search yields over all its pages, 10,000 by default. */
                maxNumResults?: number;
                /** @description Identifier of an earlier search, taken from a previous answer, to page on through its results instead of starting a new search. */
                searchId?: string;
                /** @description Text to look for; only matching entries are returned. */
                searchText?: string;
                /** @description Beginning of the time window to read (audit-log events to export, or Deployment log lines), as a UTC date-time. */
                startDate?: components["parameters"]["StartDate"];
                /** @description End of the time window to read (audit-log events to export, or Deployment log lines), as a UTC date-time. */
                endDate?: components["parameters"]["EndDate"];
            };
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Deployment. */
                deploymentId: components["parameters"]["DeploymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of log entries, with what is needed to fetch the next. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeploymentLog"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListEnvironmentObjects: {
        parameters: {
            query?: {
                /** @description How many items to skip before the returned page starts. */
                offset?: components["parameters"]["Offset"];
                /** @description Largest number of items to return in one page, 20 by default. Unlike most lists, whose page size stops at 1000, this one has no declared upper bound. */
                limit?: components["parameters"]["LimitWithoutMaximum"];
                /** @description Sort order, each entry as `<field>:asc` or `<field>:desc`; repeat the parameter to sort by several fields, for example `sorts=objectType:asc&sorts=objectKey:asc`. */
                sorts?: ("objectType:asc" | "objectType:desc" | "objectKey:asc" | "objectKey:desc" | "createdAt:asc" | "createdAt:desc" | "updatedAt:asc" | "updatedAt:desc")[];
                /** @description Identifier of a Workspace; when given, the list holds only items that belong to that Workspace or hold a role in it. */
                workspaceId?: components["parameters"]["WorkspaceIdFilter"];
                /** @description Identifier of a Deployment to narrow the answer to: lists keep only the items tied to that Deployment, and Deployment options are given for that Deployment. */
                deploymentId?: components["parameters"]["DeploymentIdFilter"];
                /** @description Return only environment objects of this kind. */
                objectType?: "CONNECTION" | "ENVIRONMENT_VARIABLE" | "AIRFLOW_VARIABLE" | "METRICS_EXPORT";
                /** @description Return only environment objects whose key equals this value. */
                objectKey?: string;
                /** @description When true, secret fields (passwords, tokens, secret variable values) are returned in clear text; otherwise they are withheld. */
                showSecrets?: boolean;
                /** @description When true, also return the objects that the filtered Deployment or Workspace receives through links from another scope, not only the ones it owns. */
                resolveLinked?: boolean;
            };
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of environment objects. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentObjectsPaginated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    CreateEnvironmentObject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /** @description The environment object to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEnvironmentObjectRequest"];
            };
        };
        responses: {
            /** @description The identifier of the new environment object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateEnvironmentObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    GetEnvironmentObject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the environment object. */
                environmentObjectId: components["parameters"]["EnvironmentObjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requested environment object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    UpdateEnvironmentObject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the environment object. */
                environmentObjectId: components["parameters"]["EnvironmentObjectId"];
            };
            cookie?: never;
        };
        /** @description The changes to apply to the environment object. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateEnvironmentObjectRequest"];
            };
        };
        responses: {
            /** @description The environment object after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnvironmentObject"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    DeleteEnvironmentObject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the environment object. */
                environmentObjectId: components["parameters"]["EnvironmentObjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The environment object was deleted; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ExcludeLinkingEnvironmentObject: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the environment object. */
                environmentObjectId: components["parameters"]["EnvironmentObjectId"];
            };
            cookie?: never;
        };
        /** @description The Deployment to exclude. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExcludeLinkEnvironmentObjectRequest"];
            };
        };
        responses: {
            /** @description The Deployment is excluded; there is no body. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    CreateUserInvite: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /** @description The address to invite and the Organization role to grant. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserInviteRequest"];
            };
        };
        responses: {
            /** @description The invitation that was sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invite"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    DeleteUserInvite: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the invitation. */
                inviteId: components["parameters"]["InviteId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation was withdrawn; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListRoleTemplates: {
        parameters: {
            query?: {
                /** @description Return only roles or role templates whose scope is one of these levels. Repeat the parameter for several, for example `scopeTypes=DEPLOYMENT&scopeTypes=DAG`. */
                scopeTypes?: components["parameters"]["ScopeTypesFilter"];
            };
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The role templates, as a JSON array without pagination. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleTemplate"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListRoles: {
        parameters: {
            query?: {
                /** @description When `true`, the response also lists Astro's built-in roles, with their permissions, in `defaultRoles`. */
                includeDefaultRoles?: boolean;
                /** @description Return only roles or role templates whose scope is one of these levels. Repeat the parameter for several, for example `scopeTypes=DEPLOYMENT&scopeTypes=DAG`. */
                scopeTypes?: components["parameters"]["ScopeTypesFilter"];
                /** @description How many items to skip before the returned page starts. */
                offset?: components["parameters"]["Offset"];
                /** @description Largest number of items to return in one page, 20 by default. Unlike most lists, whose page size stops at 1000, this one has no declared upper bound. */
                limit?: components["parameters"]["LimitWithoutMaximum"];
                /** @description Sort keys, applied in the order given. Each key is a field name followed by `:asc` or `:desc`; repeat the parameter to sort by several keys, for example `sorts=scopeType:asc&sorts=name:asc`. */
                sorts?: ("name:asc" | "name:desc" | "scopeType:asc" | "scopeType:desc" | "description:asc" | "description:desc" | "createdAt:asc" | "createdAt:desc" | "updatedAt:asc" | "updatedAt:desc")[];
            };
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of custom roles, plus the built-in roles when they were asked for. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RolesPaginated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    CreateCustomRole: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /** @description The name, scope and permissions of the new role. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomRoleRequest"];
            };
        };
        responses: {
            /** @description The created custom role, with its permissions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleWithPermission"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    GetCustomRole: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the custom role. */
                customRoleId: components["parameters"]["CustomRoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The custom role, with its permissions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleWithPermission"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    UpdateCustomRole: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the custom role. */
                customRoleId: components["parameters"]["CustomRoleId"];
            };
            cookie?: never;
        };
        /** @description The role's new name, permissions and optional settings. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustomRoleRequest"];
            };
        };
        responses: {
            /** @description The custom role after the change, with its permissions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleWithPermission"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    DeleteCustomRole: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the custom role. */
                customRoleId: components["parameters"]["CustomRoleId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The custom role was deleted; the response has no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListTeams: {
        parameters: {
            query?: {
                /** @description Names to match; only items with one of these names are returned. Repeat the parameter for several names: `names=a&names=b`. */
                names?: components["parameters"]["NamesFilter"];
                /** @description Identifier of a Workspace; when given, the list holds only items that belong to that Workspace or hold a role in it. */
                workspaceId?: components["parameters"]["WorkspaceIdFilter"];
                /** @description Identifier of a Deployment to narrow the answer to: lists keep only the items tied to that Deployment, and Deployment options are given for that Deployment. */
                deploymentId?: components["parameters"]["DeploymentIdFilter"];
                /** @description How many items to skip before the returned page starts. */
                offset?: components["parameters"]["Offset"];
                /** @description Largest number of items to return in one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Sort keys, applied in the order given; each is a field name followed by `:asc` or `:desc`. Repeat the parameter to sort by several keys, for example `sorts=name:asc&sorts=createdAt:desc`. */
                sorts?: components["parameters"]["NameDescriptionSorts"];
            };
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of Teams. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamsPaginated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    CreateTeam: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /** @description Name, description, first members and Organization role of the new Team. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTeamRequest"];
            };
        };
        responses: {
            /** @description The newly created Team. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    GetTeam: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Team. */
                teamId: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requested Team. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    UpdateTeam: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Team. */
                teamId: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        /** @description The Team's new name and description. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTeamRequest"];
            };
        };
        responses: {
            /** @description The Team with the changes applied. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Team"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    DeleteTeam: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Team. */
                teamId: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Team was deleted; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListTeamMembers: {
        parameters: {
            query?: {
                /** @description How many items to skip before the returned page starts. */
                offset?: components["parameters"]["Offset"];
                /** @description Largest number of items to return in one page, 20 by default. Unlike most lists, whose page size stops at 1000, this one has no declared upper bound. */
                limit?: components["parameters"]["LimitWithoutMaximum"];
                /** @description Sort keys, applied in the order given; each is a field name followed by `:asc` or `:desc`. Repeat the parameter to sort by several keys, for example `sorts=fullName:asc&sorts=createdAt:desc`. `createdAt` is when the user joined the Team. */
                sorts?: ("userId:asc" | "userId:desc" | "fullName:asc" | "fullName:desc" | "username:asc" | "username:desc" | "createdAt:asc" | "createdAt:desc")[];
            };
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Team. */
                teamId: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of Team members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamMembersPaginated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    AddTeamMembers: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Team. */
                teamId: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        /** @description Identifiers of the users to add. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTeamMembersRequest"];
            };
        };
        responses: {
            /** @description The users were added; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    RemoveTeamMember: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Team. */
                teamId: components["parameters"]["TeamId"];
                /** @description Identifier of the user to take out of the Team. */
                memberId: components["parameters"]["MemberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user left the Team; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    UpdateTeamRoles: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Team. */
                teamId: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        /** @description The complete set of roles the Team should hold. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTeamRolesRequest"];
            };
        };
        responses: {
            /** @description The Team's roles after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectRoles"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListApiTokens: {
        parameters: {
            query?: {
                /** @description Identifier of a Workspace; when given, the list holds only items that belong to that Workspace or hold a role in it. */
                workspaceId?: components["parameters"]["WorkspaceIdFilter"];
                /** @description Identifier of a Deployment to narrow the answer to: lists keep only the items tied to that Deployment, and Deployment options are given for that Deployment. */
                deploymentId?: components["parameters"]["DeploymentIdFilter"];
                /** @description Return only the subjects (users or API tokens) that hold a role on the DAG with this ID, the Airflow `dag_id`. */
                dagId?: components["parameters"]["DagIdFilter"];
                /** @description Return only the subjects (users or API tokens) that hold a role granted through these DAG tags. Repeat the parameter for several tags, for example `dagTags=finance&dagTags=daily`. */
                dagTags?: components["parameters"]["DagTagsFilter"];
                /** @description When `true`, return only Organization API tokens and leave out Workspace and Deployment tokens. */
                includeOnlyOrganizationTokens?: boolean;
                /** @description Return only API tokens of this kind. */
                kind?: "STANDARD" | "DIRECT_ACCESS";
                /** @description How many items to skip before the returned page starts. */
                offset?: components["parameters"]["Offset"];
                /** @description Largest number of items to return in one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Sort keys, applied in the order given. Each key is a field name followed by `:asc` or `:desc`; repeat the parameter to sort by several keys, for example `sorts=name:asc&sorts=createdAt:desc`. `tokenStartAt` sorts by the time each token becomes valid (`startAt`). */
                sorts?: ("name:asc" | "name:desc" | "description:asc" | "description:desc" | "createdAt:asc" | "createdAt:desc" | "updatedAt:asc" | "updatedAt:desc" | "tokenStartAt:asc" | "tokenStartAt:desc")[];
            };
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of API tokens. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiTokensPaginated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    CreateApiToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /** @description The name, scope, role and lifetime of the new token. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiTokenRequest"];
            };
        };
        responses: {
            /** @description The created API token, including its secret value. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    GetApiToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the API token. */
                tokenId: components["parameters"]["TokenId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    UpdateApiToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the API token. */
                tokenId: components["parameters"]["TokenId"];
            };
            cookie?: never;
        };
        /** @description The token's new name and description. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateApiTokenRequest"];
            };
        };
        responses: {
            /** @description The API token with its new name and description. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    DeleteApiToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the API token. */
                tokenId: components["parameters"]["TokenId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API token was deleted; the response has no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    UpdateApiTokenRoles: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the API token. */
                tokenId: components["parameters"]["TokenId"];
            };
            cookie?: never;
        };
        /** @description The complete set of roles the token should hold. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateApiTokenRolesRequest"];
            };
        };
        responses: {
            /** @description The token's roles after the change, grouped by level. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectRoles"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    RotateApiToken: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the API token. */
                tokenId: components["parameters"]["TokenId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The API token with its new secret value. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListUsers: {
        parameters: {
            query?: {
                /** @description Identifier of a Workspace; when given, the list holds only items that belong to that Workspace or hold a role in it. */
                workspaceId?: components["parameters"]["WorkspaceIdFilter"];
                /** @description Identifier of a Deployment to narrow the answer to: lists keep only the items tied to that Deployment, and Deployment options are given for that Deployment. */
                deploymentId?: components["parameters"]["DeploymentIdFilter"];
                /** @description Return only the subjects (users or API tokens) that hold a role on the DAG with this ID, the Airflow `dag_id`. */
                dagId?: components["parameters"]["DagIdFilter"];
                /** @description Return only the subjects (users or API tokens) that hold a role granted through these DAG tags. Repeat the parameter for several tags, for example `dagTags=finance&dagTags=daily`. */
                dagTags?: components["parameters"]["DagTagsFilter"];
                /** @description How many items to skip before the returned page starts. */
                offset?: components["parameters"]["Offset"];
                /** @description Largest number of items to return in one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Sort keys, applied in the order given; each is a field name followed by `:asc` or `:desc`. Repeat the parameter to sort by several keys, for example `sorts=fullName:asc&sorts=createdAt:desc`. */
                sorts?: ("id:asc" | "id:desc" | "username:asc" | "username:desc" | "fullName:asc" | "fullName:desc" | "createdAt:asc" | "createdAt:desc" | "updatedAt:asc" | "updatedAt:desc")[];
            };
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsersPaginated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    GetUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the user. */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requested user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    UpdateUserRoles: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the user. */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /** @description The complete set of roles the user should hold. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserRolesRequest"];
            };
        };
        responses: {
            /** @description The user's roles after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectRoles"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListUserTeams: {
        parameters: {
            query?: {
                /** @description How many items to skip before the returned page starts. */
                offset?: components["parameters"]["Offset"];
                /** @description Largest number of items to return in one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Sort keys, applied in the order given; each is a field name followed by `:asc` or `:desc`. Repeat the parameter to sort by several keys, for example `sorts=name:asc&sorts=createdAt:desc`. */
                sorts?: components["parameters"]["NameDescriptionSorts"];
            };
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the user. */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the user's Teams. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserTeamsPaginated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    ListWorkspaces: {
        parameters: {
            query?: {
                /** @description Workspace identifiers to narrow the list to: Workspaces are kept only when named here, Deployments only when they belong to one of these Workspaces. Repeat the parameter for several values. */
                workspaceIds?: components["parameters"]["WorkspaceIdsFilter"];
                /** @description Names to match; only items with one of these names are returned. Repeat the parameter for several names: `names=a&names=b`. */
                names?: components["parameters"]["NamesFilter"];
                /** @description How many items to skip before the returned page starts. */
                offset?: components["parameters"]["Offset"];
                /** @description Largest number of items to return in one page. */
                limit?: components["parameters"]["Limit"];
                /** @description Sort keys, applied in the order given. Each key is a field name followed by `:asc` or `:desc`. Repeat the parameter to sort by several keys, for example `sorts=name:asc&sorts=createdAt:desc`. */
                sorts?: components["parameters"]["Sorts"];
            };
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of Workspaces. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkspacesPaginated"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    CreateWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
            };
            cookie?: never;
        };
        /** @description Name, description and Deployment defaults of the new Workspace. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWorkspaceRequest"];
            };
        };
        responses: {
            /** @description The newly created Workspace. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    GetWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Workspace. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The requested Workspace. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    UpdateWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Workspace. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        /** @description The Workspace settings to store. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWorkspaceRequest"];
            };
        };
        responses: {
            /** @description The Workspace with the new settings applied. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    DeleteWorkspace: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path: {
                /** @description Identifier of the Organization to act on. */
                organizationId: components["parameters"]["OrganizationId"];
                /** @description Identifier of the Workspace. */
                workspaceId: components["parameters"]["WorkspaceId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Workspace was deleted; there is no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
    GetSelfUser: {
        parameters: {
            query?: {
                /** @description When `true`, a user record is created for the caller if there is none yet. */
                createIfNotExist?: boolean;
            };
            header?: {
                /**
                 * @description Minor version of v1 that should answer the request, for example `1.0`. Without it, the newest minor version answers.
                 * @example 1.0
                 */
                "X-API-Version"?: components["parameters"]["ApiVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calling user's profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfUser"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const pathsAuthorizationPermissionGroupsGetParametersQueryScopeTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/authorization/permission-groups"]["get"]["parameters"]["query"]["scopeType"]> = ["DEPLOYMENT", "WORKSPACE", "ORGANIZATION", "DAG"];
export const pathsOrganizationsOrganizationIdAllowedIpAddressRangesGetParametersQuerySortsValues: ReadonlyArray<FlattenedDeepRequired<paths>["/organizations/{organizationId}/allowed-ip-address-ranges"]["get"]["parameters"]["query"]["sorts"]> = ["ipAddress:asc", "ipAddress:desc", "createdAt:asc", "createdAt:desc", "updatedAt:asc", "updatedAt:desc"];
export const pathsOrganizationsOrganizationIdClusterOptionsGetParametersQueryTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/organizations/{organizationId}/cluster-options"]["get"]["parameters"]["query"]["type"]> = ["DEDICATED", "HYBRID"];
export const pathsOrganizationsOrganizationIdDeploymentOptionsGetParametersQueryDeploymentTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/organizations/{organizationId}/deployment-options"]["get"]["parameters"]["query"]["deploymentType"]> = ["HYBRID", "DEDICATED", "STANDARD"];
export const pathsOrganizationsOrganizationIdDeploymentOptionsGetParametersQueryExecutorValues: ReadonlyArray<FlattenedDeepRequired<paths>["/organizations/{organizationId}/deployment-options"]["get"]["parameters"]["query"]["executor"]> = ["CELERY", "KUBERNETES", "ASTRO"];
export const pathsOrganizationsOrganizationIdDeploymentOptionsGetParametersQueryCloudProviderValues: ReadonlyArray<FlattenedDeepRequired<paths>["/organizations/{organizationId}/deployment-options"]["get"]["parameters"]["query"]["cloudProvider"]> = ["AWS", "AZURE", "GCP"];
export const pathsOrganizationsOrganizationIdDeploymentsDeploymentIdAgentTokensGetParametersQuerySortsValues: ReadonlyArray<FlattenedDeepRequired<paths>["/organizations/{organizationId}/deployments/{deploymentId}/agent-tokens"]["get"]["parameters"]["query"]["sorts"]> = ["name:asc", "name:desc", "description:asc", "description:desc", "createdAt:asc", "createdAt:desc", "updatedAt:asc", "updatedAt:desc", "createdById:asc", "createdById:desc", "updatedById:asc", "updatedById:desc", "tokenStartAt:asc", "tokenStartAt:desc"];
export const pathsOrganizationsOrganizationIdDeploymentsDeploymentIdLogsGetParametersQuerySourcesValues: ReadonlyArray<FlattenedDeepRequired<paths>["/organizations/{organizationId}/deployments/{deploymentId}/logs"]["get"]["parameters"]["query"]["sources"]> = ["scheduler", "triggerer", "worker", "webserver", "dag-processor", "apiserver"];
export const pathsOrganizationsOrganizationIdEnvironmentObjectsGetParametersQuerySortsValues: ReadonlyArray<FlattenedDeepRequired<paths>["/organizations/{organizationId}/environment-objects"]["get"]["parameters"]["query"]["sorts"]> = ["objectType:asc", "objectType:desc", "objectKey:asc", "objectKey:desc", "createdAt:asc", "createdAt:desc", "updatedAt:asc", "updatedAt:desc"];
export const pathsOrganizationsOrganizationIdEnvironmentObjectsGetParametersQueryObjectTypeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/organizations/{organizationId}/environment-objects"]["get"]["parameters"]["query"]["objectType"]> = ["CONNECTION", "ENVIRONMENT_VARIABLE", "AIRFLOW_VARIABLE", "METRICS_EXPORT"];
export const pathsOrganizationsOrganizationIdRolesGetParametersQuerySortsValues: ReadonlyArray<FlattenedDeepRequired<paths>["/organizations/{organizationId}/roles"]["get"]["parameters"]["query"]["sorts"]> = ["name:asc", "name:desc", "scopeType:asc", "scopeType:desc", "description:asc", "description:desc", "createdAt:asc", "createdAt:desc", "updatedAt:asc", "updatedAt:desc"];
export const pathsOrganizationsOrganizationIdTeamsTeamIdMembersGetParametersQuerySortsValues: ReadonlyArray<FlattenedDeepRequired<paths>["/organizations/{organizationId}/teams/{teamId}/members"]["get"]["parameters"]["query"]["sorts"]> = ["userId:asc", "userId:desc", "fullName:asc", "fullName:desc", "username:asc", "username:desc", "createdAt:asc", "createdAt:desc"];
export const pathsOrganizationsOrganizationIdTokensGetParametersQueryKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/organizations/{organizationId}/tokens"]["get"]["parameters"]["query"]["kind"]> = ["STANDARD", "DIRECT_ACCESS"];
export const pathsOrganizationsOrganizationIdTokensGetParametersQuerySortsValues: ReadonlyArray<FlattenedDeepRequired<paths>["/organizations/{organizationId}/tokens"]["get"]["parameters"]["query"]["sorts"]> = ["name:asc", "name:desc", "description:asc", "description:desc", "createdAt:asc", "createdAt:desc", "updatedAt:asc", "updatedAt:desc", "tokenStartAt:asc", "tokenStartAt:desc"];
export const pathsOrganizationsOrganizationIdUsersGetParametersQuerySortsValues: ReadonlyArray<FlattenedDeepRequired<paths>["/organizations/{organizationId}/users"]["get"]["parameters"]["query"]["sorts"]> = ["id:asc", "id:desc", "username:asc", "username:desc", "fullName:asc", "fullName:desc", "createdAt:asc", "createdAt:desc", "updatedAt:asc", "updatedAt:desc"];
export const planFilterValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PlanFilter"]> = ["TRIAL", "BASIC", "STANDARD", "PREMIUM", "BUSINESS_CRITICAL"];
export const astronomerProductValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AstronomerProduct"]> = ["ASTRO"];
export const productValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Product"]> = ["HOSTED", "HYBRID"];
export const subjectTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SubjectType"]> = ["USER", "SERVICEKEY"];
export const managedDomainStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ManagedDomain"]["status"]> = ["PENDING", "VERIFIED"];
export const paymentMethodValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PaymentMethod"]> = ["CREDIT_CARD", "INVOICE", "AWS_MARKETPLACE", "AZURE_MARKETPLACE", "GCP_MARKETPLACE", "SNOWFLAKE_MARKETPLACE"];
export const organizationStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["OrganizationStatus"]> = ["ACTIVE", "INACTIVE", "SUSPENDED"];
export const planNameValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PlanName"]> = ["INACTIVE", "INTERNAL", "POV", "TRIAL", "BASIC", "BASIC_PAYGO", "TEAM_PAYGO", "STANDARD", "PREMIUM", "BUSINESS_CRITICAL", "BUSINESS", "TEAM", "ENTERPRISE", "DEVELOPER", "DEVELOPER_PAYGO", "TEAM_V2", "BUSINESS_V2", "ENTERPRISE_V2", "TRIAL_V2", "ENTERPRISE_BUSINESS_CRITICAL", "IBM_ENTERPRISE"];
export const clusterOptionsProviderValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ClusterOptions"]["provider"]> = ["AWS", "AZURE", "GCP"];
export const clusterHealthStatusValueValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ClusterHealthStatus"]["value"]> = ["HEALTHY", "UNHEALTHY", "UNKNOWN"];
export const nodePoolCloudProviderValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["NodePool"]["cloudProvider"]> = ["AWS", "AZURE", "GCP"];
export const clusterCloudProviderValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Cluster"]["cloudProvider"]> = ["AWS", "AZURE", "GCP"];
export const clusterStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Cluster"]["status"]> = ["CREATING", "CREATED", "CREATE_FAILED", "UPDATE_FAILED", "UPDATING", "ACCESS_DENIED", "UPGRADE_PENDING", "FAILING_OVER", "FAILOVER_FAILED"];
export const clusterTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Cluster"]["type"]> = ["DEDICATED", "HYBRID"];
export const createAwsClusterRequestCloudProviderValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateAwsClusterRequest"]["cloudProvider"]> = ["AWS"];
export const createAwsClusterRequestTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateAwsClusterRequest"]["type"]> = ["DEDICATED", "HYBRID"];
export const createAzureClusterRequestCloudProviderValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateAzureClusterRequest"]["cloudProvider"]> = ["AZURE"];
export const createAzureClusterRequestTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateAzureClusterRequest"]["type"]> = ["DEDICATED", "HYBRID"];
export const createGcpClusterRequestCloudProviderValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateGcpClusterRequest"]["cloudProvider"]> = ["GCP"];
export const createGcpClusterRequestTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateGcpClusterRequest"]["type"]> = ["DEDICATED", "HYBRID"];
export const updateDedicatedClusterRequestClusterTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateDedicatedClusterRequest"]["clusterType"]> = ["DEDICATED"];
export const updateHybridClusterRequestClusterTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateHybridClusterRequest"]["clusterType"]> = ["HYBRID"];
export const schedulerMachineNameValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SchedulerMachine"]["name"]> = ["SMALL", "MEDIUM", "LARGE", "EXTRA_LARGE"];
export const workerMachineNameValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WorkerMachine"]["name"]> = ["A5", "A10", "A20", "A40", "A60", "A120", "A160"];
export const deploymentHibernationStatusNextEventTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DeploymentHibernationStatus"]["nextEventType"]> = ["HIBERNATE", "WAKE"];
export const deploymentCloudProviderValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Deployment"]["cloudProvider"]> = ["AWS", "AZURE", "GCP"];
export const deploymentExecutorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Deployment"]["executor"]> = ["CELERY", "KUBERNETES", "ASTRO"];
export const deploymentSchedulerSizeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Deployment"]["schedulerSize"]> = ["SMALL", "MEDIUM", "LARGE", "EXTRA_LARGE"];
export const deploymentStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Deployment"]["status"]> = ["CREATING", "DEPLOYING", "HEALTHY", "UNHEALTHY", "UNKNOWN", "HIBERNATING"];
export const deploymentTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Deployment"]["type"]> = ["DEDICATED", "HYBRID", "STANDARD"];
export const workerQueueRequestAstroMachineValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WorkerQueueRequest"]["astroMachine"]> = ["A5", "A10", "A20", "A40", "A60", "A120", "A160"];
export const createDedicatedDeploymentRequestExecutorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateDedicatedDeploymentRequest"]["executor"]> = ["CELERY", "KUBERNETES", "ASTRO"];
export const createDedicatedDeploymentRequestSchedulerSizeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateDedicatedDeploymentRequest"]["schedulerSize"]> = ["SMALL", "MEDIUM", "LARGE", "EXTRA_LARGE"];
export const createDedicatedDeploymentRequestTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateDedicatedDeploymentRequest"]["type"]> = ["DEDICATED"];
export const createHybridDeploymentRequestExecutorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateHybridDeploymentRequest"]["executor"]> = ["CELERY", "KUBERNETES"];
export const createHybridDeploymentRequestTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateHybridDeploymentRequest"]["type"]> = ["HYBRID"];
export const createStandardDeploymentRequestCloudProviderValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateStandardDeploymentRequest"]["cloudProvider"]> = ["AWS", "AZURE", "GCP"];
export const createStandardDeploymentRequestExecutorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateStandardDeploymentRequest"]["executor"]> = ["CELERY", "KUBERNETES", "ASTRO"];
export const createStandardDeploymentRequestSchedulerSizeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateStandardDeploymentRequest"]["schedulerSize"]> = ["SMALL", "MEDIUM", "LARGE", "EXTRA_LARGE"];
export const createStandardDeploymentRequestTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateStandardDeploymentRequest"]["type"]> = ["STANDARD"];
export const updateWorkerQueueRequestAstroMachineValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateWorkerQueueRequest"]["astroMachine"]> = ["A5", "A10", "A20", "A40", "A60", "A120", "A160"];
export const updateDedicatedDeploymentRequestExecutorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateDedicatedDeploymentRequest"]["executor"]> = ["CELERY", "KUBERNETES", "ASTRO"];
export const updateDedicatedDeploymentRequestSchedulerSizeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateDedicatedDeploymentRequest"]["schedulerSize"]> = ["SMALL", "MEDIUM", "LARGE", "EXTRA_LARGE"];
export const updateDedicatedDeploymentRequestTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateDedicatedDeploymentRequest"]["type"]> = ["DEDICATED"];
export const updateHybridDeploymentRequestExecutorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateHybridDeploymentRequest"]["executor"]> = ["CELERY", "KUBERNETES"];
export const updateHybridDeploymentRequestTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateHybridDeploymentRequest"]["type"]> = ["HYBRID"];
export const updateStandardDeploymentRequestExecutorValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateStandardDeploymentRequest"]["executor"]> = ["CELERY", "KUBERNETES", "ASTRO"];
export const updateStandardDeploymentRequestSchedulerSizeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateStandardDeploymentRequest"]["schedulerSize"]> = ["SMALL", "MEDIUM", "LARGE", "EXTRA_LARGE"];
export const updateStandardDeploymentRequestTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateStandardDeploymentRequest"]["type"]> = ["STANDARD"];
export const apiTokenRoleEntityTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ApiTokenRole"]["entityType"]> = ["DEPLOYMENT", "WORKSPACE", "ORGANIZATION", "DAG", "DAG_TAG"];
export const apiTokenKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ApiToken"]["kind"]> = ["STANDARD", "DIRECT_ACCESS"];
export const apiTokenScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ApiToken"]["scope"]> = ["DEPLOYMENT", "WORKSPACE", "ORGANIZATION"];
export const deployGitProviderValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DeployGit"]["provider"]> = ["GITHUB", "GENERIC"];
export const deployStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Deploy"]["status"]> = ["INITIALIZED", "DEPLOYED", "FAILED"];
export const deployTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Deploy"]["type"]> = ["IMAGE_AND_DAG", "IMAGE_ONLY", "DAG_ONLY"];
export const createDeployGitRequestProviderValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateDeployGitRequest"]["provider"]> = ["GITHUB", "GENERIC"];
export const createDeployRequestTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateDeployRequest"]["type"]> = ["IMAGE_AND_DAG", "IMAGE_ONLY", "DAG_ONLY", "BUNDLE"];
export const deploymentLogEntrySourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DeploymentLogEntry"]["source"]> = ["scheduler", "webserver", "triggerer", "worker", "dag-processor", "apiserver"];
export const environmentObjectExcludeLinkScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EnvironmentObjectExcludeLink"]["scope"]> = ["DEPLOYMENT"];
export const environmentObjectMetricsExportOverridesAuthTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EnvironmentObjectMetricsExportOverrides"]["authType"]> = ["BASIC", "AUTH_TOKEN", "SIGV4"];
export const environmentObjectMetricsExportOverridesExporterTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EnvironmentObjectMetricsExportOverrides"]["exporterType"]> = ["PROMETHEUS"];
export const environmentObjectLinkScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EnvironmentObjectLink"]["scope"]> = ["DEPLOYMENT"];
export const environmentObjectMetricsExportAuthTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EnvironmentObjectMetricsExport"]["authType"]> = ["BASIC", "AUTH_TOKEN", "SIGV4"];
export const environmentObjectMetricsExportExporterTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EnvironmentObjectMetricsExport"]["exporterType"]> = ["PROMETHEUS"];
export const environmentObjectObjectTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EnvironmentObject"]["objectType"]> = ["CONNECTION", "ENVIRONMENT_VARIABLE", "AIRFLOW_VARIABLE", "METRICS_EXPORT"];
export const environmentObjectScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EnvironmentObject"]["scope"]> = ["WORKSPACE", "DEPLOYMENT"];
export const environmentObjectSourceScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EnvironmentObject"]["sourceScope"]> = ["WORKSPACE", "DEPLOYMENT"];
export const excludeLinkEnvironmentObjectRequestScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ExcludeLinkEnvironmentObjectRequest"]["scope"]> = ["DEPLOYMENT"];
export const createEnvironmentObjectMetricsExportOverridesRequestAuthTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateEnvironmentObjectMetricsExportOverridesRequest"]["authType"]> = ["BASIC", "AUTH_TOKEN", "SIGV4"];
export const createEnvironmentObjectMetricsExportOverridesRequestExporterTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateEnvironmentObjectMetricsExportOverridesRequest"]["exporterType"]> = ["PROMETHEUS"];
export const createEnvironmentObjectLinkRequestScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateEnvironmentObjectLinkRequest"]["scope"]> = ["DEPLOYMENT"];
export const createEnvironmentObjectMetricsExportRequestAuthTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateEnvironmentObjectMetricsExportRequest"]["authType"]> = ["BASIC", "AUTH_TOKEN", "SIGV4"];
export const createEnvironmentObjectMetricsExportRequestExporterTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateEnvironmentObjectMetricsExportRequest"]["exporterType"]> = ["PROMETHEUS"];
export const createEnvironmentObjectRequestObjectTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateEnvironmentObjectRequest"]["objectType"]> = ["CONNECTION", "ENVIRONMENT_VARIABLE", "AIRFLOW_VARIABLE", "METRICS_EXPORT"];
export const createEnvironmentObjectRequestScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateEnvironmentObjectRequest"]["scope"]> = ["WORKSPACE", "DEPLOYMENT"];
export const updateEnvironmentObjectMetricsExportOverridesRequestAuthTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateEnvironmentObjectMetricsExportOverridesRequest"]["authType"]> = ["BASIC", "AUTH_TOKEN", "SIGV4"];
export const updateEnvironmentObjectMetricsExportOverridesRequestExporterTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateEnvironmentObjectMetricsExportOverridesRequest"]["exporterType"]> = ["PROMETHEUS"];
export const updateEnvironmentObjectLinkRequestScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateEnvironmentObjectLinkRequest"]["scope"]> = ["DEPLOYMENT"];
export const updateEnvironmentObjectMetricsExportRequestAuthTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateEnvironmentObjectMetricsExportRequest"]["authType"]> = ["BASIC", "AUTH_TOKEN", "SIGV4"];
export const updateEnvironmentObjectMetricsExportRequestExporterTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateEnvironmentObjectMetricsExportRequest"]["exporterType"]> = ["PROMETHEUS"];
export const createUserInviteRequestRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateUserInviteRequest"]["role"]> = ["ORGANIZATION_OWNER", "ORGANIZATION_OBSERVE_ADMIN", "ORGANIZATION_OBSERVE_MEMBER", "ORGANIZATION_BILLING_ADMIN", "ORGANIZATION_MEMBER"];
export const roleTemplateScopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RoleTemplate"]["scopeType"]> = ["DEPLOYMENT", "WORKSPACE", "ORGANIZATION", "SYSTEM", "DAG"];
export const defaultRoleScopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["DefaultRole"]["scopeType"]> = ["DEPLOYMENT", "WORKSPACE", "ORGANIZATION", "SYSTEM", "DAG"];
export const roleScopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Role"]["scopeType"]> = ["DEPLOYMENT", "WORKSPACE", "ORGANIZATION"];
export const createCustomRoleRequestScopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateCustomRoleRequest"]["scopeType"]> = ["DEPLOYMENT", "DAG"];
export const roleWithPermissionScopeTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RoleWithPermission"]["scopeType"]> = ["DEPLOYMENT", "WORKSPACE", "ORGANIZATION"];
export const workspaceRoleRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WorkspaceRole"]["role"]> = ["WORKSPACE_OWNER", "WORKSPACE_OPERATOR", "WORKSPACE_AUTHOR", "WORKSPACE_MEMBER", "WORKSPACE_ACCESSOR"];
export const teamOrganizationRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Team"]["organizationRole"]> = ["ORGANIZATION_OWNER", "ORGANIZATION_OBSERVE_ADMIN", "ORGANIZATION_OBSERVE_MEMBER", "ORGANIZATION_BILLING_ADMIN", "ORGANIZATION_MEMBER"];
export const createTeamRequestOrganizationRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateTeamRequest"]["organizationRole"]> = ["ORGANIZATION_OWNER", "ORGANIZATION_OBSERVE_ADMIN", "ORGANIZATION_OBSERVE_MEMBER", "ORGANIZATION_BILLING_ADMIN", "ORGANIZATION_MEMBER"];
export const createApiTokenRequestKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateApiTokenRequest"]["kind"]> = ["STANDARD", "DIRECT_ACCESS"];
export const createApiTokenRequestScopeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateApiTokenRequest"]["scope"]> = ["DEPLOYMENT", "WORKSPACE", "ORGANIZATION"];
export const userOrganizationRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["User"]["organizationRole"]> = ["ORGANIZATION_OWNER", "ORGANIZATION_OBSERVE_ADMIN", "ORGANIZATION_OBSERVE_MEMBER", "ORGANIZATION_BILLING_ADMIN", "ORGANIZATION_MEMBER"];
export const userStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["User"]["status"]> = ["ACTIVE", "INACTIVE", "PENDING", "BANNED"];
export const userTeamMembershipOrganizationRoleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UserTeamMembership"]["organizationRole"]> = ["ORGANIZATION_OWNER", "ORGANIZATION_OBSERVE_ADMIN", "ORGANIZATION_OBSERVE_MEMBER", "ORGANIZATION_BILLING_ADMIN", "ORGANIZATION_MEMBER"];
export const workspaceDefaultCloudProviderValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Workspace"]["defaultCloudProvider"]> = ["AWS", "AZURE", "GCP"];
export const createWorkspaceRequestDefaultCloudProviderValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CreateWorkspaceRequest"]["defaultCloudProvider"]> = ["AWS", "AZURE", "GCP"];
export const updateWorkspaceRequestDefaultCloudProviderValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["UpdateWorkspaceRequest"]["defaultCloudProvider"]> = ["AWS", "AZURE", "GCP"];
export const selfUserStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["SelfUser"]["status"]> = ["ACTIVE", "INACTIVE", "PENDING", "BANNED"];
export const componentsParametersSortsValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["Sorts"]> = ["name:asc", "name:desc", "createdAt:asc", "createdAt:desc", "updatedAt:asc", "updatedAt:desc"];
export const componentsParametersCloudProviderFilterValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["CloudProviderFilter"]> = ["AWS", "AZURE", "GCP"];
export const componentsParametersScopeTypesFilterValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["ScopeTypesFilter"]> = ["DEPLOYMENT", "WORKSPACE", "ORGANIZATION", "DAG"];
export const componentsParametersNameDescriptionSortsValues: ReadonlyArray<FlattenedDeepRequired<components>["parameters"]["NameDescriptionSorts"]> = ["name:asc", "name:desc", "description:asc", "description:desc", "createdAt:asc", "createdAt:desc", "updatedAt:asc", "updatedAt:desc"];
export const componentsHeadersContentEncodingValues: ReadonlyArray<FlattenedDeepRequired<components>["headers"]["ContentEncoding"]> = ["gzip"];
/** One component schema's members, for the interfaces above. */
type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];
