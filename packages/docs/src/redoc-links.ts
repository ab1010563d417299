/**
 * Redoc prerenders the sidebar links of its tags and introduction as site paths (`href="/deployment"`,
 * `href="/"`) although it routes by hash, so a reader opening one in a new tab leaves the site. In
 * the prerendered markup (from `<div id="redoc">` to Redoc's module script) they become hash routes;
 * the page script (browser/redoc-links.ts) does the same for what Redoc renders later.
 */
const PRERENDERED_START = '<div id="redoc"';
const PRERENDERED_END = '<script type="module"';

export function hashRoutedLinks(html: string): string {
  const start = html.indexOf(PRERENDERED_START);
  const end = start === -1 ? -1 : html.indexOf(PRERENDERED_END, start);
  if (start === -1 || end === -1) throw new Error('Redoc page layout changed: no prerendered <div id="redoc"> before its module script; check src/redoc-links.ts');
  const markup = html.slice(start, end).replace(/(<a\b[^>]*?\shref=")\/(?!\/)([^"]*)"/g, '$1#/$2"');
  return html.slice(0, start) + markup + html.slice(end);
}
