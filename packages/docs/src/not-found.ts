/** The 404 page of the static server; it can be served at any depth, so its links are absolute. */
import { escapeHtml } from './html.ts';
import { hrefFrom, siteHeader } from './site-header.ts';
import { renderStaticPage } from './static-page.ts';
import type { SiteVersion } from './versions.ts';

export function renderNotFound(versions: SiteVersion[]): string {
  const links = versions.map((version) => `<li><a href="${escapeHtml(hrefFrom('/', version.version))}">${escapeHtml(version.version)} reference</a></li>`);
  return renderStaticPage({
    title: 'Page not found · Astro API reference',
    header: siteHeader(versions, undefined),
    main: `<h1>Page not found</h1>
<p>There is no page at this address. Try the <a href="${escapeHtml(hrefFrom('/', 'home'))}">start page</a> or a reference:</p>
<ul>${links.join('')}</ul>`,
  });
}
