/** Adds `x-codeSamples` (TypeScript with @astro-api/client, then curl) to every operation of a copy of a bundle. */
import type { ApiVersion, OpenApiDocument } from '@astro-api/openapi';
import { curlSample } from './curl.ts';
import { listOperations } from './operations.ts';
import { loadTypeScriptSamples } from './samples.ts';

/** The languages Redoc offers in its sample panel; each x-codeSamples entry's label matches one. */
export const CODE_SAMPLE_LANGUAGES = [
  { lang: 'TypeScript', label: 'TypeScript' },
  { lang: 'bash', label: 'curl' },
] as const;

export function withCodeSamples(document: OpenApiDocument, version: ApiVersion, samplesDir: string): OpenApiDocument {
  const copy = structuredClone(document);
  const operations = listOperations(copy);
  const typescript = loadTypeScriptSamples(samplesDir, version, operations);
  for (const spec of operations) {
    const [ts, curl] = CODE_SAMPLE_LANGUAGES;
    spec.operation['x-codeSamples'] = [
      { ...ts, source: typescript.get(spec.operationId) },
      { ...curl, source: curlSample(copy, spec) },
    ];
  }
  return copy;
}
