/**
 * Runs the Redocly CLI over the spec with the repository's redocly.yaml.
 *   tsx scripts/redocly.ts lint     lint the source of every version (fails on any problem)
 *   tsx scripts/redocly.ts bundle   write dist/<version>.{yaml,json}, then lint the bundles too
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const VERSIONS = ['v1', 'v1beta1'] as const;

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const config = join(packageDir, '..', '..', 'redocly.yaml');
const distDir = join(packageDir, 'dist');
const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

function redocly(args: string[]): void {
  const result = spawnSync(process.execPath, [cli, ...args, `--config=${config}`], {
    cwd: packageDir,
    stdio: 'inherit',
    // No telemetry or update checks: builds run offline and must not wait on the network.
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  if (result.status !== 0) {
    console.error(`\nredocly ${args[0]} failed (exit ${result.status}). Fix the problems above in spec/ and run it again.`);
    process.exit(result.status ?? 1);
  }
}

const command = process.argv[2];
if (command === 'lint') {
  redocly(['lint', '--max-problems=1000']);
} else if (command === 'bundle') {
  mkdirSync(distDir, { recursive: true });
  for (const version of VERSIONS) {
    for (const ext of ['yaml', 'json']) {
      const output = join(distDir, `${version}.${ext}`);
      rmSync(output, { force: true });
      redocly(['bundle', version, `--output=${output}`]);
    }
  }
  redocly(['lint', '--max-problems=1000', ...VERSIONS.map((version) => join(distDir, `${version}.yaml`))]);
} else {
  console.error('usage: tsx scripts/redocly.ts <lint|bundle>');
  process.exit(2);
}
