/** Adds `x-codeSamples` (TypeScript with @astro-api/client, then curl) to every operation of a copy of a bundle. */
import { readOperations, type OpenApiDocument } from '@astro-api/openapi';
import type { OperationSamples } from './samples.ts';

/** The languages Redoc offers in its sample panel; each x-codeSamples entry's label matches one. */
export const CODE_SAMPLE_LANGUAGES = [
  { lang: 'TypeScript', label: 'TypeScript' },
  { lang: 'bash', label: 'curl' },
] as const;

export function withCodeSamples(document: OpenApiDocument, samples: OperationSamples[]): OpenApiDocument {
  const copy = structuredClone(document);
  const byId = new Map(samples.map((sample) => [sample.operationId, sample]));
  const [ts, curl] = CODE_SAMPLE_LANGUAGES;
  for (const operation of readOperations(copy)) {
    const sample = byId.get(operation.operationId);
    if (!sample) throw new Error(`${operation.operationId} has no code samples`);
    operation.raw['x-codeSamples'] = [
      { ...ts, source: sample.typescript },
      { ...curl, source: sample.curl },
    ];
  }
  return copy;
}
