/**
 * No broken link on any page: every `href` in the rendered page (after Redoc has hydrated a reference),
 * resolved as a reader opening it in a new tab would, must reach a page of the site, and its fragment
 * must reach a heading, an element or a route of the reference. Links to other sites are listed, not
 * followed. Checked from file:// and from the served site, plus every link the search can show.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_VERSIONS, loadOperations, type ApiVersion } from '@astro-api/openapi';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distDir } from '../../src/paths.ts';
import { operationRoute, tagRoute } from '../../src/site-paths.ts';
import { guardContext } from '../support/guard.ts';
import { waitForRedoc } from '../support/redoc.ts';
import { fileUrl, SITE_PAGES, useBrowserAndServedSite } from '../support/site.ts';

const site = useBrowserAndServedSite();

/** The hosts a page may link to (never loaded by the tests). */
const EXTERNAL_HOSTS = ['www.npmjs.com', 'redocly.com'];

const referenceOf = (path: string) => API_VERSIONS.find((version) => path === `${version}/index.html`);
const routesOf = (version: ApiVersion) => new Set(['/', ...loadOperations(version).flatMap((operation) => [tagRoute(operation.tag), operationRoute(operation)])]);

/** Why `href` (as found on `from`) is broken, or undefined when it is fine. */
function problemWith(href: string, target: URL, from: URL, base: URL, idsOnPage: Set<string>): string | undefined {
  const local = target.protocol === base.protocol && target.host === base.host;
  if (!local) {
    if (target.protocol !== 'https:') return `${href} leaves the site by ${target.protocol}`;
    return EXTERNAL_HOSTS.includes(target.hostname) ? undefined : `${href} goes to ${target.hostname}, which is not an expected site`;
  }
  const path = decodeURIComponent(target.pathname).slice(decodeURIComponent(base.pathname).length);
  const page = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  if (target.pathname.startsWith(base.pathname) === false || !existsSync(join(distDir, page))) return `${href} points at ${target.href}, which is not a file of the site`;
  const fragment = decodeURIComponent(target.hash.slice(1));
  if (!fragment) return undefined;
  const samePage = target.pathname === from.pathname;
  const version = referenceOf(page);
  if (version && fragment.startsWith('/')) return routesOf(version).has(fragment) ? undefined : `${href}: the ${version} reference has no route ${fragment}`;
  const ids = samePage ? idsOnPage : new Set([...readFileSync(join(distDir, page), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
  return ids.has(fragment) ? undefined : `${href}: ${page} has no element with the id "${fragment}"`;
}

async function linksOf(page: Page): Promise<{ hrefs: string[]; ids: Set<string> }> {
  const { hrefs, ids } = await page.evaluate(() => ({
    hrefs: [...document.querySelectorAll('[href], [*|href]')].flatMap((element) => [element.getAttribute('href'), element.getAttributeNS('http://www.w3.org/1999/xlink', 'href')].filter((value): value is string => value !== null)),
    ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
  }));
  return { hrefs, ids: new Set(ids) };
}

describe.each([
  // The 404 page links from the server's root, so it is checked where it is used: on the served site.
  ['file://', (path: string) => fileUrl(path), new URL(fileUrl('index.html')).href.replace(/index\.html$/, ''), SITE_PAGES.filter((path) => path !== '404.html')],
  ['the served site', (path: string) => new URL(path, site.server.url).href, '', SITE_PAGES],
] as const)('links from %s', (_where, urlOf, fileBase, pages) => {
  it.each(pages.map((path) => [path]))('%s has no broken link', async (path) => {
    const context = await site.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const guard = await guardContext(context);
    const page = await context.newPage();
    await page.goto(urlOf(path));
    if (referenceOf(path)) {
      await waitForRedoc(page);
      await page.waitForLoadState('networkidle');
    }
    const { hrefs, ids } = await linksOf(page);
    const base = new URL(fileBase || site.server.url);
    const from = new URL(page.url());
    const problems = hrefs.flatMap((href) => {
      const problem = problemWith(href, new URL(href, from), from, base, ids);
      return problem ? [problem] : [];
    });
    expect(hrefs.length).toBeGreaterThan(5);
    expect(problems).toEqual([]);
    expect(guard.external).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('links that open in a new tab', () => {
  it("a reference's sidebar links to a tag open that tag's section", async () => {
    const context = await site.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const guard = await guardContext(context);
    const page = await context.newPage();
    await page.goto(fileUrl('v1/index.html'));
    await waitForRedoc(page);
    const tagLink = page.locator('#redoc a[href="#/deployment"]').first();
    await tagLink.waitFor({ state: 'attached' });
    const opened = await context.newPage();
    await opened.goto(new URL((await tagLink.getAttribute('href'))!, page.url()).href);
    await waitForRedoc(opened);
    await opened.locator('[data-section-id="/deployment"] h1, [data-section-id="/deployment"] h2').first().waitFor({ state: 'visible' });
    expect(fileURLToPath(opened.url().split('#')[0]!)).toBe(join(distDir, 'v1', 'index.html'));
    expect(guard.external).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
    await context.close();
  });

  it('an anchor in the form of the older Redoc still opens its operation', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${fileUrl('v1/index.html')}#tag/Deployment/operation/GetDeployment`);
    await waitForRedoc(page);
    await page.waitForURL((url) => url.hash === '#/deployment/getdeployment');
    await page.locator('[data-section-id="/deployment/getdeployment"] h2').first().waitFor({ state: 'visible' });
    await context.close();
  });
});

describe('search results', () => {
  it('every entry of the search index leads to a page and a fragment that exist', () => {
    const html = readFileSync(join(distDir, 'index.html'), 'utf8');
    const documents = JSON.parse(/id="site-search-data">(.*?)<\/script>/.exec(html)![1]!) as { href: string }[];
    const base = new URL('http://site.test/');
    const problems = documents.flatMap(({ href }) => {
      const problem = problemWith(href, new URL(href, base), new URL('http://site.test/index.html'), base, new Set());
      return problem ? [problem] : [];
    });
    expect(documents.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});
