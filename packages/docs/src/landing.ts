/** The landing page: what the API is, its versions and base URLs, how to start with the client, links. */
import { escapeHtml } from './html.ts';
import { pageHref, siteHeader } from './site-header.ts';
import { renderStaticPage } from './static-page.ts';
import type { SiteVersion } from './versions.ts';

export interface LandingInput {
  versions: SiteVersion[];
  /** Source of the quick-start sample (samples/quickstart.ts). */
  quickstart: string;
}

export const PACKAGES = [
  { name: '@astro-api/client', about: 'Typed TypeScript client: one entry point per API version, retries, pagination, streamed audit logs.' },
  { name: '@astro-api/openapi', about: 'The bundled OpenAPI 3.1 documents of both versions, as YAML and JSON.' },
] as const;

const code = (text: string) => `<pre class="landing-code"><code>${escapeHtml(text)}</code></pre>`;

function versionRow(version: SiteVersion): string {
  const reference = pageHref('home', version.version);
  return [
    '<tr>',
    `<th scope="row"><a href="${escapeHtml(reference)}">${escapeHtml(version.version)}</a></th>`,
    `<td><span class="site-badge site-badge-${version.status}">${escapeHtml(version.label)}</span> ${escapeHtml(version.note)}</td>`,
    `<td><code>${escapeHtml(version.baseUrl)}</code></td>`,
    `<td><a href="${escapeHtml(reference)}">Reference</a> · `,
    `<a href="${escapeHtml(version.dir)}/openapi.yaml" download>YAML</a> · `,
    `<a href="${escapeHtml(version.dir)}/openapi.json" download>JSON</a></td>`,
    '</tr>',
  ].join('');
}

export function renderLanding({ versions, quickstart }: LandingInput): string {
  const current = versions.find((version) => version.status === 'ga') ?? versions[0];
  if (!current) throw new Error('The landing page needs at least one API version');
  const deprecated = versions.filter((version) => version.status === 'deprecated');
  return renderStaticPage({
    title: 'Astro API reference',
    description: "Reference documentation of the Astro API, Astronomer's HTTP API for the Astro platform, with a TypeScript client.",
    header: siteHeader(versions, 'home'),
    main: `<section class="landing-intro" aria-labelledby="intro-title">
<h1 id="intro-title">Astro API</h1>
<p class="landing-lede">The Astro API is Astronomer's HTTP API for Astro, the managed Apache Airflow platform. It reads and changes Organizations, the top-level Astro accounts, and exports their audit logs. Requests and responses are JSON over HTTPS, authenticated with a bearer token: an Organization, Workspace or Deployment API token, or a personal access token.</p>
<p><a class="landing-cta" href="${escapeHtml(pageHref('home', current.version))}">Open the ${escapeHtml(current.version)} reference</a></p>
</section>
<section aria-labelledby="versions-title">
<h2 id="versions-title">Versions</h2>
<div class="landing-table-wrap">
<table class="landing-table">
<caption>API versions, their status and base URLs</caption>
<thead><tr><th scope="col">Version</th><th scope="col">Status</th><th scope="col">Base URL</th><th scope="col">Docs and OpenAPI</th></tr></thead>
<tbody>
${versions.map(versionRow).join('\n')}
</tbody>
</table>
</div>
${deprecated.map((version) => `<p class="landing-note">${escapeHtml(version.version)} reaches end of support in ${escapeHtml(version.endOfSupport ?? 'a future release')}; new code should call ${escapeHtml(current.version)}.</p>`).join('\n')}
</section>
<section aria-labelledby="start-title">
<h2 id="start-title">Start with the TypeScript client</h2>
<ol class="landing-steps">
<li><p>Install the client (Node.js 20.19 or newer):</p>${code('npm install @astro-api/client')}</li>
<li><p>Create an API token in Astro and expose it to your program:</p>${code('export ASTRO_API_TOKEN=<your token>')}</li>
<li><p>Call the API. Each version has its own entry point, <code>@astro-api/client/${escapeHtml(current.version)}</code>${deprecated.map((version) => ` or <code>@astro-api/client/${escapeHtml(version.version)}</code>`).join('')}:</p>${code(quickstart)}</li>
</ol>
<p>Every operation in the references shows a TypeScript and a curl sample.</p>
</section>
<section aria-labelledby="packages-title">
<h2 id="packages-title">Packages</h2>
<ul class="landing-packages">
${PACKAGES.map(({ name, about }) => `<li><a href="https://www.npmjs.com/package/${escapeHtml(name)}"><code>${escapeHtml(name)}</code></a> — ${escapeHtml(about)}</li>`).join('\n')}
</ul>
</section>`,
    footer: `<footer class="landing-footer"><p>Built from the OpenAPI documents of ${versions.map((version) => `${escapeHtml(version.version)} (document version ${escapeHtml(version.documentVersion)})`).join(' and ')}. MIT licensed.</p></footer>
`,
  });
}
