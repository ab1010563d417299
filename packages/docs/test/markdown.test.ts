import { describe, expect, it } from 'vitest';
import { createMarkdown, newEnv, parseFenceInfo, slugify } from '../src/markdown.ts';

const render = (markdown: string, resolveLink = (href: string) => href) => {
  const env = newEnv(resolveLink);
  const html = createMarkdown().render(markdown, env as unknown as Record<string, unknown>);
  return { html, env };
};

describe('guide Markdown', () => {
  it('escapes raw HTML instead of passing it through', () => {
    const { html } = render('Hi <script>alert(1)</script> <img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('gives h2 and h3 ids and self-links, and records every heading', () => {
    const { html, env } = render('# Title\n\n## Status, error class and what to do\n\n### `maxRetries`\n');
    expect(html).toContain('<h2 id="status-error-class-and-what-to-do"><a class="guide-anchor" href="#status-error-class-and-what-to-do">');
    expect(html).toContain('<h3 id="maxretries">');
    expect(env.headings).toEqual([
      { level: 1, id: '', text: 'Title' },
      { level: 2, id: 'status-error-class-and-what-to-do', text: 'Status, error class and what to do' },
      { level: 3, id: 'maxretries', text: 'maxRetries' },
    ]);
  });

  it('passes every link through the resolver, and reports the ones it refuses with their line', () => {
    const { html, env } = render('One [a](errors.md).\n\nTwo [b](nowhere:x).\n', (href) => {
      if (href === 'errors.md') return 'errors.html';
      throw new Error('unknown');
    });
    expect(html).toContain('<a href="errors.html">a</a>');
    expect(env.links).toEqual([{ href: 'errors.html', line: 1 }]);
    expect(env.problems).toEqual(['line 3: link "nowhere:x": unknown']);
  });

  it('highlights code into classes, keeps it focusable for scrolling, and collects it with its fence line and title', () => {
    const { html, env } = render('Text\n\n```ts title="After: v1"\nconst a = 1;\n```\n\n```bash\necho hi\n```\n');
    expect(html).toContain('<figure class="guide-figure" data-language="TypeScript"><figcaption>After: v1</figcaption><pre class="guide-code" tabindex="0"><code class="hljs language-ts"><span class="hljs-keyword">const</span>');
    expect(env.codeBlocks).toEqual([
      { language: 'ts', options: { title: 'After: v1' }, code: 'const a = 1;\n', line: 3 },
      { language: 'bash', options: {}, code: 'echo hi\n', line: 7 },
    ]);
  });

  it('wraps tables in a keyboard-scrollable region named after the columns', () => {
    const { html } = render('| status | `error` |\n|---|---|\n| 404 | x |\n');
    expect(html).toContain('<div class="guide-table" role="region" tabindex="0" aria-label="Table: status, error"><table>');
  });

  it('parses fence info, and slugs headings in lower case without punctuation', () => {
    expect(parseFenceInfo('TS title="Before: v1beta1" check')).toEqual({ language: 'ts', options: { title: 'Before: v1beta1', check: 'true' } });
    expect(slugify(' Retries, timeouts & rate limits ')).toBe('retries-timeouts-rate-limits');
  });
});
