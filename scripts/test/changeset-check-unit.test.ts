/** The changeset gate's pure parts: reading changesets, comparing bumps, and the failure message. */
import { describe, expect, it } from 'vitest';
import { parseChangeset, pendingBump, type PendingChangeset } from '../src/changeset-check-pending.ts';
import { CLIENT, formatFailure, OPENAPI, requirements, unmet, type GateInput } from '../src/changeset-check.ts';
import { bumpCovers, maxBump, requiredBump } from '../src/spec-diff/bump.ts';
import type { VersionDiff } from '../src/spec-diff/compare.ts';
import type { Change } from '../src/spec-diff/types.ts';

describe('changeset files', () => {
  it('reads the packages and bumps of the front matter', () => {
    const text = '---\n"@astro-api/client": minor\n\'@astro-api/openapi\': patch\n---\n\nAdds things.\n';
    expect(parseChangeset('.changeset/a.md', text)).toEqual({
      file: '.changeset/a.md',
      releases: { [CLIENT]: 'minor', [OPENAPI]: 'patch' },
    });
    expect(parseChangeset('.changeset/empty.md', '---\n---\n').releases).toEqual({});
    expect(parseChangeset('.changeset/crlf.md', '---\r\n"@astro-api/client": major\r\n---\r\nText').releases).toEqual({ [CLIENT]: 'major' });
  });

  it('rejects files that are not changesets, naming the file', () => {
    expect(() => parseChangeset('.changeset/notes.md', '# Notes\n')).toThrow('.changeset/notes.md is not a changeset');
    expect(() => parseChangeset('.changeset/b.md', '---\n"@astro-api/client": huge\n---\n')).toThrow(
      '.changeset/b.md: "@astro-api/client" has bump "huge"; expected major, minor or patch',
    );
    expect(() => parseChangeset('.changeset/c.md', '---\n- a\n---\n')).toThrow('must map package names to bumps');
  });

  it('takes the highest pending bump of a package across changesets', () => {
    const pending: PendingChangeset[] = [
      { file: 'a.md', releases: { [CLIENT]: 'patch' } },
      { file: 'b.md', releases: { [CLIENT]: 'minor', [OPENAPI]: 'patch' } },
    ];
    expect(pendingBump(pending, CLIENT)).toEqual({ bump: 'minor', files: ['a.md', 'b.md'] });
    expect(pendingBump(pending, '@astro-api/simulator')).toEqual({ bump: 'none', files: [] });
  });
});

describe('bumps', () => {
  const changes = (...levels: Change['level'][]): Change[] => levels.map((level) => ({ level, location: 'x', rule: 'r', message: 'm' }));

  it('maps levels to bumps, breaking to minor below 1.0.0', () => {
    expect(requiredBump(changes('breaking', 'feature'), '1.0.0')).toBe('major');
    expect(requiredBump(changes('breaking'), '0.9.3')).toBe('minor');
    expect(requiredBump(changes('feature', 'patch'), '0.1.0')).toBe('minor');
    expect(requiredBump(changes('patch'), '2.0.0')).toBe('patch');
    expect(requiredBump([], '2.0.0')).toBe('none');
    expect(() => requiredBump(changes('breaking'), 'next')).toThrow('"next" is not a semver version');
  });

  it('orders bumps', () => {
    expect(maxBump('patch', 'major', 'minor')).toBe('major');
    expect(bumpCovers('major', 'minor')).toBe(true);
    expect(bumpCovers('patch', 'minor')).toBe(false);
    expect(bumpCovers('none', 'none')).toBe(true);
  });
});

describe('requirements', () => {
  const specChange = (level: Change['level']): VersionDiff[] => [
    { version: 'v1', before: '1.0', after: '1.0', changes: [{ level, location: 'GET /x', rule: 'r', message: 'm' }] },
  ];
  const input = (overrides: Partial<GateInput>): GateInput => ({
    versions: { [CLIENT]: '0.2.0', [OPENAPI]: '0.2.0' },
    release: { kind: 'released', version: '0.2.0', commit: 'abc', recorded: {} },
    spec: null,
    clientSources: [],
    pending: [],
    ...overrides,
  });

  it('requires nothing when nothing changed', () => {
    expect(requirements(input({}))).toEqual([]);
  });

  it('requires both packages to cover a spec change, with the 0.x rule', () => {
    const list = requirements(input({ spec: specChange('breaking'), pending: [{ file: '.changeset/x.md', releases: { [CLIENT]: 'minor' } }] }));
    expect(list.map(({ name, bump, pending }) => [name, bump, pending])).toEqual([
      [CLIENT, 'minor', 'minor'],
      [OPENAPI, 'minor', 'none'],
    ]);
    expect(list[0]!.reasons).toEqual(['v1: 1 breaking', 'breaking changes bump the minor while the version (0.2.0) is below 1.0.0']);
    expect(unmet(list).map((requirement) => requirement.name)).toEqual([OPENAPI]);
  });

  it('requires a major from 1.0.0 on', () => {
    const list = requirements(input({ versions: { [CLIENT]: '1.4.0', [OPENAPI]: '1.4.0' }, spec: specChange('breaking') }));
    expect(list.map((requirement) => requirement.bump)).toEqual(['major', 'major']);
  });

  it('requires a client patch for client source changes only', () => {
    const list = requirements(input({ clientSources: ['packages/client/src/index.ts'] }));
    expect(list.map(({ name, bump, reasons }) => [name, bump, reasons])).toEqual([
      [CLIENT, 'patch', ['client sources changed: packages/client/src/index.ts']],
    ]);
  });

  it('requires the initial release to be announced', () => {
    const list = requirements(input({ release: { kind: 'initial', reason: 'the repository has no commits yet' } }));
    expect(list.map(({ name, bump }) => [name, bump])).toEqual([
      [CLIENT, 'minor'],
      [OPENAPI, 'minor'],
    ]);
    expect(list[0]!.reasons).toEqual(['initial release: the repository has no commits yet']);
  });

  it('names the changeset to add in the failure message', () => {
    const list = requirements(input({ spec: specChange('feature'), clientSources: ['packages/client/src/a.ts'] }));
    const message = formatFailure(unmet(list));
    expect(message).toContain('@astro-api/client needs at least a minor changeset; none pending');
    expect(message).toContain('    because v1: 1 feature');
    expect(message).toContain('    because client sources changed: packages/client/src/a.ts');
    expect(message).toContain('Fix: run `pnpm changeset`, select @astro-api/client and @astro-api/openapi with a minor bump');
  });

  it('tells different bumps apart in the fix', () => {
    const list = requirements(input({ spec: specChange('patch'), clientSources: [], pending: [{ file: '.changeset/y.md', releases: { [OPENAPI]: 'patch' } }] }));
    const withSource = requirements(input({ clientSources: ['packages/client/src/a.ts'], spec: null }));
    expect(formatFailure(unmet(list))).toContain('select @astro-api/client with a patch bump');
    expect(formatFailure(unmet([...withSource, ...requirements(input({ spec: specChange('feature') })).filter((r) => r.name === OPENAPI)]))).toContain(
      'select @astro-api/client with a patch bump, and @astro-api/openapi with a minor bump',
    );
  });
});
