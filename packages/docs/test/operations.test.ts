import { describe, expect, it } from 'vitest';
import { listOperations, resolveRef } from '../src/operations.ts';
import { tinyDocument } from './fixtures.ts';

describe('listOperations', () => {
  it('lists operations in document order with path-level parameters resolved and overridden', () => {
    const operations = listOperations(tinyDocument());
    expect(operations.map(({ operationId, method, path }) => `${operationId} ${method} ${path}`)).toEqual([
      'GetWidget get /widgets/{widgetId}',
      'PutWidget put /widgets/{widgetId}',
    ]);
    const get = operations[0]!;
    expect(get.parameters.map((parameter) => `${parameter.in}:${parameter.name}`)).toEqual(['path:widgetId', 'query:tags', 'query:fields', 'query:verbose', 'header:X-Trace']);
    expect(get.parameters.find((parameter) => parameter.name === 'X-Trace')?.example).toBe('on');
    expect(operations[1]!.parameters.map((parameter) => parameter.name)).toEqual(['widgetId', 'X-Trace']);
  });

  it('rejects an operation without operationId, naming it', () => {
    const document = tinyDocument();
    delete document.paths['/widgets/{widgetId}']!.put.operationId;
    expect(() => listOperations(document)).toThrow('PUT /widgets/{widgetId} has no operationId');
  });

  it('rejects a duplicated operationId', () => {
    const document = tinyDocument();
    document.paths['/widgets/{widgetId}']!.put.operationId = 'GetWidget';
    expect(() => listOperations(document)).toThrow('operationId "GetWidget" is used twice (again at PUT /widgets/{widgetId})');
  });
});

describe('resolveRef', () => {
  it('follows chains of local references', () => {
    const document = tinyDocument();
    document.components.parameters!.Alias = { $ref: '#/components/parameters/WidgetId' };
    expect(resolveRef(document, { $ref: '#/components/parameters/Alias' })).toMatchObject({ name: 'widgetId' });
  });

  it('names the reference that points at nothing, an external one and a cycle', () => {
    const document = tinyDocument();
    expect(() => resolveRef(document, { $ref: '#/components/parameters/Nope' })).toThrow('Reference "#/components/parameters/Nope" points at nothing');
    expect(() => resolveRef(document, { $ref: 'other.yaml#/x' })).toThrow('Only local references');
    document.components.parameters!.Loop = { $ref: '#/components/parameters/Loop' };
    expect(() => resolveRef(document, { $ref: '#/components/parameters/Loop' })).toThrow('Circular reference');
  });
});
