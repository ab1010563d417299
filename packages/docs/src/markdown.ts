/**
 * Markdown of the guides, rendered at build time with markdown-it: CommonMark plus tables, raw HTML
 * escaped (a guide cannot inject markup or scripts), headings with ids and self-links
 * (markdown-it-anchor), code highlighted by highlight.js into classes that site CSS colours, tables
 * and code in keyboard-scrollable boxes. Links and code blocks are collected for the build's checks.
 */
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import json from 'highlight.js/lib/languages/json';
import typescript from 'highlight.js/lib/languages/typescript';
import yaml from 'highlight.js/lib/languages/yaml';
import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';
import anchor from 'markdown-it-anchor';
import { escapeHtml } from './html.ts';

hljs.registerLanguage('typescript', typescript);
hljs.registerLanguage('bash', bash);
hljs.registerLanguage('json', json);
hljs.registerLanguage('yaml', yaml);
const LANGUAGE_ALIASES: Record<string, string> = { ts: 'typescript', typescript: 'typescript', sh: 'bash', bash: 'bash', shell: 'bash', json: 'json', yaml: 'yaml' };

/** A fenced code block: its language, its options (`title="…"`), its text and where it starts. */
export interface CodeBlock {
  language: string;
  options: Record<string, string>;
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
}

/** What rendering a document reports besides its HTML. */
export interface MarkdownEnv {
  /** Rewrites a link target as written (`errors.md#retries`, `op:GetDeployment`); returns the href or throws with the reason. */
  resolveLink: (href: string) => string;
  links: { href: string; line: number }[];
  problems: string[];
  codeBlocks: CodeBlock[];
  headings: { level: number; id: string; text: string }[];
}

/** GitHub-style heading ids: lower case, punctuation dropped, spaces to hyphens. */
export const slugify = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s+/g, '-');

/** `ts title="Before: v1beta1"` → language `ts`, options `{ title: 'Before: v1beta1' }`. */
export function parseFenceInfo(info: string): { language: string; options: Record<string, string> } {
  const [language = '', ...rest] = info.trim().split(/\s+/);
  const options: Record<string, string> = {};
  for (const match of rest.join(' ').matchAll(/([\w-]+)(?:="([^"]*)")?/g)) options[match[1]!] = match[2] ?? 'true';
  return { language: language.toLowerCase(), options };
}

function highlight(code: string, language: string): string {
  const known = LANGUAGE_ALIASES[language];
  return known ? hljs.highlight(code, { language: known, ignoreIllegals: true }).value : escapeHtml(code);
}

const lineOf = (token: Token) => (token.map ? token.map[0] + 1 : 0);

export function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: false, typographer: false });
  md.use(anchor, { level: [2, 3], slugify, tabIndex: false, permalink: anchor.permalink.headerLink({ safariReaderFix: true, class: 'guide-anchor' }) });

  md.core.ruler.push('site_links', (state) => {
    const env = state.env as unknown as MarkdownEnv;
    const visit = (tokens: Token[], line: number) => {
      for (const token of tokens) {
        if (token.children) visit(token.children, lineOf(token) || line);
        if (token.type !== 'link_open') continue;
        const written = String(token.attrGet('href') ?? '');
        try {
          const href = env.resolveLink(written);
          token.attrSet('href', href);
          env.links.push({ href, line });
        } catch (error) {
          env.problems.push(`line ${line}: link "${written}": ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    };
    visit(state.tokens, 0);
    for (let index = 0; index < state.tokens.length; index += 1) {
      const token = state.tokens[index]!;
      if (token.type !== 'heading_open') continue;
      const text = state.tokens[index + 1]?.children?.map((child) => (child.type === 'text' || child.type === 'code_inline' ? child.content : '')).join('') ?? '';
      env.headings.push({ level: Number(token.tag.slice(1)), id: String(token.attrGet('id') ?? ''), text });
    }
  });

  md.renderer.rules.fence = (tokens, index, _options, rendererEnv) => {
    const env = rendererEnv as unknown as MarkdownEnv;
    const token = tokens[index]!;
    const { language, options } = parseFenceInfo(token.info);
    env.codeBlocks.push({ language, options, code: token.content, line: lineOf(token) });
    const label = LANGUAGE_ALIASES[language] === 'typescript' ? 'TypeScript' : LANGUAGE_ALIASES[language] === 'bash' ? 'Shell' : language.toUpperCase();
    const pre = `<pre class="guide-code" tabindex="0"><code class="hljs language-${escapeHtml(language || 'text')}">${highlight(token.content, language)}</code></pre>`;
    const title = options.title ? `<figcaption>${escapeHtml(options.title)}</figcaption>` : '';
    return `<figure class="guide-figure" data-language="${escapeHtml(label)}">${title}${pre}</figure>\n`;
  };

  // A wide table scrolls inside a box that the keyboard can reach; the box is named after its columns.
  md.renderer.rules.table_open = (tokens, index) => {
    const headers: string[] = [];
    for (let cursor = index; cursor < tokens.length && tokens[cursor]!.type !== 'thead_close'; cursor += 1) {
      if (tokens[cursor]!.type === 'inline') headers.push(tokens[cursor]!.content.replace(/`/g, ''));
    }
    return `<div class="guide-table" role="region" tabindex="0" aria-label="${escapeHtml(`Table: ${headers.join(', ')}`)}"><table>\n`;
  };
  md.renderer.rules.table_close = () => '</table></div>\n';
  return md;
}

export function newEnv(resolveLink: MarkdownEnv['resolveLink']): MarkdownEnv {
  return { resolveLink, links: [], problems: [], codeBlocks: [], headings: [] };
}
