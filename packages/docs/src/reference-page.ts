/** One version's reference page: the bundle plus code samples, rendered by Redoc inside the site's template. */
import type { OpenApiDocument } from '@astro-api/openapi';
import { readAsset } from './assets.ts';
import { withCodeSamples } from './code-samples.ts';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { assertSelfContained, inlineRedocAssets } from './offline.ts';
import { pageScripts, SCRIPTS_MARKER } from './page-scripts.ts';
import { buildReferenceHtml } from './redoc.ts';
import { hashRoutedLinks } from './redoc-links.ts';
import { redocOptions } from './redoc-options.ts';
import type { OperationSamples } from './samples.ts';
import type { SearchDocument } from './search-index.ts';
import { siteHeader } from './site-header.ts';
import type { SiteVersion } from './versions.ts';

export interface ReferencePageInput {
  version: SiteVersion;
  versions: SiteVersion[];
  document: OpenApiDocument;
  samples: OperationSamples[];
  search: SearchDocument[];
}

export function referenceTitle(version: SiteVersion): string {
  return `Astro API ${version.version} reference${version.status === 'deprecated' ? ' (deprecated)' : ''}`;
}

export function renderReferencePage({ version, versions, document, samples, search }: ReferencePageInput): string {
  const html = buildReferenceHtml({
    document: withCodeSamples(document, samples),
    title: referenceTitle(version),
    redocOptions: redocOptions(),
    templateOptions: {
      csp: CONTENT_SECURITY_POLICY,
      description: `Reference of the Astro API ${version.version} (${version.baseUrl}): operations, parameters, responses, TypeScript and curl samples.`,
      css: readAsset('site.css'),
      header: siteHeader(versions, version.page),
    },
  });
  if (!html.includes(SCRIPTS_MARKER)) throw new Error(`The reference template lost its ${SCRIPTS_MARKER} marker (src/reference.hbs)`);
  const page = hashRoutedLinks(inlineRedocAssets(html)).replace(SCRIPTS_MARKER, () => pageScripts(search));
  assertSelfContained(version.page, page, { redoc: true });
  return page;
}
