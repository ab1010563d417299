/**
 * Page sizes within budget, and a screenshot per measured page in test-output/. Render times are printed
 * and saved for reading, never asserted: timing belongs to bench/docs.ts, not to a test on a shared machine.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { API_VERSIONS, loadOperations } from '@astro-api/openapi';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testOutputDir } from '../../src/paths.ts';
import { launchChromium } from '../support/chromium.ts';
import { formatMetrics, measureSite, MEASURED_GUIDE, type PageMetrics } from '../support/measure.ts';
import { requireBuiltSite, SITE_PAGES } from '../support/site.ts';

const MiB = 1024 * 1024;
/** Size ceilings. A reference inlines Redoc (about 2.5 MiB) and its whole definition; every page carries the search index. */
const BUDGET = { reference: 4 * MiB, page: 256 * 1024 };

let browser: Browser;
let metrics: PageMetrics[];
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(testOutputDir, { recursive: true });
  metrics = await measureSite(browser, { runs: 1, screenshotDir: testOutputDir });
  writeFileSync(join(testOutputDir, 'docs-metrics.json'), `${JSON.stringify(metrics, null, 2)}\n`);
  console.log(`Docs pages (file://, cold context, Chromium headless):\n${formatMetrics(metrics)}`);
}, 120_000);
afterAll(async () => browser?.close());

describe('docs pages', () => {
  it('measured the landing page, a guide and both references', () => {
    expect(metrics.map(({ page }) => page)).toEqual(['index.html', MEASURED_GUIDE, ...API_VERSIONS.map((version) => `${version}/index.html`)]);
  });

  it(`keep each reference under 4 MiB, the v1 one with all ${loadOperations('v1').length} operations`, () => {
    expect(loadOperations('v1').length).toBeGreaterThanOrEqual(75);
    for (const version of API_VERSIONS) {
      const { bytes } = metrics.find(({ page }) => page === `${version}/index.html`)!;
      expect(bytes, `${version}/index.html bytes`).toBeLessThan(BUDGET.reference);
    }
  });

  it('keep every other page under 256 KiB', () => {
    const dist = requireBuiltSite();
    for (const page of SITE_PAGES.filter((path) => !API_VERSIONS.some((version) => path === `${version}/index.html`))) {
      expect(statSync(join(dist, page)).size, page).toBeLessThan(BUDGET.page);
    }
  });
});
