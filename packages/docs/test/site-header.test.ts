import { loadSpec } from '@astro-api/openapi';
import { describe, expect, it } from 'vitest';
import { deprecationBanner, pageHref, siteHeader } from '../src/site-header.ts';
import { describeVersions } from '../src/versions.ts';

const versions = describeVersions(loadSpec);
const links = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*>/g)].map((match) => match[1]);
const current = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]+)"[^>]*aria-current="page"/g)].map((match) => match[1]);

describe('siteHeader', () => {
  it('links from the landing page to both references, relative so file:// works', () => {
    const html = siteHeader(versions, 'home');
    expect(links(html)).toEqual(['index.html', 'v1/index.html', 'v1beta1/index.html']);
    expect(current(html)).toEqual(['index.html']);
  });

  it('links from a reference back up and across, marking the current version', () => {
    const html = siteHeader(versions, 'v1');
    expect(links(html)).toEqual(['../index.html', '../v1/index.html', '../v1beta1/index.html']);
    expect(current(html)).toEqual(['../v1/index.html']);
    expect(html).toContain('<nav class="site-versions" aria-label="API versions">');
    expect(html).toContain('<span class="site-badge site-badge-deprecated">Deprecated</span>');
    expect(html).not.toContain('site-banner');
  });

  it('puts the deprecation banner under the bar on the deprecated version only', () => {
    const html = siteHeader(versions, 'v1beta1');
    expect(html).toMatch(/<\/div><aside class="site-banner" role="note" aria-label="Deprecation notice"[^>]*>.*End of support: <strong>January 2027<\/strong>.*href="..\/v1\/index.html">Move to v1<\/a>/);
  });

  it('uses absolute links where no page is current (the 404 page)', () => {
    expect(links(siteHeader(versions, undefined))).toEqual(['/index.html', '/v1/index.html', '/v1beta1/index.html']);
  });

  it('escapes what it prints', () => {
    const odd = versions.map((version) => ({ ...version, label: '<b>"GA"</b>' }));
    expect(siteHeader(odd, 'home')).toContain('&lt;b&gt;&quot;GA&quot;&lt;/b&gt;');
  });
});

describe('deprecationBanner', () => {
  it('is empty for a GA version', () => {
    expect(deprecationBanner(versions[0]!, versions)).toBe('');
  });

  it('builds hrefs between pages', () => {
    expect(pageHref('v1beta1', 'v1')).toBe('../v1/index.html');
    expect(pageHref('home', 'v1beta1')).toBe('v1beta1/index.html');
    expect(pageHref('v1', 'home')).toBe('../index.html');
  });
});
