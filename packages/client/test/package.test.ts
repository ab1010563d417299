/**
 * The built package as users get it (run after the build; publint, attw and size-limit run next in the
 * test script): exports, both module formats, shared error classes, no Node built-ins on the runtime path.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: packageDir, encoding: 'utf8' });

beforeAll(() => {
  if (!existsSync(join(packageDir, 'dist', 'v1.js'))) throw new Error('dist/ is missing: build first (`tsup`, or `pnpm --filter @astro-api/client build`).');
});

describe('package.json', () => {
  it('exports ., ./v1, ./v1beta1 with types first in each condition', () => {
    expect(Object.keys(manifest.exports)).toEqual(['.', './v1', './v1beta1', './package.json']);
    for (const [subpath, target] of Object.entries<Record<string, Record<string, string>>>(manifest.exports)) {
      if (subpath === './package.json') continue;
      expect(Object.keys(target)).toEqual(['import', 'require']);
      for (const condition of Object.values(target)) {
        expect(Object.keys(condition)).toEqual(['types', 'default']);
        for (const file of Object.values(condition)) expect(existsSync(join(packageDir, file)), file).toBe(true);
      }
    }
  });

  it('is side-effect free, whitelists its files and states its engine', () => {
    expect(manifest.sideEffects).toBe(false);
    expect(manifest.files).toEqual(['dist', 'README.md', 'LICENSE']);
    expect(manifest.engines.node).toBe('>=20.19');
  });
});

describe('the built modules', () => {
  const check = `
    const [root, v1, beta] = await Promise.all(['@astro-api/client', '@astro-api/client/v1', '@astro-api/client/v1beta1'].map((name) => load(name)));
    const answers = { 'audit-logs': '{"id":"event-1"}\\n', 'deployments/d-1': '{"id":"d-1","status":"HEALTHY"}' };
    const fetch = async (request) => new Response(Object.entries(answers).find(([path]) => request.url.endsWith(path))?.[1] ?? '{"id":"org-1"}', { status: 200 });
    const astro = v1.createClient({ token: 't0ken-abc', organizationId: 'org-1', fetch });
    const organization = await astro.organizations.get();
    // Parts loaded on first use, from the build's own chunk.
    const events = [];
    for await (const event of astro.organizations.auditLogs()) events.push(event);
    const waited = await astro.deployments.waitForStatus('d-1', 'HEALTHY');
    let caught;
    try { await beta.createClient({ token: 't0ken-abc', organizationId: 'org-1', fetch: async () => new Response('no', { status: 403 }) }).organizations.get(); } catch (error) { caught = error; }
    console.log(JSON.stringify({
      version: v1.SDK_VERSION,
      sharedErrors: v1.AstroApiError === root.AstroApiError && beta.AstroError === root.AstroError,
      instanceOfRoot: caught instanceof root.AstroApiError && caught instanceof root.AstroError,
      organization,
      loadedOnFirstUse: [events, waited.status],
      specs: Object.keys(v1.SPEC_VERSIONS),
      enumValues: beta.astronomerProductValues,
    }));`;
  const expected = {
    version: manifest.version,
    sharedErrors: true,
    instanceOfRoot: true,
    organization: { id: 'org-1' },
    loadedOnFirstUse: [[{ id: 'event-1' }], 'HEALTHY'],
    specs: ['v1', 'v1beta1'],
    enumValues: ['ASTRO', 'OBSERVE'],
  };

  it('work as ESM, sharing one set of error classes', () => {
    const output = run(['--input-type=module', '-e', `const load = (name) => import(name);${check}`]);
    expect(JSON.parse(output)).toEqual(expected);
  });

  it('work as CommonJS, sharing one set of error classes', () => {
    const output = run(['--input-type=commonjs', '-e', `const load = async (name) => require(name); (async () => {${check}})();`]);
    expect(JSON.parse(output)).toEqual(expected);
  });

  it('keep instanceof true across the ESM and CommonJS builds loaded in one process', () => {
    const output = run([
      '--input-type=module',
      '-e',
      `import { createRequire } from 'node:module';
      const require = createRequire(process.cwd() + '/package.json');
      const esm = await import('@astro-api/client/v1');
      const cjs = require('@astro-api/client/v1');
      const fromEsm = await esm.createClient({ token: 't0ken-abc', organizationId: 'o', pacing: false, maxRetries: 0, fetch: async () => new Response('no', { status: 404 }) }).workspaces.get('w').catch((error) => error);
      const fromCjs = await cjs.createClient({ token: 't0ken-abc', organizationId: 'o', pacing: false, maxRetries: 0, fetch: async () => { throw new TypeError('down'); } }).workspaces.get('w').catch((error) => error);
      console.log(JSON.stringify({
        twoBuilds: esm.AstroApiError !== cjs.AstroApiError,
        esmErrorIsCjsApiError: fromEsm instanceof cjs.AstroApiError && fromEsm instanceof cjs.AstroError && !(fromEsm instanceof cjs.AstroConnectionError),
        cjsErrorIsEsmConnectionError: fromCjs instanceof esm.AstroConnectionError && fromCjs instanceof esm.AstroError && !(fromCjs instanceof esm.AstroTimeoutError),
        rootToo: fromEsm instanceof require('@astro-api/client').AstroApiError,
      }));`,
    ]);
    expect(JSON.parse(output)).toEqual({ twoBuilds: true, esmErrorIsCjsApiError: true, cjsErrorIsEsmConnectionError: true, rootToo: true });
  });

  it('share rate pacing across both builds: one token, one pace', () => {
    const output = run([
      '--input-type=module',
      '-e',
      `import { createRequire } from 'node:module';
      const require = createRequire(process.cwd() + '/package.json');
      const starts = [];
      const fetch = async () => (starts.push(performance.now()), new Response('{}'));
      const options = { token: 't0ken-shared', organizationId: 'o', fetch };
      const esm = (await import('@astro-api/client/v1')).createClient(options);
      const cjs = require('@astro-api/client/v1').createClient(options);
      await Promise.all([1, 2, 3].flatMap(() => [esm.workspaces.get('w'), cjs.workspaces.get('w')]));
      const gaps = starts.slice(1).map((start, index) => start - starts[index]);
      console.log(JSON.stringify({ requests: starts.length, spaced: gaps.every((gap) => gap >= 39) }));`,
    ]);
    expect(JSON.parse(output)).toEqual({ requests: 6, spaced: true });
  });

  it('resolve through package self-reference to the files in dist', () => {
    const require = createRequire(join(packageDir, 'package.json'));
    expect(require.resolve('@astro-api/client/v1')).toBe(join(packageDir, 'dist', 'v1.cjs'));
  });
});

describe('runtime code stays portable', () => {
  const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
  const imported = (source: string) => [...source.matchAll(/(?:from\s*|import\(\s*|require\(\s*)["']([^"']+)["']/g)].map((match) => match[1]!);

  const sourceFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : [join(dir, entry.name)]));

  it('imports no Node built-in in src/', () => {
    for (const file of sourceFiles(join(packageDir, 'src'))) for (const name of imported(readFileSync(file, 'utf8'))) expect(builtins.has(name), `${file} imports ${name}`).toBe(false);
  });

  it('imports no Node built-in in dist/, only openapi-fetch and its own chunks', () => {
    for (const file of readdirSync(join(packageDir, 'dist')).filter((name) => /\.c?js$/.test(name)))
      for (const name of imported(readFileSync(join(packageDir, 'dist', file), 'utf8'))) expect(name === 'openapi-fetch' || name.startsWith('./'), `${file} imports ${name}`).toBe(true);
  });

  it('runs where there is no process global, as in a browser', () => {
    const output = run([
      '--input-type=module',
      '-e',
      `Object.defineProperty(globalThis, 'process', { value: undefined, configurable: true });
      globalThis.document = {};
      const { createClient } = await import('@astro-api/client/v1');
      let sent;
      const astro = createClient({ token: 't0ken-abc', organizationId: 'org-1', fetch: async (request) => ((sent = request), new Response('{"id":"org-1"}\\n')) });
      const organization = await astro.organizations.get();
      const events = [];
      for await (const event of astro.organizations.auditLogs()) events.push(event);
      let missingToken;
      try { createClient(); } catch (error) { missingToken = error.name; }
      console.log(JSON.stringify({ organization, events, userAgent: sent.headers.get('user-agent'), missingToken }));`,
    ]);
    expect(JSON.parse(output)).toEqual({ organization: { id: 'org-1' }, events: [{ id: 'org-1' }], userAgent: null, missingToken: 'AstroConfigError' });
  });
});
