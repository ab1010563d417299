/**
 * Every v1 operation through the built client (`@astro-api/client/v1`), as sdk-surface.md names its
 * helpers: the Organization from the client, the other path parameters positional, then the body,
 * then the query; walkers, waiters and deployDags on top. Every response the client receives is
 * checked against the spec, and all 75 operations must have answered a 2xx.
 */
import { AstroApiError, AstroWaitError } from '@astro-api/client';
import { createClient, type AstroClient } from '@astro-api/client/v1';
import { loadOperations } from '@astro-api/openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type PopulatedOrganization, type Simulator } from '../../src/index.ts';
import { createCheckedFetch, type CheckedFetch } from '../support/checked-fetch.ts';
import { userJwt } from '../support/tokens.ts';

describe('every v1 operation through the built client', () => {
  let simulator: Simulator;
  let seeded: PopulatedOrganization;
  let checked: CheckedFetch;
  let astro: AstroClient;
  const client = (token = 'client-contract-token') => createClient({ token, baseUrl: simulator.baseUrls.v1, organizationId: seeded.organizationId, fetch: checked.fetch, pacing: false, maxRetries: 1 });

  beforeAll(async () => {
    simulator = await startSimulator({ seed: 31, organizations: 30, populate: 1, lifecycleDelayMs: 40, referenceTime: '2026-06-01T00:00:00Z', logger: false });
    seeded = simulator.populated[0]!;
    checked = createCheckedFetch();
    astro = client();
  });
  afterAll(() => simulator?.close());

  it('Organizations, permission groups and the self user', async () => {
    const page = await astro.organizations.list({ sorts: ['name:asc'], limit: 5 });
    expect(page.totalCount).toBe(30);
    expect(await astro.organizations.listAll({ pageSize: 7 }).toArray()).toHaveLength(30);
    expect((await astro.organizations.get({ isLookUpOnly: true })).id).toBe(seeded.organizationId);
    expect((await astro.organizations.update({ name: 'Client Org', billingEmail: 'invoices@client.example', isScimEnabled: false })).name).toBe('Client Org');
    const other = simulator.store.all().find((record) => record.id !== seeded.organizationId)!;
    expect((await astro.withOrganization(other.id).organizations.get()).id).toBe(other.id);
    expect((await astro.permissionGroups.list({ scopeType: 'ORGANIZATION' })).length).toBeGreaterThan(5);
    const self = await client(userJwt({ sub: seeded.users[0], email: 'owner@client.example' })).users.getSelf();
    expect(self.id).toBe(seeded.users[0]);
  });

  it('Allowed IP address ranges', async () => {
    const range = await astro.allowedIpAddressRanges.create({ ipAddressRange: '192.0.2.0/29' });
    const bulk = await astro.allowedIpAddressRanges.bulkCreate({ allowedIpAddressRanges: ['192.0.2.8/29', '192.0.2.16/29'] });
    expect((await astro.allowedIpAddressRanges.listAll({ pageSize: 2 }).toArray()).length).toBe(5);
    expect((await astro.allowedIpAddressRanges.list({ sorts: ['ipAddress:asc'], limit: 1 })).allowedIpAddressRanges[0]!.ipAddressRange).toBe('192.0.2.0/29');
    expect(await astro.allowedIpAddressRanges.bulkDelete({ allowedIpAddressRangeIds: bulk.allowedIpAddressRanges.map((item) => item.id) })).toBeUndefined();
    expect(await astro.allowedIpAddressRanges.delete(range.id)).toBeUndefined();
  });

  it('Clusters: options, create and wait, list, get, update, delete', async () => {
    expect((await astro.clusters.getOptions({ type: 'DEDICATED', provider: 'AWS' }))[0]!.provider).toBe('AWS');
    const cluster = await astro.clusters.create({ cloudProvider: 'AWS', type: 'DEDICATED', name: 'client-aws', region: 'us-west-2', vpcSubnetRange: '172.60.0.0/20' });
    expect((await astro.clusters.waitForStatus(cluster.id, 'CREATED', { intervalMs: 20 })).status).toBe('CREATED');
    expect((await astro.clusters.list({ names: ['client-aws'] })).totalCount).toBe(1);
    expect((await astro.clusters.listAll({ provider: 'AWS', pageSize: 1 }).toArray()).length).toBe(2);
    expect((await astro.clusters.get(cluster.id)).name).toBe('client-aws');
    expect((await astro.clusters.update(cluster.id, { clusterType: 'DEDICATED', name: 'client-aws-2', k8sTags: [] })).name).toBe('client-aws-2');
    simulator.faults.push('fail', { operationId: 'UpdateCluster' });
    await astro.clusters.update(cluster.id, { clusterType: 'DEDICATED', name: 'client-aws-3', k8sTags: [] });
    const failed = await astro.clusters.waitForStatus(cluster.id, 'CREATED', { intervalMs: 20 }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(AstroWaitError);
    expect(failed).toMatchObject({ reason: 'failed', lastStatus: 'UPDATE_FAILED' });
    expect(await astro.clusters.delete(cluster.id)).toBeUndefined();
  });

  it('Workspaces, Deployments and their waiter, hibernation, logs, options', async () => {
    const workspace = await astro.workspaces.create({ name: 'Client', description: 'from the client' });
    expect((await astro.workspaces.list({ names: ['Client'] })).workspaces[0]!.id).toBe(workspace.id);
    expect((await astro.workspaces.listAll({ pageSize: 2 }).toArray()).length).toBe(4);
    expect((await astro.workspaces.get(workspace.id)).description).toBe('from the client');
    expect((await astro.workspaces.update(workspace.id, { name: 'Client', description: 'updated', cicdEnforcedDefault: true })).cicdEnforcedDefault).toBe(true);
    expect((await astro.deployments.getOptions({ deploymentType: 'STANDARD' })).executors).toContain('ASTRO');
    const deployment = await astro.deployments.create({
      type: 'STANDARD', name: 'client-etl', workspaceId: workspace.id, cloudProvider: 'AWS', region: 'us-east-1', isCicdEnforced: false, isDagDeployEnabled: true, isDevelopmentMode: true,
      workerQueues: [{ name: 'default', isDefault: true, astroMachine: 'A5', minWorkerCount: 0, maxWorkerCount: 1, workerConcurrency: 5 }],
    });
    expect((await astro.deployments.waitForStatus(deployment.id, 'HEALTHY', { intervalMs: 20 })).status).toBe('HEALTHY');
    expect((await astro.deployments.list({ workspaceIds: [workspace.id] })).deployments.map((item) => item.id)).toEqual([deployment.id]);
    expect((await astro.deployments.listAll({ pageSize: 2 }).toArray()).length).toBe(5);
    expect((await astro.deployments.get(deployment.id)).workspaceName).toBe('Client');
    const updated = await astro.deployments.update(deployment.id, {
      type: 'STANDARD', name: 'client-etl', workspaceId: workspace.id, executor: 'CELERY', isCicdEnforced: false, isDagDeployEnabled: true, isHighAvailability: false,
      isDevelopmentMode: true, schedulerSize: 'SMALL', environmentVariables: [{ key: 'MODE', value: 'client', isSecret: false }],
    });
    expect(updated.status).toBe('DEPLOYING');
    await astro.deployments.waitForStatus(deployment.id, 'HEALTHY', { intervalMs: 20 });
    expect((await astro.deployments.updateHibernationOverride(deployment.id, { isHibernating: true, overrideUntil: null })).isHibernating).toBe(true);
    expect(await astro.deployments.deleteHibernationOverride(deployment.id)).toBeUndefined();
    expect((await astro.deployments.getLogs(deployment.id, { sources: ['scheduler'], limit: 3 })).results).toHaveLength(3);
    Object.assign(state, { workspaceId: workspace.id, deploymentId: deployment.id });
  });

  const state: { workspaceId?: string; deploymentId?: string } = {};

  it('Deploys: deployDags (create, upload, finalize, wait), get, update, list, rollback; agent tokens', async () => {
    const deploymentId = state.deploymentId!;
    const deploy = await astro.deploys.deployDags(deploymentId, new TextEncoder().encode('a tarball'), { description: 'client DAGs', wait: { intervalMs: 20 } });
    expect(deploy.status).toBe('DEPLOYED');
    expect(simulator.uploads.requests().filter((request) => request.method === 'PUT').every((request) => request.headers.authorization === undefined)).toBe(true);
    expect((await astro.deploys.get(deploymentId, deploy.id)).dagTarballVersion).toBe(deploy.dagTarballVersion);
    expect((await astro.deploys.update(deploymentId, deploy.id, { description: 'renamed' })).description).toBe('renamed');
    const image = await astro.deploys.create(deploymentId, { type: 'IMAGE_ONLY' });
    await astro.deploys.finalize(deploymentId, image.id, {});
    expect((await astro.deploys.waitForStatus(deploymentId, image.id, 'DEPLOYED', { intervalMs: 20 })).status).toBe('DEPLOYED');
    expect((await astro.deploys.list(deploymentId)).totalCount).toBe(2);
    expect((await astro.deploys.listAll(deploymentId, { pageSize: 1 }).toArray()).length).toBe(2);
    const rollback = await astro.deploys.rollback(deploymentId, deploy.id, { description: 'back' });
    expect(rollback.rollbackFromId).toBe(image.id);
    const agent = await astro.agentTokens.create(deploymentId, { name: 'client-agent' });
    expect(agent.token).toBeTruthy();
    expect((await astro.agentTokens.list(deploymentId)).tokens).toHaveLength(1);
    expect((await astro.agentTokens.listAll(deploymentId, { pageSize: 1 }).toArray())).toHaveLength(1);
    expect((await astro.agentTokens.get(deploymentId, agent.id)).name).toBe('client-agent');
    expect(await astro.agentTokens.delete(deploymentId, agent.id)).toBeUndefined();
  });

  it('Environment objects', async () => {
    const { id } = await astro.environmentObjects.create({ objectKey: 'CLIENT', objectType: 'ENVIRONMENT_VARIABLE', scope: 'WORKSPACE', scopeEntityId: state.workspaceId!, environmentVariable: { value: 'yes', isSecret: true } });
    expect((await astro.environmentObjects.get(id)).environmentVariable?.value).toBe('');
    expect((await astro.environmentObjects.list({ workspaceId: state.workspaceId!, showSecrets: true })).environmentObjects[0]!.environmentVariable?.value).toBe('yes');
    expect((await astro.environmentObjects.listAll({ pageSize: 2 }).toArray()).length).toBe(5);
    expect((await astro.environmentObjects.update(id, { environmentVariable: { value: 'no' } })).setFields).toEqual(['value']);
    expect(await astro.environmentObjects.excludeLinking(id, { scope: 'DEPLOYMENT', scopeEntityId: state.deploymentId! })).toBeUndefined();
    expect(await astro.environmentObjects.delete(id)).toBeUndefined();
  });

  it('Invites, users, roles and teams', async () => {
    const invite = await astro.invites.create({ inviteeEmail: 'client.invitee@acme.example', role: 'ORGANIZATION_MEMBER' });
    expect(await astro.invites.delete(invite.inviteId)).toBeUndefined();
    expect((await astro.users.list({ sorts: ['username:asc'], limit: 3 })).users).toHaveLength(3);
    expect((await astro.users.listAll({ pageSize: 4 }).toArray()).length).toBe(11);
    expect((await astro.users.get(seeded.users[4]!)).id).toBe(seeded.users[4]);
    expect((await astro.users.updateRoles(seeded.users[4]!, { organizationRole: 'ORGANIZATION_MEMBER', workspaceRoles: [{ workspaceId: state.workspaceId!, role: 'WORKSPACE_MEMBER' }] })).workspaceRoles).toHaveLength(1);
    expect((await astro.users.listTeams(seeded.users[4]!)).totalCount).toBe(2);
    expect((await astro.users.listTeamsAll(seeded.users[4]!, { pageSize: 1 }).toArray()).length).toBe(2);
    expect((await astro.roles.listTemplates({ scopeTypes: ['ORGANIZATION'] })).map((template) => template.name)).toContain('ORGANIZATION_OWNER');
    const role = await astro.roles.create({ name: 'Client Role', scopeType: 'DEPLOYMENT', permissions: ['deployment.get'] });
    expect((await astro.roles.list({ includeDefaultRoles: true })).defaultRoles?.length).toBeGreaterThan(5);
    expect((await astro.roles.listAll({ pageSize: 1 }).toArray()).length).toBe(2);
    expect((await astro.roles.get(role.id)).permissions).toEqual(['deployment.get']);
    expect((await astro.roles.update(role.id, { name: 'Client Role', permissions: ['deployment.get', 'deployment.logs.get'] })).permissions).toHaveLength(2);
    expect(await astro.roles.delete(role.id)).toBeUndefined();
    const team = await astro.teams.create({ name: 'Client Team', memberIds: [seeded.users[1]!] });
    expect((await astro.teams.list({ names: ['Client Team'] })).totalCount).toBe(1);
    expect((await astro.teams.listAll({ pageSize: 1 }).toArray()).length).toBe(3);
    expect((await astro.teams.get(team.id)).name).toBe('Client Team');
    expect((await astro.teams.update(team.id, { name: 'Client Team', description: 'd' })).description).toBe('d');
    expect(await astro.teams.addMembers(team.id, { memberIds: [seeded.users[2]!] })).toBeUndefined();
    expect((await astro.teams.listMembers(team.id)).totalCount).toBe(2);
    expect((await astro.teams.listMembersAll(team.id, { pageSize: 1 }).toArray()).length).toBe(2);
    expect(await astro.teams.removeMember(team.id, seeded.users[2]!)).toBeUndefined();
    expect((await astro.teams.updateRoles(team.id, { organizationRole: 'ORGANIZATION_MEMBER' })).organizationRole).toBe('ORGANIZATION_MEMBER');
    expect(await astro.teams.delete(team.id)).toBeUndefined();
  });

  it('API tokens: create, use, update, roles, rotate (the old value refused), delete', async () => {
    const created = await astro.apiTokens.create({ name: 'client', scope: 'WORKSPACE', entityId: state.workspaceId!, role: 'WORKSPACE_OPERATOR' });
    const asToken = client(created.token!);
    expect((await asToken.deployments.list({ workspaceIds: [state.workspaceId!] })).totalCount).toBe(1);
    expect((await asToken.workspaces.get(seeded.workspaces[1]!).catch((error: unknown) => error))).toMatchObject({ status: 403 });
    expect((await astro.apiTokens.list({ workspaceId: state.workspaceId! })).tokens.map((token) => token.id)).toEqual([created.id]);
    expect((await astro.apiTokens.listAll({ pageSize: 2 }).toArray()).length).toBe(4);
    expect((await astro.apiTokens.get(created.id)).token).toBeUndefined();
    expect((await astro.apiTokens.update(created.id, { name: 'client-2' })).name).toBe('client-2');
    expect((await astro.apiTokens.updateRoles(created.id, { roles: [{ entityType: 'WORKSPACE', entityId: state.workspaceId!, role: 'WORKSPACE_AUTHOR' }] })).workspaceRoles).toHaveLength(1);
    const rotated = await astro.apiTokens.rotate(created.id);
    const refused = await asToken.workspaces.get(state.workspaceId!).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AstroApiError);
    expect(refused).toMatchObject({ status: 401 });
    expect((await client(rotated.token!).workspaces.get(state.workspaceId!)).id).toBe(state.workspaceId);
    expect(await astro.apiTokens.delete(created.id)).toBeUndefined();
  });

  it('Audit logs (parsed and raw), and the deletes: a Workspace holding a Deployment is refused', async () => {
    let events = 0;
    for await (const event of astro.organizations.auditLogs({ startDate: '2026-05-01T00:00:00Z' })) {
      expect(event.organizationId).toBe(seeded.organizationId);
      events += 1;
    }
    expect(events).toBeGreaterThan(0);
    const raw = await astro.organizations.auditLogsRaw({ startDate: '2026-05-25T00:00:00Z' });
    const first = (await raw.getReader().read()).value!;
    expect([first[0], first[1]]).toEqual([0x1f, 0x8b]);
    const refused = await astro.workspaces.delete(state.workspaceId!).catch((error: unknown) => error);
    expect(refused).toMatchObject({ status: 400, message: expect.stringContaining('still has 1 Deployment') });
    expect(await astro.deployments.delete(state.deploymentId!)).toBeUndefined();
    expect(await astro.workspaces.delete(state.workspaceId!)).toBeUndefined();
    expect(await astro.workspaces.get(state.workspaceId!).catch((error: unknown) => error)).toMatchObject({ status: 404 });
  });

  it('answered a 2xx for all 75 operations, every response valid against the spec', async () => {
    await checked.settle();
    expect(checked.problems).toEqual([]);
    const succeeded = new Set(checked.checks.filter((check) => check.status < 300 && check.operationId).map((check) => check.operationId));
    expect(loadOperations('v1').map((operation) => operation.operationId).filter((id) => !succeeded.has(id))).toEqual([]);
    console.info(`client contract: ${checked.checked} responses over ${succeeded.size} operations checked against the spec`);
  });
});
