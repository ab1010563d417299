/** The resource helpers come from the generated operation table: a new operation is a new method, with no new code. */
import { describe, expect, it } from 'vitest';
import { createAstroClient } from '../src/client/create-astro-client.ts';
import { operations as v1Table } from '../src/generated/v1.operations.ts';
import { operations as betaTable } from '../src/generated/v1beta1.operations.ts';
import { createClient as createBeta } from '../src/v1beta1.ts';
import { AstroInputError, createClient, type OperationEntry } from '../src/v1.ts';
import { helperNames } from '../scripts/operation-table.ts';
import { fakeFetch, json } from './helpers/fake-fetch.ts';
import { BASE_URL, organization, TOKEN } from './helpers/fixtures.ts';

const entry = (overrides: Partial<OperationEntry> & Pick<OperationEntry, 'method' | 'path' | 'name'>): OperationEntry => ({
  resource: 'workspaces',
  pathParams: [...overrides.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!),
  queryParams: [],
  body: false,
  idempotent: true,
  response: 'json',
  pageItems: null,
  ...overrides,
});

describe('a helper for every operation of the table', () => {
  it.each([
    ['v1', createClient, v1Table],
    ['v1beta1', createBeta, betaTable],
  ] as const)('%s has exactly the helpers its table names', (_, create, table) => {
    const astro = create({ token: TOKEN }) as unknown as Record<string, Record<string, unknown>>;
    const expected = Object.values(table).flatMap((operation) => helperNames(operation).map((name) => `${operation.resource}.${name}`));
    const actual = Object.keys(astro.organizations!).map((name) => `organizations.${name}`);
    expect(actual.sort()).toEqual(expected.sort());
    for (const name of Object.keys(astro.organizations!)) expect(typeof astro.organizations![name]).toBe('function');
  });

  it('turns a new table entry into a new method, with its path, query, body and pagination', async () => {
    const table = {
      ListWorkspaces: entry({ method: 'GET', path: '/organizations/{organizationId}/workspaces', name: 'list', queryParams: ['offset', 'limit', 'names'], pageItems: 'workspaces' }),
      CreateWorkspace: entry({ method: 'POST', path: '/organizations/{organizationId}/workspaces', name: 'create', body: true, idempotent: false }),
      DeleteWorkspace: entry({ method: 'DELETE', path: '/organizations/{organizationId}/workspaces/{workspaceId}', name: 'delete' }),
    };
    const fetch = fakeFetch(
      json(200, { workspaces: [{ id: 'w1' }, { id: 'w2' }], offset: 0, limit: 100, totalCount: 2 }),
      json(200, { workspaces: [{ id: 'w1' }], offset: 0, limit: 100, totalCount: 2 }),
      json(201, { id: 'w3' }),
      new Response(null, { status: 204 }),
    );
    const astro = createAstroClient({ table, serverUrl: BASE_URL }, { token: TOKEN, fetch }) as unknown as {
      workspaces: Record<string, (...args: unknown[]) => unknown>;
    };
    expect(Object.keys(astro.workspaces).sort()).toEqual(['create', 'delete', 'list', 'listAll']);

    await expect(astro.workspaces.list!('org-1', { names: ['a', 'b'] })).resolves.toMatchObject({ totalCount: 2 });
    const all: unknown[] = [];
    for await (const workspace of astro.workspaces.listAll!('org-1', { names: ['a'] }) as AsyncIterable<unknown>) all.push(workspace);
    await expect(astro.workspaces.create!('org-1', { name: 'Data' })).resolves.toEqual({ id: 'w3' });
    await expect(astro.workspaces.delete!('org-1', 'w 3')).resolves.toBeUndefined();

    expect(all).toEqual([{ id: 'w1' }]);
    expect(fetch.calls.map((call) => `${call.method} ${call.url.replace(BASE_URL, '')} ${call.body}`)).toEqual([
      'GET /organizations/org-1/workspaces?names=a&names=b ',
      'GET /organizations/org-1/workspaces?names=a&offset=0&limit=100 ',
      'POST /organizations/org-1/workspaces {"name":"Data"}',
      'DELETE /organizations/org-1/workspaces/w%203 ',
    ]);
    expect(fetch.calls[2]!.headers.get('content-type')).toBe('application/json');
  });
});

