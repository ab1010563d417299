/**
 * Every v1 operation over HTTP, in the order an automation would use them, against a populated
 * Organization: what each answers (checked against the spec by `callApi`), and that the state it
 * leaves is what the next calls see. The last test proves all 75 operations answered a 2xx.
 */
import { loadOperations } from '@astro-api/openapi';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rawRequest } from '../support/raw-request.ts';
import { eventually, orgApi, type OrgApi } from '../support/org-api.ts';
import { userJwt } from '../support/tokens.ts';
import { useSimulator } from '../support/use-simulator.ts';

describe('every v1 operation', () => {
  const simulator = useSimulator({ organizations: 20, populate: 1, lifecycleDelayMs: 40 });
  let api: OrgApi;
  const seeded = () => simulator().populated[0]!;
  const state: Record<string, any> = {};

  it('Organizations: list, get, update; permission groups', async () => {
    api = orgApi(simulator().url, seeded().organizationId);
    expect((await api.get('/v1/organizations?limit=5')).json.totalCount).toBe(20);
    const organization = (await api.get('')).json;
    expect(organization.id).toBe(seeded().organizationId);
    expect(organization.hasAllowedIpAddressRanges).toBe(true);
    const updated = await api.post('', { name: 'Populated Org', billingEmail: 'invoices@acme.example', isScimEnabled: true });
    expect(updated.json).toMatchObject({ name: 'Populated Org', billingEmail: 'invoices@acme.example' });
    const groups = (await api.get('/v1/authorization/permission-groups?scopeType=DEPLOYMENT')).json;
    expect(groups.map((group: { name: string }) => group.name)).toEqual(expect.arrayContaining(['deployment', 'deployment.deploys', 'deployment.agentTokens']));
    expect(groups.every((group: { name: string }) => group.name.startsWith('deployment'))).toBe(true);
  });

  it('Allowed IP ranges: create, list, bulk create (409 on a duplicate), bulk delete, delete', async () => {
    const created = (await api.post('/allowed-ip-address-ranges', { ipAddressRange: '192.0.2.0/24' })).json;
    expect(created).toMatchObject({ ipAddressRange: '192.0.2.0/24', organizationId: seeded().organizationId });
    expect((await api.post('/allowed-ip-address-ranges', { ipAddressRange: '192.0.2.300/24' })).status).toBe(400);
    const listed = (await api.get('/allowed-ip-address-ranges?sorts=ipAddress:asc')).json;
    expect(listed.allowedIpAddressRanges.map((range: { ipAddressRange: string }) => range.ipAddressRange)).toEqual(['192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24']);
    expect((await api.post('/allowed-ip-address-ranges/bulk-create', { allowedIpAddressRanges: ['2001:db8::/32', '192.0.2.0/24'] })).status).toBe(409);
    const bulk = (await api.post('/allowed-ip-address-ranges/bulk-create', { allowedIpAddressRanges: ['2001:db8::/32', '100.64.0.0/10'] })).json;
    expect(bulk.allowedIpAddressRanges).toHaveLength(2);
    const ids = bulk.allowedIpAddressRanges.map((range: { id: string }) => range.id);
    expect((await api.post('/allowed-ip-address-ranges/bulk-delete', { allowedIpAddressRangeIds: [...ids, 'cmissing0000000000000000'] })).status).toBe(404);
    expect((await api.post('/allowed-ip-address-ranges/bulk-delete', { allowedIpAddressRangeIds: ids })).status).toBe(204);
    expect((await api.delete(`/allowed-ip-address-ranges/${created.id}`)).status).toBe(204);
    expect((await api.delete(`/allowed-ip-address-ranges/${created.id}`)).status).toBe(404);
    expect((await api.get('/allowed-ip-address-ranges')).json.totalCount).toBe(2);
  });

  it('Clusters: options, create (CREATING, then CREATED), list, get, update, delete', async () => {
    expect((await api.get('/cluster-options')).status).toBe(400);
    const options = (await api.get('/cluster-options?type=DEDICATED&provider=GCP')).json;
    expect(options).toHaveLength(1);
    expect(options[0]).toMatchObject({ provider: 'GCP', defaultRegion: { name: 'us-central1' } });
    const created = (await api.post('/clusters', {
      cloudProvider: 'GCP', type: 'DEDICATED', name: 'analytics-gcp', region: 'us-central1', vpcSubnetRange: '172.40.0.0/20',
      podSubnetRange: '172.41.0.0/19', serviceSubnetRange: '172.42.0.0/22', servicePeeringRange: '172.43.0.0/20',
      nodePools: [{ name: 'default', nodeInstanceType: 'e2-standard-4', maxNodeCount: 5, isDefault: true }],
    })).json;
    expect(created).toMatchObject({ status: 'CREATING', cloudProvider: 'GCP', organizationId: seeded().organizationId });
    expect(created.nodePools[0]).toMatchObject({ clusterId: created.id, cloudProvider: 'GCP', name: 'default' });
    const ready = await eventually(() => api.get(`/clusters/${created.id}`), (response) => response.json.status === 'CREATED');
    expect(ready.json.status).toBe('CREATED');
    const gcp = (await api.get('/clusters?provider=GCP&sorts=name:asc')).json;
    expect(gcp.clusters.map((cluster: { name: string }) => cluster.name)).toEqual(['analytics-gcp', 'hybrid-europe-west4']);
    const updated = (await api.post(`/clusters/${created.id}`, { clusterType: 'DEDICATED', name: 'analytics-gcp-2', k8sTags: [], workspaceIds: [seeded().workspaces[1]] })).json;
    expect(updated).toMatchObject({ name: 'analytics-gcp-2', status: 'UPDATING', workspaceIds: [seeded().workspaces[1]] });
    expect((await api.post(`/clusters/${created.id}`, { clusterType: 'HYBRID' })).status).toBe(400);
    expect((await api.delete(`/clusters/${seeded().clusters[0]}`)).json.message).toMatch(/still has 1 Deployment record/);
    expect((await api.delete(`/clusters/${created.id}`)).status).toBe(204);
    expect((await api.get(`/clusters/${created.id}`)).status).toBe(404);
  });

  it('Workspaces: create, list, get, update', async () => {
    const workspace = (await api.post('/workspaces', { name: 'Automation', description: 'Made by the test' })).json;
    expect(workspace).toMatchObject({ name: 'Automation', organizationId: seeded().organizationId, organizationName: 'Populated Org', cicdEnforcedDefault: false });
    state.workspaceId = workspace.id;
    const listed = (await api.get(`/workspaces?names=Automation&names=Analytics&sorts=name:desc`)).json;
    expect(listed.workspaces.map((item: { name: string }) => item.name)).toEqual(['Automation', 'Analytics']);
    expect((await api.get(`/workspaces/${workspace.id}`)).json.description).toBe('Made by the test');
    const replaced = (await api.post(`/workspaces/${workspace.id}`, { name: 'Automation', description: 'Replaced', cicdEnforcedDefault: true })).json;
    expect(replaced).toMatchObject({ description: 'Replaced', cicdEnforcedDefault: true, createdAt: workspace.createdAt });
  });

  it('Deployments: options, create (CREATING, then HEALTHY), list, get, update, hibernation, logs', async () => {
    const options = (await api.get('/deployment-options?deploymentType=HYBRID')).json;
    expect(options.executors).toEqual(['CELERY', 'KUBERNETES']);
    expect(options.workerMachines.map((machine: { name: string }) => machine.name)).toContain('A10');
    const body = {
      type: 'STANDARD', name: 'automation-dev', workspaceId: state.workspaceId, cloudProvider: 'AWS', region: 'us-east-1', isCicdEnforced: false,
      isDagDeployEnabled: true, isDevelopmentMode: true, executor: 'CELERY', schedulerSize: 'SMALL',
      workerQueues: [{ name: 'default', isDefault: true, astroMachine: 'A5', minWorkerCount: 0, maxWorkerCount: 2, workerConcurrency: 5 }],
    };
    expect((await api.post('/deployments', { ...body, workspaceId: 'cmissing0000000000000000' })).json.message).toBe('Workspace cmissing0000000000000000 not found');
    const deployment = (await api.post('/deployments', body)).json;
    expect(deployment).toMatchObject({ status: 'CREATING', workspaceName: 'Automation', runtimeVersion: options.runtimeReleases[0].version });
    expect(deployment.workerQueues[0]).toMatchObject({ name: 'default', astroMachine: 'A5', id: expect.stringMatching(/^c[0-9a-z]{24}$/) });
    state.deploymentId = deployment.id;
    const healthy = await eventually(() => api.get(`/deployments/${deployment.id}`), (response) => response.json.status === 'HEALTHY');
    expect(healthy.json.status).toBe('HEALTHY');
    const page = (await api.get(`/deployments?workspaceIds=${state.workspaceId}&deploymentIds=${deployment.id}`)).json;
    expect(page.deployments.map((item: { id: string }) => item.id)).toEqual([deployment.id]);
    const { workerQueues: _queues, cloudProvider: _provider, region: _region, ...rest } = body;
    const update = { ...rest, description: 'updated', environmentVariables: [{ key: 'MODE', value: 'dev', isSecret: false }], isHighAvailability: false, workerQueues: [{ ...body.workerQueues[0], id: deployment.workerQueues[0].id, maxWorkerCount: 3 }] };
    const updated = (await api.post(`/deployments/${deployment.id}`, update)).json;
    expect(updated).toMatchObject({ description: 'updated', status: 'DEPLOYING', environmentVariables: [{ key: 'MODE', value: 'dev' }] });
    expect(updated.workerQueues[0]).toMatchObject({ id: deployment.workerQueues[0].id, maxWorkerCount: 3 });
    expect((await api.post(`/deployments/${deployment.id}`, { ...update, type: 'DEDICATED' })).json.message).toMatch(/type cannot change from STANDARD to DEDICATED/);
    await eventually(() => api.get(`/deployments/${deployment.id}`), (response) => response.json.status === 'HEALTHY');

    const override = (await api.post(`/deployments/${deployment.id}/hibernation-override`, { isHibernating: true, overrideUntil: '2099-01-01T00:00:00Z' })).json;
    expect(override).toEqual({ isActive: true, isHibernating: true, overrideUntil: '2099-01-01T00:00:00Z' });
    expect((await api.get(`/deployments/${deployment.id}`)).json).toMatchObject({ status: 'HIBERNATING', scalingStatus: { hibernationStatus: { isHibernating: true } } });
    expect((await api.delete(`/deployments/${deployment.id}/hibernation-override`)).status).toBe(204);
    expect((await api.get(`/deployments/${deployment.id}`)).json.status).toBe('HEALTHY');
    expect((await api.post(`/deployments/${seeded().deployments.STANDARD}/hibernation-override`, { isHibernating: true })).json.message).toMatch(/not in development mode/);

    const logs = (await api.get(`/deployments/${deployment.id}/logs?sources=scheduler&sources=worker&limit=5`)).json;
    expect(logs.results).toHaveLength(5);
    expect(new Set(logs.results.map((line: { source: string }) => line.source))).toEqual(new Set(['scheduler', 'worker']));
    const again = (await api.get(`/deployments/${deployment.id}/logs?sources=scheduler&sources=worker&limit=5&endDate=2026-05-01T12:00:00Z`)).json;
    expect((await api.get(`/deployments/${deployment.id}/logs?sources=scheduler&sources=worker&limit=5&endDate=2026-05-01T12:00:00Z`)).json).toEqual(again);
    expect((await api.get(`/deployments/${deployment.id}/logs`)).status).toBe(400);
  });

  it('Deploys: create, upload, finalize (then DEPLOYED), get, update, list, rollback', async () => {
    const path = `/deployments/${state.deploymentId}/deploys`;
    const deploy = (await api.post(path, { type: 'DAG_ONLY', description: 'first DAGs' })).json;
    expect(deploy).toMatchObject({ status: 'INITIALIZED', type: 'DAG_ONLY', deploymentId: state.deploymentId });
    const upload = new URL(deploy.dagsUploadUrl);
    expect(upload.origin).toBe(simulator().uploadUrl);
    const put = await rawRequest(upload.origin, { method: 'PUT', path: upload.pathname + upload.search, headers: { 'x-ms-blob-type': 'BlockBlob' }, body: Buffer.from('tarball') });
    expect(put.status).toBe(201);
    const version = put.headers('x-ms-version-id')!;
    expect((await api.post(`${path}/${deploy.id}/finalize`, { dagTarballVersion: 'not-uploaded' })).status).toBe(400);
    const finalized = (await api.post(`${path}/${deploy.id}/finalize`, { dagTarballVersion: version })).json;
    expect(finalized).toMatchObject({ status: 'INITIALIZED', dagTarballVersion: version });
    const deployed = await eventually(() => api.get(`${path}/${deploy.id}`), (response) => response.json.status === 'DEPLOYED');
    expect(deployed.json.status).toBe('DEPLOYED');
    expect((await api.get(`/deployments/${state.deploymentId}`)).json.dagTarballVersion).toBe(version);
    expect((await api.post(`${path}/${deploy.id}`, { description: 'renamed' })).json.description).toBe('renamed');
    const image = (await api.post(path, { type: 'IMAGE_ONLY' })).json;
    await api.post(`${path}/${image.id}/finalize`, {});
    await eventually(() => api.get(`${path}/${image.id}`), (response) => response.json.status === 'DEPLOYED');
    expect((await api.get(`${path}?limit=10`)).json.totalCount).toBe(2);
    const rollback = (await api.post(`${path}/${deploy.id}/rollback`, { description: 'back to the first' })).json;
    expect(rollback).toMatchObject({ rollbackFromId: image.id, dagTarballVersion: version, type: 'DAG_ONLY', description: 'back to the first' });
    await eventually(() => api.get(`${path}/${rollback.id}`), (response) => response.json.status === 'DEPLOYED');
  });

  it('Agent tokens: create (value once), list, get, delete', async () => {
    const path = `/deployments/${state.deploymentId}/agent-tokens`;
    const created = (await api.post(path, { name: 'agent', tokenExpiryPeriodInDays: 30 })).json;
    expect(created).toMatchObject({ name: 'agent', scope: 'DEPLOYMENT', expiryPeriodInDays: 30, roles: [{ entityType: 'DEPLOYMENT', entityId: state.deploymentId }] });
    expect(created.token).toMatch(/^ey/);
    expect((await api.get(`${path}/${created.id}`)).json.token).toBeUndefined();
    expect((await api.get(`${path}?sorts=name:asc`)).json.tokens.map((token: { id: string }) => token.id)).toEqual([created.id]);
    expect((await api.delete(`${path}/${created.id}`)).status).toBe(204);
    expect((await api.get(`${path}/${created.id}`)).status).toBe(404);
  });

  it('Environment objects: create (409 on a repeated key), get with secrets hidden, list, update, exclude-linking, delete', async () => {
    const body = { objectKey: 'db', objectType: 'CONNECTION', scope: 'WORKSPACE', scopeEntityId: state.workspaceId, autoLinkDeployments: true, connection: { type: 'postgres', host: 'db.example', password: 'hunter2' } };
    const { id } = (await api.post('/environment-objects', body)).json;
    expect((await api.post('/environment-objects', body)).status).toBe(409);
    const got = (await api.get(`/environment-objects/${id}`)).json;
    expect(got).toMatchObject({ objectKey: 'db', setFields: ['host', 'password', 'type'], connection: { host: 'db.example' } });
    expect(got.connection.password).toBeUndefined();
    const linked = (await api.get(`/environment-objects?deploymentId=${state.deploymentId}&resolveLinked=true&showSecrets=true`)).json;
    expect(linked.environmentObjects.map((object: { id: string }) => object.id)).toEqual([id]);
    expect(linked.environmentObjects[0].connection.password).toBe('hunter2');
    const updated = (await api.post(`/environment-objects/${id}`, { connection: { type: 'postgres', host: 'db2.example' }, autoLinkDeployments: true })).json;
    expect(updated).toMatchObject({ objectKey: 'db', connection: { host: 'db2.example' }, setFields: ['host', 'type'] });
    expect((await api.post(`/environment-objects/${id}/exclude-linking`, { scope: 'DEPLOYMENT', scopeEntityId: state.deploymentId })).status).toBe(200);
    expect((await api.get(`/environment-objects?deploymentId=${state.deploymentId}&resolveLinked=true`)).json.totalCount).toBe(0);
    expect((await api.delete(`/environment-objects/${id}`)).status).toBe(204);
  });

  it('Invites, users and their roles', async () => {
    const invite = (await api.post('/invites', { inviteeEmail: 'someone.new@acme.example', role: 'ORGANIZATION_MEMBER' })).json;
    expect(invite).toMatchObject({ invitee: { username: 'someone.new@acme.example' }, organizationId: seeded().organizationId, organizationName: 'Populated Org' });
    const pending = (await api.get(`/users/${invite.userId}`)).json;
    expect(pending).toMatchObject({ status: 'PENDING', username: 'someone.new@acme.example', organizationRole: 'ORGANIZATION_MEMBER' });
    expect((await api.delete(`/invites/${invite.inviteId}`)).status).toBe(204);
    const users = (await api.get(`/users?workspaceId=${seeded().workspaces[0]}`)).json;
    expect(users.users.map((user: { id: string }) => user.id)).toEqual([seeded().users[2]]);
    const roles = (await api.post(`/users/${seeded().users[5]}/roles`, { organizationRole: 'ORGANIZATION_MEMBER', workspaceRoles: [{ workspaceId: state.workspaceId, role: 'WORKSPACE_MEMBER' }] })).json;
    expect(roles).toEqual({ organizationRole: 'ORGANIZATION_MEMBER', workspaceRoles: [{ workspaceId: state.workspaceId, role: 'WORKSPACE_MEMBER' }] });
    expect((await api.get(`/users?workspaceId=${state.workspaceId}`)).json.totalCount).toBe(1);
    expect((await api.post(`/users/${seeded().users[5]}/roles`, { workspaceRoles: [{ workspaceId: 'cmissing0000000000000000', role: 'WORKSPACE_MEMBER' }] })).status).toBe(404);
  });

  it('Roles: templates, list with default roles, custom role create, get, update, delete', async () => {
    const templates = (await api.get('/role-templates?scopeTypes=WORKSPACE')).json;
    expect(templates.map((template: { name: string }) => template.name)).toContain('WORKSPACE_OPERATOR');
    const role = (await api.post('/roles', { name: 'Log Reader', scopeType: 'DEPLOYMENT', permissions: ['deployment.logs.get'] })).json;
    expect(role).toMatchObject({ name: 'Log Reader', permissions: ['deployment.logs.get'], restrictedWorkspaceIds: [] });
    expect((await api.post('/roles', { name: 'x', scopeType: 'DEPLOYMENT', permissions: ['deployment.fly'] })).json.fieldErrors[0].field).toBe('permissions[0]');
    expect((await api.post('/roles', { name: 'x', scopeType: 'DAG', permissions: ['deployment.get'] })).json.message).toMatch(/scopeType must be one of DEPLOYMENT, WORKSPACE, ORGANIZATION/);
    const listed = (await api.get('/roles?includeDefaultRoles=true&scopeTypes=DEPLOYMENT&sorts=name:asc')).json;
    expect(listed.roles.map((item: { name: string }) => item.name)).toEqual(['Deployment Auditor', 'Log Reader']);
    expect(listed.roles[0].permissions).toBeUndefined();
    expect(listed.defaultRoles.map((item: { name: string }) => item.name)).toEqual(['DEPLOYMENT_ADMIN']);
    expect((await api.get(`/roles/${role.id}`)).json.permissions).toEqual(['deployment.logs.get']);
    expect((await api.post(`/roles/${role.id}`, { name: 'Log Reader', permissions: ['deployment.logs.get', 'deployment.get'] })).json.permissions).toHaveLength(2);
    expect((await api.delete(`/roles/${role.id}`)).status).toBe(204);
  });

  it('Teams: create with members, get, update, members, roles, a user’s teams, delete', async () => {
    const [first, second, third] = seeded().users.slice(6, 9);
    const team = (await api.post('/teams', { name: 'Automation Team', memberIds: [first, second] })).json;
    expect(team).toMatchObject({ name: 'Automation Team', organizationRole: 'ORGANIZATION_MEMBER', isIdpManaged: false });
    expect((await api.get(`/teams/${team.id}`)).json.id).toBe(team.id);
    expect((await api.post(`/teams/${team.id}`, { name: 'Automation' })).json).toMatchObject({ name: 'Automation' });
    expect((await api.post(`/teams/${team.id}/members`, { memberIds: [third] })).status).toBe(204);
    expect((await api.get(`/teams/${team.id}/members?sorts=userId:asc`)).json.teamMembers.map((member: { userId: string }) => member.userId)).toEqual([first, second, third].sort());
    expect((await api.delete(`/teams/${team.id}/members/${first}`)).status).toBe(204);
    expect((await api.delete(`/teams/${team.id}/members/${first}`)).status).toBe(404);
    const roles = (await api.post(`/teams/${team.id}/roles`, { organizationRole: 'ORGANIZATION_MEMBER', deploymentRoles: [{ deploymentId: state.deploymentId, role: 'DEPLOYMENT_ADMIN' }] })).json;
    expect(roles).toEqual({ organizationRole: 'ORGANIZATION_MEMBER', deploymentRoles: [{ deploymentId: state.deploymentId, role: 'DEPLOYMENT_ADMIN' }] });
    expect((await api.get(`/teams?deploymentId=${state.deploymentId}`)).json.teams.map((item: { id: string }) => item.id)).toEqual([team.id]);
    expect((await api.get(`/users/${second}/teams?sorts=name:desc`)).json.teams.map((item: { name: string }) => item.name)).toEqual(['Automation', 'Analysts']);
    expect((await api.get(`/users/${first}/teams`)).json.teams.map((item: { name: string }) => item.name)).toEqual(['Analysts']);
    expect((await api.delete(`/teams/${team.id}`)).status).toBe(204);
    expect((await api.get(`/teams/${team.id}/members`)).status).toBe(404);
  });

  it('API tokens: create, list, get, update, roles, rotate, delete', async () => {
    const created = (await api.post('/tokens', { name: 'automation', scope: 'WORKSPACE', entityId: state.workspaceId, role: 'WORKSPACE_OPERATOR' })).json;
    expect(created.token).toBeTruthy();
    expect((await api.get(`/tokens?workspaceId=${state.workspaceId}`)).json.tokens.map((token: { id: string }) => token.id)).toEqual([created.id]);
    expect((await api.get(`/tokens?includeOnlyOrganizationTokens=true`)).json.tokens.map((token: { id: string }) => token.id)).toEqual([seeded().tokens.organization.id]);
    expect((await api.get(`/tokens/${created.id}`)).json).toMatchObject({ name: 'automation', scope: 'WORKSPACE' });
    expect((await api.post(`/tokens/${created.id}`, { name: 'automation-2', description: 'renamed' })).json).toMatchObject({ name: 'automation-2', description: 'renamed' });
    const roles = (await api.post(`/tokens/${created.id}/roles`, { roles: [{ entityType: 'WORKSPACE', entityId: state.workspaceId, role: 'WORKSPACE_AUTHOR' }] })).json;
    expect(roles).toEqual({ workspaceRoles: [{ workspaceId: state.workspaceId, role: 'WORKSPACE_AUTHOR' }] });
    const rotated = (await api.post(`/tokens/${created.id}/rotate`)).json;
    expect(rotated.token).not.toBe(created.token);
    expect(rotated.lastRotatedAt).toBeDefined();
    expect((await api.delete(`/tokens/${created.id}`)).status).toBe(204);
    expect((await api.get(`/tokens/${created.id}`)).status).toBe(404);
  });

  it('Deletes: a Workspace that holds Deployments is refused; then Deployment and Workspace go (204, then 404)', async () => {
    const refused = await api.delete(`/workspaces/${state.workspaceId}`);
    expect(refused.status).toBe(400);
    expect(refused.json.message).toBe(`Workspace ${state.workspaceId} still has 1 Deployment record (${state.deploymentId}); delete it first`);
    expect((await api.delete(`/deployments/${state.deploymentId}`)).status).toBe(204);
    expect((await api.get(`/deployments/${state.deploymentId}/deploys`)).status).toBe(404);
    expect((await api.delete(`/workspaces/${state.workspaceId}`)).status).toBe(204);
    expect((await api.get(`/workspaces/${state.workspaceId}`)).status).toBe(404);
    expect((await api.delete(`/workspaces/${state.workspaceId}`)).status).toBe(404);
  });

  it('The self user and the audit log of everything above', async () => {
    const token = userJwt({ sub: seeded().users[2], email: 'self@acme.example', name: 'Self' });
    const self = (await api.get('/v1/users/self', { authorization: `Bearer ${token}` })).json;
    expect(self).toMatchObject({ id: seeded().users[2], username: 'self@acme.example', organizationId: seeded().organizationId });
    expect(self.roles).toEqual(expect.arrayContaining([{ role: 'WORKSPACE_OWNER', scope: { type: 'WORKSPACE', entityId: seeded().workspaces[0] } }]));
    const exported = await api.get('/audit-logs');
    expect(exported.status).toBe(200);
    const events = gunzipSync(exported.body).toString('utf8').trim().split('\n').map((line) => JSON.parse(line));
    const paths = events.filter((event) => event.method === 'DELETE').map((event) => event.path);
    expect(paths).toContain(`/v1/organizations/${seeded().organizationId}/workspaces/${state.workspaceId}`);
  });

  it('covered all 75 operations with a 2xx answer', () => {
    const missing = loadOperations('v1').map((operation) => operation.operationId).filter((id) => !api.succeeded.has(id));
    expect(missing).toEqual([]);
  });
});
