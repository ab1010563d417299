/**
 * What the site search knows: every section of every guide and every operation of every version.
 * Built once per site and embedded in each page as JSON (pages load nothing, so the index travels
 * with them); the browser indexes it with MiniSearch on first use (browser/site-search.ts).
 */
import type { ApiVersion, OperationModel } from '@astro-api/openapi';
import type { Guide } from './guides.ts';
import { operationPage } from './site-paths.ts';

export interface SearchDocument {
  id: number;
  kind: 'Guide' | 'Operation';
  title: string;
  /** Where the hit sits: the guide's title, or the version, method and path of an operation. */
  context: string;
  /** Words that find the entry without being shown: operationId, helper, tag, path. */
  keywords: string;
  text: string;
  /** Relative to the site root. */
  href: string;
}

/** Enough text for search to find a section by its content, without making every page heavy. */
const MAX_TEXT = 1200;
const plain = (markdown: string) => markdown.replace(/[`*_#>[\]()]/g, ' ').replace(/\s+/g, ' ').trim();

export function buildSearchIndex(guides: Guide[], operations: { version: ApiVersion; operations: OperationModel[] }[]): SearchDocument[] {
  const documents: Omit<SearchDocument, 'id'>[] = [];
  for (const guide of guides) {
    guide.sections.forEach((section, index) => {
      documents.push({
        kind: 'Guide',
        title: section.heading,
        context: index === 0 ? 'Guide' : guide.title,
        keywords: index === 0 ? guide.summary : '',
        text: section.text.slice(0, MAX_TEXT),
        href: index === 0 || !section.id ? guide.page : `${guide.page}#${section.id}`,
      });
    });
  }
  for (const { version, operations: list } of operations) {
    for (const operation of list) {
      documents.push({
        kind: 'Operation',
        title: operation.summary || operation.operationId,
        context: `${version} · ${operation.method} ${operation.path}`,
        keywords: `${operation.operationId} ${operation.sdk.group}.${operation.sdk.method} ${operation.tag}`,
        text: plain(operation.description).slice(0, 400),
        href: operationPage(version, operation),
      });
    }
  }
  return documents.map((document, id) => ({ id, ...document }));
}

/** The index as a JSON script element; `<` is escaped so no text in it can close the element. */
export function searchDataElement(documents: SearchDocument[]): string {
  return `<script type="application/json" id="site-search-data">${JSON.stringify(documents).replace(/</g, '\\u003c')}</script>`;
}
