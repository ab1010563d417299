import { describe, expect, it } from 'vitest';
import { createSpecValidator, loadSpec, type ApiVersion } from '../src/index.ts';
import { curlBody, numberedJsonBlocks, readPage } from './vendor-pages.ts';

interface PageExample {
  page: string;
  version: ApiVersion;
  schema: string;
  value: unknown;
}

function pageExamples(): PageExample[] {
  const response = (page: string, version: ApiVersion, schema: string) => {
    const blocks = numberedJsonBlocks(readPage(page));
    expect(blocks, `${page} has one JSON response`).toHaveLength(1);
    return { page, version, schema, value: blocks[0] };
  };
  return [
    response('v1-list-organizations.txt', 'v1', 'OrganizationsPaginated'),
    response('v1-update-organization.txt', 'v1', 'Organization'),
    { page: 'v1-update-organization.txt (curl body)', version: 'v1', schema: 'UpdateOrganizationRequest', value: curlBody(readPage('v1-update-organization.txt')) },
    response('v1beta1-get-organization.txt', 'v1beta1', 'Organization'),
    response('v1beta1-list-organizations.txt', 'v1beta1', 'OrganizationsPaginated'),
  ];
}

describe('the vendor pages’ JSON examples', () => {
  const examples = pageExamples();

  it.each(examples.map((example) => [`${example.page} → ${example.version} ${example.schema}`, example] as const))(
    '%s validates',
    (_name, { version, schema, value }) => {
      expect(createSpecValidator(version).validate(`#/components/schemas/${schema}`, value)).toEqual([]);
    },
  );

  it.each(examples.map((example) => [`${example.page} (${example.version})`, example] as const))(
    '%s is one of the spec’s named examples',
    (_name, { version, value }) => {
      const named = Object.values<any>(loadSpec(version).components.examples ?? {}).map((example) => example.value);
      expect(named).toContainEqual(value);
    },
  );

  it('would notice a page example that breaks the schema', () => {
    const [list] = examples;
    const broken = structuredClone(list!.value) as { organizations: { productPlans: { astronomerProduct: string }[] }[] };
    broken.organizations[0]!.productPlans[0]!.astronomerProduct = 'OBSERVE';
    expect(createSpecValidator('v1').validate('#/components/schemas/OrganizationsPaginated', broken)).not.toEqual([]);
  });
});
