/** `pnpm serve`: starts on the requested port, prints the URL, serves the built site; bad usage exits 2. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { packageDir } from '../src/paths.ts';
import { requireBuiltSite } from './support/site.ts';

const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const script = join(packageDir, 'scripts', 'serve.ts');
let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGTERM');
});

function firstLine(process: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    process.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    process.stderr?.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    process.on('exit', (code) => reject(new Error(`serve exited with ${code} before printing its URL: ${err}`)));
  });
}

describe('serve script', () => {
  it('serves dist/ on a free port and prints where', async () => {
    requireBuiltSite();
    child = spawn(process.execPath, [tsx, script, '--port', '0'], { cwd: packageDir, env: { ...process.env, PORT: '1' } });
    const line = await firstLine(child);
    const url = /^Astro API docs: (http:\/\/127\.0\.0\.1:\d+\/)$/.exec(line)?.[1];
    expect(url, line).toBeDefined();
    const landing = await fetch(url!);
    expect(landing.status).toBe(200);
    expect(await landing.text()).toContain('<title>Astro API reference</title>');
    const reference = await fetch(new URL('v1beta1/', url!));
    expect(reference.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await reference.text()).toContain('v1beta1 is deprecated.');
    expect((await fetch(new URL('nope', url!))).status).toBe(404);
  });

  it('exits 2 with the reason on a bad port', () => {
    const result = spawnSync(process.execPath, [tsx, script, '--port', 'eighty'], { cwd: packageDir, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--port must be a whole number from 0 to 65535, got "eighty"');
  });
});
