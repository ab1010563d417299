/**
 * The header bar of every page: the site name (to the landing page), the guides, the version
 * switcher (plain relative links, so it works from file:// and from any server path, the current
 * page marked `aria-current="page"`) and the search box. A deprecated version gets a banner under it
 * that points at its successor and at the migration guide.
 */
import { escapeHtml } from './html.ts';
import { GUIDES_PAGE, guidePage, HOME_PAGE, rootOf } from './site-paths.ts';
import type { SiteVersion } from './versions.ts';

/** The guide the deprecation banner points at. */
export const MIGRATION_GUIDE = 'migrating-from-v1beta1';

function versionLink(version: SiteVersion, current: string | undefined, root: string): string {
  const currentAttr = version.page === current ? ' aria-current="page"' : '';
  return [
    `<li><a class="site-version" href="${escapeHtml(root + version.page)}" data-version="${escapeHtml(version.version)}"${currentAttr}>`,
    `<span class="site-version-name">${escapeHtml(version.version)}</span>`,
    ` <span class="site-badge site-badge-${version.status}">${escapeHtml(version.label)}</span>`,
    '</a></li>',
  ].join('');
}

export function deprecationBanner(version: SiteVersion, versions: SiteVersion[], root: string): string {
  if (version.status !== 'deprecated') return '';
  const successor = versions.find((candidate) => candidate.status === 'ga');
  const move = successor ? ` <a href="${escapeHtml(root + successor.page)}">Move to ${escapeHtml(successor.version)}</a>` : '';
  const guide = successor ? ` with the <a href="${escapeHtml(root + guidePage(MIGRATION_GUIDE))}">migration guide</a>.` : '';
  const end = version.endOfSupport ? ` End of support: <strong>${escapeHtml(version.endOfSupport)}</strong>.` : '';
  return [
    `<aside class="site-banner" role="note" aria-label="Deprecation notice" data-deprecated="${escapeHtml(version.version)}">`,
    `<p><strong>${escapeHtml(version.version)} is deprecated.</strong>${end}${move}${guide}</p>`,
    '</aside>',
  ].join('');
}

/** The search box; site-search.ts (bundled into the page's script) brings it to life. */
function searchBox(): string {
  return [
    '<div class="site-search" role="search">',
    '<label class="site-visually-hidden" for="site-search-input">Search the guides and the API reference</label>',
    '<input id="site-search-input" class="site-search-input" type="search" placeholder="Search guides and API  /" autocomplete="off" spellcheck="false" aria-describedby="site-search-status" aria-controls="site-search-results">',
    '<p id="site-search-status" class="site-visually-hidden" role="status" aria-live="polite"></p>',
    '<div id="site-search-results" class="site-search-results" hidden></div>',
    '</div>',
  ].join('');
}

/**
 * `current` is the path of the page being rendered; none for pages outside the site map (the 404
 * page, which links from `/`).
 */
export function siteHeader(versions: SiteVersion[], current: string | undefined, root = current ? rootOf(current) : '/'): string {
  const version = versions.find((candidate) => candidate.page === current);
  const inGuides = current?.startsWith('guides/') ?? false;
  return [
    `<header class="site-header" data-site-root="${escapeHtml(root)}">`,
    '<div class="site-bar">',
    `<a class="site-brand" href="${escapeHtml(root + HOME_PAGE)}"${current === HOME_PAGE ? ' aria-current="page"' : ''}>Astro API</a>`,
    '<nav class="site-nav" aria-label="Site">',
    `<a class="site-nav-link" href="${escapeHtml(root + GUIDES_PAGE)}"${current === GUIDES_PAGE ? ' aria-current="page"' : inGuides ? ' aria-current="true"' : ''}>Guides</a>`,
    '</nav>',
    searchBox(),
    '<nav class="site-versions" aria-label="API versions">',
    '<span class="site-versions-label" aria-hidden="true">Reference</span>',
    `<ul>${versions.map((item) => versionLink(item, current, root)).join('')}</ul>`,
    '</nav>',
    '</div>',
    version ? deprecationBanner(version, versions, root) : '',
    '</header>',
  ].join('');
}
