/**
 * Drift check for generated code: bundles the current spec/ into a temporary folder, regenerates
 * the client's modules there, and compares them with the committed ones in packages/client/src/generated.
 * It does not rely on the build pipeline, so it catches a spec edit whose output was not committed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const committedDir = join(repoRoot, 'packages', 'client', 'src', 'generated');
export const FIX_COMMAND = 'pnpm regenerate';

export interface Drift {
  file: string;
  reason: 'stale' | 'missing' | 'unexpected';
}

/** Compares two folders of generated files; both sides are listed flat (generation writes no subfolders). */
export function compareGenerated(expectedDir: string, actualDir: string): Drift[] {
  const list = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => !name.startsWith('.')).sort() : []);
  const expected = list(expectedDir);
  const actual = new Set(list(actualDir));
  const drift: Drift[] = [];
  for (const name of expected) {
    if (!actual.has(name)) drift.push({ file: name, reason: 'missing' });
    else if (readFileSync(join(expectedDir, name), 'utf8') !== readFileSync(join(actualDir, name), 'utf8'))
      drift.push({ file: name, reason: 'stale' });
    actual.delete(name);
  }
  for (const name of actual) drift.push({ file: name, reason: 'unexpected' });
  return drift;
}

export function formatDrift(drift: Drift[], dir = committedDir): string {
  const describe = { stale: 'differs from what the spec generates', missing: 'is not committed', unexpected: 'is no longer generated' };
  return [
    `Generated code is out of date with spec/ (${drift.length} file${drift.length === 1 ? '' : 's'}):`,
    ...drift.map(({ file, reason }) => `  - ${relative(repoRoot, join(dir, file))} ${describe[reason]}`),
    `Fix: run \`${FIX_COMMAND}\` and commit the result.`,
  ].join('\n');
}

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${[command, ...args].join(' ')} failed:\n${result.stdout}${result.stderr}`);
}

/** Regenerates from the current spec into a temporary folder and returns the drift against `dir`. */
export function checkGenerated(dir = committedDir): Drift[] {
  const work = mkdtempSync(join(tmpdir(), 'astro-api-generated-'));
  try {
    const require = createRequire(join(repoRoot, 'packages', 'openapi', 'package.json'));
    const cli = require.resolve('@redocly/cli/bin/cli.js');
    const specDir = join(work, 'spec');
    for (const version of ['v1', 'v1beta1']) {
      run(process.execPath, [cli, 'bundle', version, `--output=${join(specDir, `${version}.json`)}`, `--config=${join(repoRoot, 'redocly.yaml')}`], repoRoot);
    }
    const outDir = join(work, 'generated');
    const clientDir = join(repoRoot, 'packages', 'client');
    const tsx = createRequire(join(clientDir, 'package.json')).resolve('tsx/cli');
    run(process.execPath, [tsx, 'scripts/generate.ts', `--out=${outDir}`, `--spec-dir=${specDir}`], clientDir);
    return compareGenerated(outDir, dir);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const drift = checkGenerated();
  if (drift.length) {
    console.error(formatDrift(drift));
    process.exit(1);
  }
  console.log('Generated code is up to date with spec/.');
}
