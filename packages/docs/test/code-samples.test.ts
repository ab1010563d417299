import { API_VERSIONS, loadOperations, loadSpec, readOperations } from '@astro-api/openapi';
import { describe, expect, it } from 'vitest';
import { CODE_SAMPLE_LANGUAGES, withCodeSamples } from '../src/code-samples.ts';
import { samplesDir } from '../src/paths.ts';
import { redocOptions } from '../src/redoc-options.ts';
import { operationSamples } from '../src/samples.ts';

describe.each(API_VERSIONS)('withCodeSamples(%s)', (version) => {
  const original = loadSpec(version);
  const before = JSON.stringify(original);
  const samples = operationSamples(samplesDir, version, original, loadOperations(version));
  const document = withCodeSamples(original, samples);

  it('gives every operation its TypeScript sample, then its curl sample', () => {
    for (const operation of readOperations(document)) {
      const sample = samples.find(({ operationId }) => operationId === operation.operationId)!;
      expect(operation.raw['x-codeSamples'], operation.operationId).toEqual([
        { lang: 'TypeScript', label: 'TypeScript', source: sample.typescript },
        { lang: 'bash', label: 'curl', source: sample.curl },
      ]);
    }
  });

  it('leaves the loaded bundle untouched', () => {
    expect(JSON.stringify(original)).toBe(before);
    expect(JSON.stringify(original)).not.toContain('x-codeSamples');
  });

  it('refuses an operation without samples', () => {
    expect(() => withCodeSamples(original, samples.slice(1))).toThrow(`${samples[0]!.operationId} has no code samples`);
  });

  it('uses exactly the languages Redoc is configured to show', () => {
    const configured = (redocOptions().codeSamples as { languages: { label: string }[] }).languages.map(({ label }) => label);
    expect(configured).toEqual(CODE_SAMPLE_LANGUAGES.map(({ label }) => label));
  });
});
