import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changelogSource } from '../src/changelog.ts';
import { changelogInputs } from '../src/paths.ts';

let work: string | undefined;
afterEach(() => work && rmSync(work, { recursive: true, force: true }));

function repository(changesets: Record<string, string>, changelogs: Record<string, string> = {}) {
  work = mkdtempSync(join(tmpdir(), 'docs-changelog-'));
  const changesetDir = join(work, '.changeset');
  const packagesDir = join(work, 'packages');
  mkdirSync(changesetDir, { recursive: true });
  for (const [name, text] of Object.entries(changesets)) writeFileSync(join(changesetDir, name), text);
  for (const [pkg, text] of Object.entries(changelogs)) {
    mkdirSync(join(packagesDir, pkg), { recursive: true });
    writeFileSync(join(packagesDir, pkg, 'CHANGELOG.md'), text);
  }
  return { changesetDir, packagesDir };
}

describe('changelogSource', () => {
  it('lists pending changesets per package, major before minor before patch, and ignores the README', () => {
    const { markdown } = changelogSource(
      repository({
        'README.md': '# Changesets\n',
        'a-fix.md': '---\n"@astro-api/client": patch\n---\n\nRetries keep the body.\n',
        'b-waiters.md': '---\n"@astro-api/client": minor\n"@astro-api/openapi": minor\n---\n\nWaiters for Deployments.\n\nWith a deadline.\n',
      }),
    );
    expect(markdown).toMatch(/^# Changelog\n\n.+\n\n## Unreleased\n/);
    expect(markdown).toContain('### @astro-api/client\n\n- **Minor:** Waiters for Deployments.\n\n  With a deadline.\n- **Patch:** Retries keep the body.');
    expect(markdown).toContain('### @astro-api/openapi\n\n- **Minor:** Waiters for Deployments.');
    expect(markdown).not.toContain('# Changesets');
    expect(markdown).toContain('No version has been released yet');
  });

  it("puts each package's released history under Released, one heading level deeper", () => {
    const { markdown } = changelogSource(repository({}, { client: '# @astro-api/client\n\n## 0.2.0\n\n### Minor Changes\n\n- abc1234: Waiters.\n' }));
    expect(markdown).toContain('No change is waiting for a release.');
    expect(markdown).toContain('## Released\n\n### @astro-api/client\n\n#### 0.2.0\n\n##### Minor Changes\n\n- abc1234: Waiters.');
  });

  it('names a changeset it cannot read', () => {
    expect(() => changelogSource(repository({ 'broken.md': 'no front matter' }))).toThrow('.changeset/broken.md is not a valid changeset');
  });

  it("reads this repository's changesets", () => {
    expect(changelogSource(changelogInputs).markdown).toContain('### @astro-api/client');
  });
});
