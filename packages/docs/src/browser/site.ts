/**
 * The script of every page, bundled by the build (browser-bundle.ts) and inlined: header offset,
 * version switching that keeps the open operation, Redoc's links, and the search box.
 */
import { setUpRedocLinks } from './redoc-links.ts';
import { setUpSearch } from './site-search.ts';

/** Keeps --site-header-height (Redoc's navbar offset, see site.css) equal to the header's real height, which changes when it wraps. */
function syncHeaderHeight(): void {
  const header = document.querySelector('.site-header');
  if (!header) return;
  const sync = () => document.documentElement.style.setProperty('--site-header-height', `${header.getBoundingClientRect().height}px`);
  sync();
  if (typeof ResizeObserver === 'function') new ResizeObserver(sync).observe(header);
}

/** Carries the open section (`#/tag/operation`) over when switching between API versions. */
function keepSectionAcrossVersions(): void {
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-version]') : null;
    if (!link || !document.body.classList.contains('site-reference')) return;
    if (location.hash.startsWith('#/')) link.setAttribute('href', `${(link.getAttribute('href') ?? '').split('#')[0]}${location.hash}`);
  });
}

syncHeaderHeight();
keepSectionAcrossVersions();
setUpRedocLinks();
setUpSearch();
