/** The landing page: what the API is, its versions and base URLs, what it covers, the guides, how to start, links. */
import type { TagGroupModel } from '@astro-api/openapi';
import { escapeHtml } from './html.ts';
import type { Guide } from './guides.ts';
import type { SearchDocument } from './search-index.ts';
import { siteHeader } from './site-header.ts';
import { guidePage, HOME_PAGE, referencePage, tagRoute } from './site-paths.ts';
import { renderStaticPage } from './static-page.ts';
import type { SiteVersion } from './versions.ts';

export interface LandingInput {
  versions: SiteVersion[];
  /** Source of the quick-start sample (samples/quickstart.ts). */
  quickstart: string;
  guides: Guide[];
  /** The tag groups of the current version, for the overview of what the API covers. */
  tagGroups: TagGroupModel[];
  search: SearchDocument[];
}

export const PACKAGES = [
  { name: '@astro-api/client', about: 'Typed TypeScript client: a helper per operation, the Organization set once, retries that respect idempotency, rate pacing, walks, waiters and DAG deploys.' },
  { name: '@astro-api/openapi', about: 'The bundled OpenAPI 3.1 documents of both versions, as YAML and JSON.' },
  { name: '@astro-api/simulator', about: 'A local, stateful Astro API that validates every request, for tests and demos.' },
] as const;

const code = (text: string) => `<pre class="landing-code" tabindex="0"><code>${escapeHtml(text)}</code></pre>`;

function versionRow(version: SiteVersion): string {
  return [
    '<tr>',
    `<th scope="row"><a href="${escapeHtml(version.page)}">${escapeHtml(version.version)}</a></th>`,
    `<td><span class="site-badge site-badge-${version.status}">${escapeHtml(version.label)}</span> ${escapeHtml(version.note)}</td>`,
    `<td><code>${escapeHtml(version.baseUrl)}</code></td>`,
    `<td><a href="${escapeHtml(version.page)}">Reference</a> · `,
    `<a href="${escapeHtml(version.dir)}/openapi.yaml" download>YAML</a> · `,
    `<a href="${escapeHtml(version.dir)}/openapi.json" download>JSON</a></td>`,
    '</tr>',
  ].join('');
}

function coverage(current: SiteVersion, groups: TagGroupModel[]): string {
  return groups
    .map((group) => {
      const tags = group.tags.map(({ name, description, operations }) => {
        const href = `${referencePage(current.version)}#${tagRoute(name)}`;
        return `<li><a href="${escapeHtml(href)}">${escapeHtml(name)}</a> <span class="landing-count">${operations.length} operation${operations.length === 1 ? '' : 's'}</span><br>${escapeHtml(description)}</li>`;
      });
      return `<div class="landing-group"><h3>${escapeHtml(group.name)}</h3><ul>${tags.join('')}</ul></div>`;
    })
    .join('\n');
}

export function renderLanding({ versions, quickstart, guides, tagGroups, search }: LandingInput): string {
  const current = versions.find((version) => version.status === 'ga') ?? versions[0];
  if (!current) throw new Error('The landing page needs at least one API version');
  const deprecated = versions.filter((version) => version.status === 'deprecated');
  const operationCount = tagGroups.reduce((sum, group) => sum + group.tags.reduce((count, tag) => count + tag.operations.length, 0), 0);
  const start = guides.find(({ slug }) => slug === 'getting-started') ?? guides[0];
  return renderStaticPage({
    title: 'Astro API reference',
    description: "Reference documentation and guides of the Astro API, Astronomer's HTTP API for the Astro platform, with a TypeScript client.",
    header: siteHeader(versions, HOME_PAGE),
    search,
    main: `<section class="landing-intro" aria-labelledby="intro-title">
<h1 id="intro-title">Astro API</h1>
<p class="landing-lede">The Astro API is Astronomer's HTTP API for Astro, the managed Apache Airflow platform. Its ${operationCount} ${escapeHtml(current.version)} operations manage Organizations and who may act in them, Workspaces, Deployments and their deploys, and the clusters they run on. Requests and responses are JSON over HTTPS, authenticated with a bearer token: an Organization, Workspace or Deployment API token, or a personal access token.</p>
<p class="landing-actions">${start ? `<a class="landing-cta" href="${escapeHtml(start.page)}">Get started</a> ` : ''}<a class="landing-cta landing-cta-secondary" href="${escapeHtml(current.page)}">Open the ${escapeHtml(current.version)} reference</a></p>
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
${deprecated.map((version) => `<p class="landing-note">${escapeHtml(version.version)} reaches end of support in ${escapeHtml(version.endOfSupport ?? 'a future release')}; new code should call ${escapeHtml(current.version)}. The <a href="${escapeHtml(guidePage('migrating-from-v1beta1'))}">migration guide</a> lists every difference.</p>`).join('\n')}
</section>
<section aria-labelledby="guides-title">
<h2 id="guides-title">Guides</h2>
<ul class="landing-guides">
${guides.map((guide) => `<li><a href="${escapeHtml(guide.page)}">${escapeHtml(guide.title)}</a><p>${escapeHtml(guide.summary)}</p></li>`).join('\n')}
</ul>
</section>
<section aria-labelledby="start-title">
<h2 id="start-title">Start with the TypeScript client</h2>
<ol class="landing-steps">
<li><p>Install the client (Node.js 20.19 or newer, Deno, Bun or a browser):</p>${code('npm install @astro-api/client')}</li>
<li><p>Create an API token in Astro, and note the id of your Organization (the <a href="${escapeHtml(start?.page ?? guidePage('getting-started'))}">getting started guide</a> shows where both are):</p>${code('export ASTRO_API_TOKEN=<your token>\nexport ASTRO_ORGANIZATION_ID=<your Organization id>')}</li>
<li><p>Call the API. Each version has its own entry point, <code>@astro-api/client/${escapeHtml(current.version)}</code>${deprecated.map((version) => ` or <code>@astro-api/client/${escapeHtml(version.version)}</code>`).join('')}:</p>${code(quickstart)}</li>
</ol>
<p>Every operation in the references shows a TypeScript and a curl sample.</p>
</section>
<section aria-labelledby="coverage-title">
<h2 id="coverage-title">What the ${escapeHtml(current.version)} API covers</h2>
<div class="landing-groups">
${coverage(current, tagGroups)}
</div>
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
