import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOperations } from '@astro-api/openapi';
import { afterEach, describe, expect, it } from 'vitest';
import { GENERATED_GUIDES, GUIDES, GuideError, readGuideSources, renderGuides, resolveGuideLink, type GuideSource } from '../src/guides.ts';
import { guidesDir } from '../src/paths.ts';

const operations = { v1: loadOperations('v1'), v1beta1: loadOperations('v1beta1') };
const context = { operations, sitePages: ['index.html', 'v1/openapi.yaml'], slugs: ['errors', 'pagination'] };
const from = 'guides/errors.html';

let work: string | undefined;
afterEach(() => work && rmSync(work, { recursive: true, force: true }));

const problemsOf = (sources: GuideSource[]) => {
  try {
    renderGuides(sources, { operations, sitePages: [] });
  } catch (error) {
    if (error instanceof GuideError) return error.problems;
    throw error;
  }
  return [];
};

describe('guide links', () => {
  it('turns guide, operation, reference and site links into relative hrefs', () => {
    expect(resolveGuideLink('pagination.md', context, from)).toBe('pagination.html');
    expect(resolveGuideLink('pagination.md#how-a-walk-behaves', context, from)).toBe('pagination.html#how-a-walk-behaves');
    expect(resolveGuideLink('op:GetDeployment', context, from)).toBe('../v1/index.html#/deployment/getdeployment');
    expect(resolveGuideLink('op:v1beta1/GetOrganization', context, from)).toBe('../v1beta1/index.html#/organization/getorganization');
    expect(resolveGuideLink('ref:v1beta1', context, from)).toBe('../v1beta1/index.html');
    expect(resolveGuideLink('site:v1/openapi.yaml', context, from)).toBe('../v1/openapi.yaml');
    expect(resolveGuideLink('#local', context, from)).toBe('#local');
    expect(resolveGuideLink('https://www.astronomer.io/', context, from)).toBe('https://www.astronomer.io/');
  });

  it.each([
    ['nowhere.md', 'no guide "nowhere"'],
    ['op:DeleteEverything', 'v1 has no operation DeleteEverything'],
    ['op:v2/GetDeployment', 'unknown API version "v2"'],
    ['ref:v3', 'unknown API version "v3"'],
    ['site:secret.html', 'the site has no page secret.html'],
    ['http://example.com', 'write another guide as name.md'],
    ['/v1/index.html', 'write another guide as name.md'],
    ['../v1/index.html', 'write another guide as name.md'],
  ])('refuses %s', (written, message) => {
    expect(() => resolveGuideLink(written, context, from)).toThrow(message);
  });
});

describe('renderGuides', () => {
  it('renders each guide with its title, summary, sections and checked code blocks', () => {
    const [guide] = renderGuides(
      [{ slug: 'errors', origin: 'guides/errors.md', markdown: '# Errors\n\nWhat fails and why.\n\n## Classes\n\nEvery error has a `status`.\n\n```ts\nconst x = 1;\n```\n' }],
      { operations, sitePages: [] },
    );
    expect(guide).toMatchObject({ slug: 'errors', page: 'guides/errors.html', title: 'Errors', summary: 'What fails and why.' });
    expect(guide!.sections).toEqual([
      { id: '', heading: 'Errors', text: 'What fails and why.' },
      { id: 'classes', heading: 'Classes', text: 'Every error has a status.' },
    ]);
    expect(guide!.codeBlocks).toHaveLength(1);
    expect(guide!.html).toContain('<h1>Errors</h1>');
  });

  it('fails on a link to an anchor that the target guide lacks, naming guide and line', () => {
    const problems = problemsOf([
      { slug: 'a', origin: 'guides/a.md', markdown: '# A\n\nSee [b](b.md#missing) and [self](#here).\n\n## Here\n' },
      { slug: 'b', origin: 'guides/b.md', markdown: '# B\n\nSummary.\n\n## Present\n' },
    ]);
    expect(problems).toEqual(['guides/a.md: line 3: link "b.html#missing": b.md has no heading with the id "missing"']);
  });

  it('requires one title first, and a summary after it', () => {
    expect(problemsOf([{ slug: 'x', origin: 'guides/x.md', markdown: '## Not a title\n\nText.\n' }])).toContain('guides/x.md: a guide has exactly one "# Title" heading, and it comes first');
    expect(problemsOf([{ slug: 'y', origin: 'guides/y.md', markdown: '# Title\n\n## Straight to a section\n' }])).toContain('guides/y.md: the title is followed by a paragraph that sums the guide up');
  });
});

describe('readGuideSources', () => {
  it('reads every hand-written guide in order', () => {
    const { sources, problems } = readGuideSources(guidesDir);
    expect(problems).toEqual([]);
    expect(sources.map(({ slug }) => slug)).toEqual(GUIDES.filter((slug) => !GENERATED_GUIDES.includes(slug)));
  });

  it('names a missing guide and a stray file', () => {
    work = mkdtempSync(join(tmpdir(), 'docs-guides-'));
    mkdirSync(work, { recursive: true });
    writeFileSync(join(work, 'stray.md'), '# Stray\n');
    const { problems } = readGuideSources(work);
    expect(problems).toContain('guides/getting-started.md is missing (it is listed in GUIDES, src/guides.ts)');
    expect(problems).toContain('guides/stray.md is not listed in GUIDES (src/guides.ts): add it there or delete it');
  });
});
