/**
 * Lifecycles after a configurable delay, and the `fail` fault that makes one end in failure:
 * Deployments CREATING → HEALTHY (or UNHEALTHY), Clusters CREATING → CREATED (or CREATE_FAILED),
 * Deploys INITIALIZED → DEPLOYED after finalize (or FAILED).
 */
import { describe, expect, it } from 'vitest';
import { FAULT_HEADER } from '../../src/index.ts';
import { eventually, orgApi } from '../support/org-api.ts';
import { rawRequest } from '../support/raw-request.ts';
import { useSimulator } from '../support/use-simulator.ts';

const DELAY = 150;

describe('lifecycles', () => {
  const simulator = useSimulator({ organizations: 5, populate: 1, lifecycleDelayMs: DELAY });
  const api = () => orgApi(simulator().url, simulator().populated[0]!.organizationId);
  const deployment = (name: string) => ({
    type: 'STANDARD', name, workspaceId: simulator().populated[0]!.workspaces[1], cloudProvider: 'GCP', region: 'us-central1', isCicdEnforced: false, isDagDeployEnabled: true,
    workerQueues: [{ name: 'default', isDefault: true, astroMachine: 'A5', minWorkerCount: 0, maxWorkerCount: 1, workerConcurrency: 5 }],
  });
  const statusOf = async (path: string) => (await api().get(path)).json.status;

  it('keeps a new Deployment CREATING for the delay, then HEALTHY', async () => {
    const started = Date.now();
    const created = (await api().post('/deployments', deployment('lifecycle'))).json;
    expect(created.status).toBe('CREATING');
    expect(await statusOf(`/deployments/${created.id}`)).toBe('CREATING');
    const healthy = await eventually(() => statusOf(`/deployments/${created.id}`), (status) => status === 'HEALTHY');
    expect(healthy).toBe('HEALTHY');
    expect(Date.now() - started).toBeGreaterThanOrEqual(DELAY - 10);
  });

  it('ends in UNHEALTHY, CREATE_FAILED and FAILED with the fail fault (header or scripted)', async () => {
    const failing = (await api().post('/deployments', deployment('doomed'), { [FAULT_HEADER]: 'fail' })).json;
    expect(failing.status).toBe('CREATING');
    const unhealthy = await eventually(() => api().get(`/deployments/${failing.id}`), (response) => response.json.status !== 'CREATING');
    expect(unhealthy.json).toMatchObject({ status: 'UNHEALTHY', statusReason: expect.stringMatching(/fault "fail"/) });

    simulator().faults.push('fail', { operationId: 'CreateCluster' });
    const cluster = (await api().post('/clusters', { cloudProvider: 'AWS', type: 'HYBRID', name: 'doomed', region: 'us-east-2', vpcSubnetRange: '10.0.0.0/16' })).json;
    expect(await eventually(() => statusOf(`/clusters/${cluster.id}`), (status) => status !== 'CREATING')).toBe('CREATE_FAILED');

    const { STANDARD } = simulator().populated[0]!.deployments;
    const deploy = (await api().post(`/deployments/${STANDARD}/deploys`, { type: 'IMAGE_ONLY' })).json;
    expect((await api().post(`/deployments/${STANDARD}/deploys/${deploy.id}/finalize`, {}, { [FAULT_HEADER]: 'fail' })).json.status).toBe('INITIALIZED');
    expect((await api().get(`/deployments/${STANDARD}`)).json.status).toBe('DEPLOYING');
    expect(await eventually(() => statusOf(`/deployments/${STANDARD}/deploys/${deploy.id}`), (status) => status !== 'INITIALIZED')).toBe('FAILED');
    expect(await statusOf(`/deployments/${STANDARD}`)).toBe('HEALTHY');
    expect((await api().get(`/deployments/${STANDARD}`)).json.imageTag).not.toBe(deploy.imageTag);
  });

  it('accepts fail only as a fault that lets the request through', async () => {
    const response = await rawRequest(simulator().url, { method: 'GET', path: '/v1/organizations', headers: { authorization: 'Bearer t', [FAULT_HEADER]: 'fail;503' } });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.body.toString()).fieldErrors[0].message).toMatch(/fail lets the request through/);
  });
});
