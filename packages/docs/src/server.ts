/**
 * A small static file server for dist/: GET and HEAD only, files strictly inside the root
 * (no `..`, no encoded traversal, no symlink leaving it), folders answer with their index.html
 * (a folder without its trailing slash is redirected to a path of this site, so relative links
 * resolve), unknown paths get the site's 404.html with status 404, and every response carries the
 * security headers of security-headers.ts.
 */
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve, sep } from 'node:path';
import { contentTypeOf } from './content-types.ts';
import { folderPath, parseRequestTarget } from './request-target.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4173;

const isInside = (root: string, target: string) => target === root || target.startsWith(root + sep);

function sendText(response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  response.end(response.req.method === 'HEAD' ? undefined : text);
}

function sendNotFound(root: string, response: ServerResponse): void {
  const page = join(root, '404.html');
  if (!existsSync(page)) return sendText(response, 404, 'Not found\n');
  const body = readFileSync(page);
  response.writeHead(404, { 'Content-Type': contentTypeOf(page), 'Content-Length': body.byteLength, 'Cache-Control': 'no-cache' });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

function sendFile(response: ServerResponse, file: string, size: number): void {
  response.writeHead(200, { 'Content-Type': contentTypeOf(file), 'Content-Length': size, 'Cache-Control': 'no-cache' });
  if (response.req.method === 'HEAD') return void response.end();
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

function serve(root: string, request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
  const target = parseRequestTarget(request.url ?? '/');
  if ('error' in target) return sendText(response, 400, `Bad request: ${target.error}\n`);
  const { segments, query } = target;
  if (segments.includes('..')) return sendText(response, 403, 'Forbidden: the path leaves the site\n');
  let file = resolve(root, ...segments);
  if (!isInside(root, file) || !existsSync(file)) return sendNotFound(root, response);
  let stats = statSync(file);
  if (stats.isDirectory()) {
    if (!target.trailingSlash) {
      // Relative links inside a folder's index.html need the trailing slash. The location is built
      // from the checked segments, so it is always a path of this site: never `//host` or `/\host`.
      const location = `${folderPath(segments)}${query}`;
      return sendText(response, 301, `Moved to ${location}\n`, { Location: location });
    }
    file = join(file, 'index.html');
    if (!existsSync(file)) return sendNotFound(root, response);
    stats = statSync(file);
  }
  if (!stats.isFile() || !isInside(root, realpathSync(file))) return sendNotFound(root, response);
  sendFile(response, file, stats.size);
}

/** Serves `rootDir`: GET and HEAD only, security headers on every answer, a 500 rather than a crash. */
export function createStaticHandler(rootDir: string): (request: IncomingMessage, response: ServerResponse) => void {
  if (!existsSync(rootDir) || !statSync(rootDir).isDirectory()) throw new Error(`Cannot serve ${rootDir}: it is not a folder`);
  const root = realpathSync(rootDir);
  return (request, response) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    try {
      serve(root, request, response);
    } catch {
      if (!response.headersSent) sendText(response, 500, 'Internal server error\n');
      else response.destroy();
    }
  };
}

export interface RunningServer {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts serving `root`; `port` 0 picks a free port. Resolves once listening. */
export function startStaticServer({ root, port = DEFAULT_PORT, host = DEFAULT_HOST }: { root: string; port?: number; host?: string }): Promise<RunningServer> {
  const server = createServer(createStaticHandler(root));
  return new Promise((resolvePromise, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} on ${host} is already in use; pass --port <n> or --port 0 for a free one`) : error);
    });
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo;
      resolvePromise({
        server,
        port: actual,
        url: `http://${host}:${actual}/`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
