/** The site's own markup meets WCAG 2.1 AA (axe-core): the landing and 404 pages whole, the header, switcher and banner of the references. */
import { API_VERSIONS } from '@astro-api/openapi';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { launchChromium } from '../support/chromium.ts';
import { waitForRedoc } from '../support/redoc.ts';
import { fileUrl, referencePage } from '../support/site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

it('axe reports a violation when there is one (low contrast, unlabeled link)', async () => {
  const page = await browser.newPage();
  await page.setContent('<html lang="en"><title>t</title><main><p style="color:#c8c8c8;background:#fff">faint</p><a href="x.html"></a></main></html>');
  expect((await axeViolations(page)).map(({ id }) => id).sort()).toEqual(['color-contrast', 'link-name']);
  await page.close();
});

describe.each(['light', 'dark'] as const)('accessibility in the %s colour scheme', (colorScheme) => {
  it.each(['index.html', '404.html'])('%s has no violations', async (path) => {
    const page = await browser.newPage({ colorScheme });
    await page.goto(fileUrl(path));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(API_VERSIONS)('the %s reference header, switcher and banner have no violations', async (version) => {
    const page = await browser.newPage({ colorScheme, viewport: { width: 1400, height: 900 } });
    await page.goto(fileUrl(referencePage(version)));
    await waitForRedoc(page);
    expect(await axeViolations(page, ['.site-header', '.site-skip'])).toEqual([]);
    await page.close();
  });
});
