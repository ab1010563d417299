/**
 * The page server of the browser run: the test page, the built package and openapi-fetch's ESM build.
 * The page calls the simulator on its own origin, as a browser app would: through the simulator's CORS.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { createRequire } from 'node:module';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.cjs': 'text/javascript' };

export interface PageServer {
  origin: string;
  close(): Promise<void>;
}

export async function startPageServer(packageDir: string): Promise<PageServer> {
  const openapiFetchDir = dirname(createRequire(join(packageDir, 'package.json')).resolve('openapi-fetch/package.json'));
  const files = (path: string) => (path.startsWith('/node_modules/openapi-fetch/') ? join(openapiFetchDir, path.slice('/node_modules/openapi-fetch/'.length)) : join(packageDir, path));
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url!, 'http://page');
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
