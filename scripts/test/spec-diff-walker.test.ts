/** Rules of the walker beyond the fixture pairs, on documents built inline. */
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../src/spec-diff/document.ts';
import type { Json } from '../src/spec-diff/types.ts';

/** A document with one operation that takes `request` and returns `response`, plus extra components. */
function documentWith(request: Json, response: Json, schemas: Json = {}, operation: Json = {}): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/things': {
        post: {
          operationId: 'CreateThing',
          tags: ['Thing'],
          requestBody: { content: { 'application/json': { schema: request } } },
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: response } } } },
          ...operation,
        },
      },
    },
    components: { schemas },
  };
}

const summary = (before: Json, after: Json) => diffDocuments(before, after).map((change) => `${change.level} ${change.rule} ${change.location}`);
const REQUEST = 'POST /things request application/json body';
const RESPONSE = 'POST /things response 200 application/json body';

describe('schemas', () => {
  it('stops at recursive schemas and still reports the change', () => {
    const tree = (nameType: string): Json => ({
      Node: { type: 'object', properties: { name: { type: nameType }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } },
    });
    const ref = { $ref: '#/components/schemas/Node' };
    expect(summary(documentWith({}, ref, tree('string')), documentWith({}, ref, tree('integer')))).toEqual([
      `breaking type-changed ${RESPONSE}.name`,
    ]);
  });

  it('treats a new null type as widening: breaking in a response, a feature in a request', () => {
    const before = documentWith({ type: 'string' }, { type: 'string' });
    const after = documentWith({ type: ['string', 'null'] }, { type: 'string', nullable: true });
    expect(summary(before, after)).toEqual([`feature type-widened ${REQUEST}`, `breaking type-widened ${RESPONSE}`]);
  });

  it('knows integer is a number', () => {
    expect(summary(documentWith({ type: 'integer' }, { type: 'number' }), documentWith({ type: 'number' }, { type: 'integer' }))).toEqual([
      `feature type-widened ${REQUEST}`,
      `feature type-narrowed ${RESPONSE}`,
    ]);
  });

  it('sees no contract change in moving properties into an allOf, only a document change', () => {
    const flat = { type: 'object', required: ['id'], properties: { id: { type: 'string' }, name: { type: 'string' } } };
    const composed = {
      allOf: [{ $ref: '#/components/schemas/Base' }, { type: 'object', properties: { name: { type: 'string' } } }],
    };
    const base = { Base: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } };
    expect(summary(documentWith({}, flat, base), documentWith({}, composed, base))).toEqual(['patch other document']);
  });

  it('reports a removed response enum value as a feature', () => {
    expect(summary(documentWith({}, { enum: ['A', 'B'] }), documentWith({}, { enum: ['A'] }))).toEqual([`feature enum-value-removed ${RESPONSE}`]);
  });

  it('reports closing an object to unknown properties as breaking in a request only', () => {
    const open = { type: 'object' };
    const closed = { type: 'object', additionalProperties: false };
    expect(summary(documentWith(open, open), documentWith(closed, closed))).toEqual([
      `breaking additional-properties-closed ${REQUEST}.*`,
      `feature additional-properties-closed ${RESPONSE}.*`,
    ]);
  });

  it('reports a new oneOf variant as breaking in a response and a feature in a request', () => {
    const schemas = { A: { type: 'string' }, B: { type: 'integer' } };
    const one = { oneOf: [{ $ref: '#/components/schemas/A' }] };
    const two = { oneOf: [{ $ref: '#/components/schemas/A' }, { $ref: '#/components/schemas/B' }] };
    expect(summary(documentWith(one, one, schemas), documentWith(two, two, schemas))).toEqual([
      `feature variant-added ${REQUEST}<oneOf B>`,
      `breaking variant-added ${RESPONSE}<oneOf B>`,
    ]);
  });

  it('takes a change to a keyword it does not model as breaking', () => {
    expect(summary(documentWith({ not: { type: 'string' } }, {}), documentWith({ not: { type: 'integer' } }, {}))).toEqual([
      `breaking keyword-changed ${REQUEST}`,
    ]);
  });

  it('ignores key order and reports request defaults as a feature', () => {
    const before = documentWith({ type: 'integer', default: 20, minimum: 0 }, {});
    const reordered = documentWith({ minimum: 0, default: 20, type: 'integer' }, {});
    expect(summary(before, reordered)).toEqual([]);
    expect(summary(before, documentWith({ type: 'integer', default: 50, minimum: 0 }, {}))).toEqual([`feature default-changed ${REQUEST}`]);
  });

  it('fails clearly on a $ref that does not resolve', () => {
    expect(() => diffDocuments(documentWith({}, {}), documentWith({ $ref: '#/components/schemas/Missing' }, {}))).toThrow(
      'Unresolvable $ref "#/components/schemas/Missing"',
    );
  });
});

