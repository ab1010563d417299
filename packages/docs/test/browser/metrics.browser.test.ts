/**
 * Page sizes within budget, and a screenshot per page in test-output/. Render times are printed and saved
 * for reading, never asserted: timing belongs to bench/docs.ts, not to a test on a shared machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testOutputDir } from '../../src/paths.ts';
import { launchChromium } from '../support/chromium.ts';
import { formatMetrics, measureSite, type PageMetrics } from '../support/measure.ts';

/** Size ceilings: a reference inlines Redoc (about 2.5 MiB). */
const BUDGET = {
  'index.html': { bytes: 100 * 1024 },
  reference: { bytes: 4 * 1024 * 1024 },
};

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
  it('measured the landing page and both references', () => {
    expect(metrics.map(({ page }) => page)).toEqual(['index.html', 'v1/index.html', 'v1beta1/index.html']);
  });

  it('stay within their size budgets', () => {
    for (const { page, bytes } of metrics) {
      const budget = page === 'index.html' ? BUDGET['index.html'] : BUDGET.reference;
      expect(bytes, `${page} bytes`).toBeLessThanOrEqual(budget.bytes);
    }
  });
});
