import { describe, expect, it } from 'vitest';
import { hashRoute, modernHash } from '../src/browser/redoc-links.ts';
import { hashRoutedLinks } from '../src/redoc-links.ts';

describe('hashRoutedLinks (build)', () => {
  it("turns Redoc's prerendered site-path links into hash routes, and leaves the rest alone", () => {
    const html = [
      '<a href="/index.html">site header, before Redoc</a>',
      '<div id="redoc"><a class="x" href="/"></a><a class="x" href="/deployment">Deployment</a><a href="#/deployment/getdeployment">op</a>',
      '<a href="//cdn.example/x">protocol-relative</a><a href="https://redocly.com/redoc/">by Redocly</a></div>',
      '<script type="module">const s = `<a href="/not-markup">`;</script>',
    ].join('');
    const fixed = hashRoutedLinks(html);
    expect(fixed).toContain('<a class="x" href="#/"></a><a class="x" href="#/deployment">Deployment</a><a href="#/deployment/getdeployment">');
    expect(fixed).toContain('<a href="/index.html">site header, before Redoc</a>');
    expect(fixed).toContain('href="//cdn.example/x"');
    expect(fixed).toContain('`<a href="/not-markup">`');
  });

  it('fails when the page is no longer laid out as expected', () => {
    expect(() => hashRoutedLinks('<html></html>')).toThrow('Redoc page layout changed');
  });
});

describe('browser helpers', () => {
  it('maps a site path to a hash route', () => {
    expect([hashRoute('/deployment'), hashRoute('/'), hashRoute('//host/x'), hashRoute('#/x'), hashRoute('https://x')]).toEqual(['#/deployment', '#/', undefined, undefined, undefined]);
  });

  it('maps anchors of the older Redoc form to routes', () => {
    expect(modernHash('#tag/Deployment/operation/GetDeployment')).toBe('#/deployment/getdeployment');
    expect(modernHash('#tag/AllowedIpAddressRange')).toBe('#/allowedipaddressrange');
    expect(modernHash('#/deployment/getdeployment')).toBeUndefined();
    expect(modernHash('')).toBeUndefined();
  });
});
