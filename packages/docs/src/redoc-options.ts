/** Redoc 3 options of the reference pages. */
import { CODE_SAMPLE_LANGUAGES } from './code-samples.ts';

export function redocOptions(): Record<string, unknown> {
  return {
    // Only the x-codeSamples the build adds; Redoc's own generated languages stay off.
    codeSamples: { languages: CODE_SAMPLE_LANGUAGES.map(({ lang, label }) => ({ lang, label })) },
    // Plan names have 21 values: show every enum value instead of folding them.
    maxDisplayedEnumValues: 50,
    // The bundle sits next to the page (openapi.json / openapi.yaml in the same folder).
    downloadUrls: [
      { title: 'OpenAPI (YAML)', url: 'openapi.yaml' },
      { title: 'OpenAPI (JSON)', url: 'openapi.json' },
    ],
  };
}
