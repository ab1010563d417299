/**
 * deploys.deployDags against two loopback servers: the API, and a storage server on another origin.
 * The upload carries x-ms-blob-type and the tarball, never the token or the caller's headers, and the
 * upload URL's credential never shows in an error.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { AstroApiError, AstroConnectionError, AstroInputError, AstroParseError, createClient, type ClientOptions } from '../src/v1.ts';
import { TOKEN } from './helpers/fixtures.ts';
import { sendJson, startLoopback, type Loopback, type ReceivedRequest } from './helpers/loopback.ts';

const SIGNATURE = 'sig=Zm9vYmFyU2VjcmV0U2lnbmF0dXJl%2Bx%3D';
let servers: Loopback[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

interface Setup {
  /** How storage answers a PUT. */
  storage?: (received: ReceivedRequest, attempt: number) => { status: number; headers?: Record<string, string>; body?: string };
  /** Statuses GetDeploy answers in turn. */
  statuses?: string[];
  /** The upload URL the API hands out, given the storage origin. */
  uploadUrl?: (origin: string) => string | undefined;
}

async function setup({ storage = () => ({ status: 201, headers: { 'x-ms-version-id': '2026-03-01T12:00:00.0000000Z' } }), statuses = ['DEPLOYED'], uploadUrl }: Setup = {}, options: ClientOptions = {}) {
  const uploads: ReceivedRequest[] = [];
  const store = await startLoopback((_request, response, received) => {
    uploads.push(received);
    const answer = storage(received, uploads.length);
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body ?? '');
  });
  const url = uploadUrl ? uploadUrl(store.origin) : `${store.origin}/dags/dep-1.tar.gz?sv=2024-01-01&se=2026-03-02T00%3A00%3A00Z&${SIGNATURE}`;
  const polls = [...statuses];
  const api = await startLoopback((request, response, received) => {
    const path = new URL(request.url!, 'http://x').pathname;
    const deploy = { id: 'dep-1', deploymentId: 'd-1', type: 'DAG_ONLY', dagsUploadUrl: url };
    if (request.method === 'POST' && path.endsWith('/deploys')) return sendJson(response, 200, { ...deploy, status: 'INITIALIZED', description: JSON.parse(received.body).description });
    if (path.endsWith('/finalize')) return sendJson(response, 200, { ...deploy, status: 'INITIALIZED', dagTarballVersion: JSON.parse(received.body).dagTarballVersion });
    sendJson(response, 200, { ...deploy, status: polls.length > 1 ? polls.shift() : polls[0] });
  });
  servers.push(store, api);
  const astro = createClient({ token: TOKEN, baseUrl: `${api.origin}/v1`, organizationId: 'org-1', pacing: false, headers: { 'x-team': 'data' }, ...options });
  return { astro, api, uploads, url };
}

const tarball = () => new Uint8Array([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5]);
const calls = (server: Loopback) => server.received.map((entry) => `${entry.method} ${entry.rawUrl}`);

