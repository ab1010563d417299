/** Runs axe-core (WCAG 2.1 A and AA rules, contrast included) in a page and returns its violations. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  targets: string[];
}

/** `include`: CSS selectors to check; the whole document when empty. */
export async function axeViolations(page: Page, include: string[] = []): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (selectors) => {
    const axe = (window as unknown as { axe: any }).axe;
    const context = selectors.length ? { include: selectors.map((selector) => [selector]) } : document;
    const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((violation: any) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      targets: violation.nodes.map((node: any) => node.target.join(' ')),
    }));
  }, include);
}
