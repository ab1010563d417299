/**
 * Builds the whole static site in memory, then writes it:
 *   index.html, 404.html, <version>/index.html and <version>/openapi.{json,yaml} for every version.
 * Nothing is written when any page fails, so a broken build never leaves a half-updated dist/.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadSpec, specPath, type ApiVersion, type OpenApiDocument } from '@astro-api/openapi';
import { renderLanding } from './landing.ts';
import { renderNotFound } from './not-found.ts';
import { assertSelfContained } from './offline.ts';
import { renderReferencePage } from './reference-page.ts';
import { readQuickstart } from './samples.ts';
import { describeVersions } from './versions.ts';

export interface SiteOptions {
  outDir: string;
  samplesDir: string;
  load?: (version: ApiVersion) => OpenApiDocument;
  bundlePath?: (version: ApiVersion, format: 'json' | 'yaml') => string;
}

export interface BuiltFile {
  /** Path relative to the site root, with `/` separators. */
  path: string;
  bytes: number;
}

export function buildSite({ outDir, samplesDir, load = loadSpec, bundlePath = specPath }: SiteOptions): BuiltFile[] {
  const versions = describeVersions(load);
  const quickstart = readQuickstart(samplesDir);
  const pages = new Map<string, string>();
  for (const version of versions) {
    pages.set(`${version.dir}/index.html`, renderReferencePage({ version, versions, document: load(version.version), samplesDir }));
  }
  pages.set('index.html', renderLanding({ versions, quickstart }));
  pages.set('404.html', renderNotFound(versions));
  for (const name of ['index.html', '404.html']) assertSelfContained(name, pages.get(name) ?? '', { redoc: false });

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
  return files.sort((a, b) => a.path.localeCompare(b.path));
}
