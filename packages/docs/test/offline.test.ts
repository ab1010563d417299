import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../src/csp.ts';
import { assertSelfContained, inlineRedocAssets, LOGO_DATA_URL } from '../src/offline.ts';

const csp = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
const redocLike = `${csp}<script type="module">img({src:e?\`https://cdn.redoc.ly/redoc/logo-mini-full.svg\`:\`https://cdn.redoc.ly/redoc/logo-mini.svg\`});const o = {"disableTelemetry":true};</script>`;

describe('inlineRedocAssets', () => {
  it('swaps both CDN logo URLs for the inline SVG', () => {
    const html = inlineRedocAssets(redocLike);
    expect(html).not.toContain('cdn.redoc.ly');
    expect(html.split(LOGO_DATA_URL)).toHaveLength(3);
    expect(LOGO_DATA_URL.startsWith('data:image/svg+xml,')).toBe(true);
  });

  it('fails when Redoc stops loading the logo from where it did, so the change gets looked at', () => {
    expect(() => inlineRedocAssets('<script>nothing</script>')).toThrow('Redoc no longer loads its logo from https://cdn.redoc.ly/redoc/logo-mini-full.svg');
  });
});

describe('assertSelfContained', () => {
  it('accepts a page with the policy, telemetry off and nothing remote', () => {
    expect(() => assertSelfContained('page', inlineRedocAssets(redocLike), { redoc: true })).not.toThrow();
  });

  it.each([
    ['a remote script', '<script src="https://cdn.example/redoc.js"></script>', 'a tag loading a remote resource'],
    ['a protocol-relative stylesheet', '<link rel="stylesheet" href="//fonts.googleapis.com/css">', 'a tag loading a remote resource'],
    ['a CSS url()', '<style>body{background:url("https://img.example/bg.png")}</style>', 'a CSS url() pointing at the network'],
    ['a CSS @import', "<style>@import 'https://fonts.googleapis.com/css2';</style>", 'a stylesheet import from the network'],
    ['a Redoc CDN import', '<script type="module">import { hydrate } from "https://cdn.redocly.com/redoc/v3/bundles/redoc.standalone.js";</script>', 'a remote Redoc module import'],
  ])('rejects %s', (_what, markup, problem) => {
    expect(() => assertSelfContained('page', `${csp}${markup}`, { redoc: false })).toThrow(problem);
  });

  it('rejects a page without the policy, or a reference with telemetry on', () => {
    expect(() => assertSelfContained('page', '<p>hi</p>', { redoc: false })).toThrow('the Content-Security-Policy meta tag is missing');
    expect(() => assertSelfContained('page', `${csp}{"disableTelemetry":false}`, { redoc: true })).toThrow('Redoc telemetry is not disabled');
  });

  it('leaves links alone: navigating is not loading', () => {
    expect(() => assertSelfContained('page', `${csp}<a href="https://www.npmjs.com/package/x">x</a>`, { redoc: false })).not.toThrow();
  });
});
