import { loadOperations, loadSpec, readTagGroups } from '@astro-api/openapi';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../src/csp.ts';
import type { Guide } from '../src/guides.ts';
import { renderLanding } from '../src/landing.ts';
import { renderNotFound } from '../src/not-found.ts';
import { assertSelfContained } from '../src/offline.ts';
import { describeVersions } from '../src/versions.ts';

const versions = describeVersions(loadSpec);
const guide = (slug: string, title: string): Guide => ({ slug, title, origin: '', page: `guides/${slug}.html`, summary: `About ${title}.`, html: '', headings: [], codeBlocks: [], sections: [] });
const guides = [guide('getting-started', 'Getting started'), guide('migrating-from-v1beta1', 'Migrating')];
const html = renderLanding({
  versions,
  quickstart: "import { createClient } from '@astro-api/client/v1';\nif (a < b && c) {}",
  guides,
  tagGroups: readTagGroups(loadSpec('v1'), loadOperations('v1')),
  search: [],
});
const text = html.replace(/<style>[\s\S]*?<\/style>|<script[^>]*>[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('landing page', () => {
  it('says what the API is and how much of it there is', () => {
    expect(text).toContain("The Astro API is Astronomer's HTTP API for Astro, the managed Apache Airflow platform.");
    expect(text).toContain(`Its ${loadOperations('v1').length} v1 operations`);
  });

  it('lists both versions with status, end of support and base URL', () => {
    expect(text).toMatch(/v1 GA Generally available since 2026-01-28\. .* https:\/\/api\.astronomer\.io\/v1 /);
    expect(text).toMatch(/v1beta1 Deprecated .*end of support in January 2027.* https:\/\/api\.astronomer\.io\/platform\/v1beta1 /);
  });

  it('links to the guides, both references, the bundles, the tag groups and the packages', () => {
    for (const href of ['guides/getting-started.html', 'guides/migrating-from-v1beta1.html', 'v1/index.html', 'v1beta1/index.html', 'v1/openapi.yaml', 'v1beta1/openapi.json', 'v1/index.html#/deployment', 'v1/index.html#/allowedipaddressrange', 'https://www.npmjs.com/package/@astro-api/client']) {
      expect(html).toContain(`href="${href}"`);
    }
    for (const group of ['Organization and access', 'Workspaces and Deployments', 'Infrastructure']) expect(text).toContain(group);
    expect(text).toContain('About Getting started.');
  });

  it('shows how to install and start, with the quick-start source escaped', () => {
    expect(text).toContain('npm install @astro-api/client');
    expect(text).toContain('export ASTRO_API_TOKEN=&lt;your token&gt;');
    expect(text).toContain('export ASTRO_ORGANIZATION_ID=&lt;your Organization id&gt;');
    expect(html).toContain('if (a &lt; b &amp;&amp; c) {}');
  });

  it('is a self-contained, semantic page', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    for (const landmark of ['<header class="site-header"', '<main id="main"', '<footer', '<table class="landing-table">', '<th scope="col">', 'id="site-search-data"']) expect(html).toContain(landmark);
    expect(() => assertSelfContained('index.html', html, { redoc: false })).not.toThrow();
  });
});

describe('404 page', () => {
  it('links home, to the guides and to each reference from the root', () => {
    const page = renderNotFound(versions, []);
    expect(page).toContain('<h1>Page not found</h1>');
    for (const href of ['/index.html', '/guides/index.html', '/v1/index.html', '/v1beta1/index.html']) expect(page).toContain(`href="${href}"`);
    expect(() => assertSelfContained('404.html', page, { redoc: false })).not.toThrow();
  });
});
