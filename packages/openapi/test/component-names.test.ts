/**
 * Bundled component names come from source file names (spec/README.md): every component of a bundle
 * is named after a file of its kind, and the bundler never had to rename one to resolve a clash.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { API_VERSIONS, loadSpec } from '../src/index.ts';

const specDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'spec');
const filesOf = (version: string, kind: string) =>
  [version, 'shared'].flatMap((folder) => {
    try {
      return readdirSync(join(specDir, folder, 'components', kind)).filter((name) => name.endsWith('.yaml')).map((name) => name.slice(0, -5));
    } catch {
      return [];
    }
  });

describe.each(API_VERSIONS)('%s component names', (version) => {
  const { components } = loadSpec(version);

  it.each(Object.keys(components))('every %s component is named after a source file of its kind', (kind) => {
    const files = new Set(filesOf(version, kind));
    const strays = Object.keys(components[kind]!).filter((name) => !files.has(name));
    expect(strays, `components of ${kind} with no file of that name (renamed by the bundler?)`).toEqual([]);
  });

  it('no two source files of one kind share a name between the version folder and shared/', () => {
    for (const kind of ['schemas', 'parameters', 'responses', 'headers', 'examples']) {
      const names = filesOf(version, kind);
      expect(names.filter((name, index) => names.indexOf(name) !== index), kind).toEqual([]);
    }
  });

  it('keeps the names the client exports as types', () => {
    const expected = version === 'v1' ? ['Deployment', 'Cluster', 'ApiToken', 'Workspace', 'Organization', 'CreateDeploymentRequest'] : ['Organization', 'OrganizationsPaginated'];
    expect(Object.keys(components.schemas)).toEqual(expect.arrayContaining(expected));
  });
});

describe('no component file is left unused', () => {
  const bundled = (version: (typeof API_VERSIONS)[number], kind: string) => Object.keys(loadSpec(version).components[kind] ?? {});
  const kinds = (folder: string) => readdirSync(join(specDir, folder, 'components'));

  it.each(API_VERSIONS)('every file under spec/%s/components is bundled', (version) => {
    for (const kind of kinds(version)) {
      const names = new Set(bundled(version, kind));
      const orphans = readdirSync(join(specDir, version, 'components', kind)).map((name) => name.slice(0, -5)).filter((name) => !names.has(name));
      expect(orphans, `${version} ${kind} files that nothing references`).toEqual([]);
    }
  });

  it('every file under spec/shared/components is bundled by at least one version', () => {
    for (const kind of kinds('shared')) {
      const names = new Set(API_VERSIONS.flatMap((version) => bundled(version, kind)));
      const orphans = readdirSync(join(specDir, 'shared', 'components', kind)).map((name) => name.slice(0, -5)).filter((name) => !names.has(name));
      expect(orphans, `shared ${kind} files that nothing references`).toEqual([]);
    }
  });
});
