/**
 * What a Cluster or a Deployment can be created with: regions, machine types and their defaults
 * per cloud provider, executors, runtime releases, scheduler and worker machines. The machine
 * names come from the spec's enums; a worker machine A<n> has n/5 CPUs and 2n/5 GiB and runs n tasks
 * at once, as Astro's machine ladder does.
 */
import { schemaShape } from '@astro-api/openapi';
import type { Behaviour, RequestContext } from '../engine/context.ts';
import { answer } from '../engine/generic.ts';
import { jsonSchemaOf } from '../engine/json-media.ts';
import { notFound, lookUpReference } from '../engine/locate.ts';

const PROVIDERS = {
  AWS: {
    regions: ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2'],
    nodes: [['m6i.xlarge', 4, '16Gi'], ['m6i.2xlarge', 8, '32Gi'], ['m6i.4xlarge', 16, '64Gi'], ['r6i.2xlarge', 8, '64Gi']],
    databases: [['db.m6g.large', 2, '8Gi'], ['db.m6g.xlarge', 4, '16Gi'], ['db.r6g.2xlarge', 8, '64Gi']],
  },
  AZURE: {
    regions: ['eastus', 'eastus2', 'westus2', 'westeurope', 'northeurope', 'australiaeast'],
    nodes: [['Standard_D4ds_v5', 4, '16Gi'], ['Standard_D8ds_v5', 8, '32Gi'], ['Standard_D16ds_v5', 16, '64Gi'], ['Standard_E8ds_v5', 8, '64Gi']],
    databases: [['GP_Standard_D2ds_v4', 2, '8Gi'], ['GP_Standard_D4ds_v4', 4, '16Gi'], ['MO_Standard_E8ds_v4', 8, '64Gi']],
  },
  GCP: {
    regions: ['us-central1', 'us-east4', 'us-west1', 'europe-west1', 'europe-west4', 'asia-northeast1'],
    nodes: [['e2-standard-4', 4, '16Gi'], ['e2-standard-8', 8, '32Gi'], ['n2-standard-16', 16, '64Gi'], ['n2-highmem-8', 8, '64Gi']],
    databases: [['db-custom-2-8192', 2, '8Gi'], ['db-custom-4-16384', 4, '16Gi'], ['db-custom-8-65536', 8, '64Gi']],
  },
} as const;

const instance = ([name, cpu, memory]: readonly [string, number, string]) => ({ name, cpu, memory });

export const getClusterOptions: Behaviour = (context) => {
  const { provider, type } = context.parameters.query as { provider?: keyof typeof PROVIDERS; type: string };
  const providers = provider ? [provider] : (Object.keys(PROVIDERS) as (keyof typeof PROVIDERS)[]);
  return answer(
    context,
    providers.map((name) => {
      const catalogue = PROVIDERS[name];
      const regions = catalogue.regions.map((region, index) => ({ name: region, ...(index === catalogue.regions.length - 1 && { limited: true }) }));
      return {
        provider: name,
        regions,
        defaultRegion: regions[0],
        nodeInstances: catalogue.nodes.map(instance),
        defaultNodeInstance: instance(catalogue.nodes[0]),
        databaseInstances: catalogue.databases.map(instance),
        defaultDatabaseInstance: instance(catalogue.databases[0]),
        nodeCountMin: type === 'HYBRID' ? 1 : 2,
        nodeCountMax: 100,
        nodeCountDefault: 20,
        defaultVpcSubnetRange: '172.20.0.0/20',
        ...(name === 'GCP' && { defaultPodSubnetRange: '172.21.0.0/19', defaultServiceSubnetRange: '172.22.0.0/22', defaultServicePeeringRange: '172.23.0.0/20' }),
      };
    }),
  );
};

/** Astro Runtime releases the simulator offers (newest first). */
export const RUNTIME_RELEASES = [
  { version: '13.1.0', airflowVersion: '3.0.6', channel: 'STABLE', releaseDate: '2025-09-02T00:00:00Z', airflowDatabaseMigration: false, stellarDatabaseMigration: false },
  { version: '13.0.0', airflowVersion: '3.0.2', channel: 'STABLE', releaseDate: '2025-06-24T00:00:00Z', airflowDatabaseMigration: true, stellarDatabaseMigration: true },
  { version: '12.10.0', airflowVersion: '2.11.0', channel: 'STABLE', releaseDate: '2025-07-15T00:00:00Z', airflowDatabaseMigration: false, stellarDatabaseMigration: false },
  { version: '12.6.0', airflowVersion: '2.10.4', channel: 'STABLE', releaseDate: '2025-01-14T00:00:00Z', airflowDatabaseMigration: false, stellarDatabaseMigration: false },
  { version: '11.19.0', airflowVersion: '2.9.3', channel: 'DEPRECATED', releaseDate: '2024-12-10T00:00:00Z', airflowDatabaseMigration: false, stellarDatabaseMigration: false },
];

/** The names of an enum the answer's schema declares, at a member path of it. */
function enumAt(context: RequestContext, path: string[]): string[] {
  let shape = schemaShape(context.api.document, jsonSchemaOf(context.operation));
  for (const member of path) {
    const next = shape.properties.get(member);
    shape = schemaShape(context.api.document, next);
    if (shape.items) shape = schemaShape(context.api.document, shape.items);
  }
  return (shape.enum ?? []).map(String);
}

const range = (floor: number, fallback: number, ceiling: number) => ({ floor, default: fallback, ceiling });

export const getDeploymentOptions: Behaviour = (context) => {
  const { deploymentId, deploymentType, executor } = context.parameters.query as Record<string, string | undefined>;
  if (deploymentId !== undefined && !lookUpReference(context, 'deploymentId', deploymentId)) throw notFound('Deployment', deploymentId);
  const executors = (deploymentType === 'HYBRID' ? ['CELERY', 'KUBERNETES'] : ['CELERY', 'KUBERNETES', 'ASTRO']).filter((name) => !executor || name === executor);
  const scheduler = enumAt(context, ['schedulerMachines', 'name']);
  const workers = enumAt(context, ['workerMachines', 'name']);
  return answer(context, {
    executors,
    resourceQuotas: {
      defaultPodSize: { cpu: { floor: '0.25', default: '1', ceiling: '8' }, memory: { floor: '0.5Gi', default: '2Gi', ceiling: '32Gi' } },
      resourceQuota: { cpu: { floor: '10', default: '160', ceiling: '1000' }, memory: { floor: '20Gi', default: '320Gi', ceiling: '2000Gi' } },
    },
    runtimeReleases: RUNTIME_RELEASES,
    schedulerMachines: scheduler.map((name, step) => ({ name, spec: { cpu: String(2 ** step), memory: `${2 ** (step + 1)}Gi` } })),
    workerMachines: workers.map((name) => {
      const size = Number(name.slice(1)) / 5;
      return { name, spec: { cpu: String(size), memory: `${size * 2}Gi`, concurrency: size * 5, ephemeralStorage: '10Gi' }, concurrency: range(1, size * 5, size * 20) };
    }),
    workerQueues: { minWorkers: range(0, 1, 30), maxWorkers: range(1, 10, 30), workerConcurrency: range(1, 5, 256) },
    ...(deploymentId && { workloadIdentityOptions: [{ label: 'Default', role: `arn:aws:iam::000000000000:role/astro-${deploymentId}` }] }),
  });
};
