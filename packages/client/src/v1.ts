/** Client of the Astro API v1 (https://api.astronomer.io/v1). */
import type { Client } from 'openapi-fetch';
import { createAstroClient } from './client/create-astro-client.ts';
import type { AstroClientOptions } from './client/options.ts';
import type { ClustersApi as ClusterHelpers, DeploymentsApi as DeploymentHelpers, DeploysApi as DeployHelpers, Helpers } from './generated/v1.helpers.ts';
import { operations, serverUrl, type ApiVersion } from './generated/v1.operations.ts';
import type { Cluster, Deploy, Deployment, paths } from './generated/v1.ts';
import type { DeployDagsOptions, Tarball } from './resources/deploy-dags.ts';
import { lifecycleHelpers } from './resources/lifecycle.ts';
import type { WaitOptions } from './resources/waiters.ts';

export interface ClientOptions extends AstroClientOptions {
  /** Minor version of v1 that should answer, sent as X-API-Version. Default: the newest. */
  apiVersion?: ApiVersion;
}

export type DeploymentStatus = NonNullable<Deployment['status']>;
export type ClusterStatus = NonNullable<Cluster['status']>;
export type DeployStatus = NonNullable<Deploy['status']>;

/** `client.deployments`: the Deployment operations, and a waiter. */
export interface DeploymentsApi extends DeploymentHelpers {
  /**
   * Polls GetDeployment until the Deployment reaches `status` (one or any of a list) and resolves with it.
   * Default deadline 15 minutes; no status fails the wait unless given in `failOn` (UNHEALTHY can pass).
   * Rejects with AstroWaitError (`reason`, `resource`, `lastStatus`) on a `failOn` status or the deadline.
   */
  waitForStatus(deploymentId: string, status: DeploymentStatus | readonly DeploymentStatus[], options?: WaitOptions<DeploymentStatus>): Promise<Deployment>;
}

/** `client.clusters`: the Cluster operations, and a waiter. */
export interface ClustersApi extends ClusterHelpers {
  /**
   * Polls GetCluster until the Cluster reaches `status` (one or any of a list) and resolves with it.
   * Default deadline 60 minutes; CREATE_FAILED, UPDATE_FAILED, ACCESS_DENIED and FAILOVER_FAILED end the
   * wait with AstroWaitError unless waited for (`failOn` replaces that list).
   */
  waitForStatus(clusterId: string, status: ClusterStatus | readonly ClusterStatus[], options?: WaitOptions<ClusterStatus>): Promise<Cluster>;
}

/** `client.deploys`: the Deploy operations, a waiter, and the whole DAG-only deploy. */
export interface DeploysApi extends DeployHelpers {
  /**
   * Polls GetDeploy until the Deploy reaches `status` (one or any of a list) and resolves with it.
   * Default deadline 15 minutes; FAILED ends the wait with AstroWaitError unless waited for.
   */
  waitForStatus(deploymentId: string, deployId: string, status: DeployStatus | readonly DeployStatus[], options?: WaitOptions<DeployStatus>): Promise<Deploy>;
  /**
   * Deploys DAGs: creates a DAG_ONLY Deploy, uploads `tarball` (a .tar.gz) to its `dagsUploadUrl` with
   * `x-ms-blob-type: BlockBlob` (never with the token or your headers), finalizes it with the uploaded
   * version, and waits for DEPLOYED unless `wait: false`. Resolves with the Deploy.
   */
  deployDags(deploymentId: string, tarball: Tarball, options?: DeployDagsOptions): Promise<Deploy>;
}

/** openapi-fetch's client (`GET`, `POST`, `use`…) plus one object of helpers per group. */
export interface AstroClient extends Client<paths>, Omit<Helpers, 'deployments' | 'clusters' | 'deploys'> {
  deployments: DeploymentsApi;
  clusters: ClustersApi;
  deploys: DeploysApi;
  /** A client for another Organization, sharing this one's transport, retries and rate pacing. */
  withOrganization(organizationId: string): AstroClient;
}

/** Creates a v1 client. Token, base URL and Organization default to ASTRO_API_TOKEN, ASTRO_API_BASE_URL and ASTRO_ORGANIZATION_ID. */
export function createClient(options: ClientOptions = {}): AstroClient {
  const { apiVersion, ...rest } = options ?? {};
  return createAstroClient({ table: operations, serverUrl, extraOptions: ['apiVersion'], extend: lifecycleHelpers }, rest, apiVersion ? { 'X-API-Version': apiVersion } : {}) as AstroClient;
}

export * from './generated/v1.ts';
export type * from './generated/v1.helpers.ts';
export type { ApiVersion };
export { serverUrl };
export { SPEC_VERSIONS } from './generated/spec-versions.ts';
export * from './index.ts';
// Declared by both the generated module and the errors; the spec's wins (they are equal, a type test checks).
export type { FieldError } from './generated/v1.ts';
