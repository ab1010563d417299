/** The changeset gate and record-spec on temporary git repositories, from the initial release on. */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkChangesets } from '../src/changeset-check.ts';
import { recordSpec } from '../src/record-spec.ts';
import { createRepo, type TempRepo } from './git-repo.ts';

// Each check bundles the spec with the Redocly CLI a few times: seconds, more on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const THING = 'spec/v1/schemas/Thing.yaml';
const INITIAL = '---\n"@astro-api/client": minor\n"@astro-api/openapi": minor\n---\n\nInitial release.\n';
let repo: TempRepo;

beforeEach(() => {
  repo = createRepo();
});
afterEach(() => repo.remove());

const setVersion = (version: string) => {
  for (const name of ['client', 'openapi']) {
    const file = `packages/${name}/package.json`;
    repo.write(file, `${JSON.stringify({ ...JSON.parse(repo.read(file)), version }, null, 2)}\n`);
  }
};

/** What `pnpm version-packages` does: consume the changesets, bump the versions, record the spec. */
async function release(version: string): Promise<void> {
  const dir = join(repo.root, '.changeset');
  for (const name of readdirSync(dir)) if (name !== 'README.md') rmSync(join(dir, name));
  setVersion(version);
  await recordSpec(repo.root);
  repo.commit(`release ${version}`);
}

describe('initial release', () => {
  it('passes with a pending initial changeset, before and after the first commit', () => {
    repo.write('.changeset/initial-release.md', INITIAL);
    expect(checkChangesets(repo.root).ok).toBe(true);
    repo.commit('initial');
    const result = checkChangesets(repo.root);
    expect(result).toEqual({ ok: true, message: expect.stringContaining('@astro-api/client needs minor, pending minor (.changeset/initial-release.md)') });
  });

  it('fails without one, saying which changeset to add', () => {
    repo.commit('initial');
    const result = checkChangesets(repo.root);
    expect(result.ok).toBe(false);
    expect(result.message).toContain('because initial release: packages/client/package.json records no released spec yet');
    expect(result.message).toContain('select @astro-api/client and @astro-api/openapi with a minor bump');
  });
});

describe('after a release', () => {
  beforeEach(async () => {
    repo.write('.changeset/initial-release.md', INITIAL);
    repo.commit('initial');
    await release('0.2.0');
  });

  it('records the spec the client was versioned with', () => {
    const manifest = JSON.parse(repo.read('packages/client/package.json'));
    expect(manifest.version).toBe('0.2.0');
    expect(manifest.astroApiSpec).toEqual({ v1: { version: '1.0.0', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
  });

  it('passes while nothing changed', () => {
    expect(checkChangesets(repo.root)).toEqual({ ok: true, message: 'Changeset check passed: neither the spec nor the client changed since the last release.' });
  });

  it('asks for a minor changeset of both packages for a new feature, and accepts one', () => {
    repo.edit(THING, '  color:', '  label:\n    type: string\n  color:');
    const failed = checkChangesets(repo.root);
    expect(failed.ok).toBe(false);
    expect(failed.message).toContain('@astro-api/client needs at least a minor changeset; none pending');
    expect(failed.message).toContain('because v1: 1 feature');
    repo.write('.changeset/label.md', '---\n"@astro-api/client": patch\n"@astro-api/openapi": patch\n---\n\nAdds label.\n');
    expect(checkChangesets(repo.root).message).toContain('@astro-api/openapi needs at least a minor changeset; pending: patch (.changeset/label.md)');
    repo.write('.changeset/label.md', '---\n"@astro-api/client": minor\n"@astro-api/openapi": minor\n---\n\nAdds label.\n');
    expect(checkChangesets(repo.root).ok).toBe(true);
  });

  it('counts committed changes since the release, not only uncommitted ones', () => {
    repo.edit('spec/v1/openapi.yaml', 'maximum: 100', 'maximum: 10');
    repo.commit('narrow');
    const failed = checkChangesets(repo.root);
    expect(failed.message).toContain('because v1: 1 breaking');
    expect(failed.message).toContain('breaking changes bump the minor while the version (0.2.0) is below 1.0.0');
    expect(failed.message).toContain('with a minor bump');
  });

  it('asks for a major from 1.0.0 on', async () => {
    await release('1.0.0');
    repo.edit('spec/v1/openapi.yaml', 'maximum: 100', 'maximum: 10');
    repo.write('.changeset/limit.md', '---\n"@astro-api/client": minor\n"@astro-api/openapi": minor\n---\n\nSmaller pages.\n');
    expect(checkChangesets(repo.root).message).toContain('@astro-api/client needs at least a major changeset; pending: minor');
  });

  it('asks for a client patch when only client sources changed', () => {
    repo.write('packages/client/src/retry.ts', 'export const retries = 3;\n');
    const failed = checkChangesets(repo.root);
    expect(failed.message).toContain('@astro-api/client needs at least a patch changeset');
    expect(failed.message).toContain('because client sources changed: packages/client/src/retry.ts');
    expect(failed.message).not.toContain('@astro-api/openapi needs');
  });

  it('counts generated files only when the spec did not change', () => {
    repo.write('packages/client/src/generated/v1.ts', 'export type Thing = { id: string };\n');
    expect(checkChangesets(repo.root).message).toContain('because client sources changed: packages/client/src/generated/v1.ts');
    repo.edit(THING, '  color:', '  label:\n    type: string\n  color:');
    const message = checkChangesets(repo.root).message;
    expect(message).toContain('because v1: 1 feature');
    expect(message).not.toContain('client sources changed');
  });

  it('passes on the working tree of a release being prepared', () => {
    repo.edit(THING, '  color:', '  label:\n    type: string\n  color:');
    setVersion('0.3.0');
    expect(checkChangesets(repo.root)).toEqual({ ok: true, message: 'Changeset check passed: the working tree is the release of @astro-api/client 0.3.0.' });
  });
});

describe('record-spec', () => {
  it('refuses to record a spec the generated client was not built from', async () => {
    repo.write(
      'packages/client/src/generated/spec-versions.ts',
      `export const SPEC_VERSIONS = { v1: { version: '1.0.0', sha256: '${'0'.repeat(64)}' } } as const;\n`,
    );
    await expect(recordSpec(repo.root)).rejects.toThrow('Run `pnpm regenerate`');
    expect(JSON.parse(repo.read('packages/client/package.json')).astroApiSpec).toBeUndefined();
  });
});
