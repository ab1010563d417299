import { describe, expect, it } from 'vitest';
import { loadOperations, loadSpec, readOperations, readTagGroups, SpecModelError } from '../src/index.ts';

describe('readTagGroups', () => {
  it('gathers every v1 operation under the tag groups of the spec, each operation once', () => {
    const groups = readTagGroups(loadSpec('v1'), loadOperations('v1'));
    expect(groups.map(({ name }) => name)).toEqual(['Organization and access', 'Workspaces and Deployments', 'Infrastructure']);
    const grouped = groups.flatMap(({ tags }) => tags.flatMap(({ operations }) => operations.map(({ operationId }) => operationId)));
    expect(grouped.sort()).toEqual(loadOperations('v1').map(({ operationId }) => operationId).sort());
    const deployment = groups[1]!.tags.find(({ name }) => name === 'Deployment');
    expect(deployment?.description).toMatch(/Deployment/);
    expect(deployment?.operations.map(({ operationId }) => operationId)).toContain('CreateDeployment');
  });

  it('puts every tag in one group named after the title when the document has no x-tagGroups', () => {
    const groups = readTagGroups(loadSpec('v1beta1'), loadOperations('v1beta1'));
    expect(groups).toHaveLength(1);
    expect(groups[0]!.tags.flatMap(({ operations }) => operations)).toHaveLength(4);
  });

  it('refuses a used tag that no group lists, naming it', () => {
    const document = structuredClone(loadSpec('v1'));
    document['x-tagGroups'] = (document['x-tagGroups'] as { name: string; tags: string[] }[]).map((group) => ({ ...group, tags: group.tags.filter((tag) => tag !== 'Deploy') }));
    expect(() => readTagGroups(document, readOperations(document))).toThrow(new SpecModelError('x-tagGroups: no group lists the tag Deploy, so its operations would be hidden'));
  });

  it('refuses a tag listed twice or never declared', () => {
    const twice = structuredClone(loadSpec('v1'));
    (twice['x-tagGroups'] as { tags: string[] }[])[2]!.tags.push('Deploy');
    expect(() => readTagGroups(twice, readOperations(twice))).toThrow('tag Deploy is in both "Workspaces and Deployments" and "Infrastructure"');
    const undeclared = structuredClone(loadSpec('v1'));
    (undeclared['x-tagGroups'] as { tags: string[] }[])[2]!.tags.push('Billing');
    expect(() => readTagGroups(undeclared, readOperations(undeclared))).toThrow('lists tag Billing, which the document does not declare under tags');
  });
});
