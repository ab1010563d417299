/**
 * One valid request for each of the 75 v1 operations, in an order that works against a populated
 * Organization (creates before their uses, deletes last). Tools that check traffic (Prism as a
 * proxy) run it; `send` carries each request and returns the status and the parsed JSON body.
 */
import type { PopulatedOrganization } from '../../src/index.ts';

export type Send = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<{ status: number; json: any }>;

export interface WalkStep {
  operationId: string;
  status: number;
}

export async function validWalk(send: Send, seeded: PopulatedOrganization, uploadTarball: (url: string) => Promise<string>, userToken: string): Promise<WalkStep[]> {
  const steps: WalkStep[] = [];
  const o = `/organizations/${seeded.organizationId}`;
  const call = async (operationId: string, method: string, path: string, body?: unknown, headers?: Record<string, string>) => {
    const response = await send(method, path, body, headers);
    steps.push({ operationId, status: response.status });
    if (response.status >= 300) throw new Error(`${operationId} ${method} ${path} answered ${response.status}: ${JSON.stringify(response.json)}`);
    return response.json;
  };
  const [w0, w1] = seeded.workspaces;
  const { development, STANDARD } = seeded.deployments;

  await call('ListPermissionGroups', 'GET', '/authorization/permission-groups?scopeType=WORKSPACE');
  await call('GetSelfUser', 'GET', '/users/self', undefined, { authorization: `Bearer ${userToken}` });
  await call('ListOrganizations', 'GET', '/organizations?limit=5&sorts=name:asc');
  await call('GetOrganization', 'GET', `${o}?isLookUpOnly=true`);
  await call('UpdateOrganization', 'POST', o, { name: 'Walked Org', billingEmail: 'invoices@walk.example', isScimEnabled: false });
  await call('GetOrganizationAuditLogs', 'GET', `${o}/audit-logs?startDate=2026-05-01T00:00:00Z`);

  await call('ListAllowedIpAddressRanges', 'GET', `${o}/allowed-ip-address-ranges?sorts=createdAt:desc`);
  const range = await call('CreateAllowedIpAddressRange', 'POST', `${o}/allowed-ip-address-ranges`, { ipAddressRange: '192.0.2.0/28' });
  const bulk = await call('BulkCreateAllowedIpAddressRanges', 'POST', `${o}/allowed-ip-address-ranges/bulk-create`, { allowedIpAddressRanges: ['192.0.2.64/28', '192.0.2.128/28'] });
  await call('BulkDeleteAllowedIpAddressRanges', 'POST', `${o}/allowed-ip-address-ranges/bulk-delete`, { allowedIpAddressRangeIds: bulk.allowedIpAddressRanges.map((item: { id: string }) => item.id) });
  await call('DeleteAllowedIpAddressRange', 'DELETE', `${o}/allowed-ip-address-ranges/${range.id}`);

  await call('GetClusterOptions', 'GET', `${o}/cluster-options?type=HYBRID&provider=AZURE`);
  const cluster = await call('CreateCluster', 'POST', `${o}/clusters`, { cloudProvider: 'AZURE', type: 'DEDICATED', name: 'walk-azure', region: 'westeurope', vpcSubnetRange: '172.50.0.0/20' });
  await call('ListClusters', 'GET', `${o}/clusters?names=walk-azure`);
  await call('GetCluster', 'GET', `${o}/clusters/${cluster.id}`);
  await call('UpdateCluster', 'POST', `${o}/clusters/${cluster.id}`, { clusterType: 'DEDICATED', name: 'walk-azure', k8sTags: [{ key: 'team', value: 'walk' }] });
  await call('DeleteCluster', 'DELETE', `${o}/clusters/${cluster.id}`);

  const workspace = await call('CreateWorkspace', 'POST', `${o}/workspaces`, { name: 'Walk', description: 'Walked' });
  await call('ListWorkspaces', 'GET', `${o}/workspaces?sorts=name:asc&limit=2`);
  await call('GetWorkspace', 'GET', `${o}/workspaces/${workspace.id}`);
  await call('UpdateWorkspace', 'POST', `${o}/workspaces/${workspace.id}`, { name: 'Walk', description: 'Walked again', cicdEnforcedDefault: false });

  await call('GetDeploymentOptions', 'GET', `${o}/deployment-options?deploymentType=STANDARD&cloudProvider=AWS`);
  const queue = { name: 'default', isDefault: true, astroMachine: 'A5', minWorkerCount: 0, maxWorkerCount: 1, workerConcurrency: 5 };
  const deploymentBody = { type: 'STANDARD', name: 'walk', workspaceId: workspace.id, cloudProvider: 'AWS', region: 'us-east-1', isCicdEnforced: false, isDagDeployEnabled: true, isDevelopmentMode: true, workerQueues: [queue] };
  const deployment = await call('CreateDeployment', 'POST', `${o}/deployments`, deploymentBody);
  await call('ListDeployments', 'GET', `${o}/deployments?workspaceIds=${workspace.id}`);
  await call('GetDeployment', 'GET', `${o}/deployments/${deployment.id}`);
  const { cloudProvider: _c, region: _r, workerQueues: _q, ...kept } = deploymentBody;
  await call('UpdateDeployment', 'POST', `${o}/deployments/${deployment.id}`, { ...kept, executor: 'CELERY', schedulerSize: 'SMALL', isHighAvailability: false, environmentVariables: [] });
  await call('UpdateDeploymentHibernationOverride', 'POST', `${o}/deployments/${development}/hibernation-override`, { isHibernating: true, overrideUntil: '2099-01-01T00:00:00Z' });
  await call('DeleteDeploymentHibernationOverride', 'DELETE', `${o}/deployments/${development}/hibernation-override`);
  await call('GetDeploymentLogs', 'GET', `${o}/deployments/${STANDARD}/logs?sources=scheduler&limit=3`);

  const deploys = `${o}/deployments/${STANDARD}/deploys`;
  const deploy = await call('CreateDeploy', 'POST', deploys, { type: 'DAG_ONLY', description: 'walk' });
  const version = await uploadTarball(deploy.dagsUploadUrl);
  await call('FinalizeDeploy', 'POST', `${deploys}/${deploy.id}/finalize`, { dagTarballVersion: version });
  await call('GetDeploy', 'GET', `${deploys}/${deploy.id}`);
  await call('UpdateDeploy', 'POST', `${deploys}/${deploy.id}`, { description: 'walked' });
  const listed = await call('ListDeploys', 'GET', `${deploys}?limit=10`);
  const deployed = listed.deploys.find((item: { status: string }) => item.status === 'DEPLOYED');
  await call('DeployRollback', 'POST', `${deploys}/${deployed.id}/rollback`, { description: 'walk rollback' });

  const agents = `${o}/deployments/${STANDARD}/agent-tokens`;
  const agent = await call('CreateAgentToken', 'POST', agents, { name: 'walk-agent' });
  await call('ListAgentTokens', 'GET', `${agents}?sorts=name:asc`);
  await call('GetAgentToken', 'GET', `${agents}/${agent.id}`);
  await call('DeleteAgentToken', 'DELETE', `${agents}/${agent.id}`);

  const object = await call('CreateEnvironmentObject', 'POST', `${o}/environment-objects`, { objectKey: 'WALK', objectType: 'ENVIRONMENT_VARIABLE', scope: 'WORKSPACE', scopeEntityId: w0, environmentVariable: { value: 'on', isSecret: false } });
  await call('ListEnvironmentObjects', 'GET', `${o}/environment-objects?workspaceId=${w0}&objectType=ENVIRONMENT_VARIABLE`);
  await call('GetEnvironmentObject', 'GET', `${o}/environment-objects/${object.id}`);
  await call('UpdateEnvironmentObject', 'POST', `${o}/environment-objects/${object.id}`, { environmentVariable: { value: 'off' } });
  await call('ExcludeLinkingEnvironmentObject', 'POST', `${o}/environment-objects/${object.id}/exclude-linking`, { scope: 'DEPLOYMENT', scopeEntityId: STANDARD });
  await call('DeleteEnvironmentObject', 'DELETE', `${o}/environment-objects/${object.id}`);

  const invite = await call('CreateUserInvite', 'POST', `${o}/invites`, { inviteeEmail: 'walker@walk.example', role: 'ORGANIZATION_MEMBER' });
  await call('DeleteUserInvite', 'DELETE', `${o}/invites/${invite.inviteId}`);
  await call('ListUsers', 'GET', `${o}/users?sorts=username:asc`);
  await call('GetUser', 'GET', `${o}/users/${seeded.users[3]}`);
  await call('UpdateUserRoles', 'POST', `${o}/users/${seeded.users[3]}/roles`, { organizationRole: 'ORGANIZATION_MEMBER', workspaceRoles: [{ workspaceId: w1, role: 'WORKSPACE_MEMBER' }] });
  await call('ListUserTeams', 'GET', `${o}/users/${seeded.users[3]}/teams`);

  await call('ListRoleTemplates', 'GET', `${o}/role-templates?scopeTypes=DEPLOYMENT`);
  await call('ListRoles', 'GET', `${o}/roles?includeDefaultRoles=true`);
  const role = await call('CreateCustomRole', 'POST', `${o}/roles`, { name: 'Walker', scopeType: 'DEPLOYMENT', permissions: ['deployment.get'] });
  await call('GetCustomRole', 'GET', `${o}/roles/${role.id}`);
  await call('UpdateCustomRole', 'POST', `${o}/roles/${role.id}`, { name: 'Walker', permissions: ['deployment.get', 'deployment.logs.get'] });
  await call('DeleteCustomRole', 'DELETE', `${o}/roles/${role.id}`);

  const team = await call('CreateTeam', 'POST', `${o}/teams`, { name: 'Walkers', memberIds: [seeded.users[1]] });
  await call('ListTeams', 'GET', `${o}/teams?names=Walkers`);
  await call('GetTeam', 'GET', `${o}/teams/${team.id}`);
  await call('UpdateTeam', 'POST', `${o}/teams/${team.id}`, { name: 'Walkers', description: 'They walk' });
  await call('AddTeamMembers', 'POST', `${o}/teams/${team.id}/members`, { memberIds: [seeded.users[2]] });
  await call('ListTeamMembers', 'GET', `${o}/teams/${team.id}/members`);
  await call('RemoveTeamMember', 'DELETE', `${o}/teams/${team.id}/members/${seeded.users[2]}`);
  await call('UpdateTeamRoles', 'POST', `${o}/teams/${team.id}/roles`, { organizationRole: 'ORGANIZATION_MEMBER' });
  await call('DeleteTeam', 'DELETE', `${o}/teams/${team.id}`);

  const token = await call('CreateApiToken', 'POST', `${o}/tokens`, { name: 'walk', scope: 'WORKSPACE', entityId: w0, role: 'WORKSPACE_MEMBER' });
  await call('ListApiTokens', 'GET', `${o}/tokens?workspaceId=${w0}`);
  await call('GetApiToken', 'GET', `${o}/tokens/${token.id}`);
  await call('UpdateApiToken', 'POST', `${o}/tokens/${token.id}`, { name: 'walk', description: 'walked' });
  await call('UpdateApiTokenRoles', 'POST', `${o}/tokens/${token.id}/roles`, { roles: [{ entityType: 'WORKSPACE', entityId: w0, role: 'WORKSPACE_AUTHOR' }] });
  await call('RotateApiToken', 'POST', `${o}/tokens/${token.id}/rotate`);
  await call('DeleteApiToken', 'DELETE', `${o}/tokens/${token.id}`);

  await call('DeleteDeployment', 'DELETE', `${o}/deployments/${deployment.id}`);
  await call('DeleteWorkspace', 'DELETE', `${o}/workspaces/${workspace.id}`);
  return steps;
}
