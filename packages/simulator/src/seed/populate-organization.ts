/**
 * Fills one Organization with what a team running Airflow on Astro has: users with roles, three
 * Workspaces, a dedicated and a hybrid Cluster, Deployments of each type (one in development mode),
 * finalized Deploys, API tokens of each scope and an agent token, Teams with members, environment
 * objects, a custom role, allowed IP ranges and a pending invite. Everything is created through the
 * operations themselves (validated like requests), so references agree and records look exactly as
 * the API makes them. The same seed gives the same data, token values included.
 */
import type { ApiModel } from '../engine/context.ts';
import { createRecord } from '../engine/generic.ts';
import type { World } from '../engine/world.ts';
import { mixSeed, mulberry32 } from '../store/prng.ts';
import { createUser } from '../store/subjects.ts';
import { DAY } from '../store/timestamps.ts';
import type { SubjectProfile } from '../store/types.ts';
import { contextFor, invoke, type InvokeInput } from './invoke.ts';

export interface SeededToken {
  id: string;
  /** The token's value: it authenticates as the token (API tokens are issued through the API here too). */
  token: string;
}

export interface PopulatedOrganization {
  organizationId: string;
  users: string[];
  workspaces: string[];
  clusters: string[];
  /** Deployment ids by type, and the development Deployment (it can hibernate). */
  deployments: { STANDARD: string; DEDICATED: string; HYBRID: string; development: string; all: string[] };
  deploys: string[];
  teams: string[];
  tokens: { organization: SeededToken; workspace: SeededToken; deployment: SeededToken; agent: SeededToken };
  environmentObjects: string[];
  customRoles: string[];
  allowedIpAddressRanges: string[];
  invites: string[];
}

const WORKSPACES = [
  { name: 'Data Platform', description: 'Ingestion and core pipelines', cicdEnforcedDefault: true },
  { name: 'Analytics', description: 'Reporting and dashboards', cicdEnforcedDefault: false },
  { name: 'Machine Learning', description: 'Feature pipelines and model training', cicdEnforcedDefault: false },
];

const queue = (astroMachine: string, maxWorkerCount: number) => ({ name: 'default', isDefault: true, astroMachine, minWorkerCount: 1, maxWorkerCount, workerConcurrency: 10 });

