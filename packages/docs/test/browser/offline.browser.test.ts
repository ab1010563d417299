/** No page reaches the network, even while it is being used: every request is intercepted and counted. */
import { API_VERSIONS, loadSpec } from '@astro-api/openapi';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/csp.ts';
import { expectedOperations } from '../support/expectations.ts';
import { guardContext, isLocal } from '../support/guard.ts';
import { codeSampleIn, openSection, waitForRedoc } from '../support/redoc.ts';
import { fileUrl, SITE_PAGES, useBrowserAndServedSite } from '../support/site.ts';

const site = useBrowserAndServedSite();

/** Uses, by keyboard, the features that could load something lazily: both searches, samples, response tabs, colour mode, page actions. */
async function exercise(page: Page, version: (typeof API_VERSIONS)[number]): Promise<void> {
  await waitForRedoc(page);
  await page.keyboard.press('Control+k');
  await page.getByRole('textbox', { name: 'Search docs...' }).fill('organization');
  await page.keyboard.press('Escape');
  // One operation of each tag: the reference test opens every operation under the same guard.
  const perTag = new Map(expectedOperations(loadSpec(version)).map((operation) => [operation.sectionId.split('/')[1], operation]));
  for (const operation of perTag.values()) {
    const section = await openSection(page, operation.sectionId, operation.summary);
    await codeSampleIn(page, section, 'curl');
    await codeSampleIn(page, section, 'TypeScript');
    const tabs = section.getByRole('tablist', { name: 'Response status' }).first().getByRole('tab');
    for (let index = 0; index < (await tabs.count()); index += 1) await tabs.nth(index).press('Enter');
    await section.getByRole('button', { name: 'Expand all' }).first().press('Enter');
  }
  await page.getByRole('searchbox', { name: 'Search the guides and the API reference' }).fill('deploy');
  await page.locator('#site-search-results a').first().waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'More actions' }).first().press('Enter');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^(light|dark)$/ }).first().press('Enter');
}

describe('network isolation', () => {
  it('the guard sees and aborts a request to another host (so a leak would fail these tests)', async () => {
    const context = await site.browser.newContext();
    const guard = await guardContext(context);
    const page = await context.newPage();
    const failed = page.waitForEvent('requestfailed');
    await page.setContent('<img src="https://example.invalid/pixel.png" alt="">');
    await failed;
    expect(guard.external).toEqual(['https://example.invalid/pixel.png']);
    expect([isLocal('http://127.0.0.1:4173/'), isLocal('file:///x'), isLocal('http://localhost/'), isLocal('https://127.0.0.2/')]).toEqual([true, true, false, false]);
    await context.close();
  });

  it("the pages' Content-Security-Policy refuses a remote load, and the refusal is a console error", async () => {
    const context = await site.browser.newContext();
    const guard = await guardContext(context);
    const page = await context.newPage();
    const refused = page.waitForEvent('console', (message) => message.type() === 'error');
    await page.setContent(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}"><img src="https://example.invalid/pixel.png" alt="">`);
    await refused;
    expect(guard.external).toEqual([]);
    expect(guard.consoleErrors.join('\n')).toMatch(/Content Security Policy/);
    await context.close();
  });

  describe.each([
    ['file://', (page: string) => fileUrl(page)],
    ['the served site', (page: string) => new URL(page, site.server.url).href],
  ])('from %s', (_where, urlOf) => {
    it.each(SITE_PAGES.filter((path) => !/^v1(beta1)?\//.test(path)))('%s loads nothing but itself, also while searching', async (path) => {
      const context = await site.browser.newContext();
      const guard = await guardContext(context);
      const page = await context.newPage();
      await page.goto(urlOf(path));
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.getByRole('searchbox', { name: 'Search the guides and the API reference' }).fill('organization');
      await page.locator('#site-search-results a').first().waitFor({ state: 'visible' });
      await page.waitForLoadState('networkidle');
      expect(guard.seen).toEqual([urlOf(path)]);
      expect(guard.consoleErrors).toEqual([]);
      expect(guard.pageErrors).toEqual([]);
      await context.close();
    });

    it.each(API_VERSIONS)('the %s reference loads nothing from the network while in use', async (version) => {
      const context = await site.browser.newContext({ viewport: { width: 1400, height: 900 } });
      const guard = await guardContext(context);
      const page = await context.newPage();
      await page.goto(urlOf(`${version}/index.html`));
      await exercise(page, version);
      await page.waitForLoadState('networkidle');
      expect(guard.seen.length).toBeGreaterThan(0);
      expect(guard.external).toEqual([]);
      expect(guard.consoleErrors).toEqual([]);
      expect(guard.pageErrors).toEqual([]);
      await context.close();
    });
  });
});
