/** The operation model: what every package reads about an operation, and the spec mistakes it refuses. */
import { describe, expect, it } from 'vitest';
import { helperNames, loadOperations, loadSpec, readOperations, resolveRef, serverOf, SpecModelError } from '../src/index.ts';

const v1 = loadOperations('v1');
const byId = (id: string) => v1.find((operation) => operation.operationId === id)!;

/** A copy of the v1 bundle with one operation changed by `edit`. */
function withOperation(path: string, method: string, edit: (operation: Record<string, any>) => void) {
  const document = structuredClone(loadSpec('v1')) as Record<string, any>;
  edit(document.paths[path][method]);
  return document;
}

describe('the v1 operation model', () => {
  it('reads all 75 operations with their SDK names, each helper once', () => {
    expect(v1).toHaveLength(75);
    const helpers = v1.flatMap((operation) => helperNames(operation).map((name) => `${operation.sdk.group}.${name}`));
    expect(new Set(helpers).size).toBe(helpers.length);
    expect(helpers).toEqual(expect.arrayContaining(['deployments.list', 'deployments.listAll', 'organizations.auditLogsRaw', 'teams.listMembersAll', 'users.getSelf']));
  });

  it('gives the path parameters in path order, with the path-level X-API-Version header merged in', () => {
    const finalize = byId('FinalizeDeploy');
    expect(finalize.pathParams.map((p) => p.name)).toEqual(['organizationId', 'deploymentId', 'deployId']);
    expect(finalize.headers).toEqual([expect.objectContaining({ name: 'X-API-Version', required: false })]);
    expect(finalize.method).toBe('POST');
    expect(finalize.idempotent).toBe(false);
    expect(finalize.permissions).toEqual(['deployment.deploys.update']);
    expect(finalize.bearer).toBe(true);
  });

  it('knows lists, bodies and what a success carries', () => {
    expect(byId('ListDeployments').pagination).toEqual({ items: 'deployments', defaultLimit: 20 });
    expect(byId('ListClusters').pagination).toEqual({ items: 'clusters', maxLimit: 1000, defaultLimit: 20 });
    expect(byId('ListDeployments').query.map((p) => p.name)).toEqual(['deploymentIds', 'names', 'workspaceIds', 'offset', 'limit', 'sorts']);
    expect(byId('ListDeployments').query.find((p) => p.name === 'sorts')).toMatchObject({ style: 'form', explode: true });
    expect(byId('CreateDeployment').requestBody).toMatchObject({ required: true, content: [{ mediaType: 'application/json', schema: { $ref: '#/components/schemas/CreateDeploymentRequest' } }] });
    expect(byId('CreateDeployment').requestBody!.content[0]!.examples[0]).toMatchObject({ name: 'CreateDeploymentBody', value: expect.objectContaining({ type: 'STANDARD' }) });
    expect(byId('GetDeployment').successKind).toBe('json');
    expect(byId('DeleteDeployment').success.status).toBe('204');
    expect(byId('DeleteDeployment').successKind).toBe('empty');
    expect(byId('ExcludeLinkingEnvironmentObject').successKind).toBe('empty');
    expect(byId('GetOrganizationAuditLogs').successKind).toBe('stream');
    expect(byId('DeleteDeploymentHibernationOverride').responses.map((r) => r.status)).toEqual(['204', '429', '4XX', '5XX']);
  });

  it('resolves $ref siblings over their target, as OpenAPI 3.1 does', () => {
    const document = loadSpec('v1');
    const createdBy = resolveRef(document, document.components.schemas.Deployment.properties.createdBy);
    expect(createdBy.required).toEqual(['id']);
    expect(createdBy.description).toBe(document.components.schemas.Deployment.properties.createdBy.description);
  });

  it('states the server of each version', () => {
    expect(serverOf(loadSpec('v1'))).toEqual({ url: 'https://api.astronomer.io/v1', basePath: '/v1' });
    expect(serverOf(loadSpec('v1beta1'))).toEqual({ url: 'https://api.astronomer.io/platform/v1beta1', basePath: '/platform/v1beta1' });
  });
});

describe('spec mistakes the model refuses, naming the operation', () => {
  it('two operations that would give the client the same helper', () => {
    const document = withOperation('/organizations/{organizationId}/teams', 'get', (operation) => {
      operation['x-sdk'] = { group: 'teams', method: 'create' };
    });
    expect(() => readOperations(document)).toThrow(new SpecModelError('x-sdk: ListTeams and CreateTeam both give the client the helper teams.create; rename one'));
  });

  it('a walked list whose <method>All clashes with another helper', () => {
    const document = withOperation('/organizations/{organizationId}/teams/{teamId}', 'get', (operation) => {
      operation['x-sdk'] = { group: 'teams', method: 'listAll' };
    });
    expect(() => readOperations(document)).toThrow(/teams\.listAll/);
  });

  it('a missing or malformed x-sdk', () => {
    expect(() => readOperations(withOperation('/organizations/{organizationId}/clusters', 'post', (operation) => delete operation['x-sdk']))).toThrow(
      'CreateCluster (POST /organizations/{organizationId}/clusters) has no x-sdk',
    );
    expect(() => readOperations(withOperation('/organizations/{organizationId}/clusters', 'post', (operation) => (operation['x-sdk'].method = 'Create-Cluster')))).toThrow(
      /x-sdk\.method must be a camelCase name, got "Create-Cluster"/,
    );
  });

  it('walks that name no list, or a list without offset and limit', () => {
    expect(() => readOperations(withOperation('/organizations/{organizationId}/clusters', 'get', (operation) => (operation['x-sdk'].walks = 'items')))).toThrow(
      /x-sdk\.walks names "items", which is not an array property/,
    );
    expect(() => readOperations(withOperation('/organizations/{organizationId}/role-templates', 'get', (operation) => (operation['x-sdk'].walks = 'roleTemplates')))).toThrow(
      /no offset and limit query parameters/,
    );
  });

  it('a missing x-idempotent, a repeated operationId, an undeclared path parameter', () => {
    expect(() => readOperations(withOperation('/organizations/{organizationId}/clusters', 'get', (operation) => delete operation['x-idempotent']))).toThrow(/x-idempotent must be true or false/);
    expect(() => readOperations(withOperation('/organizations/{organizationId}/clusters', 'get', (operation) => (operation.operationId = 'CreateCluster')))).toThrow(/operationId CreateCluster is used twice/);
    const document = structuredClone(loadSpec('v1')) as Record<string, any>;
    document.paths['/organizations/{organizationId}/clusters/{clusterId}'].parameters.splice(1, 1);
    expect(() => readOperations(document)).toThrow(/the path parameter \{clusterId\} is not declared/);
  });
});