describe('deploys.deployDags', () => {
  it('creates a DAG_ONLY deploy, uploads to storage without the token, finalizes with the version, and waits for DEPLOYED', async () => {
    const { astro, api, uploads } = await setup({ statuses: ['INITIALIZED', 'DEPLOYED'] });
    const deploy = await astro.deploys.deployDags('d-1', tarball(), { description: 'nightly DAGs', headers: { 'x-call': 'one' }, wait: { intervalMs: 20 } });
    expect(deploy).toMatchObject({ id: 'dep-1', status: 'DEPLOYED' });
    expect(calls(api)).toEqual([
      'POST /v1/organizations/org-1/deployments/d-1/deploys',
      'POST /v1/organizations/org-1/deployments/d-1/deploys/dep-1/finalize',
      'GET /v1/organizations/org-1/deployments/d-1/deploys/dep-1',
      'GET /v1/organizations/org-1/deployments/d-1/deploys/dep-1',
    ]);
    expect(JSON.parse(api.received[0]!.body)).toEqual({ type: 'DAG_ONLY', description: 'nightly DAGs' });
    expect(JSON.parse(api.received[1]!.body)).toEqual({ dagTarballVersion: '2026-03-01T12:00:00.0000000Z' });
    expect(api.received[0]!.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, 'x-team': 'data', 'x-call': 'one' });

    expect(uploads).toHaveLength(1);
    const [upload] = uploads;
    expect(upload!.method).toBe('PUT');
    expect(upload!.rawUrl).toContain(SIGNATURE);
    expect(upload!.headers['x-ms-blob-type']).toBe('BlockBlob');
    expect(upload!.headers.authorization).toBeUndefined();
    expect(upload!.headers['x-team']).toBeUndefined();
    expect(upload!.headers['x-call']).toBeUndefined();
    expect(JSON.stringify(upload!.headers)).not.toContain(TOKEN);
    expect(upload!.bytes).toEqual(Buffer.from(tarball()));
  });

  it('resolves with the finalized Deploy without waiting when wait is false', async () => {
    const { astro, api } = await setup({ statuses: ['INITIALIZED'] });
    expect(await astro.deploys.deployDags('d-1', tarball(), { wait: false })).toMatchObject({ id: 'dep-1', dagTarballVersion: '2026-03-01T12:00:00.0000000Z' });
    expect(api.received).toHaveLength(2);
  });

  it.each([
    ['a Blob', () => new Blob([tarball()])],
    ['an ArrayBuffer', () => tarball().buffer],
    ['a ReadableStream', () => new Blob([tarball()]).stream()],
  ])('uploads %s', async (_, make) => {
    const { astro, uploads } = await setup();
    await astro.deploys.deployDags('d-1', make(), { wait: false });
    expect(uploads[0]!.bytes).toEqual(Buffer.from(tarball()));
  });

  it('retries a failed upload of bytes, which can be sent again', async () => {
    const { astro, uploads } = await setup({ storage: (_, attempt) => (attempt === 1 ? { status: 503 } : { status: 201, headers: { 'x-ms-version-id': 'v2' } }) });
    await astro.deploys.deployDags('d-1', tarball(), { wait: false });
    expect(uploads).toHaveLength(2);
  });

  it('sends a stream once', async () => {
    const { astro, uploads, api } = await setup({ storage: () => ({ status: 503 }) });
    const error = await astro.deploys.deployDags('d-1', new Blob([tarball()]).stream(), { wait: false }).catch((caught: unknown) => caught);
    expect((error as AstroApiError).status).toBe(503);
    expect(uploads).toHaveLength(1);
    expect(api.received).toHaveLength(1);
  });

  it('reports a refused upload with AstroApiError, without the URL’s credential even when storage echoes it, and does not finalize', async () => {
    const { astro, api } = await setup({
      storage: (received) => ({
        status: 403,
        headers: { 'content-type': 'application/xml' },
        body: `<?xml version="1.0"?><Error><Code>AuthenticationFailed</Code><Message>Signature did not match. Request: ${received.rawUrl}</Message></Error>`,
      }),
    });
    const error = await astro.deploys.deployDags('d-1', tarball()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AstroApiError);
    expect(error).toMatchObject({ status: 403, method: 'PUT' });
    expect((error as Error).message).toMatch(/^PUT http:\/\/127\.0\.0\.1:\d+\/dags\/dep-1\.tar\.gz \(DAG upload\) failed with 403: <\?xml/);
    const everything = JSON.stringify(error) + String((error as Error).stack) + String((error as AstroApiError).body);
    expect(everything).not.toContain('Zm9vYmFyU2VjcmV0U2lnbmF0dXJl');
    expect(everything).not.toContain('2026-03-02T00');
    expect(everything).toContain('[REDACTED]');
    expect(api.received).toHaveLength(1);
  });

  it('reports an unreachable storage with AstroConnectionError, without the credential', async () => {
    const { astro } = await setup({ uploadUrl: () => `http://127.0.0.1:9/dags/dep-1.tar.gz?${SIGNATURE}` }, { maxRetries: 0 });
    const error = await astro.deploys.deployDags('d-1', tarball()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AstroConnectionError);
    expect((error as Error).message).toMatch(/^PUT http:\/\/127\.0\.0\.1:9\/dags\/dep-1\.tar\.gz \(DAG upload\): no response \(/);
    expect(JSON.stringify(error) + String((error as Error).stack)).not.toContain('Zm9vYmFy');
  });

  it('fails with AstroParseError when storage gives no version to finalize with', async () => {
    const { astro, api } = await setup({ storage: () => ({ status: 201 }) });
    await expect(astro.deploys.deployDags('d-1', tarball())).rejects.toThrow(AstroParseError);
    expect(api.received).toHaveLength(1);
  });

  it('fails with AstroParseError when the Deploy has no upload URL', async () => {
    const { astro } = await setup({ uploadUrl: () => undefined });
    await expect(astro.deploys.deployDags('d-1', tarball())).rejects.toThrow(
      new AstroParseError('deploys.deployDags: Deploy dep-1 has no usable dagsUploadUrl; is DAG deploy enabled on the Deployment?'),
    );
  });

  it('checks its arguments before sending anything', async () => {
    const { astro, api } = await setup();
    await expect(astro.deploys.deployDags('d-1', 'dags.tar.gz' as never)).rejects.toThrow(AstroInputError);
    await expect(astro.deploys.deployDags('d-1', tarball(), { wait: { interval: 1 } } as never)).rejects.toThrow(/unknown option "interval"; did you mean "intervalMs"\?/);
    await expect(astro.deploys.deployDags('d-1', tarball(), { descripton: 'x' } as never)).rejects.toThrow(/did you mean "description"\?/);
    expect(api.received).toHaveLength(0);
  });
});
