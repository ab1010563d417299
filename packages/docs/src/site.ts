/**
 * Builds the whole static site in memory, then writes it:
 *   index.html, 404.html, guides/index.html, guides/<slug>.html, and for every version
 *   <version>/index.html with <version>/openapi.{json,yaml} beside it.
 * Nothing is written when any page fails, so a broken build never leaves a half-updated dist/.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadSpec, readOperations, readTagGroups, specPath, type ApiVersion, type OpenApiDocument, type OperationModel } from '@astro-api/openapi';
import { changelogSource, type ChangelogInputs } from './changelog.ts';
import { renderGuidePage, renderGuidesIndex } from './guide-page.ts';
import { GuideError, readGuideSources, renderGuides, type Guide } from './guides.ts';
import { renderLanding } from './landing.ts';
import { renderNotFound } from './not-found.ts';
import { assertSelfContained } from './offline.ts';
import { renderReferencePage } from './reference-page.ts';
import { operationSamples, readQuickstart, type OperationSamples } from './samples.ts';
import { buildSearchIndex } from './search-index.ts';
import { GUIDES_PAGE, HOME_PAGE, NOT_FOUND_PAGE } from './site-paths.ts';
import { describeVersions } from './versions.ts';

export interface SiteOptions {
  outDir: string;
  samplesDir: string;
  guidesDir: string;
  changelog: ChangelogInputs;
  load?: (version: ApiVersion) => OpenApiDocument;
  bundlePath?: (version: ApiVersion, format: 'json' | 'yaml') => string;
}

export interface BuiltFile {
  /** Path relative to the site root, with `/` separators. */
  path: string;
  bytes: number;
}

export interface SiteBuild {
  files: BuiltFile[];
  samples: { version: ApiVersion; samples: OperationSamples[] }[];
  guides: Guide[];
}

export function buildSite({ outDir, samplesDir, guidesDir, changelog, load = loadSpec, bundlePath = specPath }: SiteOptions): SiteBuild {
  const versions = describeVersions(load);
  const documents = new Map(versions.map(({ version }) => [version, load(version)] as const));
  const operations = Object.fromEntries(versions.map(({ version }) => [version, readOperations(documents.get(version)!)])) as Record<ApiVersion, OperationModel[]>;
  const samples = versions.map(({ version }) => ({ version, samples: operationSamples(samplesDir, version, documents.get(version)!, operations[version]) }));
  const quickstart = readQuickstart(samplesDir);

  const { sources, problems } = readGuideSources(guidesDir);
  if (problems.length) throw new GuideError(problems);
  const sitePages = [HOME_PAGE, GUIDES_PAGE, ...versions.flatMap(({ dir, page }) => [page, `${dir}/openapi.yaml`, `${dir}/openapi.json`])];
  const guides = renderGuides([...sources, changelogSource(changelog)], { operations, sitePages });
  const search = buildSearchIndex(guides, versions.map(({ version }) => ({ version, operations: operations[version] })));
  const current = versions.find(({ status }) => status === 'ga') ?? versions[0]!;

  const pages = new Map<string, string>();
  for (const version of versions) {
    const own = samples.find((entry) => entry.version === version.version)!.samples;
    pages.set(version.page, renderReferencePage({ version, versions, document: documents.get(version.version)!, samples: own, search }));
  }
  pages.set(HOME_PAGE, renderLanding({ versions, quickstart, guides, tagGroups: readTagGroups(documents.get(current.version)!, operations[current.version]), search }));
  pages.set(GUIDES_PAGE, renderGuidesIndex({ guides, versions, search }));
  for (const guide of guides) pages.set(guide.page, renderGuidePage(guide, { guides, versions, search }));
  pages.set(NOT_FOUND_PAGE, renderNotFound(versions, search));
  for (const [name, html] of pages) if (!versions.some(({ page }) => page === name)) assertSelfContained(name, html, { redoc: false });

  rmSync(outDir, { recursive: true, force: true });
  const files: BuiltFile[] = [];
  const write = (path: string, content: string | Buffer) => {
    const target = join(outDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    files.push({ path, bytes: Buffer.byteLength(content) });
  };
  for (const [path, html] of pages) write(path, html);
  for (const version of versions) {
    for (const format of ['json', 'yaml'] as const) {
      const path = `${version.dir}/openapi.${format}`;
      copyFileSync(bundlePath(version.version, format), join(outDir, path));
      files.push({ path, bytes: readFileSync(join(outDir, path)).byteLength });
    }
  }
  return { files: files.sort((a, b) => a.path.localeCompare(b.path)), samples, guides };
}
