/**
 * The guides: Markdown sources under guides/, in the order of GUIDES, rendered at build time into
 * pages of the site. Links between guides are written as `errors.md#anchor`, links into the
 * reference as `op:GetDeployment` (v1) or `op:v1beta1/GetOrganization`, to a reference page as
 * `ref:v1`, to another page of the site as `site:<path>`. Every link and anchor is checked: a
 * broken one fails the build, naming the guide and the line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isApiVersion, type ApiVersion, type OperationModel } from '@astro-api/openapi';
import type { Token } from 'markdown-it';
import { createMarkdown, newEnv, type CodeBlock, type MarkdownEnv } from './markdown.ts';
import { guidePage, operationPage, pageHref, referencePage } from './site-paths.ts';

/** The guides in reading order. `changelog` is written by the build from the changesets. */
export const GUIDES = [
  'getting-started',
  'authentication',
  'pagination',
  'errors',
  'retries-timeouts-rate-limits',
  'waiting',
  'deploying-dags',
  'simulator',
  'migrating-from-v1beta1',
  'changelog',
] as const;
export type GuideSlug = (typeof GUIDES)[number];
export const GENERATED_GUIDES: readonly GuideSlug[] = ['changelog'];

export interface GuideSource {
  slug: string;
  markdown: string;
  /** Where the source comes from, for messages: `guides/errors.md`. */
  origin: string;
}

/** A stretch of a guide under one heading, for the search index. */
export interface GuideSection {
  id: string;
  heading: string;
  text: string;
}

export interface Guide {
  slug: string;
  origin: string;
  page: string;
  title: string;
  summary: string;
  /** The article's HTML, its h1 included. */
  html: string;
  headings: MarkdownEnv['headings'];
  codeBlocks: CodeBlock[];
  sections: GuideSection[];
}

