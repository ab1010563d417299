/**
 * Installing the workspace links each package's commands before anything is built. A command that
 * points at a build output (dist/) is missing at that moment and pnpm warns "Failed to create bin".
 * So every command of every package must point at a file committed to the repository, executable,
 * and the simulator's says clearly when the build it runs is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const tracked = new Set(execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' }).split('\n'));

describe('package commands', () => {
  it('point at committed, executable files in every workspace package', () => {
    const packages = ['packages', 'scripts'].flatMap((folder) =>
      folder === 'scripts' ? ['scripts'] : readdirSync(join(ROOT, folder)).map((name) => join(folder, name)),
    );
    const bins: string[] = [];
    for (const folder of packages) {
      const manifest = JSON.parse(readFileSync(join(ROOT, folder, 'package.json'), 'utf8')) as { bin?: string | Record<string, string> };
      const entries = typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {});
      for (const entry of entries) {
        const file = join(folder, entry).replace(/\\/g, '/');
        bins.push(file);
        expect(tracked.has(file), `${file} must be committed`).toBe(true);
        expect(statSync(join(ROOT, file)).mode & 0o111, `${file} must be executable`).not.toBe(0);
      }
    }
    expect(bins).toContain('packages/simulator/bin/astro-api-simulator.js');
  });

  it('explains, with exit code 1, when the simulator is not built yet', () => {
    const directory = mkdtempSync(join(tmpdir(), 'unbuilt-simulator-'));
    try {
      mkdirSync(join(directory, 'bin'));
      copyFileSync(fileURLToPath(new URL('../../bin/astro-api-simulator.js', import.meta.url)), join(directory, 'bin', 'astro-api-simulator.js'));
      const result = spawnSync(process.execPath, [join(directory, 'bin', 'astro-api-simulator.js'), '--help'], { encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe('astro-api-simulator: the package is not built yet; run `pnpm --filter @astro-api/simulator build` first\n');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
