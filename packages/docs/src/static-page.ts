/** The document shell of the site's own pages (landing, guides, 404): CSP, styles, header, search, script. */
import { readAsset } from './assets.ts';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { escapeHtml } from './html.ts';
import { pageScripts } from './page-scripts.ts';
import type { SearchDocument } from './search-index.ts';

export interface StaticPage {
  title: string;
  description?: string;
  /** The site header for this page (from siteHeader). */
  header: string;
  /** Everything inside <main>. */
  main: string;
  /** An optional <footer> after <main>. */
  footer?: string;
  /** `landing` (the default) or `guide`: the body class and the stylesheets. */
  layout?: 'landing' | 'guide';
  search: SearchDocument[];
}

export function renderStaticPage({ title, description, header, main, footer = '', layout = 'landing', search }: StaticPage): string {
  const styles = layout === 'guide' ? [readAsset('site.css'), readAsset('guide.css'), readAsset('code.css')] : [readAsset('site.css'), readAsset('landing.css'), readAsset('code.css')];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${description ? `<meta name="description" content="${escapeHtml(description)}">\n` : ''}<title>${escapeHtml(title)}</title>
<style>${styles.join('\n')}</style>
</head>
<body class="site-${layout}">
<a class="site-skip" href="#main">Skip to the content</a>
${header}
<main id="main" class="${layout}">
${main}
</main>
${footer}${pageScripts(search)}
</body>
</html>
`;
}
