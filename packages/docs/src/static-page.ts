/** The document shell shared by the site's own pages (landing and 404): CSP, styles, header, script. */
import { readAsset } from './assets.ts';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { escapeHtml } from './html.ts';

export interface StaticPage {
  title: string;
  description?: string;
  /** The site header for this page (from siteHeader). */
  header: string;
  /** Everything inside <main>. */
  main: string;
  /** An optional <footer> after <main>. */
  footer?: string;
}

export function renderStaticPage({ title, description, header, main, footer = '' }: StaticPage): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${description ? `<meta name="description" content="${escapeHtml(description)}">\n` : ''}<title>${escapeHtml(title)}</title>
<style>${readAsset('site.css')}
${readAsset('landing.css')}</style>
</head>
<body class="site-landing">
<a class="site-skip" href="#main">Skip to the content</a>
${header}
<main id="main" class="landing">
${main}
</main>
${footer}<script>${readAsset('site.js')}</script>
</body>
</html>
`;
}
