/** The generator: everything comes from the operation model (names from x-sdk, pagination, idempotency, success kind). */
import { loadOperations, loadSpec } from '@astro-api/openapi';
import { describe, expect, it } from 'vitest';
import { renderDocument } from '../scripts/generate.ts';
import { groupInterface } from '../scripts/helper-declarations.ts';
import { loadModel } from '../scripts/load-model.ts';
import { schemaDeclaration } from '../scripts/named-types.ts';
import { packOperation, packOperations } from '../scripts/pack-operations.ts';
import { REFERENCE_SITE_URL, referenceUrl } from '../scripts/reference-links.ts';
import { operations as packedV1 } from '../src/generated/v1.operations.ts';
import { unpack } from '../src/resources/operations.ts';

const { readOperations, componentName } = await loadModel();

type Json = Record<string, unknown>;
const ok = (schema: Json = { $ref: '#/components/schemas/Thing' }) => ({ '200': { description: 'ok', content: { 'application/json': { schema } } } });
const op = (operationId: string, group: string, method: string, extra: Json = {}) => ({
  operationId,
  tags: ['Thing'],
  summary: `${operationId} summary`,
  description: `${operationId} description.`,
  'x-sdk': { group, method },
  'x-idempotent': true,
  'x-permission': [{ action: 'organization.things.get' }],
  responses: ok(),
  ...extra,
});
const idParameter = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string' } });
const page = { type: 'object', properties: { things: { type: 'array', items: { $ref: '#/components/schemas/Thing' } }, totalCount: { type: 'integer' } } };
const listParameters = [
  { name: 'offset', in: 'query', schema: { type: 'integer' } },
  { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 500 } },
];

/** A small document in the bundle's shape. */
const documentWith = (paths: Json): Json & { info: { title: string; version: string } } => ({
  openapi: '3.1.0',
  info: { title: 'Things', version: '1.0' },
  servers: [{ url: 'https://api.example.test/v1/' }],
  security: [{ JWT: [] }],
  paths,
  components: {
    securitySchemes: { JWT: { type: 'http', scheme: 'bearer' } },
    schemas: { Thing: { type: 'object', properties: { id: { type: 'string' } } }, ThingsPaginated: page },
    parameters: { ApiVersion: { name: 'X-API-Version', in: 'header', schema: { type: 'string' } } },
  },
});

const things = documentWith({
  '/organizations/{organizationId}/things': {
    parameters: [idParameter('organizationId')],
    get: op('ListThings', 'things', 'list', {
      'x-sdk': { group: 'things', method: 'list', walks: 'things' },
      parameters: listParameters,
      responses: ok({ $ref: '#/components/schemas/ThingsPaginated' }),
    }),
    post: op('CreateThing', 'things', 'create', {
      'x-idempotent': false,
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string' } } } } } },
    }),
  },
  '/organizations/{organizationId}/things/{thingId}': {
    parameters: [idParameter('organizationId'), idParameter('thingId')],
    delete: op('DeleteThing', 'things', 'delete', { 'x-idempotent': false, responses: { '204': { description: 'gone' } } }),
    get: op('GetThing', 'things', 'get', { parameters: [{ $ref: '#/components/parameters/ApiVersion' }] }),
  },
  '/things/export': { get: op('ExportThings', 'things', 'export', { responses: { '200': { description: 'bytes', content: { 'application/octet-stream': { schema: { type: 'string' } } } } } }) },
});

