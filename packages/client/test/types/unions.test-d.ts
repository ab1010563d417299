/**
 * The spec's oneOf unions narrow on their discriminator, so a request of one kind cannot carry another
 * kind's fields; nullable fields are `T | null`. (The Deployment unions have no field that only the
 * DEDICATED request has: STANDARD alone has cloudProvider and region, HYBRID alone scheduler and
 * taskPodNodePoolId; those are what each kind must reject.)
 */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  CreateClusterRequest,
  CreateDeploymentRequest,
  Deployment,
  DeploymentHibernationOverride,
  OverrideDeploymentHibernationBody,
  UpdateClusterRequest,
  UpdateDeploymentRequest,
} from '../../src/v1.ts';

describe('CreateDeploymentRequest', () => {
  it('accepts the fields of the kind its type names', () => {
    const standard: CreateDeploymentRequest = {
      type: 'STANDARD',
      name: 'etl',
      workspaceId: 'ws-1',
      cloudProvider: 'AWS',
      region: 'us-east-1',
      isDevelopmentMode: true,
      executor: 'CELERY',
    };
    const dedicated: CreateDeploymentRequest = { type: 'DEDICATED', name: 'etl', workspaceId: 'ws-1', clusterId: 'c-1', isDevelopmentMode: false };
    const hybrid: CreateDeploymentRequest = { type: 'HYBRID', name: 'etl', workspaceId: 'ws-1', clusterId: 'c-1', taskPodNodePoolId: 'np-1' };
    void [standard, dedicated, hybrid];
  });

  it('rejects a field of another kind', () => {
    // @ts-expect-error taskPodNodePoolId belongs to HYBRID Deployments
    const standard: CreateDeploymentRequest = { type: 'STANDARD', name: 'etl', workspaceId: 'ws-1', taskPodNodePoolId: 'np-1' };
    // @ts-expect-error cloudProvider belongs to STANDARD Deployments; a DEDICATED one runs on its cluster
    const dedicated: CreateDeploymentRequest = { type: 'DEDICATED', name: 'etl', workspaceId: 'ws-1', cloudProvider: 'AWS' };
    // @ts-expect-error region belongs to STANDARD Deployments
    const hybrid: CreateDeploymentRequest = { type: 'HYBRID', name: 'etl', workspaceId: 'ws-1', region: 'us-east-1' };
    // @ts-expect-error SERVERLESS is not a Deployment type
    const unknown: CreateDeploymentRequest = { type: 'SERVERLESS', name: 'etl', workspaceId: 'ws-1' };
    void [standard, dedicated, hybrid, unknown];
  });

  it('narrows on type', () => {
    const request = {} as CreateDeploymentRequest;
    if (request.type === 'STANDARD') expectTypeOf(request.region).toEqualTypeOf<string | undefined>();
    if (request.type === 'HYBRID') expectTypeOf(request).toHaveProperty('taskPodNodePoolId');
    if (request.type === 'DEDICATED') expectTypeOf(request).not.toHaveProperty('region');
  });
});

describe('the other unions', () => {
  it('UpdateDeploymentRequest narrows on type', () => {
    const request = {} as UpdateDeploymentRequest;
    if (request.type === 'HYBRID') expectTypeOf(request).toHaveProperty('scheduler');
    if (request.type === 'STANDARD') expectTypeOf(request).not.toHaveProperty('scheduler');
  });

  it('CreateClusterRequest narrows on cloudProvider', () => {
    const gcp: CreateClusterRequest = {
      cloudProvider: 'GCP',
      name: 'c',
      region: 'us-central1',
      type: 'DEDICATED',
      vpcSubnetRange: '172.20.0.0/22',
      podSubnetRange: '172.21.0.0/19',
      servicePeeringRange: '172.23.0.0/20',
      serviceSubnetRange: '172.22.0.0/22',
    };
    // @ts-expect-error tenantId belongs to Azure clusters
    const aws: CreateClusterRequest = { cloudProvider: 'AWS', name: 'c', region: 'us-east-1', type: 'DEDICATED', vpcSubnetRange: '172.20.0.0/20', tenantId: 't' };
    void [gcp, aws];
  });

  it('UpdateClusterRequest narrows on clusterType', () => {
    const hybrid: UpdateClusterRequest = { clusterType: 'HYBRID' };
    // @ts-expect-error nodePools belong to DEDICATED cluster updates
    const wrong: UpdateClusterRequest = { clusterType: 'HYBRID', nodePools: [] };
    void [hybrid, wrong];
  });
});

describe('nullable fields', () => {
  it('are T | null, and still required where the spec says so', () => {
    expectTypeOf<OverrideDeploymentHibernationBody['isHibernating']>().toEqualTypeOf<boolean | null>();
    expectTypeOf<OverrideDeploymentHibernationBody['overrideUntil']>().toEqualTypeOf<string | null | undefined>();
    const clear: OverrideDeploymentHibernationBody = { isHibernating: null };
    // @ts-expect-error isHibernating is required, null or not
    const missing: OverrideDeploymentHibernationBody = { overrideUntil: null };
    void [clear, missing];
  });

  it('reach the responses too', () => {
    expectTypeOf<DeploymentHibernationOverride>().toBeObject();
    expectTypeOf<Deployment['status']>().toEqualTypeOf<'CREATING' | 'DEPLOYING' | 'HEALTHY' | 'UNHEALTHY' | 'UNKNOWN' | 'HIBERNATING'>();
  });
});
