import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { API_VERSIONS, loadOperations, loadSpec, readOperations } from '@astro-api/openapi';
import { afterEach, describe, expect, it } from 'vitest';
import { curlSample } from '../src/curl.ts';
import { samplesDir } from '../src/paths.ts';
import { operationSamples, SampleError } from '../src/samples.ts';
import { typeScriptSample } from '../src/typescript-sample.ts';

const v1 = loadSpec('v1');
const operations = loadOperations('v1');
const good = (version: string) => `import { createClient } from '@astro-api/client/${version}';\nconst astro = createClient({ token: process.env.ASTRO_API_TOKEN });\n`;

let work: string | undefined;
afterEach(() => work && rmSync(work, { recursive: true, force: true }));

function samplesWith(files: Record<string, string>): string {
  work = mkdtempSync(join(tmpdir(), 'docs-samples-'));
  mkdirSync(join(work, 'v1'), { recursive: true });
  for (const [name, source] of Object.entries(files)) writeFileSync(join(work, 'v1', name), source);
  return work;
}

const problemsOf = (dir: string) => {
  try {
    operationSamples(dir, 'v1', v1, operations);
  } catch (error) {
    if (error instanceof SampleError) return error.problems;
    throw error;
  }
  return [];
};

describe('operationSamples', () => {
  it.each(API_VERSIONS)('gives every %s operation a TypeScript and a curl sample, in the order of the spec', (version) => {
    const samples = operationSamples(samplesDir, version, loadSpec(version), loadOperations(version));
    expect(samples.map(({ operationId }) => operationId)).toEqual(loadOperations(version).map(({ operationId }) => operationId));
    for (const sample of samples) {
      expect(sample.typescript, sample.operationId).toContain(`from '@astro-api/client/${version}'`);
      expect(sample.curl, sample.operationId).toMatch(/^curl --request /);
    }
  });

  it('generates the TypeScript sample unless samples/ holds one for the operation', () => {
    const dir = samplesWith({ 'GetDeployment.ts': good('v1') });
    const samples = operationSamples(dir, 'v1', v1, operations);
    const own = samples.find(({ operationId }) => operationId === 'GetDeployment');
    expect(own).toMatchObject({ origin: 'hand-written', typescript: good('v1').trimEnd() });
    expect(own?.file).toMatch(/v1\/GetDeployment\.ts$/);
    const generated = samples.find(({ operationId }) => operationId === 'ListDeployments')!;
    const operation = operations.find(({ operationId }) => operationId === 'ListDeployments')!;
    expect(generated).toEqual({ operationId: 'ListDeployments', origin: 'generated', typescript: typeScriptSample({ version: 'v1', document: v1, operations, operation }), curl: curlSample(v1, operation) });
    expect(samples.filter(({ origin }) => origin === 'hand-written')).toHaveLength(1);
  });

  it("rejects a sample for an operation the spec does not have, another version's import and a hard-coded token, all at once", () => {
    const dir = samplesWith({
      'ListOrganizations.ts': good('v1beta1'),
      'GetOrganization.ts': "import { createClient } from '@astro-api/client/v1';\nconst astro = createClient({ token: 'secret' });\n",
      'DeleteOrganization.ts': good('v1'),
    });
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/DeleteOrganization\.ts matches no operationId of the v1 spec/),
        expect.stringMatching(/GetOrganization\.ts must read the token from process\.env\.ASTRO_API_TOKEN$/),
        expect.stringMatching(/ListOrganizations\.ts must import createClient from '@astro-api\/client\/v1'$/),
      ]),
    );
    expect(() => operationSamples(dir, 'v1', v1, operations)).toThrow(/^Code samples are incomplete:\n {2}- /);
  });

  it('names the operation whose required body has no example to show', () => {
    const document = structuredClone(v1);
    delete document.paths['/organizations/{organizationId}/workspaces']!.post.requestBody.content['application/json'].examples;
    expect(() => operationSamples(samplesWith({}), 'v1', document, readOperations(document))).toThrow(
      'v1 CreateWorkspace: the required application/json request body has no example for the samples',
    );
  });
});
