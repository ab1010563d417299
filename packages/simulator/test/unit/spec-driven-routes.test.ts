/**
 * The route table and validation come from the operation model of the bundle: an operation added
 * to the spec is routed and validated without any simulator code written for it.
 */
import { describe, expect, it } from 'vitest';
import { createSpecValidator, loadOperations, loadSpec, type OpenApiDocument } from '@astro-api/openapi';
import { apiRoutes } from '../../src/spec/api-routes.ts';
import { matchRoute } from '../../src/spec/match-route.ts';
import { validateParameters } from '../../src/validation/validate-parameters.ts';

describe('spec-driven routing', () => {
  it('routes every operation of both bundles under the base path of its server', () => {
    for (const version of ['v1', 'v1beta1'] as const) {
      const api = apiRoutes(version);
      const operationIds = api.paths.flatMap((path) => [...path.operations.values()].map((operation) => operation.operationId));
      expect(operationIds.sort()).toEqual(loadOperations(version).map((operation) => operation.operationId).sort());
      expect(operationIds).toHaveLength(version === 'v1' ? 75 : 4);
      expect(api.basePath).toBe(version === 'v1' ? '/v1' : '/platform/v1beta1');
      for (const path of api.paths) for (const operation of path.operations.values()) expect(operation.bearer).toBe(true);
    }
  });

  it('routes and validates an operation that exists only in the document', () => {
    const document = structuredClone(loadSpec('v1')) as OpenApiDocument;
    document.paths['/organizations/{organizationId}/notification-channels'] = {
      parameters: [{ $ref: '#/components/parameters/OrganizationId' }],
      get: {
        operationId: 'ListNotificationChannels',
        tags: ['Organization'],
        'x-sdk': { group: 'notificationChannels', method: 'list' },
        'x-idempotent': true,
        parameters: [{ name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } }],
        responses: { '200': { description: 'ok' } },
      },
    };
    const api = apiRoutes('v1', document);
    const match = matchRoute([api], 'GET', '/v1/organizations/abc/notification-channels');
    expect(match).toMatchObject({ kind: 'operation', operation: { operationId: 'ListNotificationChannels' }, rawPathParams: { organizationId: 'abc' } });
    if (match.kind !== 'operation') return;
    const validator = createSpecValidator('v1', document);
    const run = (query: string) =>
      validateParameters(match.operation, validator, { path: match.rawPathParams, query: new URLSearchParams(query), headers: {} }).errors;
    expect(run('pageSize=10')).toEqual([]);
    expect(run('pageSize=500')).toEqual([expect.objectContaining({ code: 'max', field: 'pageSize' })]);
    expect(matchRoute([api], 'DELETE', '/v1/organizations/abc/notification-channels')).toEqual({ kind: 'method-not-allowed', api, allow: ['GET'] });
  });

  it('prefers literal segments and rejects empty parameter segments', () => {
    const api = apiRoutes('v1');
    expect(matchRoute([api], 'GET', '/v1/organizations/')).toEqual({ kind: 'no-route' });
    expect(matchRoute([api], 'GET', '/v1/organizations//audit-logs')).toEqual({ kind: 'no-route' });
    expect(matchRoute([api], 'GET', '/v1organizations')).toEqual({ kind: 'no-route' });
    expect(matchRoute([api], 'POST', '/v1/organizations/x')).toMatchObject({ operation: { operationId: 'UpdateOrganization' } });
    expect(matchRoute([api], 'GET', '/v1/users/self')).toMatchObject({ operation: { operationId: 'GetSelfUser' } });
    expect(matchRoute([api], 'POST', '/v1/organizations/o/allowed-ip-address-ranges/bulk-create')).toMatchObject({ operation: { operationId: 'BulkCreateAllowedIpAddressRanges' } });
  });
});
