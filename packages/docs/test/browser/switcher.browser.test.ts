/** The version switcher moves landing → v1 → v1beta1 → landing, from file:// and from the served site. */
import { loadSpec } from '@astro-api/openapi';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectedOperations } from '../support/expectations.ts';
import { openSection, waitForRedoc } from '../support/redoc.ts';
import { fileUrl, useBrowserAndServedSite, useGuardedPage } from '../support/site.ts';

const site = useBrowserAndServedSite();

const switcher = (page: Page) => page.getByRole('navigation', { name: 'API versions' });
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const currentVersion = async (page: Page) => squash(await switcher(page).locator('[aria-current="page"]').textContent());
const banner = (page: Page) => page.getByRole('note', { name: 'Deprecation notice' });

describe.each([
  ['file://', () => fileUrl('index.html')],
  ['the served site', () => site.server.url],
])('switching versions from %s', (_where, landingUrl) => {
  const tab = useGuardedPage(site);

  it('goes from the landing page to v1, to v1beta1 with its banner, and back home', async () => {
    await tab.page.goto(landingUrl());
    expect(await tab.page.getByRole('heading', { level: 1 }).innerText()).toBe('Astro API');
    expect((await switcher(tab.page).getByRole('link').allTextContents()).map(squash)).toEqual(['v1 GA', 'v1beta1 Deprecated']);

    await switcher(tab.page).getByRole('link', { name: /^v1 / }).click();
    await tab.page.waitForURL(/\/v1\/index\.html$/);
    await waitForRedoc(tab.page);
    expect(await currentVersion(tab.page)).toBe('v1 GA');
    expect(await banner(tab.page).count()).toBe(0);

    await switcher(tab.page).getByRole('link', { name: /^v1beta1 / }).click();
    await tab.page.waitForURL(/\/v1beta1\/index\.html$/);
    await waitForRedoc(tab.page);
    expect(await currentVersion(tab.page)).toBe('v1beta1 Deprecated');
    await banner(tab.page).waitFor({ state: 'visible' });
    expect(squash(await banner(tab.page).textContent())).toBe('v1beta1 is deprecated. End of support: January 2027. Move to v1 with the migration guide.');
    const box = await banner(tab.page).boundingBox();
    expect(box?.y, 'the banner sits at the top of the page').toBeLessThan(120);

    await tab.page.getByRole('banner').getByRole('link', { name: 'Astro API' }).click();
    await tab.page.waitForURL((url) => /\/(index\.html)?$/.test(url.pathname) && !/\/v1/.test(url.pathname));
    expect(await tab.page.getByRole('heading', { level: 1 }).innerText()).toBe('Astro API');
  });

  it('keeps the open operation when switching between references', async () => {
    const target = expectedOperations(loadSpec('v1')).find(({ operationId }) => operationId === 'GetOrganization');
    if (!target) throw new Error('v1 has no GetOrganization');
    await tab.page.goto(new URL('v1/index.html', landingUrl()).href);
    await waitForRedoc(tab.page);
    await openSection(tab.page, target.sectionId, target.summary);

    await switcher(tab.page).getByRole('link', { name: /^v1beta1 / }).click();
    await tab.page.waitForURL((url) => url.pathname.endsWith('/v1beta1/index.html') && url.hash === `#${target.sectionId}`);
    await tab.page.locator(`[data-section-id="${target.sectionId}"] h2`).first().waitFor({ state: 'visible' });

    await banner(tab.page).getByRole('link', { name: 'Move to v1' }).click();
    await tab.page.waitForURL(/\/v1\/index\.html$/);
  });

  it('loaded only local files and logged no errors', () => {
    expect(tab.guard.seen.length).toBeGreaterThan(0);
    expect(tab.guard.external).toEqual([]);
    expect(tab.guard.consoleErrors).toEqual([]);
    expect(tab.guard.pageErrors).toEqual([]);
  });
});
