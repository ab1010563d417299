/** Every operation of both references renders its parameters (enums, limits), body fields, response codes and samples, from file:// and from the served site. */
import { API_VERSIONS, loadOperations, loadSpec, readTagGroups } from '@astro-api/openapi';
import { tagRoute } from '../../src/site-paths.ts';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedOperations, type ExpectedField } from '../support/expectations.ts';
import { guardContext, type Guard } from '../support/guard.ts';
import { codeSampleIn, openSection, renderedText, waitForRedoc } from '../support/redoc.ts';
import { fileUrl, referencePage, useBrowserAndServedSite } from '../support/site.ts';

const site = useBrowserAndServedSite();
const origins = [
  ['file://', (path: string) => fileUrl(path)],
  ['the served site', (path: string) => new URL(path, site.server.url).href],
] as const;

/** Redoc's id of a field entry ends with `t=request&in=<query|path|headers>&path=<name>`, or `t=request&path=<name>` for a body field. */
const fieldSelector = ({ location, name }: ExpectedField) => {
  const where = location === 'body' ? '' : `&in=${location === 'header' ? 'headers' : location}`;
  return `.schema-property-item[id$="t=request${where}&path=${name.toLowerCase()}"]`;
};

describe.each(origins.flatMap(([where, urlOf]) => API_VERSIONS.map((version) => [version, where, urlOf] as const)))('%s reference page from %s', (version, _where, urlOf) => {
  const operations = expectedOperations(loadSpec(version));
  let context: BrowserContext;
  let guard: Guard;
  let page: Page;

  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width: 1400, height: 900 } });
    guard = await guardContext(context);
    page = await context.newPage();
    await page.goto(urlOf(referencePage(version)));
    await waitForRedoc(page);
  });
  afterAll(async () => context?.close());

  it('navigates by the tag groups of the spec: every group and tag in the sidebar, each tag opening its operations', async () => {
    const groups = readTagGroups(loadSpec(version), loadOperations(version));
    const sidebar = page.locator('#redoc nav, #redoc [role="navigation"], #redoc .menu-content').first();
    const text = await sidebar.innerText();
    if (version === 'v1') {
      let at = -1;
      for (const { name } of groups) {
        const next = text.indexOf(name, at + 1);
        expect(next, `group "${name}" in the sidebar, in the spec's order`).toBeGreaterThan(at);
        at = next;
      }
    }
    for (const tag of groups.flatMap(({ tags }) => tags)) {
      const link = page.locator(`#redoc a[href="#${tagRoute(tag.name)}"]`).first();
      await link.waitFor({ state: 'attached' });
      await link.click();
      for (const operation of tag.operations) {
        const expected = operations.find(({ operationId }) => operationId === operation.operationId)!;
        await page.locator(`#redoc a[href="#${expected.sectionId}"]`).first().waitFor({ state: 'attached' });
      }
    }
    expect(groups.flatMap(({ tags }) => tags.flatMap((tag) => tag.operations))).toHaveLength(operations.length);
  });

  it.each(operations.map((operation) => [operation.operationId, operation] as const))('renders %s', async (_id, operation) => {
    const section = await openSection(page, operation.sectionId, operation.summary);
    const heading = await section.locator('h2').first().innerText();
    expect(/deprecated/i.test(heading), 'a deprecated operation carries the Deprecated badge').toBe(operation.deprecated);

    for (const field of operation.fields) {
      const entry = section.locator(fieldSelector(field)).first();
      await entry.waitFor({ state: 'visible' });
      const text = await renderedText(entry, [field.name, ...field.texts]);
      expect(text, `${field.location} field ${field.name}`).toContain(field.name);
      for (const fragment of field.texts) expect(text, `${field.name} shows ${fragment}`).toContain(fragment);
    }

    const tabs = section.getByRole('tablist', { name: 'Response status' }).first().getByRole('tab');
    expect((await tabs.allInnerTexts()).map((code) => code.trim())).toEqual(operation.responseCodes);

    const typescript = await codeSampleIn(page, section, 'TypeScript');
    expect(typescript).toContain(`from '@astro-api/client/${version}'`);
    expect(typescript).toContain('process.env.ASTRO_API_TOKEN');
    const curl = await codeSampleIn(page, section, 'curl');
    expect(curl).toContain(`curl --request ${operation.method.toUpperCase()}`);
    expect(curl).toContain('Authorization: Bearer ${ASTRO_API_TOKEN}');
  });

  it('shows the limits the brief singles out: limit 0..1000, sorts and productPlan values', () => {
    const list = operations.find(({ operationId }) => operationId === 'ListOrganizations');
    const texts = (name: string) => list?.fields.find((field) => field.name === name)?.texts ?? [];
    expect(texts('limit')).toContain('[ 0 .. 1000 ]');
    expect(texts('sorts')).toEqual(expect.arrayContaining(['"name:asc"', '"updatedAt:desc"']));
    expect(texts('productPlan')).toEqual(expect.arrayContaining(['"TRIAL"', '"BUSINESS_CRITICAL"']));
  });

  it('logged no console error and sent nothing off the machine', () => {
    expect(guard.seen.length).toBeGreaterThan(0);
    expect(guard.external).toEqual([]);
    expect(guard.consoleErrors).toEqual([]);
    expect(guard.pageErrors).toEqual([]);
  });
});
