/**
 * Page sizes and render times of the built site. Render time: from navigation start until the
 * page is usable — for a reference, Redoc hydrated with every tag in the sidebar and the
 * first operation's heading on screen; for the landing page, its versions table on screen; for a
 * guide, the end of its article on screen.
 * Each run uses a fresh browser context (cold cache).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { API_VERSIONS, loadOperations } from '@astro-api/openapi';
import { operationRoute, tagRoute } from '../../src/site-paths.ts';
import type { Browser } from 'playwright-core';
import { guardContext } from './guard.ts';
import { waitForOperations } from './redoc.ts';
import { fileUrl, requireBuiltSite } from './site.ts';

export interface PageMetrics {
  page: string;
  bytes: number;
  /** Median over the runs, in milliseconds. */
  renderMs: number;
  runsMs: number[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

interface Target {
  page: string;
  /** Hash to open, and the wait that returns ms since navigation start. */
  hash: string;
  ready: (page: import('playwright-core').Page) => Promise<number>;
}

/** The guide measured as "a guide": the longest one, with the most code and tables. */
export const MEASURED_GUIDE = 'guides/migrating-from-v1beta1.html';

/** Ready once `selector` is laid out on screen. */
const visible = (selector: string) => async (page: import('playwright-core').Page) => {
  const handle = await page.waitForFunction((css) => {
    const element = document.querySelector(css);
    return element && element.getBoundingClientRect().height > 0 ? performance.now() : false;
  }, selector, { polling: 'raf' });
  return (await handle.jsonValue()) as number;
};

function targets(): Target[] {
  return [
    { page: 'index.html', hash: '', ready: visible('table') },
    { page: MEASURED_GUIDE, hash: '', ready: visible('.guide-pager') },
    ...API_VERSIONS.map((version): Target => {
      const operations = loadOperations(version);
      const first = operationRoute(operations[0]!);
      const tags = [...new Set(operations.map(({ tag }) => tagRoute(tag)))];
      return { page: `${version}/index.html`, hash: `#${first}`, ready: (page) => waitForOperations(page, first, tags) };
    }),
  ];
}

/** Measures every page `runs` times; with `screenshotDir`, saves one screenshot per page there. */
export async function measureSite(browser: Browser, { runs = 1, screenshotDir }: { runs?: number; screenshotDir?: string } = {}): Promise<PageMetrics[]> {
  const dist = requireBuiltSite();
  const results: PageMetrics[] = [];
  for (const target of targets()) {
    const runsMs: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const guard = await guardContext(context);
      const page = await context.newPage();
      await page.goto(`${fileUrl(target.page)}${target.hash}`, { waitUntil: 'commit' });
      runsMs.push(Math.round(await target.ready(page)));
      if (guard.external.length) throw new Error(`${target.page} requested ${guard.external.join(', ')}`);
      if (screenshotDir && run === 0) {
        const name = target.page === 'index.html' ? 'landing' : target.page.startsWith('guides/') ? `guide-${target.page.slice('guides/'.length, -'.html'.length)}` : target.page.split('/')[0];
        await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
      }
      await context.close();
    }
    results.push({ page: target.page, bytes: statSync(join(dist, target.page)).size, renderMs: median(runsMs), runsMs });
  }
  return results;
}

export function formatMetrics(rows: PageMetrics[]): string {
  const lines = rows.map(({ page, bytes, renderMs, runsMs }) =>
    `  ${page.padEnd(36)} ${(bytes / 1024).toFixed(1).padStart(9)} KiB ${String(renderMs).padStart(7)} ms${runsMs.length > 1 ? `   (runs: ${runsMs.join(', ')})` : ''}`,
  );
  return [`  ${'page'.padEnd(36)} ${'size'.padStart(13)} ${'render'.padStart(10)}`, ...lines].join('\n');
}
