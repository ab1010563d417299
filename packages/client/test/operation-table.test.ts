/** The generator of the operation table, on small inline OpenAPI documents. */
import { describe, expect, it } from 'vitest';
import { buildOperationTable, helperName, helperNames, renderOperationTable, serverUrl, type OpenApiDocument } from '../scripts/operation-table.ts';

const ok = (schema: object) => ({ '200': { description: 'ok', content: { 'application/json': { schema } } } });
const operation = (operationId: string, extra: object = {}) => ({ operationId, tags: ['Thing'], responses: ok({ type: 'object' }), ...extra });
const documentWith = (paths: Record<string, object>, components: OpenApiDocument['components'] = {}): OpenApiDocument => ({
  servers: [{ url: 'https://api.example.test/v1/' }],
  paths: paths as OpenApiDocument['paths'],
  components,
});

describe('helperName', () => {
  it.each([
    ['ListOrganizations', 'Organization', 'list'],
    ['GetOrganization', 'Organization', 'get'],
    ['UpdateOrganization', 'Organization', 'update'],
    ['GetOrganizationAuditLogs', 'Organization', 'auditLogs'],
    ['CreateWorkspace', 'Workspace', 'create'],
    ['ListWorkspaceUsers', 'Workspace', 'users'],
    ['DeleteDeploymentApiToken', 'Deployment', 'apiToken'],
  ])('%s (tag %s) → %s', (operationId, tag, name) => {
    expect(helperName(operationId, tag)).toBe(name);
  });

  it('adds <name>All for paginated lists and <name>Raw for streams', () => {
    expect(helperNames({ name: 'list', pageItems: 'things', response: 'json' })).toEqual(['list', 'listAll']);
    expect(helperNames({ name: 'auditLogs', pageItems: null, response: 'ndjson' })).toEqual(['auditLogs', 'auditLogsRaw']);
    expect(helperNames({ name: 'get', pageItems: null, response: 'json' })).toEqual(['get']);
  });
});

describe('buildOperationTable', () => {
  it('defaults idempotency by HTTP method and lets x-idempotent override it', () => {
    const table = buildOperationTable(
      documentWith({
        '/things': { get: operation('ListThings'), post: operation('CreateThing') },
        '/things/{thingId}': {
          put: operation('ReplaceThing'),
          delete: operation('DeleteThing'),
          patch: operation('PatchThing'),
          post: operation('UpdateThing', { 'x-idempotent': true }),
        },
        '/things/{thingId}/refresh': { get: operation('GetThingRefresh', { 'x-idempotent': false }) },
      }),
    );
    const idempotent = Object.fromEntries(table.map((entry) => [entry.operationId, entry.idempotent]));
    expect(idempotent).toEqual({
      ListThings: true,
      CreateThing: false,
      ReplaceThing: true,
      DeleteThing: true,
      PatchThing: false,
      UpdateThing: true,
      GetThingRefresh: false,
    });
  });

  it('reads path parameters from the template and query parameters from the path item and the operation', () => {
    const [entry] = buildOperationTable(
      documentWith(
        {
          '/things/{thingId}/parts/{partId}': {
            parameters: [{ $ref: '#/components/parameters/Expand' }],
            get: operation('GetThingPart', { parameters: [{ name: 'fields', in: 'query' }, { name: 'X-Trace', in: 'header' }] }),
          },
        },
        { parameters: { Expand: { name: 'expand', in: 'query' } } },
      ),
    );
    expect(entry).toMatchObject({ pathParams: ['thingId', 'partId'], queryParams: ['expand', 'fields'], resource: 'things', name: 'part', body: false });
  });

  it('finds the list of a paginated response, through $refs', () => {
    const list = { offset: { name: 'offset', in: 'query' }, limit: { name: 'limit', in: 'query' } };
    const table = buildOperationTable(
      documentWith(
        {
          '/things': {
            get: operation('ListThings', {
              parameters: [{ $ref: '#/components/parameters/offset' }, { $ref: '#/components/parameters/limit' }],
              responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingsPaginated' } } } } },
            }),
          },
          '/widgets': { get: operation('ListWidgets', { tags: ['Widget'], parameters: [{ name: 'limit', in: 'query' }], responses: ok({ type: 'object', properties: { widgets: { type: 'array' } } }) }) },
        },
        {
          parameters: list,
          schemas: { ThingsPaginated: { type: 'object', properties: { totalCount: { type: 'integer' }, things: { $ref: '#/components/schemas/Things' } } }, Things: { type: 'array' } },
        },
      ),
    );
    expect(table.map((entry) => [entry.operationId, entry.pageItems])).toEqual([
      ['ListThings', 'things'],
      ['ListWidgets', null], // no offset, so not paginated
    ]);
  });

  it('marks a response without JSON as a stream, and a request body as a body', () => {
    const [stream, update] = buildOperationTable(
      documentWith({
        '/things/{thingId}/export': { get: operation('GetThingExport', { responses: { '200': { content: { 'application/octet-stream': {}, 'application/x-ndjson': {} } } } }) },
        '/things/{thingId}': { post: operation('UpdateThing', { requestBody: { content: { 'application/json': {} } } }) },
      }),
    );
    expect(stream).toMatchObject({ response: 'ndjson', name: 'export' });
    expect(update).toMatchObject({ response: 'json', body: true, method: 'POST' });
  });

  it('rejects documents the client cannot name helpers for', () => {
    expect(() => buildOperationTable(documentWith({ '/things': { get: { tags: ['Thing'] } } }))).toThrow('GET /things has no operationId');
    expect(() => buildOperationTable(documentWith({ '/things': { get: { operationId: 'ListThings' } } }))).toThrow('ListThings has no tag');
    expect(() => buildOperationTable(documentWith({ '/things': { get: operation('ListThings') }, '/things-again': { get: operation('ListThing') } }))).toThrow(
      'Two operations map to the helper things.list',
    );
  });

  it('rejects an operation whose name collides with a derived helper', () => {
    const paginated = operation('ListThings', {
      parameters: [{ name: 'offset', in: 'query' }, { name: 'limit', in: 'query' }],
      responses: ok({ type: 'object', properties: { things: { type: 'array' } } }),
    });
    expect(() => buildOperationTable(documentWith({ '/things': { get: paginated }, '/things/all': { get: operation('GetThingListAll') } }))).toThrow(
      'Two operations map to the helper things.listAll',
    );
  });
});

describe('serverUrl and rendering', () => {
  it('takes the first server, without a trailing slash', () => {
    expect(serverUrl(documentWith({}))).toBe('https://api.example.test/v1');
    expect(() => serverUrl({ paths: {} })).toThrow('servers[0].url');
    expect(() => serverUrl({ paths: {}, servers: [{ url: '/v1' }] })).toThrow('servers[0].url');
  });

  it('renders the table and the server as TypeScript constants', () => {
    const source = renderOperationTable(buildOperationTable(documentWith({ '/things': { get: operation('ListThings') } })), 'v9', 'https://api.example.test/v9');
    expect(source).toContain('export const operations = {\n  ListThings: {\n    "method": "GET",');
    expect(source).toContain('} as const;');
    expect(source).toContain('export const serverUrl = "https://api.example.test/v9";');
  });
});