describe('the packed operation table', () => {
  it('packs helper, flags, path, walked items and page size into one line per operation, the group and an unusual operationId only when needed', () => {
    expect(packOperations(readOperations(things)).split('\n')).toEqual([
      'things.list Gqi ~/things things 500',
      'create Pb ~/things',
      'get Gi ~/things/{thingId}',
      'delete De ~/things/{thingId}',
      'export Gis /things/export ExportThings',
    ]);
    expect(unpack(packOperations(readOperations(things))).map(({ id, group, name }) => `${id} ${group}.${name}`)).toEqual([
      'ListThings things.list',
      'CreateThing things.create',
      'GetThing things.get',
      'DeleteThing things.delete',
      'ExportThings things.export',
    ]);
  });

  it('unpacks to the facts of the model, for every v1 operation', () => {
    const model = loadOperations('v1');
    const unpacked = unpack(packedV1);
    expect(unpacked).toHaveLength(model.length);
    unpacked.forEach((operation, index) => {
      const source = model[index]!;
      expect(operation).toEqual({
        id: source.operationId,
        group: source.sdk.group,
        name: source.sdk.method,
        method: source.method,
        path: source.path,
        params: source.pathParams.map((parameter) => parameter.name).filter((name) => name !== 'organizationId'),
        org: source.path.includes('{organizationId}'),
        body: Boolean(source.requestBody),
        query: source.query.length > 0,
        idempotent: source.idempotent,
        kind: { json: 'j', empty: 'e', stream: 's' }[source.successKind],
        ...(source.pagination && { walks: source.pagination.items }),
        ...(source.pagination?.maxLimit && { maxLimit: source.pagination.maxLimit }),
      });
    });
  });

  it('is compact: about 50 characters per operation', () => {
    expect(packedV1.length / unpack(packedV1).length).toBeLessThan(60);
  });

  it('refuses what the format cannot hold', () => {
    const [list] = readOperations(things);
    expect(() => packOperation({ ...list!, sdk: { ...list!.sdk, method: 'list all' } })).toThrow('ListThings: "list all" cannot be packed into the operation table');
    const [, create] = readOperations(things);
    expect(() => packOperation({ ...list!, operationId: 'listThings' })).toThrow('listThings: an operationId that is not the usual one must start with an upper-case letter');
    expect(() => packOperation({ ...create!, requestBody: { required: true, content: [{ mediaType: 'multipart/form-data', examples: [] }] } })).toThrow(/sends JSON bodies only/);
  });
});

describe('the generator', () => {
  it('fails on two operations that would give the client the same helper', async () => {
    const duplicate = documentWith({
      '/a': { get: op('GetA', 'things', 'get') },
      '/b': { get: op('GetB', 'things', 'get') },
    });
    await expect(renderDocument('v1', duplicate)).rejects.toThrow('x-sdk: GetA and GetB both give the client the helper things.get; rename one');
  });

  it('fails when a walk would collide with another helper (list + listAll)', async () => {
    const duplicate = documentWith({
      '/organizations/{organizationId}/things': {
        parameters: [idParameter('organizationId')],
        get: op('ListThings', 'things', 'list', { 'x-sdk': { group: 'things', method: 'list', walks: 'things' }, parameters: listParameters, responses: ok({ $ref: '#/components/schemas/ThingsPaginated' }) }),
      },
      '/other': { get: op('ListAllThings', 'things', 'listAll') },
    });
    await expect(renderDocument('v1', duplicate)).rejects.toThrow(/both give the client the helper things\.listAll/);
  });

  it('fails on an operation without x-sdk, naming it', async () => {
    const { 'x-sdk': _, ...bare } = op('GetA', 'things', 'get');
    await expect(renderDocument('v1', documentWith({ '/a': { get: bare } }))).rejects.toThrow('GetA (GET /a) has no x-sdk');
  });

  it('writes types, the packed table and the helper declarations of a version', async () => {
    const files = await renderDocument('v1', things);
    expect(Object.keys(files)).toEqual(['v1.ts', 'v1.operations.ts', 'v1.helpers.ts']);
    expect(files['v1.ts']).toContain("export interface Thing extends Schema<'Thing'> {}");
    expect(files['v1.operations.ts']).toContain('export const serverUrl = "https://api.example.test/v1";');
    expect(files['v1.operations.ts']).toContain('export type ApiVersion = "1.0";');
  });
});

