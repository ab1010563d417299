/** The built site in dist/: every page, the bundles beside the references, samples embedded, nothing remote. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_VERSIONS, loadSpec, specPath } from '@astro-api/openapi';
import { beforeAll, describe, expect, it } from 'vitest';
import { curlSample } from '../src/curl.ts';
import { listOperations } from '../src/operations.ts';
import { assertSelfContained } from '../src/offline.ts';
import { samplesDir } from '../src/paths.ts';
import { requireBuiltSite } from './support/site.ts';

let dist: string;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

/** The document Redoc was given, as the page embeds it. */
function embeddedDefinition(html: string): any {
  const match = /const __redoc_definition = (.*);\n/.exec(html);
  if (!match) throw new Error('the page embeds no __redoc_definition');
  return JSON.parse(match[1]!);
}

beforeAll(() => {
  dist = requireBuiltSite();
});

describe('dist/', () => {
  it('has the landing page and the 404 page, both self-contained', () => {
    for (const page of ['index.html', '404.html']) expect(() => assertSelfContained(page, read(page), { redoc: false })).not.toThrow();
  });

  describe.each(API_VERSIONS)('%s/', (version) => {
    let html: string;
    beforeAll(() => {
      html = read(`${version}/index.html`);
    });

    it('holds the bundles the download buttons point at, unchanged', () => {
      for (const format of ['json', 'yaml'] as const) {
        expect(read(`${version}/openapi.${format}`)).toBe(readFileSync(specPath(version, format), 'utf8'));
      }
      expect(html.includes('"downloadUrls":[{"title":"OpenAPI (YAML)","url":"openapi.yaml"},{"title":"OpenAPI (JSON)","url":"openapi.json"}]'), 'download buttons').toBe(true);
    });

    it('is a self-contained page with Redoc inlined and telemetry off', () => {
      expect(() => assertSelfContained(`${version}/index.html`, html, { redoc: true })).not.toThrow();
      expect(html.includes('https://cdn.redoc.ly/redoc/logo'), 'the Redocly logo is inlined').toBe(false);
    });

    it('carries the header with this version current, and the banner only when deprecated', () => {
      const current = `<a class="site-version" href="../${version}/index.html" data-version="${version}" aria-current="page">`;
      expect(html.includes(current), 'current version link').toBe(true);
      expect(html.includes('class="site-banner"')).toBe(version === 'v1beta1');
    });

    it('embeds the current samples for every operation of the current spec', () => {
      const spec = loadSpec(version);
      const embedded = embeddedDefinition(html);
      const operations = listOperations(embedded);
      expect(operations.map(({ operationId }) => operationId)).toEqual(listOperations(spec).map(({ operationId }) => operationId));
      for (const current of listOperations(spec)) {
        const samples = operations.find(({ operationId }) => operationId === current.operationId)?.operation['x-codeSamples'];
        const typescript = readFileSync(join(samplesDir, version, `${current.operationId}.ts`), 'utf8').trimEnd();
        expect(samples, `${current.operationId} (rebuild the docs if this fails after a change)`).toEqual([
          { lang: 'TypeScript', label: 'TypeScript', source: typescript },
          { lang: 'bash', label: 'curl', source: curlSample(spec, current) },
        ]);
      }
    });
  });
});
