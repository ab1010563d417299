/**
 * A browser app on a local page uses the simulator: headless Chromium on a page served from another
 * local origin creates a Workspace (a CORS preflight for POST with Authorization), reads the request
 * id, uploads a DAG tarball to the upload origin and finalizes it. A page of an origin the simulator
 * does not allow gets nothing, and no page can reach the control endpoints.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/index.ts';
import { launchChromium } from '../support/chromium.ts';

async function pageServer(): Promise<{ origin: string; server: Server }> {
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>app</title>'));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('the simulator from a browser page', () => {
  let browser: Browser;
  let simulator: Simulator;
  let page: { origin: string; server: Server };

  beforeAll(async () => {
    [browser, simulator, page] = await Promise.all([
      launchChromium(),
      startSimulator({ seed: 4, organizations: 5, populate: 1, lifecycleDelayMs: 20, logger: false }),
      pageServer(),
    ]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await simulator?.close();
    page?.server.close();
  });

  it('serves a local page: API calls with a token, the request id, and a DAG upload to the upload origin', async () => {
    const tab = await browser.newPage();
    await tab.goto(page.origin);
    const seeded = simulator.populated[0]!;
    const result = await tab.evaluate(
      async ({ api, organizationId, deploymentId }) => {
        const headers = { authorization: 'Bearer from-a-browser', 'content-type': 'application/json' };
        const base = `${api}/organizations/${organizationId}`;
        const created = await fetch(`${base}/workspaces`, { method: 'POST', headers, body: JSON.stringify({ name: 'From a browser' }) });
        const workspace = await created.json();
        const deploy = await (await fetch(`${base}/deployments/${deploymentId}/deploys`, { method: 'POST', headers, body: JSON.stringify({ type: 'DAG_ONLY' }) })).json();
        const upload = await fetch(deploy.dagsUploadUrl, { method: 'PUT', headers: { 'x-ms-blob-type': 'BlockBlob' }, body: new Blob(['dags']) });
        const version = upload.headers.get('x-ms-version-id');
        const finalized = await fetch(`${base}/deployments/${deploymentId}/deploys/${deploy.id}/finalize`, { method: 'POST', headers, body: JSON.stringify({ dagTarballVersion: version }) });
        const refused = await fetch(`${base}/workspaces/${workspace.id}`, { headers: { authorization: 'Bearer a{b}' } });
        return {
          status: created.status,
          name: workspace.name,
          requestId: created.headers.get('x-request-id'),
          upload: upload.status,
          version,
          finalized: finalized.status,
          refused: [refused.status, refused.headers.get('www-authenticate')],
        };
      },
      { api: simulator.baseUrls.v1, organizationId: seeded.organizationId, deploymentId: seeded.deployments.development },
    );
    expect(result).toMatchObject({ status: 200, name: 'From a browser', upload: 201, finalized: 200 });
    expect(result.requestId).toMatch(/^c[0-9a-z]{24}$/);
    expect(result.version).toMatch(/Z$/);
    expect(result.refused).toEqual([401, expect.stringMatching(/^Bearer realm="astro-api"/)]);
    await tab.close();
  });

  it('keeps the control endpoints out of reach of any page', async () => {
    const tab = await browser.newPage();
    await tab.goto(page.origin);
    const before = simulator.records.totalRecords;
    const outcome = await tab.evaluate(async (origin) => {
      try {
        await fetch(`${origin}/__simulator/reset`, { method: 'POST' });
        return 'read';
      } catch {
        return 'blocked';
      }
    }, simulator.url);
    expect(outcome).toBe('blocked');
    // The reset did not happen either (it would drop the Workspace the page created above).
    expect(simulator.records.totalRecords).toBe(before);
    await tab.close();
  });

  it('gives a page of an origin it does not allow nothing to read', async () => {
    const strict = await startSimulator({ seed: 4, organizations: 2, allowedOrigins: ['https://console.acme.example'], logger: false });
    try {
      const tab = await browser.newPage();
      await tab.goto(page.origin);
      const outcome = await tab.evaluate(async (api) => {
        try {
          await fetch(`${api}/organizations`, { headers: { authorization: 'Bearer t' } });
          return 'read';
        } catch {
          return 'blocked';
        }
      }, strict.baseUrls.v1);
      expect(outcome).toBe('blocked');
      await tab.close();
    } finally {
      await strict.close();
    }
  });
});
