/**
 * The route table and validation come from the document: an operation added to the spec is
 * routed and validated without any simulator code written for it.
 */
import { describe, expect, it } from 'vitest';
import { createSpecValidator, loadSpec, type OpenApiDocument } from '@astro-api/openapi';
import { compileApi } from '../../src/spec/compile-api.ts';
import { matchRoute } from '../../src/spec/match-route.ts';
import { validateParameters } from '../../src/validation/validate-parameters.ts';

describe('spec-driven routing', () => {
  it('compiles every operation of both bundles with the base path of its server', () => {
    for (const version of ['v1', 'v1beta1'] as const) {
      const api = compileApi(version);
      const operationIds = api.paths.flatMap((path) => [...path.operations.values()].map((operation) => operation.operationId));
      expect(operationIds.sort()).toEqual(['GetOrganization', 'GetOrganizationAuditLogs', 'ListOrganizations', 'UpdateOrganization']);
      expect(api.basePath).toBe(version === 'v1' ? '/v1' : '/platform/v1beta1');
      for (const path of api.paths) for (const operation of path.operations.values()) expect(operation.requiresBearer).toBe(true);
    }
  });

  it('routes and validates an operation that exists only in the document', () => {
    const document = structuredClone(loadSpec('v1')) as OpenApiDocument;
    document.paths['/organizations/{organizationId}/workspaces'] = {
      parameters: [{ $ref: '#/components/parameters/OrganizationId' }],
      get: {
        operationId: 'ListWorkspaces',
        parameters: [{ name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } }],
        responses: { '200': { description: 'ok' } },
      },
    };
    const api = compileApi('v1', document);
    const match = matchRoute([api], 'GET', '/v1/organizations/abc/workspaces');
    expect(match).toMatchObject({ kind: 'operation', operation: { operationId: 'ListWorkspaces' }, rawPathParams: { organizationId: 'abc' } });
    if (match.kind !== 'operation') return;
    const validator = createSpecValidator('v1', document);
    const run = (query: string) =>
      validateParameters(match.operation, validator, { path: match.rawPathParams, query: new URLSearchParams(query), headers: {} }).errors;
    expect(run('pageSize=10')).toEqual([]);
    expect(run('pageSize=500')).toEqual([expect.objectContaining({ code: 'max', field: 'pageSize' })]);
    expect(matchRoute([api], 'DELETE', '/v1/organizations/abc/workspaces')).toEqual({ kind: 'method-not-allowed', api, allow: ['GET'] });
  });

  it('prefers literal segments and rejects empty parameter segments', () => {
    const api = compileApi('v1');
    expect(matchRoute([api], 'GET', '/v1/organizations/')).toEqual({ kind: 'no-route' });
    expect(matchRoute([api], 'GET', '/v1/organizations//audit-logs')).toEqual({ kind: 'no-route' });
    expect(matchRoute([api], 'GET', '/v1organizations')).toEqual({ kind: 'no-route' });
    expect(matchRoute([api], 'POST', '/v1/organizations/x')).toMatchObject({ operation: { operationId: 'UpdateOrganization' } });
  });
});
