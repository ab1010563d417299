/** One version's reference page: the bundle plus code samples, rendered by Redoc inside the site's template. */
import type { OpenApiDocument } from '@astro-api/openapi';
import { readAsset } from './assets.ts';
import { withCodeSamples } from './code-samples.ts';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { assertSelfContained, inlineRedocAssets } from './offline.ts';
import { buildReferenceHtml } from './redoc.ts';
import { redocOptions } from './redoc-options.ts';
import { siteHeader } from './site-header.ts';
import type { SiteVersion } from './versions.ts';

export interface ReferencePageInput {
  version: SiteVersion;
  versions: SiteVersion[];
  document: OpenApiDocument;
  samplesDir: string;
}

export function referenceTitle(version: SiteVersion): string {
  return `Astro API ${version.version} reference${version.status === 'deprecated' ? ' (deprecated)' : ''}`;
}

export function renderReferencePage({ version, versions, document, samplesDir }: ReferencePageInput): string {
  const html = buildReferenceHtml({
    document: withCodeSamples(document, version.version, samplesDir),
    title: referenceTitle(version),
    redocOptions: redocOptions(),
    templateOptions: {
      csp: CONTENT_SECURITY_POLICY,
      description: `Reference of the Astro API ${version.version} (${version.baseUrl}): operations, parameters, responses, TypeScript and curl samples.`,
      css: readAsset('site.css'),
      script: readAsset('site.js'),
      header: siteHeader(versions, version.version),
    },
  });
  const page = inlineRedocAssets(html);
  assertSelfContained(`${version.version}/index.html`, page, { redoc: true });
  return page;
}
