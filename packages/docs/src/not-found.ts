/** The 404 page of the static server; it can be served at any depth, so its links start at the root. */
import { escapeHtml } from './html.ts';
import type { SearchDocument } from './search-index.ts';
import { siteHeader } from './site-header.ts';
import { GUIDES_PAGE, HOME_PAGE } from './site-paths.ts';
import { renderStaticPage } from './static-page.ts';
import type { SiteVersion } from './versions.ts';

export function renderNotFound(versions: SiteVersion[], search: SearchDocument[]): string {
  const links = versions.map((version) => `<li><a href="/${escapeHtml(version.page)}">${escapeHtml(version.version)} reference</a></li>`);
  return renderStaticPage({
    title: 'Page not found · Astro API reference',
    header: siteHeader(versions, undefined),
    search,
    main: `<h1>Page not found</h1>
<p>There is no page at this address. Try the search box above, the <a href="/${HOME_PAGE}">start page</a>, the <a href="/${GUIDES_PAGE}">guides</a> or a reference:</p>
<ul>${links.join('')}</ul>`,
  });
}
