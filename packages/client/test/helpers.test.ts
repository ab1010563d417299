/** The helpers come from the generated table: one per operation of the spec, named by x-sdk, called by one convention. */
import { helperNames, loadOperations } from '@astro-api/openapi';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClient as createBeta } from '../src/v1beta1.ts';
import { AstroConfigError, AstroInputError, createClient } from '../src/v1.ts';
import { fakeFetch, json } from './helpers/fake-fetch.ts';
import { BASE_URL, organization, testClient, TOKEN } from './helpers/fixtures.ts';

afterEach(() => vi.unstubAllEnvs());

const EXTRAS: Record<string, string[]> = { deployments: ['waitForStatus'], clusters: ['waitForStatus'], deploys: ['waitForStatus', 'deployDags'] };

describe('a helper for every operation of the spec', () => {
  it.each([
    ['v1', createClient, 75],
    ['v1beta1', createBeta, 4],
  ] as const)('%s has exactly the helpers its operations name in x-sdk, plus the waiters and deployDags', (version, create, count) => {
    const operations = loadOperations(version);
    expect(operations).toHaveLength(count);
    const astro = create({ token: TOKEN }) as unknown as Record<string, Record<string, unknown>>;
    const expected = operations.flatMap((operation) => [...helperNames(operation), ...(version === 'v1' && operation.sdk.method === 'get' ? (EXTRAS[operation.sdk.group] ?? []) : [])].map((name) => `${operation.sdk.group}.${name}`));
    const groups = [...new Set(operations.map((operation) => operation.sdk.group))];
    const actual = groups.flatMap((group) => Object.keys(astro[group]!).map((name) => `${group}.${name}`));
    expect([...new Set(actual)].sort()).toEqual([...new Set(expected)].sort());
    for (const name of actual) {
      const [group, method] = name.split('.') as [string, string];
      expect(typeof astro[group]![method], name).toBe('function');
    }
  });

  it('calls each v1 operation with its method and path, path parameters in path order', async () => {
    const fetch = fakeFetch((request) => (request.method === 'DELETE' ? new Response(null, { status: 204 }) : json(200, { id: 'x' })));
    const astro = testClient({ fetch }) as unknown as Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>;
    for (const operation of loadOperations('v1')) {
      if (operation.successKind === 'stream') continue;
      const ids = operation.pathParams.filter((parameter) => parameter.name !== 'organizationId').map((parameter) => `${parameter.name}-1`);
      const args = [...ids, ...(operation.requestBody ? [{}] : []), ...(operation.query.some((parameter) => parameter.required) ? [{}] : [])];
      await astro[operation.sdk.group]![operation.sdk.method]!(...args);
      const call = fetch.calls.at(-1)!;
      const expectedPath = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'organizationId' ? 'org-1' : `${name}-1`));
      expect(`${call.method} ${call.url.replace(BASE_URL, '')}`, operation.operationId).toBe(`${operation.method} ${expectedPath}`);
      expect(call.body, operation.operationId).toBe(operation.requestBody ? '{}' : '');
    }
    expect(fetch.calls).toHaveLength(74);
  });
});

