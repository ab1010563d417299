/** The docs' own code type-checks, and every TypeScript example the site shows compiles against the built @astro-api/client. */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { API_VERSIONS, loadOperations } from '@astro-api/openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectExamples, mapDiagnostics, writeExamples, type Example } from '../src/examples.ts';
import { changelogInputs, guidesDir, packageDir, samplesDir, testOutputDir } from '../src/paths.ts';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const clientDir = dirname(require.resolve('@astro-api/client/package.json'));
const clientTypes = ['index', ...API_VERSIONS].map((entry) => join(clientDir, 'dist', `${entry}.d.ts`));

function typecheck(project: string, ...extra: string[]) {
  const result = spawnSync(process.execPath, [tsc, '--noEmit', '-p', project, ...extra], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('docs code', () => {
  it('type-checks (src, scripts, tests)', () => {
    const { status, output } = typecheck(join(packageDir, 'tsconfig.json'));
    expect(output.split('\n').filter((line) => line.includes('error TS'))).toEqual([]);
    expect(status).toBe(0);
  });
});

describe('TypeScript examples of the site', () => {
  const dir = join(testOutputDir, 'typecheck-examples');
  let examples: Example[];
  beforeAll(() => {
    const missing = clientTypes.filter((file) => !existsSync(file));
    if (missing.length) {
      throw new Error(`@astro-api/client is not built (missing ${missing.join(', ')}). Run \`pnpm --filter @astro-api/client build\` first; turbo does it before the docs tests.`);
    }
    examples = collectExamples({ samplesDir, guidesDir, changelog: changelogInputs });
    writeExamples(dir, examples);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('include every operation sample, the quick start and the code of the guides', () => {
    const total = API_VERSIONS.reduce((sum, version) => sum + loadOperations(version).length, 0);
    expect(examples.filter(({ file }) => /^samples\/v/.test(file))).toHaveLength(total);
    expect(examples.some(({ file }) => file === 'samples/quickstart.ts')).toBe(true);
    expect(examples.filter(({ file }) => file.startsWith('guides/')).length).toBeGreaterThan(20);
  });

  it('type-check against the client dist types, through its package exports', () => {
    const { status, output } = typecheck(join(dir, 'tsconfig.json'), '--listFiles');
    expect(mapDiagnostics(output, examples)).toEqual([]);
    expect(status).toBe(0);
    const listed = new Set(output.split('\n').map((line) => line.trim()));
    for (const file of clientTypes.slice(1)) expect(listed, `resolved ${file}`).toContain(file);
  });

  it('fail on a misuse of the client, with the error at the guide line', () => {
    const probe: Example[] = [
      {
        file: 'guides/probe-line-10.ts',
        origin: 'guides/probe.md',
        firstLine: 11,
        source: ["import { createClient } from '@astro-api/client/v1';", 'const astro = createClient({ token: process.env.ASTRO_API_TOKEN });', "await astro.organizations.list({ limit: 'twenty' });"].join('\n'),
      },
    ];
    const probeDir = join(testOutputDir, 'typecheck-probe');
    writeExamples(probeDir, probe);
    try {
      const { status, output } = typecheck(join(probeDir, 'tsconfig.json'));
      expect(status).not.toBe(0);
      expect(mapDiagnostics(output, probe)).toEqual([expect.stringMatching(/^guides\/probe\.md:13:\d+: error TS2322: /)]);
    } finally {
      rmSync(probeDir, { recursive: true, force: true });
    }
  });
});

describe('mapDiagnostics', () => {
  it('points at the guide line, the hand-written file or the generated operation', () => {
    const examples: Example[] = [
      { file: 'guides/errors-line-40.ts', origin: 'guides/errors.md', firstLine: 41, source: '' },
      { file: 'samples/v1/GetDeployment.ts', origin: 'v1 GetDeployment (generated sample)', firstLine: 0, source: '' },
    ];
    const output = ["guides/errors-line-40.ts(3,7): error TS2339: Property 'x' does not exist.", 'samples/v1/GetDeployment.ts(8,1): error TS2304: Cannot find name.', 'unrelated line'].join('\n');
    expect(mapDiagnostics(output, examples)).toEqual(["guides/errors.md:43:7: error TS2339: Property 'x' does not exist.", 'v1 GetDeployment (generated sample), line 8:1: error TS2304: Cannot find name.']);
  });
});
