import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticHandler, startStaticServer, type RunningServer } from '../src/server.ts';

let work: string;
let site: string;
let server: RunningServer;

/** A raw request, path sent exactly as given (fetch would normalise `..`). */
function raw(path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk) => (body += chunk)).on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject).end();
  });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'docs-serve-'));
  site = join(work, 'site');
  mkdirSync(join(site, 'v1'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(site, '404.html'), '<h1>missing</h1>');
  writeFileSync(join(site, 'v1', 'index.html'), '<h1>v1</h1>');
  writeFileSync(join(site, 'v1', 'openapi.yaml'), 'openapi: 3.1.0\n');
  writeFileSync(join(site, 'v1', 'openapi.json'), '{}');
  writeFileSync(join(site, 'site.css'), 'body{}');
  writeFileSync(join(site, 'blob.bin'), 'x');
  writeFileSync(join(work, 'secret.txt'), 'do not serve');
  symlinkSync(join(work, 'secret.txt'), join(site, 'link.txt'));
  server = await startStaticServer({ root: site, port: 0 });
});
afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('static server', () => {
  it('listens on 127.0.0.1 on a free port when asked for port 0', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it.each([
    ['/', 'text/html; charset=utf-8', '<h1>home</h1>'],
    ['/index.html', 'text/html; charset=utf-8', '<h1>home</h1>'],
    ['/v1/', 'text/html; charset=utf-8', '<h1>v1</h1>'],
    ['/v1/openapi.yaml', 'application/yaml; charset=utf-8', 'openapi: 3.1.0\n'],
    ['/v1/openapi.json?download=1', 'application/json; charset=utf-8', '{}'],
    ['/site.css', 'text/css; charset=utf-8', 'body{}'],
    ['/blob.bin', 'application/octet-stream', 'x'],
  ])('serves %s as %s', async (path, type, body) => {
    const response = await raw(path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.body).toBe(body);
  });

  it('redirects a folder without its trailing slash, keeping the query', async () => {
    const response = await raw('/v1?x=1');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('/v1/?x=1');
  });

  it('answers unknown paths with the 404 page and status 404', async () => {
    const response = await raw('/v2/index.html');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toBe('<h1>missing</h1>');
  });

  it.each(['/../secret.txt', '/v1/../../secret.txt', '/%2e%2e/secret.txt', '/v1/%2e%2e%2f%2e%2e%2fsecret.txt', '/..%5csecret.txt'])('never leaves the root: %s', async (path) => {
    const response = await raw(path);
    expect([403, 404]).toContain(response.status);
    expect(response.body).not.toContain('do not serve');
  });

  it('does not follow a symlink out of the root', async () => {
    const response = await raw('/link.txt');
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('do not serve');
  });

  it('rejects bad encodings and methods other than GET and HEAD', async () => {
    expect((await raw('/%E0%A4%A')).status).toBe(400);
    const post = await raw('/index.html', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('answers HEAD with headers and no body', async () => {
    const response = await raw('/v1/openapi.yaml', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers['content-length']).toBe(String('openapi: 3.1.0\n'.length));
    expect(response.body).toBe('');
  });

  it('refuses to serve a folder that does not exist, and a busy port', async () => {
    expect(() => createStaticHandler(join(work, 'nope'))).toThrow(/Cannot serve .*nope: it is not a folder/);
    await expect(startStaticServer({ root: site, port: server.port })).rejects.toThrow(`Port ${server.port} on 127.0.0.1 is already in use`);
  });
});
