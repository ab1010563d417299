/** The build: a new operation in the spec gets its docs without code; broken inputs fail it and leave dist/ alone. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSpec, type ApiVersion } from '@astro-api/openapi';
import { afterAll, describe, expect, it } from 'vitest';
import { changelogInputs, guidesDir, samplesDir } from '../src/paths.ts';
import { buildSite } from '../src/site.ts';

const work = mkdtempSync(join(tmpdir(), 'docs-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const inputs = { samplesDir, guidesDir, changelog: changelogInputs };

/** v1 with one more operation, as a spec change would bring. */
function withNewOperation(version: ApiVersion) {
  const document = structuredClone(loadSpec(version));
  if (version === 'v1') {
    document.paths['/organizations/{organizationId}/workspaces/{workspaceId}/gadgets'] = {
      parameters: [{ $ref: '#/components/parameters/OrganizationId' }, { $ref: '#/components/parameters/WorkspaceId' }],
      get: {
        operationId: 'ListWorkspaceGadgets',
        tags: ['Workspace'],
        summary: 'List the gadgets of a Workspace',
        'x-sdk': { group: 'workspaces', method: 'listGadgets' },
        'x-idempotent': true,
        responses: { '204': { description: 'No gadgets yet.' } },
      },
    };
  }
  return document;
}

describe('buildSite', () => {
  it('gives a new operation its reference section, generated samples and search entry, with no code for it', () => {
    const outDir = join(work, 'dist-new');
    const { samples } = buildSite({ ...inputs, outDir, load: withNewOperation });
    const sample = samples.find(({ version }) => version === 'v1')!.samples.find(({ operationId }) => operationId === 'ListWorkspaceGadgets');
    expect(sample?.origin).toBe('generated');
    expect(sample?.typescript).toContain("await astro.workspaces.listGadgets('");
    expect(sample?.curl).toContain('/workspaces/${WORKSPACE_ID}/gadgets');
    const page = readFileSync(join(outDir, 'v1/index.html'), 'utf8');
    expect(page).toContain('astro.workspaces.listGadgets(');
    expect(page).toContain('"href":"v1/index.html#/workspace/listworkspacegadgets"');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('List the gadgets of a Workspace');
  }, 60_000);

  it('fails naming the guide and line of a broken link, without touching the output folder', () => {
    const outDir = join(work, 'dist');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'index.html'), 'previous build');
    const guides = join(work, 'guides');
    cpSync(guidesDir, guides, { recursive: true });
    writeFileSync(join(guides, 'errors.md'), `${readFileSync(join(guidesDir, 'errors.md'), 'utf8')}\nSee [the gadgets](op:ListGadgets).\n`);
    expect(() => buildSite({ ...inputs, guidesDir: guides, outDir })).toThrow(/guides\/errors\.md: line \d+: link "op:ListGadgets": v1 has no operation ListGadgets/);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('previous build');
  });

  it('fails when the quick-start sample is missing', () => {
    const partial = join(work, 'samples');
    mkdirSync(partial, { recursive: true });
    const outDir = join(work, 'dist-2');
    expect(() => buildSite({ ...inputs, samplesDir: partial, outDir })).toThrow(/quickstart\.ts is missing: the landing page shows it as the quick start/);
    expect(existsSync(outDir)).toBe(false);
  });
});
