/**
 * What the engine infers from the spec's path shapes, checked over the whole v1 API: every
 * operation has a behaviour (the generic one for its kind, or a hand-written one), and every list
 * parameter either filters on a member or is applied by a hand-written behaviour.
 */
import { describe, expect, it } from 'vitest';
import { loadOperations, loadSpec } from '@astro-api/openapi';
import { BEHAVIOURS } from '../../src/behaviours/index.ts';
import { GENERIC } from '../../src/engine/generic.ts';
import { compileListQuery } from '../../src/engine/list-query.ts';
import { mapResources } from '../../src/engine/resources.ts';

const document = loadSpec('v1');
const operations = loadOperations('v1');
const resources = mapResources(document, operations);
const kindOf = (operationId: string) => resources.plans.get(operationId)!.kind;

describe('resources inferred from path shapes', () => {
  it('finds the collections, their item parameters and record schemas', () => {
    const deployments = resources.collections.get('/organizations/{organizationId}/deployments')!;
    expect(deployments).toMatchObject({ name: 'deployments', itemParam: 'deploymentId', parentParams: ['organizationId'], recordName: 'Deployment', idField: 'id' });
    const deploys = resources.collections.get('/organizations/{organizationId}/deployments/{deploymentId}/deploys')!;
    expect(deploys).toMatchObject({ itemParam: 'deployId', parentParams: ['organizationId', 'deploymentId'], recordName: 'Deploy' });
    // Invites have no GET: the record schema is the create's answer, and its id member is named like the parameter.
    expect(resources.collections.get('/organizations/{organizationId}/invites')).toMatchObject({ recordName: 'Invite', idField: 'inviteId' });
    expect(resources.byItemParam.get('customRoleId')?.recordName).toBe('RoleWithPermission');
  });

  it('gives each operation its kind from method and path', () => {
    expect(['ListDeployments', 'ListTeamMembers', 'ListApiTokens'].map(kindOf)).toEqual(['list', 'list', 'list']);
    expect(['CreateDeployment', 'CreateUserInvite', 'CreateAgentToken'].map(kindOf)).toEqual(['create', 'create', 'create']);
    expect(['GetDeploy', 'UpdateDeploy', 'DeleteUserInvite', 'RemoveTeamMember'].map(kindOf)).toEqual(['get', 'update', 'delete', 'delete']);
    for (const action of ['RotateApiToken', 'AddTeamMembers', 'UpdateTeamRoles', 'BulkCreateAllowedIpAddressRanges', 'GetSelfUser', 'GetClusterOptions', 'FinalizeDeploy']) {
      expect(kindOf(action), action).toBe('action');
    }
  });

  it('serves every one of the 75 operations: generically by kind, or by a hand-written behaviour', () => {
    expect(operations).toHaveLength(75);
    const unserved = operations.filter((operation) => !BEHAVIOURS[operation.operationId] && !GENERIC[kindOf(operation.operationId)]);
    expect(unserved.map((operation) => operation.operationId)).toEqual([]);
    for (const id of Object.keys(BEHAVIOURS)) expect(operations.some((operation) => operation.operationId === id), id).toBe(true);
    const generic = operations.filter((operation) => !BEHAVIOURS[operation.operationId]).length;
    expect(generic).toBeGreaterThanOrEqual(33);
  });

  it('applies every list parameter: as a member filter, or in the list’s hand-written behaviour', () => {
    const unapplied: Record<string, string[]> = {};
    const unmatchedSorts: Record<string, string[]> = {};
    for (const operation of operations.filter((candidate) => kindOf(candidate.operationId) === 'list')) {
      const collection = resources.plans.get(operation.operationId)!.collection!;
      const query = compileListQuery(document, operation, collection.recordSchema, collection.itemParam, collection.idField);
      if (query.unapplied.length) unapplied[operation.operationId] = query.unapplied;
      if (query.unmatchedSorts.length) unmatchedSorts[operation.operationId] = query.unmatchedSorts;
    }
    expect(unapplied).toEqual({
      ListApiTokens: ['workspaceId', 'dagId', 'dagTags', 'includeOnlyOrganizationTokens'],
      ListEnvironmentObjects: ['workspaceId', 'deploymentId', 'showSecrets', 'resolveLinked'],
      ListOrganizations: ['productPlan'],
      ListRoles: ['includeDefaultRoles'],
    });
    for (const operationId of Object.keys(unapplied)) expect(BEHAVIOURS[operationId], operationId).toBeDefined();
    // A user's teams are Teams seen as memberships: the page's item schema has no timestamps, the records do.
    expect(unmatchedSorts).toEqual({ ListUserTeams: ['createdAt', 'updatedAt'] });
    expect(BEHAVIOURS.ListUserTeams).toBeDefined();
  });

  it('maps filters and sorts by the rules of member names', () => {
    const at = (operationId: string) => {
      const operation = operations.find((candidate) => candidate.operationId === operationId)!;
      const collection = resources.plans.get(operationId)!.collection!;
      return compileListQuery(document, operation, collection.recordSchema, collection.itemParam, collection.idField);
    };
    const record = { id: 'd1', name: 'etl', workspaceId: 'w1', cloudProvider: 'GCP', workspaceRoles: [{ workspaceId: 'w2', role: 'WORKSPACE_MEMBER' }] };
    expect(at('ListDeployments').filters.get('deploymentIds')!(record, ['d1', 'd2'])).toBe(true);
    expect(at('ListDeployments').filters.get('workspaceIds')!(record, ['w2'])).toBe(false);
    expect(at('ListClusters').filters.get('provider')!(record, 'GCP')).toBe(true);
    expect(at('ListUsers').filters.get('workspaceId')!(record, 'w2')).toBe(true);
    expect(at('ListAgentTokens').sorts.get('createdById:desc')).toEqual({ path: ['createdBy', 'id'], direction: -1 });
    expect(at('ListApiTokens').sorts.get('tokenStartAt:asc')).toEqual({ path: ['startAt'], direction: 1 });
    expect(at('ListAllowedIpAddressRanges').sorts.get('ipAddress:asc')).toEqual({ path: ['ipAddressRange'], direction: 1 });
  });
});
