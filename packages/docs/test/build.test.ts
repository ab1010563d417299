/** The build refuses to produce a site with an operation lacking a sample, and then leaves dist/ alone. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSpec, type ApiVersion } from '@astro-api/openapi';
import { afterAll, describe, expect, it } from 'vitest';
import { samplesDir } from '../src/paths.ts';
import { buildSite } from '../src/site.ts';

const work = mkdtempSync(join(tmpdir(), 'docs-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** v1 with one more operation, as a spec change would bring. */
function withNewOperation(version: ApiVersion) {
  const document = structuredClone(loadSpec(version));
  if (version === 'v1') {
    document.paths['/organizations/{organizationId}/workspaces'] = {
      get: { operationId: 'ListWorkspaces', tags: ['Organization'], summary: 'List Workspaces', responses: { '200': { description: 'ok' } } },
    };
  }
  return document;
}

describe('buildSite', () => {
  it('fails naming the sample file a new operation needs, without touching the output folder', () => {
    const outDir = join(work, 'dist');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'index.html'), 'previous build');
    expect(() => buildSite({ outDir, samplesDir, load: withNewOperation })).toThrow(
      /v1 ListWorkspaces \(GET \/organizations\/\{organizationId\}\/workspaces\) has no sample: write samples\/v1\/ListWorkspaces\.ts/,
    );
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('previous build');
  });

  it('fails when the quick-start sample is missing', () => {
    const partial = join(work, 'samples');
    for (const version of ['v1', 'v1beta1']) {
      mkdirSync(join(partial, version), { recursive: true });
      for (const name of ['ListOrganizations', 'GetOrganization', 'UpdateOrganization', 'GetOrganizationAuditLogs']) {
        writeFileSync(join(partial, version, `${name}.ts`), readFileSync(join(samplesDir, version, `${name}.ts`)));
      }
    }
    const outDir = join(work, 'dist-2');
    expect(() => buildSite({ outDir, samplesDir: partial })).toThrow(/quickstart\.ts is missing: the landing page shows it as the quick start/);
    expect(existsSync(outDir)).toBe(false);
  });
});
