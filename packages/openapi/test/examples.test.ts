import { describe, expect, it } from 'vitest';
import { API_VERSIONS, createSpecValidator, loadOperations } from '../src/index.ts';
import { collectExamples } from './support/examples.ts';

describe.each(API_VERSIONS)('every example of %s validates against its schema (Ajv 2020)', (version) => {
  const validator = createSpecValidator(version);
  const cases = collectExamples(loadOperations(version));

  it('has examples for every operation, request body and response', () => {
    expect(cases.length).toBeGreaterThan(20);
  });

  it.each(cases.map((c) => [c.location, c] as const))('%s', (_location, example) => {
    if (example.mediaType === 'application/x-ndjson') {
      // Newline-delimited JSON: each non-empty line is one instance of the schema.
      expect(typeof example.value).toBe('string');
      const lines = (example.value as string).split('\n').filter((line) => line.trim());
      expect(lines.length).toBeGreaterThan(0);
      for (const [index, line] of lines.entries()) {
        expect(validator.validateSchema(example.schema, JSON.parse(line)), `line ${index + 1}`).toEqual([]);
      }
    } else {
      expect(validator.validateSchema(example.schema, example.value)).toEqual([]);
    }
  });
});
