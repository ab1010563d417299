import { loadOperations, loadSpec, type ParameterModel } from '@astro-api/openapi';
import { describe, expect, it } from 'vitest';
import { parameterExample, pathParameterExample, requestBodyExample } from '../src/sample-values.ts';

const v1 = loadSpec('v1');
const operations = loadOperations('v1');
const operation = (operationId: string) => operations.find((candidate) => candidate.operationId === operationId)!;
const parameter = (overrides: Partial<ParameterModel>): ParameterModel => ({ name: 'p', in: 'query', required: false, schema: { type: 'string' }, style: 'form', explode: true, deprecated: false, ...overrides });

describe('sample values', () => {
  it('takes a parameter example, else its schema example or default, else for a required one its first enum value', () => {
    expect(parameterExample(v1, parameter({ example: 'x', schema: { type: 'string', default: 'y' } }), 'op')).toBe('x');
    expect(parameterExample(v1, parameter({ schema: { type: 'integer', default: 20 } }), 'op')).toBe(20);
    expect(parameterExample(v1, parameter({ schema: { type: 'string', enum: ['A', 'B'] } }), 'op')).toBeUndefined();
    expect(parameterExample(v1, parameter({ required: true, schema: { type: 'array', items: { enum: ['a', 'b'] } } }), 'op')).toEqual(['a']);
    expect(() => parameterExample(v1, parameter({ required: true }), 'Op')).toThrow('Op: required query parameter "p" has no example');
  });

  it('finds a path id in the example of the GET that reads that resource', () => {
    const finalize = operation('FinalizeDeploy');
    const [organizationId, deploymentId, deployId] = finalize.pathParams.map((p) => pathParameterExample(v1, operations, finalize, p));
    expect(organizationId).toBe(v1.components.examples.GetOrganizationOk.value.id);
    expect(deploymentId).toBe(v1.components.examples.GetDeploymentOk.value.id);
    expect(deployId).toBe(v1.components.examples.GetDeployOk.value.id);
  });

  it('prefers the parameter example, and falls back to a placeholder naming the parameter', () => {
    const remove = operation('RemoveTeamMember');
    const member = remove.pathParams.find(({ name }) => name === 'memberId')!;
    expect(pathParameterExample(v1, operations, remove, member)).toBe('<memberId>');
    expect(pathParameterExample(v1, operations, remove, { ...member, example: 'user-1' })).toBe('user-1');
  });

  it("reads the request body's first named example", () => {
    expect(requestBodyExample(operation('UpdateOrganization'))).toMatchObject({ mediaType: 'application/json', value: v1.components.examples.UpdateOrganizationBody.value });
    expect(requestBodyExample(operation('GetOrganization'))).toBeUndefined();
  });
});
