/** The spec:diff command on temporary git repositories: base selection, bundling, text and JSON output. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/spec-diff/cli.ts';
import type { JsonReport } from '../src/spec-diff/report.ts';
import { createRepo, type TempRepo } from './git-repo.ts';

// Each check bundles the spec with the Redocly CLI a few times: seconds, more on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const THING = 'spec/v1/schemas/Thing.yaml';
let repo: TempRepo;
let output: string[];
let errors: string[];

beforeEach(() => {
  repo = createRepo();
  output = [];
  errors = [];
  vi.spyOn(console, 'log').mockImplementation((text: string) => void output.push(text));
  vi.spyOn(console, 'error').mockImplementation((text: string) => void errors.push(text));
});
afterEach(() => {
  vi.restoreAllMocks();
  repo.remove();
});

const run = (...args: string[]) => main(args, repo.root);

describe('spec:diff', () => {
  it('bundles the multi-file spec at a ref and in the working tree, and reports JSON', () => {
    repo.commit('spec');
    repo.edit(THING, '    enum: [RED, BLUE]', '    enum: [RED, BLUE, GREEN]');
    expect(run('HEAD', '--json')).toBe(0);
    const report = JSON.parse(output.join('\n')) as JsonReport;
    expect(report.base).toEqual({ label: 'HEAD', commit: repo.git('rev-parse', 'HEAD').trim() });
    expect(report.level).toBe('breaking');
    expect(report.bump).toBe('major');
    expect(report.package).toEqual({ name: '@astro-api/client', version: '0.1.0', bump: 'minor' });
    expect(report.versions).toHaveLength(1);
    expect(report.versions[0]).toMatchObject({ version: 'v1', before: '1.0.0', after: '1.0.0', counts: { breaking: 1, feature: 0, patch: 0 } });
    expect(report.versions[0]!.changes).toEqual([
      expect.objectContaining({ location: 'GET /things response 200 application/json body.color', rule: 'enum-value-added', level: 'breaking' }),
    ]);
  });

  it('compares with the previous commit on main by default, in a readable report', () => {
    repo.commit('spec');
    repo.edit('spec/v1/openapi.yaml', 'maximum: 100', 'maximum: 10');
    repo.commit('narrow the limit');
    expect(run()).toBe(0);
    const text = output.join('\n');
    expect(text).toContain('Spec diff: HEAD~1 (');
    expect(text).toContain('v1 (1.0.0): 1 breaking → major');
    expect(text).toContain('  breaking  GET /things query.limit: maximum lowered from 100 to 10');
    expect(text).toContain('Required bump: major (minor for @astro-api/client 0.1.0: below 1.0.0 a breaking change bumps the minor)');
  });

  it('compares with the merge base of main on a branch', () => {
    repo.commit('spec');
    repo.git('checkout', '--quiet', '-b', 'feature');
    repo.edit(THING, '  color:', '  size:\n    type: integer\n  color:');
    repo.commit('add size');
    repo.edit(THING, '  size:', '  weight:');
    repo.commit('rename size');
    expect(run()).toBe(0);
    const text = output.join('\n');
    expect(text).toContain('merge base of HEAD and main');
    expect(text).toContain('feature   GET /things response 200 application/json body.weight: optional property added');
    expect(text).not.toContain('size');
    expect(text).toContain('Required bump: minor');
  });

  it('treats a version missing at the base as added, and an empty history as an empty base', () => {
    expect(run()).toBe(0);
    expect(output.join('\n')).toContain('Spec diff: no commits yet: empty spec → working tree');
    repo.commit('spec');
    output.length = 0;
    repo.write('spec/v2/openapi.yaml', repo.read('spec/v1/openapi.yaml').replace('./schemas/Thing.yaml', '../v1/schemas/Thing.yaml'));
    expect(run('HEAD', '--json')).toBe(0);
    const report = JSON.parse(output.join('\n')) as JsonReport;
    expect(report.versions.map((version) => [version.version, version.level, version.before])).toEqual([
      ['v1', null, '1.0.0'],
      ['v2', 'feature', null],
    ]);
  });

  it('rejects a ref that names no commit and unknown options', () => {
    repo.commit('spec');
    expect(run('no-such-branch')).toBe(2);
    expect(errors.join('\n')).toContain('"no-such-branch" does not name a commit');
    expect(run('--colour')).toBe(2);
    expect(errors.join('\n')).toContain('usage: pnpm spec:diff [base-ref] [--json]');
  });

  it('reports a spec that does not bundle', () => {
    repo.commit('spec');
    repo.edit('spec/v1/openapi.yaml', './schemas/Thing.yaml', './schemas/Missing.yaml');
    expect(run('HEAD')).toBe(1);
    expect(errors.join('\n')).toMatch(/Unresolvable|redocly bundle of v1/);
  });
});
