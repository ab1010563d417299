import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_VERSIONS, loadSpec } from '@astro-api/openapi';
import { afterEach, describe, expect, it } from 'vitest';
import { listOperations } from '../src/operations.ts';
import { samplesDir } from '../src/paths.ts';
import { loadTypeScriptSamples, SampleError } from '../src/samples.ts';

const operations = listOperations(loadSpec('v1'));
const good = (version: string) => `import { createClient } from '@astro-api/client/${version}';\nconst astro = createClient({ token: process.env.ASTRO_API_TOKEN });\n`;

let work: string | undefined;
afterEach(() => work && rmSync(work, { recursive: true, force: true }));

function samplesWith(files: Record<string, string>): string {
  work = mkdtempSync(join(tmpdir(), 'docs-samples-'));
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(join(work, 'v1'), { recursive: true });
    writeFileSync(join(work, 'v1', name), source);
  }
  return work;
}

const problemsOf = (dir: string) => {
  try {
    loadTypeScriptSamples(dir, 'v1', operations);
  } catch (error) {
    if (error instanceof SampleError) return error.problems;
    throw error;
  }
  return [];
};

describe('loadTypeScriptSamples', () => {
  it.each(API_VERSIONS)('finds a valid sample for every %s operation in samples/', (version) => {
    const samples = loadTypeScriptSamples(samplesDir, version, listOperations(loadSpec(version)));
    expect([...samples.keys()].sort()).toEqual(listOperations(loadSpec(version)).map(({ operationId }) => operationId).sort());
  });

  it('names each operation without a sample and the file to write', () => {
    const dir = samplesWith({ 'ListOrganizations.ts': good('v1'), 'GetOrganization.ts': good('v1') });
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/^v1 UpdateOrganization \(POST \/organizations\/\{organizationId\}\) has no sample: write .*v1\/UpdateOrganization\.ts$/),
      expect.stringMatching(/^v1 GetOrganizationAuditLogs \(GET .*\) has no sample: write .*v1\/GetOrganizationAuditLogs\.ts$/),
    ]);
  });

  it('rejects a sample for an operation the spec does not have, another version\'s import and a hard-coded token', () => {
    const dir = samplesWith({
      'ListOrganizations.ts': good('v1beta1'),
      'GetOrganization.ts': "import { createClient } from '@astro-api/client/v1';\nconst astro = createClient({ token: 'secret' });\n",
      'UpdateOrganization.ts': good('v1'),
      'GetOrganizationAuditLogs.ts': good('v1'),
      'DeleteOrganization.ts': good('v1'),
    });
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/ListOrganizations\.ts must import createClient from '@astro-api\/client\/v1'$/);
    expect(problems[1]).toMatch(/GetOrganization\.ts must read the token from process\.env\.ASTRO_API_TOKEN$/);
    expect(problems[2]).toMatch(/DeleteOrganization\.ts matches no operationId of the v1 spec/);
  });

  it('says all of it in the error message', () => {
    const dir = samplesWith({});
    expect(() => loadTypeScriptSamples(dir, 'v1', operations)).toThrow(/^Code samples are incomplete:\n {2}- v1 ListOrganizations/);
  });
});
