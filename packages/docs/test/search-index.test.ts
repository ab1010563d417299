import { loadOperations } from '@astro-api/openapi';
import { describe, expect, it } from 'vitest';
import type { Guide } from '../src/guides.ts';
import { buildSearchIndex, searchDataElement } from '../src/search-index.ts';

const guide: Guide = {
  slug: 'errors',
  origin: 'guides/errors.md',
  page: 'guides/errors.html',
  title: 'Errors',
  summary: 'What fails.',
  html: '',
  headings: [],
  codeBlocks: [],
  sections: [
    { id: '', heading: 'Errors', text: 'What fails.' },
    { id: 'retries', heading: 'Retries', text: 'x'.repeat(5000) },
  ],
};

describe('buildSearchIndex', () => {
  const index = buildSearchIndex([guide], [
    { version: 'v1', operations: loadOperations('v1') },
    { version: 'v1beta1', operations: loadOperations('v1beta1') },
  ]);

  it('holds every guide section and every operation of every version, with unique ids', () => {
    expect(index.filter(({ kind }) => kind === 'Guide')).toHaveLength(2);
    expect(index.filter(({ kind }) => kind === 'Operation')).toHaveLength(loadOperations('v1').length + loadOperations('v1beta1').length);
    expect(new Set(index.map(({ id }) => id)).size).toBe(index.length);
  });

  it('links a guide section to its anchor, and an operation to its section of the reference', () => {
    expect(index.find(({ title }) => title === 'Retries')).toMatchObject({ href: 'guides/errors.html#retries', context: 'Errors' });
    expect(index.find(({ title }) => title === 'Errors')).toMatchObject({ href: 'guides/errors.html', context: 'Guide' });
    const operation = index.find(({ keywords }) => keywords.startsWith('GetDeployment '));
    expect(operation).toMatchObject({ kind: 'Operation', href: 'v1/index.html#/deployment/getdeployment', context: 'v1 · GET /organizations/{organizationId}/deployments/{deploymentId}' });
    expect(operation?.keywords).toContain('deployments.get');
  });

  it('caps the text of a section', () => {
    expect(index.find(({ title }) => title === 'Retries')!.text.length).toBe(1200);
  });

  it('embeds as JSON that no text can break out of', () => {
    const element = searchDataElement([{ ...index[0]!, title: '</script><script>alert(1)</script>' }]);
    expect(element.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(element.replace(/^<script[^>]*>|<\/script>$/g, ''))[0].title).toBe('</script><script>alert(1)</script>');
  });
});
