import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../src/security-headers.ts';
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

  it.each([
    ['/%2Fv1', '/v1/'],
    ['//v1', '/v1/'],
    ['/%2F%2Fv1', '/v1/'],
    ['/%5Cv1', '/v1/'],
    ['/./v1', '/v1/'],
    ['/v1/.', '/v1/'],
    ['/v1?next=//evil.example', '/v1/?next=//evil.example'],
  ])('redirects %s to the site path %s, never to another origin', async (path, location) => {
    const response = await raw(path);
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe(location);
  });

  it('keeps every redirect on this origin, whatever the path looks like', async () => {
    const tricky = ['//v1', '///v1', '/%2F%2Fexample.com', '/\\example.com', '/%5C%5Cexample.com', '/%2F%5Cv1', '/v1%2F%2F', '//example.com/v1', '/%09/v1', '/v1?%0d%0aSet-Cookie:x=1', '/v1?\u00e9'];
    let redirects = 0;
    for (const path of tricky) {
      const response = await raw(path);
      const location = response.headers.location as string | undefined;
      if (location === undefined) continue;
      redirects += 1;
      expect(location, path).toMatch(/^\/(?![/\\])/);
      expect(new URL(location, server.url).origin, path).toBe(new URL(server.url).origin);
      expect(location, path).not.toMatch(/[\r\n]/);
    }
    expect(redirects, 'most of these reach the v1 folder and are redirected').toBeGreaterThanOrEqual(4);
  });

  it('rejects a request target that is not a path', async () => {
    expect((await raw('http://example.com/v1')).status).toBe(400);
    expect((await raw('/a%00b')).status).toBe(400);
  });

  it.each([
    ['a file', '/index.html', 'GET', 200],
    ['a folder', '/v1/', 'GET', 200],
    ['a HEAD request', '/v1/openapi.yaml', 'HEAD', 200],
    ['a redirect', '/v1', 'GET', 301],
    ['a bad encoding', '/%E0%A4%A', 'GET', 400],
    ['a traversal', '/../secret.txt', 'GET', 403],
    ['an unknown path', '/nope', 'GET', 404],
    ['another method', '/index.html', 'DELETE', 405],
  ])('sends the security headers with %s (%s %s → %i)', async (_what, path, method, status) => {
    const response = await raw(path, method);
    expect(response.status).toBe(status);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers[name.toLowerCase()], name).toBe(value);
    expect(response.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });
});

