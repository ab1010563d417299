/**
 * The page server of the browser run: the test page, the built package and openapi-fetch's ESM build,
 * and, on the same origin, a pass-through to the simulator for `/v1` and `/platform/v1beta1` (a browser
 * needs CORS to call another origin; serving both from one origin needs none).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request as forward, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { createRequire } from 'node:module';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.cjs': 'text/javascript' };

export interface PageServer {
  origin: string;
  close(): Promise<void>;
}

export async function startPageServer(packageDir: string, simulatorOrigin: string): Promise<PageServer> {
  const openapiFetchDir = dirname(createRequire(join(packageDir, 'package.json')).resolve('openapi-fetch/package.json'));
  const files = (path: string) => (path.startsWith('/node_modules/openapi-fetch/') ? join(openapiFetchDir, path.slice('/node_modules/openapi-fetch/'.length)) : join(packageDir, path));
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url!, 'http://page');
    if (/^\/(v1|platform\/v1beta1)\//.test(url.pathname)) {
      const target = new URL(request.url!, simulatorOrigin);
      const upstream = forward(target, { method: request.method, headers: { ...request.headers, host: target.host } }, (answer) => {
        response.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(response);
      });
      upstream.on('error', () => response.destroy());
      response.on('close', () => upstream.destroy());
      return void request.pipe(upstream);
    }
    const path = normalize(files(decodeURIComponent(url.pathname)));
    const allowed = [join(packageDir, 'dist'), join(packageDir, 'test', 'runtimes'), openapiFetchDir].some((root) => path.startsWith(root + sep));
    if (!allowed || !existsSync(path) || !statSync(path).isFile()) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
