/** The docs' own code type-checks, and the samples compile against the built @astro-api/client through its package exports. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { API_VERSIONS } from '@astro-api/openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageDir, samplesDir, testOutputDir } from '../src/paths.ts';

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

describe('TypeScript samples', () => {
  beforeAll(() => {
    const missing = clientTypes.filter((file) => !existsSync(file));
    if (missing.length) {
      throw new Error(`@astro-api/client is not built (missing ${missing.join(', ')}). Run \`pnpm --filter @astro-api/client build\` first; turbo does it before the docs tests.`);
    }
  });

  it('type-check against the client dist types, every sample included', () => {
    const { status, output } = typecheck(join(samplesDir, 'tsconfig.json'), '--listFiles');
    expect(output.split('\n').filter((line) => line.includes('error TS'))).toEqual([]);
    expect(status).toBe(0);
    const listed = new Set(output.split('\n').map((line) => line.trim()));
    for (const file of clientTypes.slice(1)) expect(listed, `resolved ${file}`).toContain(file);
    for (const version of API_VERSIONS) {
      for (const sample of readdirSync(join(samplesDir, version))) expect(listed).toContain(join(samplesDir, version, sample));
    }
  });

  describe('a sample that misuses the client', () => {
    const probeDir = join(testOutputDir, 'typecheck-probe');
    afterAll(() => rmSync(probeDir, { recursive: true, force: true }));

    it('fails the check with the error at the sample', () => {
      mkdirSync(probeDir, { recursive: true });
      writeFileSync(join(probeDir, 'tsconfig.json'), JSON.stringify({ extends: '../../samples/tsconfig.json', include: ['probe.ts'] }));
      writeFileSync(
        join(probeDir, 'probe.ts'),
        [
          "import { createClient } from '@astro-api/client/v1';",
          'const astro = createClient({ token: process.env.ASTRO_API_TOKEN });',
          "await astro.organizations.list({ limit: 'twenty' });",
        ].join('\n'),
      );
      const { status, output } = typecheck(join(probeDir, 'tsconfig.json'));
      expect(status).not.toBe(0);
      expect(output).toMatch(/probe\.ts\(3,\d+\): error TS2322/);
    });
  });
});
