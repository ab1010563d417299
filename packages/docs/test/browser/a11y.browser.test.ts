/**
 * The site's own markup meets WCAG 2.1 AA (axe-core): the landing, guide and 404 pages whole (with the
 * search open), and the header, switcher, banner and search of the references, in both colour schemes.
 */
import { API_VERSIONS } from '@astro-api/openapi';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchChromium } from '../support/chromium.ts';
import { waitForRedoc } from '../support/redoc.ts';
import { fileUrl, referencePage, SITE_PAGES } from '../support/site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function openSearch(page: Page, query: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search the guides and the API reference' }).fill(query);
  await page.locator('#site-search-results a').first().waitFor({ state: 'visible' });
}

it('axe reports a violation when there is one (low contrast, unlabeled link)', async () => {
  const page = await browser.newPage();
  await page.setContent('<html lang="en"><title>t</title><main><p style="color:#c8c8c8;background:#fff">faint</p><a href="x.html"></a></main></html>');
  expect((await axeViolations(page)).map(({ id }) => id).sort()).toEqual(['color-contrast', 'link-name']);
  await page.close();
});

describe.each(['light', 'dark'] as const)('accessibility in the %s colour scheme', (colorScheme) => {
  it.each(SITE_PAGES.filter((path) => !API_VERSIONS.some((version) => path === referencePage(version))))('%s has no violations', async (path) => {
    const page = await browser.newPage({ colorScheme, viewport: { width: 1400, height: 900 } });
    await page.goto(fileUrl(path));
    expect(await axeViolations(page)).toEqual([]);
    await openSearch(page, 'deployment');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(API_VERSIONS)('the %s reference header, switcher, banner and search have no violations', async (version) => {
    const page = await browser.newPage({ colorScheme, viewport: { width: 1400, height: 900 } });
    await page.goto(fileUrl(referencePage(version)));
    await waitForRedoc(page);
    expect(await axeViolations(page, ['.site-header', '.site-skip'])).toEqual([]);
    await openSearch(page, 'organization');
    expect(await axeViolations(page, ['.site-header'])).toEqual([]);
    await page.close();
  });

  it('a narrow screen keeps the guides readable', async () => {
    const page = await browser.newPage({ colorScheme, viewport: { width: 390, height: 844 } });
    await page.goto(fileUrl('guides/errors.html'));
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'no sideways scrolling of the whole page').toBeLessThanOrEqual(0);
    await page.close();
  });
});
