import { loadSpec } from '@astro-api/openapi';
import { describe, expect, it } from 'vitest';
import { deprecationBanner, siteHeader } from '../src/site-header.ts';
import { pageHref } from '../src/site-paths.ts';
import { describeVersions } from '../src/versions.ts';

const versions = describeVersions(loadSpec);
const links = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*>/g)].map((match) => match[1]);
const current = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*aria-current="page"/g)].map((match) => match[1]);

describe('siteHeader', () => {
  it('links from the landing page to the guides and both references, relative so file:// works', () => {
    const html = siteHeader(versions, 'index.html');
    expect(links(html)).toEqual(['index.html', 'guides/index.html', 'v1/index.html', 'v1beta1/index.html']);
    expect(current(html)).toEqual(['index.html']);
    expect(html).toContain('data-site-root=""');
  });

  it('links from a reference back up and across, marking the current version', () => {
    const html = siteHeader(versions, 'v1/index.html');
    expect(links(html)).toEqual(['../index.html', '../guides/index.html', '../v1/index.html', '../v1beta1/index.html']);
    expect(current(html)).toEqual(['../v1/index.html']);
    expect(html).toContain('<nav class="site-versions" aria-label="API versions">');
    expect(html).not.toContain('site-banner');
  });

  it('marks the guides link on a guide page', () => {
    expect(siteHeader(versions, 'guides/errors.html')).toContain('<a class="site-nav-link" href="../guides/index.html" aria-current="true">Guides</a>');
    expect(siteHeader(versions, 'guides/index.html')).toContain('href="../guides/index.html" aria-current="page">Guides</a>');
  });

  it('has one labelled search box', () => {
    const html = siteHeader(versions, 'index.html');
    expect(html).toContain('<div class="site-search" role="search"><label class="site-visually-hidden" for="site-search-input">Search the guides and the API reference</label><input id="site-search-input"');
    expect(html.match(/type="search"/g)).toHaveLength(1);
  });

  it('puts the deprecation banner under the bar on the deprecated version only, with the migration guide', () => {
    const html = siteHeader(versions, 'v1beta1/index.html');
    expect(html).toMatch(/<\/div><aside class="site-banner" role="note" aria-label="Deprecation notice"[^>]*>.*End of support: <strong>January 2027<\/strong>\. <a href="..\/v1\/index.html">Move to v1<\/a> with the <a href="..\/guides\/migrating-from-v1beta1.html">migration guide<\/a>\./);
  });

  it('links from the root where no page is current (the 404 page)', () => {
    expect(links(siteHeader(versions, undefined))).toEqual(['/index.html', '/guides/index.html', '/v1/index.html', '/v1beta1/index.html']);
  });

  it('escapes what it prints', () => {
    const odd = versions.map((version) => ({ ...version, label: '<b>"GA"</b>' }));
    expect(siteHeader(odd, 'index.html')).toContain('&lt;b&gt;&quot;GA&quot;&lt;/b&gt;');
  });
});

describe('deprecationBanner and links between pages', () => {
  it('is empty for a GA version', () => {
    expect(deprecationBanner(versions[0]!, versions, '')).toBe('');
  });

  it('builds relative hrefs between pages', () => {
    expect(pageHref('v1beta1/index.html', 'v1/index.html')).toBe('../v1/index.html');
    expect(pageHref('index.html', 'v1beta1/index.html')).toBe('v1beta1/index.html');
    expect(pageHref('v1/index.html', 'index.html')).toBe('../index.html');
    expect(pageHref('guides/errors.html', 'guides/pagination.html#walks')).toBe('pagination.html#walks');
    expect(pageHref('guides/errors.html', 'v1/index.html#/deployment')).toBe('../v1/index.html#/deployment');
  });
});