export function populateOrganization(world: World, api: ApiModel, organizationId: string): PopulatedOrganization {
  const organization = world.organizations.get(organizationId);
  if (!organization) throw new Error(`No Organization ${organizationId} to populate`);
  const random = mulberry32(mixSeed(world.organizations.seed, 0x5eed, world.populatedOrganizations.length));
  const owner: SubjectProfile = organization.members.find((member) => member.subjectType === 'USER') ?? organization.members[0]!;
  let nowMs = world.organizations.referenceTime.getTime() - 30 * DAY;
  const step = () => {
    nowMs += Math.floor(random.int(20, 180) * 60_000);
    world.lifecycle.settle(nowMs);
    return nowMs;
  };
  const o = { organizationId };
  const call = (operationId: string, input: Omit<InvokeInput, 'subject' | 'nowMs'> = {}) => invoke(world, api, operationId, { ...input, path: { ...o, ...input.path }, subject: owner, nowMs: step() });

  world.seeding = true;
  try {
    // Users: the Organization's members first, then colleagues, with Organization roles.
    const domain = owner.username?.split('@')[1] ?? 'astro-api.example';
    const people = [
      ...organization.members.filter((member) => member.subjectType === 'USER'),
      ...Array.from({ length: 8 }, (_, index) => createUser(random, domain, nowMs, 900 + index)),
    ].slice(0, 10);
    const userContext = () => contextFor(world, api, 'ListUsers', o, owner, step());
    const users = people.map((person, index) =>
      createRecord(userContext(), {
        key: person.id,
        input: {
          username: person.username,
          fullName: person.fullName,
          avatarUrl: person.avatarUrl ?? '',
          status: index === people.length - 1 ? 'INACTIVE' : 'ACTIVE',
          organizationRole: index === 0 ? 'ORGANIZATION_OWNER' : index === 1 ? 'ORGANIZATION_BILLING_ADMIN' : 'ORGANIZATION_MEMBER',
        },
      }).id as string,
    );

    const workspaces = WORKSPACES.map((body) => call('CreateWorkspace', { body }).id as string);
    const clusters = [
      call('CreateCluster', {
        body: {
          cloudProvider: 'AWS', type: 'DEDICATED', name: 'prod-us-east-1', region: 'us-east-1', vpcSubnetRange: '172.20.0.0/20',
          dbInstanceType: 'db.m6g.large', workspaceIds: workspaces.slice(0, 2),
          nodePools: [{ name: 'default', nodeInstanceType: 'm6i.xlarge', maxNodeCount: 20, isDefault: true }, { name: 'large-tasks', nodeInstanceType: 'm6i.4xlarge', maxNodeCount: 10 }],
        },
      }),
      call('CreateCluster', {
        body: {
          cloudProvider: 'GCP', type: 'HYBRID', name: 'hybrid-europe-west4', region: 'europe-west4', vpcSubnetRange: '172.30.0.0/20',
          podSubnetRange: '172.31.0.0/19', serviceSubnetRange: '172.32.0.0/22', servicePeeringRange: '172.33.0.0/20', workspaceIds: [workspaces[2]],
          nodePools: [{ name: 'default', nodeInstanceType: 'e2-standard-8', maxNodeCount: 15, isDefault: true }],
        },
      }),
    ];
    step();
    const deployment = (body: Record<string, unknown>) =>
      call('CreateDeployment', { body: { isCicdEnforced: false, isDagDeployEnabled: true, contactEmails: [owner.username ?? `owner@${domain}`], ...body } }).id as string;
    const STANDARD = deployment({
      type: 'STANDARD', name: 'etl-production', description: 'Nightly ETL', workspaceId: workspaces[0], cloudProvider: 'AWS', region: 'us-east-1',
      executor: 'ASTRO', schedulerSize: 'MEDIUM', isHighAvailability: true, isDevelopmentMode: false, workerQueues: [queue('A10', 10)],
      environmentVariables: [{ key: 'ENVIRONMENT', value: 'production', isSecret: false }, { key: 'WAREHOUSE_PASSWORD', value: 'seeded-secret', isSecret: true }],
    });
    const development = deployment({
      type: 'STANDARD', name: 'etl-sandbox', description: 'Experiments; hibernates at night', workspaceId: workspaces[0], cloudProvider: 'AWS', region: 'us-east-1',
      executor: 'CELERY', schedulerSize: 'SMALL', isHighAvailability: false, isDevelopmentMode: true, workerQueues: [queue('A5', 2)],
    });
    const DEDICATED = deployment({
      type: 'DEDICATED', name: 'reporting', workspaceId: workspaces[1], clusterId: clusters[0].id, executor: 'KUBERNETES', schedulerSize: 'LARGE',
      isHighAvailability: true, workerQueues: [queue('A20', 20)],
    });
    const HYBRID = deployment({
      type: 'HYBRID', name: 'feature-store', workspaceId: workspaces[2], clusterId: clusters[1].id, executor: 'CELERY',
      scheduler: { au: 10, replicas: 2 }, taskPodNodePoolId: clusters[1].nodePools[0].id,
      workerQueues: [{ name: 'default', isDefault: true, nodePoolId: clusters[1].nodePools[0].id, minWorkerCount: 1, maxWorkerCount: 5, workerConcurrency: 16 }],
    });
    const deployments = [STANDARD, development, DEDICATED, HYBRID];
    step();

    // Two finalized Deploys per Deployment: an image with DAGs, then DAGs only.
    const deploys: string[] = [];
    for (const deploymentId of deployments) {
      for (const [type, description] of [['IMAGE_AND_DAG', 'Release from main'], ['DAG_ONLY', 'DAG fix']] as const) {
        const deploy = call('CreateDeploy', { path: { deploymentId }, body: { type, description, git: { provider: 'GITHUB', commitSha: world.ids.next(nowMs).slice(1, 13), branch: 'main', repo: 'airflow-dags', account: 'data-team' } } });
        const version = world.uploads.receive(deploy.id, Buffer.from(`seeded DAG tarball of ${deploy.id}`), new Date(nowMs)).versionId;
        call('FinalizeDeploy', { path: { deploymentId, deployId: deploy.id }, body: { dagTarballVersion: version } });
        deploys.push(deploy.id);
      }
    }
    step();

    // Seeded tokens do not expire: the seeded world's clock runs behind the real one by an unknown span.
    const token = (body: Record<string, unknown>): SeededToken => {
      const created = call('CreateApiToken', { body });
      return { id: created.id, token: created.token };
    };
    const tokens = {
      organization: token({ name: 'terraform-automation', description: 'Manages Workspaces and Deployments', scope: 'ORGANIZATION', role: 'ORGANIZATION_OWNER' }),
      workspace: token({ name: 'ci-deployer', description: 'Deploys from CI', scope: 'WORKSPACE', entityId: workspaces[0], role: 'WORKSPACE_OPERATOR' }),
      deployment: token({ name: 'etl-runner', scope: 'DEPLOYMENT', entityId: STANDARD, role: 'DEPLOYMENT_ADMIN' }),
      agent: (() => {
        const created = call('CreateAgentToken', { path: { deploymentId: HYBRID }, body: { name: 'remote-agent', description: 'Remote execution agent' } });
        return { id: created.id, token: created.token };
      })(),
    };

    call('UpdateUserRoles', { path: { userId: users[2]! }, body: { organizationRole: 'ORGANIZATION_MEMBER', workspaceRoles: [{ workspaceId: workspaces[0], role: 'WORKSPACE_OWNER' }], deploymentRoles: [{ deploymentId: STANDARD, role: 'DEPLOYMENT_ADMIN' }] } });
    call('UpdateUserRoles', { path: { userId: users[3]! }, body: { organizationRole: 'ORGANIZATION_MEMBER', workspaceRoles: [{ workspaceId: workspaces[1], role: 'WORKSPACE_AUTHOR' }] } });
    const teams = [
      call('CreateTeam', { body: { name: 'Data Engineering', description: 'Owns the pipelines', memberIds: users.slice(2, 5), organizationRole: 'ORGANIZATION_MEMBER' } }).id as string,
      call('CreateTeam', { body: { name: 'Analysts', description: 'Build reports', memberIds: users.slice(4, 8) } }).id as string,
    ];
    call('UpdateTeamRoles', { path: { teamId: teams[0]! }, body: { organizationRole: 'ORGANIZATION_MEMBER', workspaceRoles: [{ workspaceId: workspaces[0], role: 'WORKSPACE_OPERATOR' }, { workspaceId: workspaces[2], role: 'WORKSPACE_MEMBER' }] } });
    call('UpdateTeamRoles', { path: { teamId: teams[1]! }, body: { organizationRole: 'ORGANIZATION_MEMBER', workspaceRoles: [{ workspaceId: workspaces[1], role: 'WORKSPACE_AUTHOR' }] } });

    const environmentObjects = [
      call('CreateEnvironmentObject', {
        body: {
          objectKey: 'warehouse', objectType: 'CONNECTION', scope: 'WORKSPACE', scopeEntityId: workspaces[0], autoLinkDeployments: true,
          description: 'The analytics warehouse',
          connection: { type: 'postgres', host: 'warehouse.internal.example', port: 5432, login: 'airflow', password: 'seeded-password', schema: 'analytics' },
        },
      }).id as string,
      call('CreateEnvironmentObject', {
        body: { objectKey: 'ALERT_EMAIL', objectType: 'ENVIRONMENT_VARIABLE', scope: 'WORKSPACE', scopeEntityId: workspaces[0], environmentVariable: { value: `alerts@${domain}`, isSecret: false }, links: [{ scope: 'DEPLOYMENT', scopeEntityId: development }] },
      }).id as string,
      call('CreateEnvironmentObject', {
        body: { objectKey: 'api_key', objectType: 'AIRFLOW_VARIABLE', scope: 'DEPLOYMENT', scopeEntityId: DEDICATED, airflowVariable: { value: 'seeded-api-key', isSecret: true } },
      }).id as string,
      call('CreateEnvironmentObject', {
        body: { objectKey: 'prometheus', objectType: 'METRICS_EXPORT', scope: 'WORKSPACE', scopeEntityId: workspaces[1], metricsExport: { endpoint: 'https://metrics.internal.example/api/v1/write', exporterType: 'PROMETHEUS', authType: 'BASIC', username: 'astro', password: 'seeded-password' } },
      }).id as string,
    ];

    const customRoles = [
      call('CreateCustomRole', { body: { name: 'Deployment Auditor', description: 'Reads Deployments and their logs', scopeType: 'DEPLOYMENT', permissions: ['deployment.get', 'deployment.logs.get', 'deployment.deploys.get'] } }).id as string,
    ];
    const allowedIpAddressRanges = (call('BulkCreateAllowedIpAddressRanges', { body: { allowedIpAddressRanges: ['198.51.100.0/24', '203.0.113.0/24'] } }).allowedIpAddressRanges as { id: string }[]).map((range) => range.id);
    const invites = [call('CreateUserInvite', { body: { inviteeEmail: `new.colleague@${domain}`, role: 'ORGANIZATION_MEMBER' } }).inviteId as string];

    world.lifecycle.settle(step() + world.lifecycle.delayMs);
    world.populatedOrganizations.push(organizationId);
    return {
      organizationId,
      users,
      workspaces,
      clusters: clusters.map((cluster) => cluster.id as string),
      deployments: { STANDARD, DEDICATED, HYBRID, development, all: deployments },
      deploys,
      teams,
      tokens,
      environmentObjects,
      customRoles,
      allowedIpAddressRanges,
      invites,
    };
  } finally {
    world.seeding = false;
  }
}
