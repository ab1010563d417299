/** Redoc's search finds the audit-log export in both references and jumps to it. */
import { API_VERSIONS, loadSpec } from '@astro-api/openapi';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { expectedOperations } from '../support/expectations.ts';
import { guardContext } from '../support/guard.ts';
import { waitForRedoc } from '../support/redoc.ts';
import { fileUrl, referencePage } from '../support/site.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe.each(API_VERSIONS)('%s search', (version) => {
  it('finds "audit" and opens the audit-log export', async () => {
    const auditLogs = expectedOperations(loadSpec(version)).find(({ operationId }) => operationId === 'GetOrganizationAuditLogs');
    if (!auditLogs) throw new Error(`${version} has no GetOrganizationAuditLogs`);
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const guard = await guardContext(context);
    const page = await context.newPage();
    await page.goto(fileUrl(referencePage(version)));
    await waitForRedoc(page);

    await page.keyboard.press('Control+k');
    const box = page.getByRole('textbox', { name: 'Search docs...' });
    await box.fill('audit');
    const hit = page.getByRole('link', { name: new RegExp(`^GET /organizations/\\{organizationId\\}/audit-logs ${auditLogs.summary}`) });
    await hit.waitFor({ state: 'visible' });
    await hit.click();

    await page.waitForURL((url) => url.hash === `#${auditLogs.sectionId}`);
    await page.locator(`[data-section-id="${auditLogs.sectionId}"] h2`).first().waitFor({ state: 'visible' });
    expect(guard.external).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
    expect(guard.pageErrors).toEqual([]);
    await context.close();
  });
});