describe('the helper declarations', async () => {
  const declarations = (await renderDocument('v1', things))['v1.helpers.ts']!;

  it('declare one interface per group, with named types', () => {
    expect(groupInterface('apiTokens')).toBe('ApiTokensApi');
    expect(declarations).toContain('export interface ThingsApi {');
    expect(declarations).toContain('  get(thingId: string, options?: RequestOptions): Promise<Thing>;');
    expect(declarations).toContain('  delete(thingId: string, options?: RequestOptions): Promise<void>;');
    expect(declarations).toContain('  list(query?: ListThingsQuery, options?: RequestOptions): Promise<ThingsPaginated>;');
    expect(declarations).toContain('  listAll(query?: WalkQuery<ListThingsQuery>, options?: RequestOptions): PageIterator<Thing>;');
    expect(declarations).toContain('  export(options?: RequestOptions): AsyncGenerator<unknown, void, undefined>;');
    expect(declarations).toContain('  exportRaw(options?: RequestOptions): Promise<ReadableStream<Uint8Array>>;');
    expect(declarations).toContain('export interface Helpers {\n  things: ThingsApi;\n}');
  });

  it('name inline bodies and queries after their operation', () => {
    expect(declarations).toContain("export interface CreateThingBody extends Of<NonNullable<operations['CreateThing']['requestBody']>['content']['application/json']> {}");
    expect(declarations).toContain('  create(body: CreateThingBody, options?: RequestOptions): Promise<Thing>;');
    expect(declarations).toContain("export interface ListThingsQuery extends Of<NonNullable<operations['ListThings']['parameters']['query']>> {}");
  });

  it('document each helper: summary, description, permission, and a link to its reference page', () => {
    expect(declarations).toContain(
      [
        '  /**',
        '   * GetThing summary',
        '   *',
        '   * GetThing description.',
        '   *',
        '   * Permission: `organization.things.get`.',
        `   * @see {@link ${REFERENCE_SITE_URL}/v1/#tag/Thing/operation/GetThing | GetThing} in the API reference`,
        '   */',
        '  get(',
      ].join('\n'),
    );
    expect(referenceUrl('v1', 'Deployment', 'GetDeployment')).toBe(`${REFERENCE_SITE_URL}/v1/#tag/Deployment/operation/GetDeployment`);
  });

  it('refuse a type name that would shadow a generated one', async () => {
    const clash = documentWith({ '/a': { get: op('ListThings', 'things', 'list', { parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }] }) } });
    (clash.components as { schemas: Json }).schemas.ListThingsQuery = { type: 'string' };
    await expect(renderDocument('v1', clash)).rejects.toThrow('The helper type ListThingsQuery would shadow a generated type of the same name');
  });

  it('cover the real spec: one declaration per helper of the v1 surface', async () => {
    const v1 = (await renderDocument('v1', structuredClone(loadSpec('v1')) as never))['v1.helpers.ts']!;
    expect(v1).toContain('  get(deploymentId: string, options?: RequestOptions): Promise<Deployment>;');
    expect(v1).toContain('  create(body: CreateDeploymentRequest, options?: RequestOptions): Promise<Deployment>;');
    // A required query parameter (`type`) makes the query argument required.
    expect(v1).toContain('  getOptions(query: GetClusterOptionsQuery, options?: RequestOptions)');
    expect(v1).toContain('  getLogs(deploymentId: string, query: GetDeploymentLogsQuery, options?: RequestOptions): Promise<DeploymentLog>;');
    expect(v1).toContain('  listMembersAll(teamId: string, query?: WalkQuery<ListTeamMembersQuery>, options?: RequestOptions): PageIterator<TeamMember>;');
    expect(v1).toContain('  auditLogs(query?: GetOrganizationAuditLogsQuery, options?: RequestOptions): AsyncGenerator<AuditLogEvent, void, undefined>;');
    expect(v1.match(/^ {2}\w+\(/gm)).toHaveLength(75 + 14 + 1);
  });
});

describe('named types for the schemas', () => {
  it('makes object schemas interfaces and unions unions of them, so an editor keeps their names', () => {
    expect(schemaDeclaration('Thing', { type: 'object', properties: {} }, componentName)).toBe("export interface Thing extends Schema<'Thing'> {}");
    expect(schemaDeclaration('Request', { oneOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }], discriminator: { propertyName: 'type' } }, componentName)).toBe(
      'export type Request = A | B;',
    );
    expect(schemaDeclaration('Status', { type: 'string', enum: ['A', 'B'] }, componentName)).toBeUndefined();
    expect(schemaDeclaration('Inline', { oneOf: [{ type: 'string' }, { $ref: '#/components/schemas/B' }] }, componentName)).toBeUndefined();
  });

  it('keeps the generated types equal to openapi-typescript’s (the type tests compare them)', async () => {
    const types = (await renderDocument('v1', things))['v1.ts']!;
    expect(types).toContain("export interface Thing extends Schema<'Thing'> {}");
    expect(types).toContain("type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];");
  });
});
