/** A guide's page, and the guides' index page: the site's shell with the list of guides beside the article. */
import { escapeHtml } from './html.ts';
import type { Guide } from './guides.ts';
import type { SearchDocument } from './search-index.ts';
import { siteHeader } from './site-header.ts';
import { GUIDES_PAGE, pageHref, rootOf } from './site-paths.ts';
import { renderStaticPage } from './static-page.ts';
import type { SiteVersion } from './versions.ts';

export interface GuidePageInput {
  guides: Guide[];
  versions: SiteVersion[];
  search: SearchDocument[];
}

function guideNav(guides: Guide[], current: string): string {
  const items = guides.map((guide) => {
    const here = guide.page === current ? ' aria-current="page"' : '';
    return `<li><a href="${escapeHtml(pageHref(current, guide.page))}"${here}>${escapeHtml(guide.title)}</a></li>`;
  });
  return `<nav class="guide-nav" aria-label="Guides"><p class="guide-nav-title"><a href="${escapeHtml(pageHref(current, GUIDES_PAGE))}"${current === GUIDES_PAGE ? ' aria-current="page"' : ''}>All guides</a></p><ol>${items.join('')}</ol></nav>`;
}

function tableOfContents(guide: Guide): string {
  const entries = guide.headings.filter(({ level, id }) => level === 2 && id);
  if (entries.length < 2) return '';
  return `<nav class="guide-toc" aria-label="On this page"><p class="guide-toc-title">On this page</p><ul>${entries.map(({ id, text }) => `<li><a href="#${escapeHtml(id)}">${escapeHtml(text)}</a></li>`).join('')}</ul></nav>`;
}

function pager(guides: Guide[], index: number): string {
  const link = (guide: Guide | undefined, rel: 'prev' | 'next') =>
    guide ? `<a class="guide-pager-${rel}" rel="${rel}" href="${escapeHtml(pageHref(guides[index]!.page, guide.page))}"><span>${rel === 'prev' ? 'Previous' : 'Next'}</span> ${escapeHtml(guide.title)}</a>` : '<span></span>';
  return `<nav class="guide-pager" aria-label="Previous and next guide">${link(guides[index - 1], 'prev')}${link(guides[index + 1], 'next')}</nav>`;
}

export function renderGuidePage(guide: Guide, { guides, versions, search }: GuidePageInput): string {
  const index = guides.indexOf(guide);
  return renderStaticPage({
    title: `${guide.title} · Astro API guides`,
    description: guide.summary,
    header: siteHeader(versions, guide.page),
    layout: 'guide',
    search,
    main: `<div class="guide-layout">
${guideNav(guides, guide.page)}
<article class="guide-article" data-guide="${escapeHtml(guide.slug)}">
${tableOfContents(guide)}
${guide.html}
${pager(guides, index)}
</article>
</div>`,
  });
}

export function renderGuidesIndex({ guides, versions, search }: GuidePageInput): string {
  const root = rootOf(GUIDES_PAGE);
  const cards = guides.map((guide) => `<li><a href="${escapeHtml(pageHref(GUIDES_PAGE, guide.page))}">${escapeHtml(guide.title)}</a><p>${escapeHtml(guide.summary)}</p></li>`);
  return renderStaticPage({
    title: 'Guides · Astro API',
    description: 'Guides to the Astro API and its TypeScript client: tokens, pagination, errors, retries, waiting, deploying DAGs, the simulator, migrating from v1beta1.',
    header: siteHeader(versions, GUIDES_PAGE),
    layout: 'guide',
    search,
    main: `<div class="guide-layout">
${guideNav(guides, GUIDES_PAGE)}
<article class="guide-article">
<h1>Guides</h1>
<p>How to work with the Astro API through <code>@astro-api/client</code>, from the first call to deploying DAGs. The reference of every operation is on the <a href="${escapeHtml(root + (versions.find((version) => version.status === 'ga') ?? versions[0]!).page)}">API reference</a> pages.</p>
<ul class="guide-cards">${cards.join('')}</ul>
</article>
</div>`,
  });
}