describe('component schemas', () => {
  it('compares schemas no operation reaches in both directions', () => {
    const before = documentWith({}, {}, { Spare: { type: 'object', properties: { a: { type: 'string' } } } });
    const added = documentWith({}, {}, { Spare: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } } } });
    const narrowed = documentWith({}, {}, { Spare: { type: 'object', properties: { a: { type: 'string', maxLength: 3 } } } });
    expect(summary(before, added)).toEqual(['feature property-added components.schemas.Spare.b']);
    expect(summary(before, narrowed)).toEqual(['breaking limit-narrowed components.schemas.Spare.a']);
  });

  it('reports removed schemas as breaking (they are exported types) and new ones as features', () => {
    expect(summary(documentWith({}, {}, { Old: { type: 'string' } }), documentWith({}, {}, { New: { type: 'string' } }))).toEqual([
      'breaking schema-removed components.schemas.Old',
      'feature schema-added components.schemas.New',
    ]);
  });
});

describe('operations', () => {
  const op = (operation: Json) => documentWith({}, {}, {}, operation);

  it('reports renamed operationIds and first tags as breaking (they name client helpers)', () => {
    expect(summary(op({}), op({ operationId: 'MakeThing', tags: ['Item'] }))).toEqual([
      'breaking operation-id-changed POST /things',
      'breaking operation-tag-changed POST /things',
    ]);
  });

  it('reports x-idempotent as a feature and descriptions as a patch', () => {
    expect(summary(op({ 'x-idempotent': false }), op({ 'x-idempotent': true, description: 'Makes a thing.' }))).toEqual([
      'feature idempotency-changed POST /things',
      'patch documentation POST /things',
    ]);
  });

  it('classifies response statuses and headers', () => {
    const responses = (extra: Json, headers: Json = {}) => ({
      responses: { '200': { description: 'ok', headers }, ...extra },
    });
    expect(summary(op(responses({})), op(responses({ '201': { description: 'made' }, '404': { description: 'none' } })))).toEqual([
      'breaking response-status-added POST /things response 201',
      'feature response-status-added POST /things response 404',
    ]);
    expect(summary(op(responses({}, { 'X-Rate': { schema: { type: 'integer' } } })), op(responses({})))).toEqual([
      'breaking response-header-removed POST /things response 200 header X-Rate',
    ]);
  });

  it('classifies security alternatives and required request bodies', () => {
    const secured = (security: Json[], required: boolean) =>
      op({ security, requestBody: { required, content: { 'application/json': { schema: {} } } } });
    expect(summary(secured([{ JWT: [] }, { ApiKey: [] }], false), secured([{ JWT: [] }, { Basic: [] }], true))).toEqual([
      'breaking request-body-required POST /things request',
      'breaking security-removed POST /things security',
      'feature security-added POST /things security',
    ]);
  });

  it('treats a missing version as empty: all added, or all removed', () => {
    expect(diffDocuments(null, documentWith({}, {})).map((change) => change.rule)).toEqual(['api-version-added', 'operation-added']);
    expect(diffDocuments(documentWith({}, {}), null).map((change) => change.rule)).toEqual(['api-version-removed', 'operation-removed']);
  });
});
