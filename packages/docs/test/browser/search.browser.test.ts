/** One search box, on every page, finds guides and operations of both versions, offline, from file:// and from the served site. */
import { loadOperations } from '@astro-api/openapi';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { testOutputDir } from '../../src/paths.ts';
import { operationRoute } from '../../src/site-paths.ts';
import { waitForRedoc } from '../support/redoc.ts';
import { fileUrl, useBrowserAndServedSite, useGuardedPage } from '../support/site.ts';

const site = useBrowserAndServedSite();
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the guides and the API reference' });
const hits = (page: Page) => page.locator('#site-search-results a');

async function search(page: Page, query: string): Promise<{ kind: string; title: string; context: string }[]> {
  await searchBox(page).fill(query);
  await hits(page).first().waitFor({ state: 'visible' });
  return hits(page).evaluateAll((links) =>
    links.map((link) => ({
      kind: link.querySelector('.site-search-kind')?.textContent ?? '',
      title: link.querySelector('.site-search-title')?.textContent ?? '',
      context: link.querySelector('.site-search-context')?.textContent ?? '',
    })),
  );
}

describe.each([
  ['file://', (path: string) => fileUrl(path)],
  ['the served site', (path: string) => new URL(path, site.server.url).href],
])('site search from %s', (_where, urlOf) => {
  const tab = useGuardedPage(site);

  it('finds a guide and an operation from the same box, and opens the guide', async () => {
    await tab.page.goto(urlOf('index.html'));
    const guide = await search(tab.page, 'rate limits');
    expect(guide[0]).toMatchObject({ kind: 'Guide' });
    expect(guide.some(({ title }) => /rate limits/i.test(title))).toBe(true);

    const operation = await search(tab.page, 'hibernation override');
    expect(operation.some(({ kind, context: where }) => kind === 'Operation' && where.startsWith('v1 · POST /organizations/{organizationId}/deployments/{deploymentId}/hibernation-override'))).toBe(true);
    mkdirSync(testOutputDir, { recursive: true });
    await tab.page.screenshot({ path: join(testOutputDir, `search-${new URL(tab.page.url()).protocol.replace(':', '')}.png`) });

    await search(tab.page, 'migrating v1beta1');
    await hits(tab.page).filter({ hasText: 'Guide' }).first().click();
    await tab.page.waitForURL((url) => url.pathname.endsWith('/guides/migrating-from-v1beta1.html'));
    expect(await tab.page.getByRole('heading', { level: 1 }).innerText()).toBe('Migrating from v1beta1 to v1');
  });

  it('finds an operation by its helper name and opens it in the reference, by keyboard', async () => {
    const target = loadOperations('v1').find(({ operationId }) => operationId === 'UpdateDeploymentHibernationOverride')!;
    await tab.page.goto(urlOf('guides/errors.html'));
    await tab.page.keyboard.press('/');
    expect(await searchBox(tab.page).evaluate((element) => element === document.activeElement)).toBe(true);
    const found = await search(tab.page, 'deployments.updateHibernationOverride');
    expect(found[0]).toMatchObject({ kind: 'Operation', title: target.summary });
    await searchBox(tab.page).press('ArrowDown');
    await tab.page.keyboard.press('Enter');
    await tab.page.waitForURL((url) => url.pathname.endsWith('/v1/index.html') && url.hash === `#${operationRoute(target)}`);
    await waitForRedoc(tab.page);
    await tab.page.locator(`[data-section-id="${operationRoute(target)}"] h2`).first().waitFor({ state: 'visible' });
  });

  it('works on a reference page too, and jumps within it', async () => {
    const target = loadOperations('v1beta1').find(({ operationId }) => operationId === 'GetOrganizationAuditLogs')!;
    await tab.page.goto(urlOf('v1beta1/index.html'));
    await waitForRedoc(tab.page);
    await search(tab.page, 'GetOrganizationAuditLogs');
    await hits(tab.page).filter({ hasText: 'v1beta1 ·' }).first().click();
    await tab.page.waitForURL((url) => url.hash === `#${operationRoute(target)}`);
    await tab.page.locator(`[data-section-id="${operationRoute(target)}"] h2`).first().waitFor({ state: 'visible' });
    expect(await tab.page.locator('#site-search-results').isHidden()).toBe(true);
  });

  it('says so when nothing matches, and announces the count', async () => {
    await tab.page.goto(urlOf('index.html'));
    await searchBox(tab.page).fill('zzzqqqxxv');
    await tab.page.locator('.site-search-none').waitFor({ state: 'visible' });
    expect(await tab.page.locator('#site-search-status').textContent()).toBe('No results for zzzqqqxxv');
    await searchBox(tab.page).fill('waiters');
    await hits(tab.page).first().waitFor();
    expect(await tab.page.locator('#site-search-status').textContent()).toMatch(/^\d+ results for waiters$/);
    await searchBox(tab.page).press('Escape');
    expect(await tab.page.locator('#site-search-results').isHidden()).toBe(true);
  });

  it('logged no console error and sent nothing off the site', () => {
    expect(tab.guard.external).toEqual([]);
    expect(tab.guard.consoleErrors).toEqual([]);
    expect(tab.guard.pageErrors).toEqual([]);
  });
});
