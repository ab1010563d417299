/** The built site under test; the suite fails (never skips) when it has not been built. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { API_VERSIONS, type ApiVersion } from '@astro-api/openapi';
import { GUIDES } from '../../src/guides.ts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { distDir } from '../../src/paths.ts';
import { startStaticServer, type RunningServer } from '../../src/server.ts';
import { launchChromium } from './chromium.ts';
import { guardContext, type Guard } from './guard.ts';

/** Every HTML page of the site, relative to its root. */
export const SITE_PAGES: readonly string[] = [
  'index.html',
  '404.html',
  'guides/index.html',
  ...GUIDES.map((slug) => `guides/${slug}.html`),
  ...API_VERSIONS.map((version) => `${version}/index.html`),
];

export function requireBuiltSite(): string {
  const missing = SITE_PAGES.filter((page) => !existsSync(join(distDir, page)));
  if (missing.length) {
    throw new Error(`The docs site is not built (missing ${missing.join(', ')}). Run \`pnpm --filter @astro-api/docs build\` before the tests.`);
  }
  return distDir;
}

export const fileUrl = (page: string) => pathToFileURL(join(requireBuiltSite(), page)).href;

export const referencePage = (version: ApiVersion) => `${version}/index.html`;

/**
 * For one test file: launches Chromium and serves dist/ on a free port before its tests, and closes
 * both after them. Read `browser` and `server` inside tests, once the hooks have run.
 */
export function useBrowserAndServedSite(): { readonly browser: Browser; readonly server: RunningServer } {
  const site = {} as { browser: Browser; server: RunningServer };
  beforeAll(async () => {
    requireBuiltSite();
    site.browser = await launchChromium();
    site.server = await startStaticServer({ root: distDir, port: 0 });
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/**
 * One guarded page per describe block: a fresh context of the suite's browser at a desktop size, watched
 * by the guard from its first request, closed after the block.
 */
export function useGuardedPage(site: { readonly browser: Browser }): { readonly page: Page; readonly guard: Guard } {
  const state = {} as { context: BrowserContext; page: Page; guard: Guard };
  beforeAll(async () => {
    state.context = await site.browser.newContext({ viewport: { width: 1400, height: 900 } });
    state.guard = await guardContext(state.context);
    state.page = await state.context.newPage();
  });
  afterAll(async () => state.context?.close());
  return state;
}
