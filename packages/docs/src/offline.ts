/**
 * Makes a built page self-contained and proves it. Redoc 3 shows a Redocly logo that it loads
 * from a CDN; the logo is swapped for an inline SVG. Then the page is checked: the CSP meta tag
 * is in place, Redoc telemetry is off, and no tag or stylesheet pulls anything from a network.
 */
import { CONTENT_SECURITY_POLICY } from './csp.ts';

const REDOCLY_LOGO_URLS = ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', 'https://cdn.redoc.ly/redoc/logo-mini.svg'];

const LOGO_SVG = [
  '<svg xmlns="http://www.w3.org/2000/svg" width="54" height="14" viewBox="0 0 54 14">',
  '<text x="0" y="11" font-family="system-ui, sans-serif" font-size="11" font-weight="600" fill="#718096">Redocly</text>',
  '</svg>',
].join('');
export const LOGO_DATA_URL = `data:image/svg+xml,${encodeURIComponent(LOGO_SVG)}`;

export function inlineRedocAssets(html: string): string {
  let result = html;
  for (const url of REDOCLY_LOGO_URLS) {
    if (!result.includes(url)) {
      throw new Error(`Redoc no longer loads its logo from ${url}; check what the new Redoc bundle loads from the network and update src/offline.ts`);
    }
    result = result.split(url).join(LOGO_DATA_URL);
  }
  return result;
}

const REMOTE_MARKUP = [
  { what: 'a tag loading a remote resource', pattern: /<(?:script|link|img|iframe|source|video|audio|embed|object)\b[^>]*\s(?:src|href|data)\s*=\s*["']?(?:https?:)?\/\/[^\s"'>]+/gi },
  { what: 'a stylesheet import from the network', pattern: /@import\s+(?:url\()?\s*["']?(?:https?:)?\/\//gi },
  { what: 'a CSS url() pointing at the network', pattern: /url\(\s*["']?(?:https?:)?\/\/[^)]*\)/gi },
  { what: 'a remote Redoc module import', pattern: /import\s*\{[^}]*\}\s*from\s*["']https?:\/\//gi },
];

/** Throws listing every problem that would let `name` reach the network. */
export function assertSelfContained(name: string, html: string, { redoc }: { redoc: boolean }): void {
  const problems: string[] = [];
  if (!html.includes(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`)) {
    problems.push('the Content-Security-Policy meta tag is missing');
  }
  for (const { what, pattern } of REMOTE_MARKUP) {
    for (const match of html.match(pattern) ?? []) problems.push(`${what}: ${match.slice(0, 160)}`);
  }
  if (redoc && !/"disableTelemetry":true/.test(html)) problems.push('Redoc telemetry is not disabled');
  if (problems.length) throw new Error(`${name} is not self-contained:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
}
