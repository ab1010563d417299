/**
 * The seeded Organization: the same seed gives the same data (token values included), every record
 * is valid against its schema, and the references between records agree.
 */
import { describe, expect, it } from 'vitest';
import { createSpecValidator, loadOperations, loadSpec } from '@astro-api/openapi';
import { mapResources } from '../../src/engine/resources.ts';
import { startSimulator, type Simulator } from '../../src/index.ts';

async function populated(seed: number): Promise<Simulator> {
  return startSimulator({ seed, organizations: 30, populate: 2, referenceTime: '2026-06-01T00:00:00Z', logger: false, lifecycleDelayMs: 10 });
}

describe('populated Organizations', () => {
  it('are the same for the same seed, and differ for another', async () => {
    const [first, second, third] = await Promise.all([populated(7), populated(7), populated(8)]);
    try {
      // Only the upload origin (a free port of each run) may differ.
      const data = (simulator: Simulator) => JSON.parse(JSON.stringify(simulator.records.snapshot()).replaceAll(simulator.uploadUrl, 'http://uploads'));
      expect(data(first)).toEqual(data(second));
      expect(first.populated).toEqual(second.populated);
      expect(first.populated[0]!.tokens.organization.token).toBe(second.populated[0]!.tokens.organization.token);
      expect(third.populated[0]!.organizationId).not.toBe(first.populated[0]!.organizationId);
      expect(first.populated.map((organization) => organization.organizationId)).toEqual(first.store.all().slice(0, 2).map((record) => record.id));
    } finally {
      await Promise.all([first, second, third].map((simulator) => simulator.close()));
    }
  });

  it('hold every kind of record, valid against its schema, with references that agree', async () => {
    const simulator = await populated(11);
    try {
      const document = loadSpec('v1');
      const validator = createSpecValidator('v1');
      const resources = mapResources(document, loadOperations('v1'));
      const organization = simulator.populated[0]!;
      const base = `/organizations/${organization.organizationId}`;
      const snapshot = simulator.records.snapshot();
      const templateOf = (path: string) => [...resources.collections.values()].find((collection) => new RegExp(`^${collection.path.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path))!;
      for (const [path, records] of Object.entries(snapshot)) {
        const collection = templateOf(path);
        for (const record of records) expect(validator.validateSchema(collection.recordSchema!, record), `${path} ${record.id}`).toEqual([]);
      }
      const list = (name: string) => snapshot[`${base}/${name}`] ?? [];
      expect(list('workspaces')).toHaveLength(3);
      expect(list('clusters').map((cluster) => [cluster.type, cluster.status])).toEqual([['DEDICATED', 'CREATED'], ['HYBRID', 'CREATED']]);
      const deployments = list('deployments');
      expect(new Set(deployments.map((deployment) => deployment.type))).toEqual(new Set(['STANDARD', 'DEDICATED', 'HYBRID']));
      const workspaceIds = new Set(list('workspaces').map((workspace) => workspace.id));
      const clusters = new Map(list('clusters').map((cluster) => [cluster.id, cluster]));
      for (const deployment of deployments) {
        expect(deployment.status).toBe('HEALTHY');
        expect(workspaceIds.has(deployment.workspaceId)).toBe(true);
        if (deployment.type !== 'STANDARD') expect(clusters.get(deployment.clusterId)?.type).toBe(deployment.type);
        const deploys = snapshot[`${base}/deployments/${deployment.id}/deploys`]!;
        expect(deploys.map((deploy) => deploy.status)).toEqual(['DEPLOYED', 'DEPLOYED']);
        expect(deployment.dagTarballVersion).toBe(deploys[1]!.dagTarballVersion);
      }
      const hybrid = deployments.find((deployment) => deployment.type === 'HYBRID')!;
      expect(clusters.get(hybrid.clusterId)!.nodePools.map((pool: { id: string }) => pool.id)).toContain(hybrid.taskPodNodePoolId);
      const users = new Set(list('users').map((user) => user.id));
      for (const team of list('teams')) {
        const members = snapshot[`${base}/teams/${team.id}/members`]!;
        expect(members.length).toBeGreaterThanOrEqual(3);
        for (const member of members) expect(users.has(member.userId)).toBe(true);
        for (const role of team.workspaceRoles) expect(workspaceIds.has(role.workspaceId)).toBe(true);
      }
      const tokens = list('tokens');
      expect(tokens.map((token) => token.scope).sort()).toEqual(['DEPLOYMENT', 'ORGANIZATION', 'WORKSPACE']);
      expect(snapshot[`${base}/deployments/${hybrid.id}/agent-tokens`]).toHaveLength(1);
      for (const object of list('environment-objects')) {
        const entities = object.scope === 'WORKSPACE' ? workspaceIds : new Set(deployments.map((deployment) => deployment.id));
        expect(entities.has(object.scopeEntityId)).toBe(true);
      }
      expect(list('roles')).toHaveLength(1);
      expect(list('allowed-ip-address-ranges')).toHaveLength(2);
      expect(list('invites')).toHaveLength(1);
      expect(simulator.store.get(organization.organizationId)!.hasAllowedIpAddressRanges).toBe(true);
      // The second populated Organization is filled the same way, with its own records.
      expect(snapshot[`/organizations/${simulator.populated[1]!.organizationId}/deployments`]).toHaveLength(4);
    } finally {
      await simulator.close();
    }
  });

  it('comes back as seeded after a reset', async () => {
    const simulator = await startSimulator({ seed: 3, organizations: 5, populate: 1, referenceTime: '2026-06-01T00:00:00Z', logger: false });
    try {
      const before = simulator.records.snapshot();
      simulator.records.delete(`/organizations/${simulator.populated[0]!.organizationId}/workspaces`, simulator.populated[0]!.workspaces[0]!);
      const response = await fetch(`${simulator.url}/__simulator/reset`, { method: 'POST' });
      expect(await response.json()).toMatchObject({ status: 'reset', records: simulator.records.totalRecords });
      expect(simulator.records.snapshot()).toEqual(before);
    } finally {
      await simulator.close();
    }
  });
});
