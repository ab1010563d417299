/**
 * DAG uploads on the simulator's own upload origin: PUT with x-ms-blob-type: BlockBlob answers 201
 * and a version; a request with an Authorization header is refused, so a client that leaks the API
 * token to storage fails; finalize accepts only an uploaded version.
 */
import { describe, expect, it } from 'vitest';
import { orgApi } from '../support/org-api.ts';
import { rawRequest } from '../support/raw-request.ts';
import { useSimulator } from '../support/use-simulator.ts';

describe('DAG uploads', () => {
  const simulator = useSimulator({ organizations: 5, populate: 1, lifecycleDelayMs: 20 });
  const api = () => orgApi(simulator().url, simulator().populated[0]!.organizationId);
  const newDeploy = async (type = 'DAG_ONLY') => {
    const { development } = simulator().populated[0]!.deployments;
    const deploy = (await api().post(`/deployments/${development}/deploys`, { type })).json;
    return { deploy, url: deploy.dagsUploadUrl ? new URL(deploy.dagsUploadUrl) : undefined, base: `/deployments/${development}/deploys/${deploy.id}` };
  };
  const put = (url: URL, headers: Record<string, string>, body = Buffer.from('dags')) =>
    rawRequest(url.origin, { method: 'PUT', path: `${url.pathname}${url.search}`, headers, body });

  it('serves the upload URL on another origin, with its own credential', async () => {
    const { url } = await newDeploy();
    expect(url!.origin).toBe(simulator().uploadUrl);
    expect(url!.origin).not.toBe(simulator().url);
    expect(url!.searchParams.get('sig')).toMatch(/^[\w-]{32}$/);
  });

  it('takes a BlockBlob PUT: 201, a version id, and each upload a new version', async () => {
    const { deploy, url } = await newDeploy();
    const first = await put(url!, { 'x-ms-blob-type': 'BlockBlob' });
    const second = await put(url!, { 'x-ms-blob-type': 'BlockBlob' }, Buffer.from('more dags'));
    expect(first.status).toBe(201);
    expect(first.headers('x-ms-version-id')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z$/);
    expect(second.headers('x-ms-version-id')).not.toBe(first.headers('x-ms-version-id'));
    expect(simulator().uploads.versions(deploy.id).map((version) => version.bytes)).toEqual([4, 9]);
  });

  it('refuses an Authorization header, a wrong signature, a missing blob type and another method', async () => {
    const { url } = await newDeploy();
    const withToken = await put(url!, { 'x-ms-blob-type': 'BlockBlob', authorization: 'Bearer api-token' });
    expect(withToken.status).toBe(403);
    expect(withToken.body.toString()).toContain('AuthorizationHeaderNotAllowed');
    const forged = new URL(url!);
    forged.searchParams.set('sig', 'x'.repeat(32));
    expect((await put(forged, { 'x-ms-blob-type': 'BlockBlob' })).status).toBe(403);
    expect((await put(url!, {})).status).toBe(400);
    expect((await rawRequest(url!.origin, { method: 'GET', path: `${url!.pathname}${url!.search}` })).status).toBe(405);
    expect((await rawRequest(url!.origin, { method: 'PUT', path: '/dags/x/y?sig=z', headers: { 'x-ms-blob-type': 'BlockBlob' } })).status).toBe(404);
    const seen = simulator().uploads.requests().filter((request) => request.status === 403);
    expect(seen.some((request) => request.headers.authorization === 'Bearer api-token')).toBe(true);
  });

  it('finalizes only with a version uploaded to that Deploy; image-only deploys need none', async () => {
    const { deploy, url, base } = await newDeploy();
    const other = await newDeploy();
    const elsewhere = (await put(other.url!, { 'x-ms-blob-type': 'BlockBlob' })).headers('x-ms-version-id');
    expect((await api().post(`${base}/finalize`, {})).json.fieldErrors[0]).toMatchObject({ field: 'dagTarballVersion', code: 'required' });
    expect((await api().post(`${base}/finalize`, { dagTarballVersion: elsewhere })).json.message).toMatch(/never uploaded/);
    const version = (await put(url!, { 'x-ms-blob-type': 'BlockBlob' })).headers('x-ms-version-id');
    expect((await api().post(`${base}/finalize`, { dagTarballVersion: version })).json.dagTarballVersion).toBe(version);
    expect((await api().post(`${base}/finalize`, { dagTarballVersion: version })).json.message).toMatch(/already/);
    const image = await newDeploy('IMAGE_ONLY');
    expect(image.deploy.dagsUploadUrl).toBeUndefined();
    expect((await api().post(`${image.base}/finalize`, {})).status).toBe(200);
    expect(deploy.status).toBe('INITIALIZED');
  });

  it('refuses DAG deploys on a Deployment with DAG deploys off', async () => {
    const { DEDICATED } = simulator().populated[0]!.deployments;
    const record = (await api().get(`/deployments/${DEDICATED}`)).json;
    const { createdAt: _c, createdBy: _b, id: _i, status: _s, updatedAt: _u, updatedBy: _ub, ...kept } = record;
    const body = {
      type: 'DEDICATED', name: kept.name, workspaceId: kept.workspaceId, executor: kept.executor, isCicdEnforced: false, isDagDeployEnabled: false,
      isHighAvailability: false, schedulerSize: 'SMALL', environmentVariables: [],
    };
    expect((await api().post(`/deployments/${DEDICATED}`, body)).status).toBe(200);
    const refused = await api().post(`/deployments/${DEDICATED}/deploys`, { type: 'DAG_ONLY' });
    expect(refused.status).toBe(400);
    expect(refused.json.message).toMatch(/isDagDeployEnabled: true/);
  });
});
