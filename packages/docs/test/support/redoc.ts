/** Driving a Redoc 3 reference page: open an operation's section, pick a code sample language. */
import type { Locator, Page } from 'playwright-core';

/**
 * Waits until Redoc has hydrated its prerendered markup. A hash route set earlier is lost, so every
 * test waits for this first. Redoc renders the logo in its sidebar footer from an effect, i.e. only
 * once hydration ran, which makes the logo the signal.
 */
export async function waitForRedoc(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.locator('img[alt="redocly logo"]').first().waitFor({ state: 'attached', timeout: 30_000 });
}

/** Routes to `#<sectionId>` and waits until the section shows its heading (Redoc renders sections lazily). */
export async function openSection(page: Page, sectionId: string, heading: string): Promise<Locator> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, sectionId);
  const section = page.locator(`[data-section-id="${sectionId}"]`);
  // Redoc puts a "link to <heading>" anchor inside each heading, and a "Deprecated" badge after it when deprecated.
  const name = new RegExp(`(^|\\s)${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( deprecated)?$`, 'i');
  await section.getByRole('heading', { level: 2, name }).first().waitFor({ state: 'visible' });
  return section;
}

/**
 * Selects a language in the section's request sample panel and returns the code it then shows.
 * The menu opens from the keyboard and the item gets its click event directly: Redoc re-scrolls
 * to the routed section while the page grows, which can carry the menu out of the viewport.
 */
export async function codeSampleIn(page: Page, section: Locator, language: string): Promise<string> {
  const picker = section.getByRole('button', { name: /^(TypeScript|curl)$/ }).first();
  if ((await picker.innerText()).trim() !== language) {
    await picker.press('Enter');
    await page.getByRole('menuitem', { name: language, exact: true }).dispatchEvent('click');
    await page.getByRole('menuitem').first().waitFor({ state: 'detached' });
    await section.getByRole('button', { name: language, exact: true }).first().waitFor({ state: 'visible' });
  }
  const code = section.locator('[data-component-name="CodeBlock/CodeBlock"]').first();
  await code.waitFor({ state: 'visible' });
  return renderedText(code);
}

/**
 * The element's text once it is non-empty and holds every one of `fragments`, or, after `timeoutMs`,
 * whatever it holds then (so the caller's assertion names what is missing). Redoc may lay an element
 * out before React has filled it, so a visible element can briefly read as empty.
 */
export async function renderedText(locator: Locator, fragments: string[] = [], timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await locator.innerText();
    if ((text.trim() && fragments.every((fragment) => text.includes(fragment))) || Date.now() > deadline) return text;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * For a page opened at `#<first operation>`: resolves once Redoc has hydrated, the sidebar links every
 * tag and the first operation's heading is on screen. Returns milliseconds since navigation start.
 */
export async function waitForOperations(page: Page, firstSection: string, tagRoutes: string[]): Promise<number> {
  const handle = await page.waitForFunction(
    ({ first, tags }) => {
      const hydrated = document.querySelector('img[alt="redocly logo"]');
      const linked = tags.every((route) => document.querySelector(`a[href="#${route}"]`));
      const heading = document.querySelector(`[data-section-id="${first}"] h2`);
      return hydrated && linked && heading && heading.getBoundingClientRect().height > 0 ? performance.now() : false;
    },
    { first: firstSection, tags: tagRoutes },
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}
