/** Every guide renders in the site's style, from file:// and from the served site, with its code, tables and navigation. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { GUIDES } from '../../src/guides.ts';
import { changelogInputs, guidesDir, testOutputDir } from '../../src/paths.ts';
import { readGuideSources } from '../../src/guides.ts';
import { changelogSource } from '../../src/changelog.ts';
import { fileUrl, useBrowserAndServedSite, useGuardedPage } from '../support/site.ts';

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
  const tab = useGuardedPage(site);

  it('lists every guide on the guides page, in order', async () => {
    await tab.page.goto(urlOf('guides/index.html'));
    const titles = await tab.page.locator('.guide-cards a').allInnerTexts();
    expect(titles).toEqual(expected.map(({ title }) => title));
    expect(GUIDES).toEqual(expected.map(({ slug }) => slug));
  });

  it.each(expected.map((guide) => [guide.slug, guide] as const))('renders %s', async (_slug, guide) => {
    await tab.page.goto(urlOf(`guides/${guide.slug}.html`));
    expect(await tab.page.getByRole('heading', { level: 1 }).innerText()).toBe(guide.title);
    expect(await tab.page.title()).toBe(`${guide.title} · Astro API guides`);
    const current = tab.page.getByRole('navigation', { name: 'Guides' }).locator('[aria-current="page"]');
    expect(await current.innerText()).toBe(guide.title);
    expect(await tab.page.locator('.guide-article pre.guide-code').count()).toBe(guide.code);
    expect(await tab.page.locator('.guide-article .guide-table table').count()).toBe(guide.tables);
    for (const code of await tab.page.locator('.guide-article pre.guide-code').all()) {
      expect((await code.innerText()).trim().length).toBeGreaterThan(0);
      expect(await code.boundingBox()).not.toBeNull();
    }
    // Styled: the site's stylesheet is in force (the article's font and the header bar's colour).
    const bar = await tab.page.locator('.site-bar').evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(bar).toBe('rgb(15, 34, 55)');
    if (urlOf === fileUrl) {
      mkdirSync(join(testOutputDir, 'guides'), { recursive: true });
      await tab.page.screenshot({ path: join(testOutputDir, 'guides', `${guide.slug}.png`), fullPage: true });
    }
  });

  it('moves between guides with the next link', async () => {
    await tab.page.goto(urlOf(`guides/${GUIDES[0]}.html`));
    await tab.page.getByRole('navigation', { name: 'Previous and next guide' }).getByRole('link').last().click();
    await tab.page.waitForURL((url) => url.pathname.endsWith(`/guides/${GUIDES[1]}.html`));
    expect(await tab.page.getByRole('heading', { level: 1 }).innerText()).toBe(expected[1]!.title);
  });

  it('logged no console error and loaded nothing from outside the site', () => {
    expect(tab.guard.seen.length).toBeGreaterThan(0);
    expect(tab.guard.external).toEqual([]);
    expect(tab.guard.consoleErrors).toEqual([]);
    expect(tab.guard.pageErrors).toEqual([]);
  });
});
