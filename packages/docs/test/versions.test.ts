import { loadSpec } from '@astro-api/openapi';
import { describe, expect, it } from 'vitest';
import { describeVersion, describeVersions } from '../src/versions.ts';

describe('describeVersions', () => {
  it('reads base URLs and document versions from the bundles and states each status', () => {
    expect(describeVersions(loadSpec).map(({ version, status, baseUrl, endOfSupport }) => ({ version, status, baseUrl, endOfSupport }))).toEqual([
      { version: 'v1', status: 'ga', baseUrl: 'https://api.astronomer.io/v1', endOfSupport: undefined },
      { version: 'v1beta1', status: 'deprecated', baseUrl: 'https://api.astronomer.io/platform/v1beta1', endOfSupport: 'January 2027' },
    ]);
  });

  it('fails when a deprecated version has operations not marked deprecated', () => {
    const document = structuredClone(loadSpec('v1beta1'));
    delete document.paths['/organizations']!.get.deprecated;
    expect(() => describeVersion('v1beta1', document)).toThrow('v1beta1 is deprecated in src/versions.ts but these operations are not marked deprecated in its spec: ListOrganizations');
  });

  it('fails when a GA version marks operations deprecated', () => {
    const document = structuredClone(loadSpec('v1'));
    document.paths['/organizations']!.get.deprecated = true;
    expect(() => describeVersion('v1', document)).toThrow('v1 is GA in src/versions.ts but its spec marks these operations deprecated: ListOrganizations');
  });

  it('fails on a version it has no status for, and on a bundle without servers', () => {
    expect(() => describeVersion('v2' as never, loadSpec('v1'))).toThrow('No status for API version "v2"');
    expect(() => describeVersion('v1', { ...loadSpec('v1'), servers: [] })).toThrow('The v1 bundle declares no server URL');
  });
});
