import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkGenerated, compareGenerated, formatDrift } from '../src/check-generated.ts';

const dirs: string[] = [];
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'drift-test-'));
  dirs.push(dir);
  mkdirSync(dir, { recursive: true });
  for (const [name, contents] of Object.entries(files)) writeFileSync(join(dir, name), contents);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('drift check of generated code', () => {
  it('finds nothing when the committed files equal a fresh generation', () => {
    expect(compareGenerated(folder({ 'v1.ts': 'a' }), folder({ 'v1.ts': 'a' }))).toEqual([]);
  });

  it('names every stale, missing and leftover file', () => {
    const drift = compareGenerated(folder({ 'v1.ts': 'new', 'v1beta1.ts': 'b' }), folder({ 'v1.ts': 'old', 'v2.ts': 'x' }));
    expect(drift).toEqual([
      { file: 'v1.ts', reason: 'stale' },
      { file: 'v1beta1.ts', reason: 'missing' },
      { file: 'v2.ts', reason: 'unexpected' },
    ]);
  });

  it('prints each file and the command that fixes it', () => {
    const message = formatDrift([{ file: 'v1.ts', reason: 'stale' }]);
    expect(message).toContain('packages/client/src/generated/v1.ts differs from what the spec generates');
    expect(message).toContain('Fix: run `pnpm regenerate`');
  });

  it('regenerates from spec/ and reports a hand edit of a committed file', { timeout: 60_000 }, () => {
    expect(checkGenerated()).toEqual([]);
    const edited = folder({});
    // A copy of the committed output with one file edited by hand must be reported as stale.
    const committed = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'packages', 'client', 'src', 'generated');
    for (const name of readdirSync(committed)) writeFileSync(join(edited, name), readFileSync(join(committed, name)));
    writeFileSync(join(edited, 'v1.ts'), `${readFileSync(join(committed, 'v1.ts'), 'utf8')}\n// edited\n`);
    expect(checkGenerated(edited)).toEqual([{ file: 'v1.ts', reason: 'stale' }]);
  });
});
