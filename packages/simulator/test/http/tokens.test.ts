/**
 * Tokens that behave: a created token's value authenticates until it is rotated or deleted; a
 * Workspace or Deployment token stays inside its scope; any other well-formed token still works
 * Organization-wide, so a newcomer can start with any string.
 */
import { describe, expect, it } from 'vitest';
import { orgApi } from '../support/org-api.ts';
import { useSimulator } from '../support/use-simulator.ts';

describe('tokens the simulator issues', () => {
  const simulator = useSimulator({ organizations: 10, populate: 1, lifecycleDelayMs: 20 });
  const seeded = () => simulator().populated[0]!;
  const as = (token: string, organizationId = seeded().organizationId) => orgApi(simulator().url, organizationId, token);

  it('returns the value once; it authenticates as the token, and the list shows only its Organization', async () => {
    const admin = as('any-string-works');
    const created = (await admin.post('/tokens', { name: 'ci', scope: 'ORGANIZATION', role: 'ORGANIZATION_OWNER' })).json;
    expect(created.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(created.shortToken).toBe(created.token.slice(-6));
    expect((await admin.get(`/tokens/${created.id}`)).json.token).toBeUndefined();
    const ci = as(created.token);
    const workspace = (await ci.post('/workspaces', { name: 'Made by a token' })).json;
    expect(workspace.createdBy).toEqual({ id: created.id, subjectType: 'SERVICEKEY', apiTokenName: 'ci' });
    expect((await admin.get(`/tokens/${created.id}`)).json.lastUsedAt).toBeDefined();
    const organizations = (await ci.get('/v1/organizations')).json;
    expect(organizations.organizations.map((organization: { id: string }) => organization.id)).toEqual([seeded().organizationId]);
    const other = simulator().store.all().find((record) => record.id !== seeded().organizationId)!.id;
    const elsewhere = await as(created.token, other).get('/workspaces');
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.json.message).toMatch(/belongs to Organization/);
  });

  it('stops the old value when rotated, and every value when deleted', async () => {
    const admin = as('admin');
    const created = (await admin.post('/tokens', { name: 'rotating', scope: 'ORGANIZATION', role: 'ORGANIZATION_MEMBER' })).json;
    const rotated = (await admin.post(`/tokens/${created.id}/rotate`)).json;
    const old = await as(created.token).get('/workspaces');
    expect(old.status).toBe(401);
    expect(old.json.message).toMatch(/rotated or deleted/);
    expect((await as(rotated.token).get('/workspaces')).status).toBe(200);
    expect((await admin.delete(`/tokens/${created.id}`)).status).toBe(204);
    expect((await as(rotated.token).get('/workspaces')).status).toBe(401);
  });

  it('refuses a value shaped like an issued one that the simulator never issued', async () => {
    const [header, claims] = seeded().tokens.organization.token.split('.');
    const forged = `${header}.${claims}.${Buffer.from('forged signature').toString('base64url')}`;
    expect((await as(forged).get('/workspaces')).status).toBe(401);
  });

  it('keeps a Workspace token inside its Workspace', async () => {
    const { workspace } = seeded().tokens;
    const [own, other] = seeded().workspaces;
    const api = as(workspace.token);
    expect((await api.get(`/workspaces/${own}`)).status).toBe(200);
    expect((await api.get(`/workspaces/${other}`)).status).toBe(403);
    expect((await api.get(`/deployments?workspaceIds=${own}`)).json.deployments.length).toBe(2);
    const unnamed = await api.get('/deployments');
    expect(unnamed.status).toBe(403);
    expect(unnamed.json.message).toMatch(/names no Workspace/);
    expect((await api.get(`/deployments/${seeded().deployments.STANDARD}`)).status).toBe(200);
    expect((await api.get(`/deployments/${seeded().deployments.DEDICATED}`)).status).toBe(403);
    expect((await api.post('/workspaces', { name: 'not allowed' })).status).toBe(403);
    const created = await api.post('/deployments', {
      type: 'STANDARD', name: 'from-ci', workspaceId: own, cloudProvider: 'AWS', region: 'us-east-1', isCicdEnforced: false, isDagDeployEnabled: true,
      workerQueues: [{ name: 'default', isDefault: true, astroMachine: 'A5', minWorkerCount: 0, maxWorkerCount: 1, workerConcurrency: 5 }],
    });
    expect(created.status).toBe(200);
  });

  it('keeps a Deployment token and an agent token on their Deployment', async () => {
    const { deployment, agent } = seeded().tokens;
    const { STANDARD, HYBRID, DEDICATED } = seeded().deployments;
    expect((await as(deployment.token).get(`/deployments/${STANDARD}/deploys`)).status).toBe(200);
    expect((await as(deployment.token).get(`/deployments/${DEDICATED}`)).status).toBe(403);
    expect((await as(deployment.token).get(`/workspaces/${seeded().workspaces[0]}`)).status).toBe(403);
    expect((await as(agent.token).get(`/deployments/${HYBRID}`)).status).toBe(200);
    expect((await as(agent.token).get(`/deployments/${STANDARD}`)).status).toBe(403);
  });

  it('revokes an agent token with its Deployment', async () => {
    const admin = as('admin');
    const { development } = seeded().deployments;
    const agent = (await admin.post(`/deployments/${development}/agent-tokens`, { name: 'short-lived' })).json;
    expect((await as(agent.token).get(`/deployments/${development}`)).status).toBe(200);
    expect((await admin.delete(`/deployments/${development}`)).status).toBe(204);
    expect((await as(agent.token).get(`/deployments/${development}`)).status).toBe(401);
  });

  it('asks for the entity of a scoped token and checks that it exists', async () => {
    const admin = as('admin');
    expect((await admin.post('/tokens', { name: 'x', scope: 'WORKSPACE', role: 'WORKSPACE_MEMBER' })).json.fieldErrors[0]).toMatchObject({ field: 'entityId', code: 'required' });
    expect((await admin.post('/tokens', { name: 'x', scope: 'DEPLOYMENT', entityId: 'cmissing0000000000000000', role: 'DEPLOYMENT_ADMIN' })).status).toBe(404);
    expect((await admin.post('/tokens', { name: 'x', scope: 'ORGANIZATION', entityId: 'cother000000000000000000', role: 'ORGANIZATION_MEMBER' })).status).toBe(400);
  });
});