export class GuideError extends Error {
  constructor(readonly problems: string[]) {
    super(`The guides have problems:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'GuideError';
  }
}

/** The hand-written sources in guides/; a file that GUIDES does not list, or a listed one missing, is a problem. */
export function readGuideSources(guidesDir: string): { sources: GuideSource[]; problems: string[] } {
  const problems: string[] = [];
  const sources: GuideSource[] = [];
  const written = GUIDES.filter((slug) => !GENERATED_GUIDES.includes(slug));
  for (const slug of written) {
    const file = join(guidesDir, `${slug}.md`);
    if (!existsSync(file)) problems.push(`guides/${slug}.md is missing (it is listed in GUIDES, src/guides.ts)`);
    else sources.push({ slug, markdown: readFileSync(file, 'utf8'), origin: `guides/${slug}.md` });
  }
  for (const entry of existsSync(guidesDir) ? readdirSync(guidesDir) : []) {
    const slug = entry.replace(/\.md$/, '');
    if (entry.endsWith('.md') && !(written as readonly string[]).includes(slug)) problems.push(`guides/${entry} is not listed in GUIDES (src/guides.ts): add it there or delete it`);
  }
  return { sources, problems };
}

export interface LinkContext {
  /** The operations of each version, for `op:` links. */
  operations: Record<ApiVersion, OperationModel[]>;
  /** Pages of the site other than guides and references (`index.html`, `v1/openapi.yaml`), for `site:` links. */
  sitePages: string[];
  slugs: string[];
}

/** Turns a link as written in a guide into the href of the page `guides/<slug>.html`. */
export function resolveGuideLink(written: string, context: LinkContext, from: string): string {
  if (/^https:\/\//.test(written)) return written;
  if (written.startsWith('#')) return written;
  const guide = /^([a-z0-9-]+)\.md(#[\w-]+)?$/.exec(written);
  if (guide) {
    if (!context.slugs.includes(guide[1]!)) throw new Error(`no guide "${guide[1]}" (known: ${context.slugs.join(', ')})`);
    return pageHref(from, guidePage(guide[1]!)) + (guide[2] ?? '');
  }
  const operation = /^op:(?:([a-z0-9]+)\/)?([A-Za-z]+)$/.exec(written);
  if (operation) {
    const version = operation[1] ?? 'v1';
    if (!isApiVersion(version)) throw new Error(`unknown API version "${version}"`);
    const found = context.operations[version].find(({ operationId }) => operationId === operation[2]);
    if (!found) throw new Error(`${version} has no operation ${operation[2]}`);
    return pageHref(from, operationPage(version, found));
  }
  const reference = /^ref:([a-z0-9]+)$/.exec(written);
  if (reference) {
    if (!isApiVersion(reference[1])) throw new Error(`unknown API version "${reference[1]}"`);
    return pageHref(from, referencePage(reference[1]));
  }
  const site = /^site:(.+)$/.exec(written);
  if (site) {
    if (!context.sitePages.includes(site[1]!)) throw new Error(`the site has no page ${site[1]}`);
    return pageHref(from, site[1]!);
  }
  throw new Error('write another guide as name.md, an operation as op:OperationId, a reference as ref:v1, a site page as site:path, or an https:// URL');
}

const inlineText = (token: Token) => (token.children ?? []).map((child) => (child.type === 'text' || child.type === 'code_inline' ? child.content : child.type === 'softbreak' ? ' ' : '')).join('');

/** Splits a guide at its h1, h2 and h3 headings, keeping the prose of each part (code left out). */
function sectionsOf(tokens: Token[], slug: string): GuideSection[] {
  const sections: GuideSection[] = [];
  let current: GuideSection | undefined;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.type === 'heading_open' && Number(token.tag.slice(1)) <= 3) {
      current = { id: String(token.attrGet('id') ?? ''), heading: inlineText(tokens[index + 1]!), text: '' };
      sections.push(current);
      index += 1;
    } else if (token.type === 'inline' && current) {
      current.text += `${inlineText(token)} `;
    }
  }
  if (!sections.length) throw new GuideError([`${slug}: a guide starts with a "# Title" heading`]);
  return sections.map((section) => ({ ...section, text: section.text.replace(/\s+/g, ' ').trim() }));
}

function renderGuide(source: GuideSource, context: LinkContext): { guide: Guide; env: MarkdownEnv } {
  const md = createMarkdown();
  const page = guidePage(source.slug);
  const env = newEnv((written) => resolveGuideLink(written, context, page));
  // markdown-it types its env as a plain record; ours carries the link resolver and what rendering collects.
  const tokens = md.parse(source.markdown, env as unknown as Record<string, unknown>);
  const html = md.renderer.render(tokens, md.options, env as unknown as Record<string, unknown>);
  const problems = env.problems.map((problem) => `${source.origin}: ${problem}`);
  const first = tokens.findIndex((token) => token.type === 'heading_open');
  if (first === -1 || tokens[first]!.tag !== 'h1' || tokens.filter((token) => token.type === 'heading_open' && token.tag === 'h1').length !== 1) {
    problems.push(`${source.origin}: a guide has exactly one "# Title" heading, and it comes first`);
  }
  const paragraph = tokens.findIndex((token, index) => index > first && token.type === 'paragraph_open');
  const title = first === -1 ? source.slug : inlineText(tokens[first + 1]!);
  const summary = paragraph === -1 ? '' : inlineText(tokens[paragraph + 1]!).replace(/\s+/g, ' ').trim();
  if (!summary) problems.push(`${source.origin}: the title is followed by a paragraph that sums the guide up`);
  if (problems.length) throw new GuideError(problems);
  const guide: Guide = { slug: source.slug, origin: source.origin, page, title, summary, html, headings: env.headings, codeBlocks: env.codeBlocks, sections: sectionsOf(tokens, source.slug) };
  return { guide, env };
}

/** Renders every guide and checks every link between them, anchors included. */
export function renderGuides(sources: GuideSource[], context: Omit<LinkContext, 'slugs'>): Guide[] {
  const full: LinkContext = { ...context, slugs: sources.map(({ slug }) => slug) };
  const problems: string[] = [];
  const rendered: { guide: Guide; env: MarkdownEnv }[] = [];
  for (const source of sources) {
    try {
      rendered.push(renderGuide(source, full));
    } catch (error) {
      if (error instanceof GuideError) problems.push(...error.problems);
      else throw error;
    }
  }
  const ids = new Map(rendered.map(({ guide }) => [guide.slug, new Set(guide.headings.map(({ id }) => id).filter(Boolean))]));
  for (const { guide, env } of rendered) {
    for (const { href, line } of env.links) {
      const target = /^(?:([a-z0-9-]+)\.html)?#([\w-]+)$/.exec(href);
      if (!target || /^https:/.test(href)) continue;
      const slug = target[1] ?? guide.slug;
      if (!ids.get(slug)?.has(target[2]!)) problems.push(`${guide.origin}: line ${line}: link "${href}": ${slug}.md has no heading with the id "${target[2]}"`);
    }
  }
  if (problems.length) throw new GuideError(problems);
  return rendered.map(({ guide }) => guide);
}
