/** The promises the README makes about setting up and testing, checked against the repository. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** The first fenced shell block of the README: the two commands that set everything up. */
function readmeCommands(): string[] {
  const block = /```sh\n([\s\S]*?)```/.exec(read('README.md'));
  if (!block) throw new Error('README.md has no ```sh block');
  return block[1]!.trim().split('\n');
}

describe('README and CI agree', () => {
  const pkg = JSON.parse(read('package.json'));
  const pnpm = `pnpm@${pkg.packageManager.replace(/^pnpm@/, '')}`;

  it('starts with two commands using the pinned pnpm: build and demo, then test', () => {
    const [setup, test] = readmeCommands();
    expect(readmeCommands()).toHaveLength(2);
    expect(setup).toBe(`npx -y ${pnpm} install && npx -y ${pnpm} demo`);
    expect(test).toBe(`npx -y ${pnpm} test`);
    expect(pkg.scripts.demo).toBeTruthy();
    expect(pkg.scripts.test).toBeTruthy();
  });

  it('.ci/run ends with exactly the README test command', () => {
    const lines = read('.ci/run').trim().split('\n');
    expect(lines.at(-1)).toBe(readmeCommands()[1]);
    expect(read('.ci/run')).toContain('install --frozen-lockfile');
  });

  it('pins pnpm 10 and an honest Node engine', () => {
    expect(pnpm).toMatch(/^pnpm@10\.\d+\.\d+$/);
    expect(pkg.engines.node).toBe('>=20.19');
  });
});
