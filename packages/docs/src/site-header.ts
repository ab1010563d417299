/**
 * The header bar of every page: the site name, linking to the landing page, and the version
 * switcher, a list of plain relative links (so it works from file:// and from any server path),
 * with the current page marked `aria-current="page"`. Deprecated versions get a banner under it.
 */
import type { ApiVersion } from '@astro-api/openapi';
import { escapeHtml } from './html.ts';
import type { SiteVersion } from './versions.ts';

/** The landing page, or one version's reference. */
export type SitePage = 'home' | ApiVersion;

/** Relative prefix from a page's folder back to the site root. */
export const rootOf = (page: SitePage) => (page === 'home' ? '' : '../');

/** Link from a page to another page of the site, through `root` (the relative way back, or `/` on the server). */
export const hrefFrom = (root: string, to: SitePage) => `${root}${to === 'home' ? '' : `${to}/`}index.html`;

export const pageHref = (from: SitePage, to: SitePage) => hrefFrom(rootOf(from), to);

function versionLink(version: SiteVersion, current: SitePage | undefined, root: string): string {
  const currentAttr = version.version === current ? ' aria-current="page"' : '';
  return [
    `<li><a class="site-version" href="${escapeHtml(hrefFrom(root, version.version))}" data-version="${escapeHtml(version.version)}"${currentAttr}>`,
    `<span class="site-version-name">${escapeHtml(version.version)}</span>`,
    ` <span class="site-badge site-badge-${version.status}">${escapeHtml(version.label)}</span>`,
    '</a></li>',
  ].join('');
}

export function deprecationBanner(version: SiteVersion, versions: SiteVersion[]): string {
  if (version.status !== 'deprecated') return '';
  const successor = versions.find((candidate) => candidate.status === 'ga');
  const move = successor
    ? ` <a href="${escapeHtml(pageHref(version.version, successor.version))}">Move to ${escapeHtml(successor.version)}</a>.`
    : '';
  const end = version.endOfSupport ? ` End of support: <strong>${escapeHtml(version.endOfSupport)}</strong>.` : '';
  return [
    `<aside class="site-banner" role="note" aria-label="Deprecation notice" data-deprecated="${escapeHtml(version.version)}">`,
    `<p><strong>${escapeHtml(version.version)} is deprecated.</strong>${end}${move}</p>`,
    '</aside>',
  ].join('');
}

/** `current` is the page being rendered; none for pages outside the site map (the 404 page, which passes root `/`). */
export function siteHeader(versions: SiteVersion[], current: SitePage | undefined, root = current ? rootOf(current) : '/'): string {
  const version = versions.find((candidate) => candidate.version === current);
  return [
    '<header class="site-header">',
    '<div class="site-bar">',
    `<a class="site-brand" href="${escapeHtml(hrefFrom(root, 'home'))}"${current === 'home' ? ' aria-current="page"' : ''}>Astro API</a>`,
    '<nav class="site-versions" aria-label="API versions">',
    '<span class="site-versions-label" aria-hidden="true">Version</span>',
    `<ul>${versions.map((item) => versionLink(item, current, root)).join('')}</ul>`,
    '</nav>',
    '</div>',
    version ? deprecationBanner(version, versions) : '',
    '</header>',
  ].join('');
}