describe('the Organization helpers', () => {
  it('list sends its filters, sorts exploded', async () => {
    const fetch = fakeFetch(json(200, { organizations: [organization('org-1')], offset: 0, limit: 5, totalCount: 1 }));
    const page = await createClient({ token: TOKEN, baseUrl: BASE_URL, fetch }).organizations.list({
      limit: 5,
      offset: 10,
      sorts: ['name:asc', 'createdAt:desc'],
      product: 'HOSTED',
      productPlan: 'STANDARD',
      astronomerProduct: 'ASTRO',
    });
    expect(page.organizations[0]!.id).toBe('org-1');
    expect(fetch.calls[0]!.url).toBe(`${BASE_URL}/organizations?limit=5&offset=10&sorts=name%3Aasc&sorts=createdAt%3Adesc&product=HOSTED&productPlan=STANDARD&astronomerProduct=ASTRO`);
  });

  it('get sends isLookUpOnly', async () => {
    const fetch = fakeFetch(json(200, organization('org-1')));
    await createClient({ token: TOKEN, baseUrl: BASE_URL, fetch }).organizations.get('org-1', { isLookUpOnly: true });
    expect(fetch.calls[0]!.url).toBe(`${BASE_URL}/organizations/org-1?isLookUpOnly=true`);
  });

  it('update POSTs the JSON body and returns the Organization', async () => {
    const updated = organization('org-1', { name: 'Renamed', hasAiFeaturesDisabled: true });
    const fetch = fakeFetch(json(200, updated));
    const body = { name: 'Renamed', billingEmail: 'billing@example.com', isScimEnabled: true, hasAiFeaturesDisabled: true };
    await expect(createClient({ token: TOKEN, baseUrl: BASE_URL, fetch }).organizations.update('org-1', body)).resolves.toEqual(updated);
    expect(fetch.calls[0]).toMatchObject({ method: 'POST', url: `${BASE_URL}/organizations/org-1`, body: JSON.stringify(body) });
  });

  it('v1beta1 sends its supportPlan filter and reads its Organization', async () => {
    const betaOrganization = { ...organization('org-1'), supportPlan: 'BUSINESS' };
    const fetch = fakeFetch(json(200, { organizations: [betaOrganization], offset: 0, limit: 20, totalCount: 1 }), json(200, betaOrganization));
    const astro = createBeta({ token: TOKEN, baseUrl: 'https://beta.example.test/platform/v1beta1', fetch });
    const page = await astro.organizations.list({ supportPlan: 'BUSINESS_CRITICAL', astronomerProduct: 'OBSERVE' });
    const one = await astro.organizations.get('org-1');
    expect(page.organizations[0]!.supportPlan).toBe('BUSINESS');
    expect(one.supportPlan).toBe('BUSINESS');
    expect(fetch.calls.map((call) => call.url)).toEqual([
      'https://beta.example.test/platform/v1beta1/organizations?supportPlan=BUSINESS_CRITICAL&astronomerProduct=OBSERVE',
      'https://beta.example.test/platform/v1beta1/organizations/org-1',
    ]);
  });

  it('v1beta1 streams audit logs too', async () => {
    const fetch = fakeFetch(new Response('{"subjectId":"u"}\n'));
    const events: unknown[] = [];
    for await (const event of createBeta({ token: TOKEN, fetch }).organizations.auditLogs('org-1')) events.push(event);
    expect(events).toEqual([{ subjectId: 'u' }]);
  });
});

describe('bad arguments', () => {
  it('rejects a query that is not an object, sending nothing', async () => {
    const fetch = fakeFetch(json(200, organization('org-1')));
    const astro = createClient({ token: TOKEN, baseUrl: BASE_URL, fetch });
    await expect(astro.organizations.get('org-1', 'isLookUpOnly' as never)).rejects.toThrow(
      'astro.organizations.get: the query must be an object such as { isLookUpOnly: … }, got "isLookUpOnly".',
    );
    await expect(astro.organizations.list(null as never)).rejects.toThrow(AstroInputError);
    expect(fetch.calls).toHaveLength(0);
  });
});
