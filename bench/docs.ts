/**
 * Page sizes and render times of the docs site (the landing page, a guide, both references, v1 with
 * every operation): Chromium headless, pages opened from file://,
 * a fresh browser context per run, median reported. Build the site first:
 *   pnpm --filter @astro-api/docs build && npx tsx bench/docs.ts [--runs 5]
 */
import { parseArgs } from 'node:util';
import { launchChromium } from '../packages/docs/test/support/chromium.ts';
import { formatMetrics, measureSite } from '../packages/docs/test/support/measure.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 100) {
  console.error(`--runs must be a whole number from 1 to 100, got "${values.runs}"`);
  process.exit(2);
}

const browser = await launchChromium();
try {
  const metrics = await measureSite(browser, { runs });
  console.log(`Docs pages, median of ${runs} run(s):\n${formatMetrics(metrics)}`);
} finally {
  await browser.close();
}
