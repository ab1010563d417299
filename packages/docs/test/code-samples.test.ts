import { API_VERSIONS, loadSpec } from '@astro-api/openapi';
import { describe, expect, it } from 'vitest';
import { CODE_SAMPLE_LANGUAGES, withCodeSamples } from '../src/code-samples.ts';
import { listOperations } from '../src/operations.ts';
import { samplesDir } from '../src/paths.ts';
import { redocOptions } from '../src/redoc-options.ts';

describe.each(API_VERSIONS)('withCodeSamples(%s)', (version) => {
  const original = loadSpec(version);
  const before = JSON.stringify(original);
  const document = withCodeSamples(original, version, samplesDir);

  it('gives every operation a TypeScript sample for its version, then a curl sample', () => {
    for (const { operationId, operation, method } of listOperations(document)) {
      const samples = operation['x-codeSamples'];
      expect(samples.map((sample: { label: string }) => sample.label), operationId).toEqual(['TypeScript', 'curl']);
      expect(samples[0].source).toContain(`from '@astro-api/client/${version}'`);
      expect(samples[1].source).toMatch(new RegExp(`^curl --request ${method.toUpperCase()} `));
    }
  });

  it('leaves the loaded bundle untouched', () => {
    expect(JSON.stringify(original)).toBe(before);
    expect(JSON.stringify(original)).not.toContain('x-codeSamples');
  });

  it('uses exactly the languages Redoc is configured to show', () => {
    const configured = (redocOptions().codeSamples as { languages: { label: string }[] }).languages.map(({ label }) => label);
    expect(configured).toEqual(CODE_SAMPLE_LANGUAGES.map(({ label }) => label));
  });
});
