/**
 * Watches a browser context: every request goes through a route that lets file:// and
 * http://127.0.0.1 through and aborts (and records) anything else; console errors and uncaught
 * page errors are recorded too. Tests assert the records are empty.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface Guard {
  /** URLs of requests that tried to leave the machine (aborted). */
  external: string[];
  /** Every request the route saw, allowed or not. */
  seen: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

export function isLocal(url: string): boolean {
  if (url.startsWith('file:')) return true;
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

export async function guardContext(context: BrowserContext): Promise<Guard> {
  const guard: Guard = { external: [], seen: [], consoleErrors: [], pageErrors: [] };
  // Every page of the context, including ones opened by links, is watched from its creation.
  context.on('page', (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') guard.consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => guard.pageErrors.push(`${page.url()}: ${error.message}`));
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    guard.seen.push(url);
    if (isLocal(url)) return route.continue();
    guard.external.push(url);
    return route.abort('blockedbyclient');
  });
  return guard;
}
