/** Every guide renders in the site's style, from file:// and from the served site, with its code, tables and navigation. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDES } from '../../src/guides.ts';
import { changelogInputs, guidesDir, testOutputDir } from '../../src/paths.ts';
import { readGuideSources } from '../../src/guides.ts';
import { changelogSource } from '../../src/changelog.ts';
import { guardContext, type Guard } from '../support/guard.ts';
import { fileUrl, useBrowserAndServedSite } from '../support/site.ts';

const site = useBrowserAndServedSite();

/** What each guide's source promises: its title, and how many code blocks and tables it holds. */
const expected = [...readGuideSources(guidesDir).sources, changelogSource(changelogInputs)].map(({ slug, markdown }) => ({
  slug,
  title: /^# (.+)$/m.exec(markdown)![1]!.replace(/`/g, ''),
  code: (markdown.match(/^```\w/gm) ?? []).length,
  tables: (markdown.match(/^\|[-| ]+\|$/gm) ?? []).length,
}));

describe.each([
  ['file://', fileUrl],
  ['the served site', (path: string) => new URL(path, site.server.url).href],
])('guides from %s', (_where, urlOf) => {
  let context: BrowserContext;
  let guard: Guard;
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width: 1400, height: 900 } });
    guard = await guardContext(context);
    page = await context.newPage();
  });
  afterAll(async () => context?.close());

  it('lists every guide on the guides page, in order', async () => {
    await page.goto(urlOf('guides/index.html'));
    const titles = await page.locator('.guide-cards a').allInnerTexts();
    expect(titles).toEqual(expected.map(({ title }) => title));
    expect(GUIDES).toEqual(expected.map(({ slug }) => slug));
  });

  it.each(expected.map((guide) => [guide.slug, guide] as const))('renders %s', async (_slug, guide) => {
    await page.goto(urlOf(`guides/${guide.slug}.html`));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(guide.title);
    expect(await page.title()).toBe(`${guide.title} · Astro API guides`);
    const current = page.getByRole('navigation', { name: 'Guides' }).locator('[aria-current="page"]');
    expect(await current.innerText()).toBe(guide.title);
    expect(await page.locator('.guide-article pre.guide-code').count()).toBe(guide.code);
    expect(await page.locator('.guide-article .guide-table table').count()).toBe(guide.tables);
    for (const code of await page.locator('.guide-article pre.guide-code').all()) {
      expect((await code.innerText()).trim().length).toBeGreaterThan(0);
      expect(await code.boundingBox()).not.toBeNull();
    }
    // Styled: the site's stylesheet is in force (the article's font and the header bar's colour).
    const bar = await page.locator('.site-bar').evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(bar).toBe('rgb(15, 34, 55)');
    if (urlOf === fileUrl) {
      mkdirSync(join(testOutputDir, 'guides'), { recursive: true });
      await page.screenshot({ path: join(testOutputDir, 'guides', `${guide.slug}.png`), fullPage: true });
    }
  });

  it('moves between guides with the next link', async () => {
    await page.goto(urlOf(`guides/${GUIDES[0]}.html`));
    await page.getByRole('navigation', { name: 'Previous and next guide' }).getByRole('link').last().click();
    await page.waitForURL((url) => url.pathname.endsWith(`/guides/${GUIDES[1]}.html`));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(expected[1]!.title);
  });

  it('logged no console error and loaded nothing from outside the site', () => {
    expect(guard.seen.length).toBeGreaterThan(0);
    expect(guard.external).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
    expect(guard.pageErrors).toEqual([]);
  });
});