describe('the calling convention', () => {
  it('sends path ids, then the JSON body, then the query', async () => {
    const fetch = fakeFetch(json(200, { id: 'dep-1' }), json(200, { logs: [] }), json(200, { workspaces: [] }));
    const astro = testClient({ fetch });
    await astro.deploys.finalize('d-1', 'dep-1', { dagTarballVersion: 'v-7' });
    await astro.deployments.getLogs('d-1', { sources: ['scheduler', 'worker'], limit: 10 });
    await astro.workspaces.list({ names: ['a', 'b'], sorts: ['name:asc'], limit: 5 });
    expect(fetch.calls.map((call) => `${call.method} ${call.url.replace(BASE_URL, '')} ${call.body}`)).toEqual([
      'POST /organizations/org-1/deployments/d-1/deploys/dep-1/finalize {"dagTarballVersion":"v-7"}',
      'GET /organizations/org-1/deployments/d-1/logs?sources=scheduler&sources=worker&limit=10 ',
      'GET /organizations/org-1/workspaces?names=a&names=b&sorts=name%3Aasc&limit=5 ',
    ]);
    expect(fetch.calls[0]!.headers.get('content-type')).toBe('application/json');
    expect(fetch.calls[1]!.headers.get('content-type')).toBeNull();
  });

  it.each([
    ['a 204', () => new Response(null, { status: 204 })],
    ['an empty 200', () => new Response(null, { status: 200 })],
    ['a 200 with a body the spec does not declare', () => json(200, { ignored: true })],
  ])('resolves operations without a success body to undefined, on %s', async (_, answer) => {
    const fetch = fakeFetch(answer);
    const astro = testClient({ fetch });
    await expect(astro.environmentObjects.excludeLinking('env-1', { scope: 'DEPLOYMENT', scopeEntityId: 'd-1' })).resolves.toBeUndefined();
    await expect(astro.teams.addMembers('t-1', { memberIds: ['u-1'] })).resolves.toBeUndefined();
    await expect(astro.apiTokens.delete('tok-1')).resolves.toBeUndefined();
  });

  it('needs no Organization for ListOrganizations, GetSelfUser and ListPermissionGroups', async () => {
    vi.stubEnv('ASTRO_ORGANIZATION_ID', undefined);
    const fetch = fakeFetch(json(200, {}));
    const astro = createClient({ token: TOKEN, baseUrl: BASE_URL, pacing: false, fetch });
    await astro.organizations.list();
    await astro.users.getSelf({ createIfNotExist: false });
    await astro.permissionGroups.list({ scopeType: 'WORKSPACE' });
    expect(fetch.calls.map((call) => call.url.replace(BASE_URL, ''))).toEqual(['/organizations', '/users/self?createIfNotExist=false', '/authorization/permission-groups?scopeType=WORKSPACE']);
  });

  it('rejects a missing body and extra arguments before sending', async () => {
    const fetch = fakeFetch(json(200, {}));
    const astro = testClient({ fetch });
    await expect(astro.workspaces.create(undefined as never)).rejects.toThrow(new AstroInputError('workspaces.create: expected the body object, got undefined.'));
    await expect((astro.workspaces.get as (...args: unknown[]) => Promise<unknown>)('ws-1', {}, {})).rejects.toThrow(
      new AstroInputError('workspaces.get takes 2 arguments at most, got 3. The Organization is not an argument: pass `organizationId` to createClient, set ASTRO_ORGANIZATION_ID, or use client.withOrganization(id).'),
    );
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('the Organization comes from the client', () => {
  it('from createClient({ organizationId })', async () => {
    const fetch = fakeFetch(json(200, organization('org-7')));
    await createClient({ token: TOKEN, baseUrl: BASE_URL, organizationId: 'org-7', fetch }).organizations.get();
    expect(fetch.calls[0]!.url).toBe(`${BASE_URL}/organizations/org-7`);
  });

  it('else from ASTRO_ORGANIZATION_ID', async () => {
    vi.stubEnv('ASTRO_ORGANIZATION_ID', 'org-from-env');
    const fetch = fakeFetch(json(200, { id: 'ws-1' }));
    await createClient({ token: TOKEN, baseUrl: BASE_URL, fetch }).workspaces.get('ws-1');
    expect(fetch.calls[0]!.url).toBe(`${BASE_URL}/organizations/org-from-env/workspaces/ws-1`);
  });

  it('withOrganization returns a client for another one; the first keeps its own', async () => {
    const fetch = fakeFetch(json(200, { id: 'ws-1' }));
    const astro = testClient({ fetch });
    const other = astro.withOrganization('org-2');
    await other.workspaces.get('ws-1');
    await astro.workspaces.get('ws-1');
    await other.withOrganization('org-3').workspaces.get('ws-1');
    expect(fetch.calls.map((call) => call.url.replace(BASE_URL, ''))).toEqual([
      '/organizations/org-2/workspaces/ws-1',
      '/organizations/org-1/workspaces/ws-1',
      '/organizations/org-3/workspaces/ws-1',
    ]);
  });

  it('withOrganization shares the openapi-fetch client: middleware applies to both', async () => {
    const fetch = fakeFetch(json(200, { id: 'ws-1' }));
    const astro = testClient({ fetch });
    astro.use({ onRequest: ({ request }) => (request.headers.set('x-seen', 'yes'), request) });
    await astro.withOrganization('org-2').workspaces.get('ws-1');
    expect(fetch.calls[0]!.headers.get('x-seen')).toBe('yes');
    expect(astro.withOrganization('org-2').GET).toBe(astro.GET);
  });

  it('a helper that needs one fails with AstroConfigError naming both ways to set it, before anything is sent', async () => {
    vi.stubEnv('ASTRO_ORGANIZATION_ID', undefined);
    const fetch = fakeFetch(json(200, {}));
    const astro = createClient({ token: TOKEN, baseUrl: BASE_URL, fetch });
    await expect(astro.deployments.list()).rejects.toThrow(
      new AstroConfigError('deployments.list acts on an Organization and this client has none: pass `organizationId` to createClient, set ASTRO_ORGANIZATION_ID, or use client.withOrganization(id).'),
    );
    expect(fetch.calls).toHaveLength(0);
  });

  it.each([
    ['createClient', () => createClient({ token: TOKEN, organizationId: 'a/b' })],
    ['ASTRO_ORGANIZATION_ID', () => (vi.stubEnv('ASTRO_ORGANIZATION_ID', '..'), createClient({ token: TOKEN }))],
    ['withOrganization', () => testClient().withOrganization('org 2')],
  ])('a bad id fails at %s, before any token is sent', (_, make) => {
    expect(make).toThrow(AstroInputError);
  });

  it('a string where the old organizations.get(id) took one explains the new convention', async () => {
    const fetch = fakeFetch(json(200, organization('org-1')));
    const astro = testClient({ fetch });
    const message = 'The Organization is not an argument: pass `organizationId` to createClient, set ASTRO_ORGANIZATION_ID, or use client.withOrganization(id).';
    await expect(astro.organizations.get('org-1' as never)).rejects.toThrow(new AstroInputError(`organizations.get: expected the query object, got "org-1". ${message}`));
    await expect(astro.organizations.update('org-1' as never, {} as never)).rejects.toThrow(new AstroInputError(`organizations.update: expected the body object, got "org-1". ${message}`));
    expect(() => astro.organizations.auditLogs('org-1' as never)).toThrow(new AstroInputError(`organizations.auditLogs: expected the query object, got "org-1". ${message}`));
    await expect(astro.workspaces.get('org-1', 'ws-1' as never)).rejects.toThrow(new AstroInputError(`workspaces.get: expected the options object, got "ws-1". ${message}`));
    expect(fetch.calls).toHaveLength(0);
  });

  it('v1beta1 follows the same convention', async () => {
    const betaOrganization = { ...organization('org-1'), supportPlan: 'BUSINESS' };
    const fetch = fakeFetch(json(200, { organizations: [betaOrganization], offset: 0, limit: 20, totalCount: 1 }), json(200, betaOrganization), json(200, betaOrganization));
    const astro = createBeta({ token: TOKEN, baseUrl: 'https://beta.example.test/platform/v1beta1', organizationId: 'org-1', pacing: false, fetch });
    const page = await astro.organizations.list({ supportPlan: 'BUSINESS_CRITICAL', astronomerProduct: 'OBSERVE' });
    const one = await astro.organizations.get();
    await astro.withOrganization('org-2').organizations.get({ isLookUpOnly: true });
    expect(page.organizations[0]!.supportPlan).toBe('BUSINESS');
    expect(one.supportPlan).toBe('BUSINESS');
    expect(fetch.calls.map((call) => call.url)).toEqual([
      'https://beta.example.test/platform/v1beta1/organizations?supportPlan=BUSINESS_CRITICAL&astronomerProduct=OBSERVE',
      'https://beta.example.test/platform/v1beta1/organizations/org-1',
      'https://beta.example.test/platform/v1beta1/organizations/org-2?isLookUpOnly=true',
    ]);
    await expect(astro.organizations.get('org-1' as never)).rejects.toThrow(/The Organization is not an argument/);
  });
});
