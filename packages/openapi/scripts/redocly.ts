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

/**
 * Redocly prints a boxed notice about Node.js 20's end of life on every run. The project supports and
 * tests Node.js 20.19+ (README), so the notice is kept out of the build output; everything else passes.
 */
export const withoutNodeNotice = (text: string): string => text.replace(/[^\S\n]*╔═+╗\n(?:[^\n]*║[^\n]*\n)+?[^\S\n]*╚═+╝\n\n?/g, '');

function redocly(args: string[]): void {
  const result = spawnSync(process.execPath, [cli, ...args, `--config=${config}`], {
    cwd: packageDir,
    stdio: ['inherit', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // No telemetry or update checks: builds run offline and must not wait on the network.
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  process.stdout.write(withoutNodeNotice(result.stdout ?? ''));
  process.stderr.write(withoutNodeNotice(result.stderr ?? ''));
  if (result.status !== 0) {
    console.error(`\nredocly ${args[0]} failed (exit ${result.status}). Fix the problems above in spec/ and run it again.`);
    process.exit(result.status ?? 1);
  }
}

const command = import.meta.url === `file://${process.argv[1]}` ? process.argv[2] : undefined;
if (command === undefined) {
  // imported (by a test), not run
} else if (command === 'lint') {
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
