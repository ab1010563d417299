/** The end of every page: the search index and the page script. */
import { siteScript } from './browser-bundle.ts';
import { searchDataElement, type SearchDocument } from './search-index.ts';

export const SCRIPTS_MARKER = '<!-- site:scripts -->';

export function pageScripts(search: SearchDocument[]): string {
  return `${searchDataElement(search)}\n<script>${siteScript()}</script>`;
}
