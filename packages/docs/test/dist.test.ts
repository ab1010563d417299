/** The built site in dist/: every page, the bundles beside the references, samples and search embedded, nothing remote. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_VERSIONS, loadOperations, loadSpec, readOperations, specPath } from '@astro-api/openapi';
import { beforeAll, describe, expect, it } from 'vitest';
import { GUIDES } from '../src/guides.ts';
import { assertSelfContained } from '../src/offline.ts';
import { samplesDir } from '../src/paths.ts';
import { operationSamples } from '../src/samples.ts';
import { requireBuiltSite, SITE_PAGES } from './support/site.ts';

let dist: string;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const searchData = (html: string) => /<script type="application\/json" id="site-search-data">(.*?)<\/script>/.exec(html)?.[1];

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
  it('has the landing page, the 404 page, the guides index and every guide, all self-contained', () => {
    for (const page of SITE_PAGES.filter((path) => !API_VERSIONS.some((version) => path.startsWith(`${version}/`)))) {
      expect(() => assertSelfContained(page, read(page), { redoc: false }), page).not.toThrow();
    }
    expect(SITE_PAGES).toEqual(expect.arrayContaining(GUIDES.map((slug) => `guides/${slug}.html`)));
  });

  it('embeds the same search index in every page, guides and operations of both versions included', () => {
    const indexes = new Set(SITE_PAGES.map((page) => searchData(read(page))));
    expect(indexes.size).toBe(1);
    const documents = JSON.parse([...indexes][0]!) as { kind: string; href: string }[];
    expect(documents.filter(({ kind }) => kind === 'Operation')).toHaveLength(API_VERSIONS.reduce((sum, version) => sum + loadOperations(version).length, 0));
    for (const slug of GUIDES) expect(documents.some(({ href }) => href === `guides/${slug}.html`), slug).toBe(true);
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

    it("has no prerendered Redoc link that leaves the page's hash routes", () => {
      const prerendered = html.slice(html.indexOf('<div id="redoc"'), html.indexOf('<script type="module"', html.indexOf('<div id="redoc"')));
      expect(prerendered.length).toBeGreaterThan(1000);
      expect(prerendered.match(/<a\b[^>]*\shref="\/[^"]*"/g) ?? []).toEqual([]);
    });

    it('embeds the current samples for every operation of the current spec', () => {
      const spec = loadSpec(version);
      const embedded = readOperations(embeddedDefinition(html));
      expect(embedded.map(({ operationId }) => operationId)).toEqual(loadOperations(version).map(({ operationId }) => operationId));
      for (const sample of operationSamples(samplesDir, version, spec, loadOperations(version))) {
        const shown = embedded.find(({ operationId }) => operationId === sample.operationId)?.raw['x-codeSamples'];
        expect(shown, `${sample.operationId} (rebuild the docs if this fails after a change)`).toEqual([
          { lang: 'TypeScript', label: 'TypeScript', source: sample.typescript },
          { lang: 'bash', label: 'curl', source: sample.curl },
        ]);
      }
    });
  });
});
