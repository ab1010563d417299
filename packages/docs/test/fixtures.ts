/** A small OpenAPI document for unit tests, shaped like the bundles (local refs, path-level parameters, x-sdk names). */
import type { OpenApiDocument } from '@astro-api/openapi';

export function tinyDocument(): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: { title: 'Tiny', version: '1.0' },
    servers: [{ url: 'https://api.example.test/v2/' }],
    security: [{ Bearer: [] }],
    tags: [{ name: 'Widget', description: 'Widgets.' }],
    paths: {
      '/widgets/{widgetId}': {
        parameters: [{ $ref: '#/components/parameters/WidgetId' }, { name: 'X-Trace', in: 'header', schema: { type: 'string' } }],
        get: {
          operationId: 'GetWidget',
          tags: ['Widget'],
          summary: 'Get a widget',
          'x-sdk': { group: 'widgets', method: 'get' },
          'x-idempotent': true,
          parameters: [
            { name: 'tags', in: 'query', schema: { type: 'array', items: { type: 'string' }, example: ['a b', 'c:d'] } },
            { name: 'fields', in: 'query', explode: false, schema: { type: 'array', items: { type: 'string' }, default: ['id', 'name'] } },
            { name: 'verbose', in: 'query', schema: { type: 'boolean' } },
            { name: 'X-Trace', in: 'header', example: 'on', schema: { type: 'string' } },
          ],
          responses: {
            '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Widget' }, examples: { GetWidgetOk: { $ref: '#/components/examples/GetWidgetOk' } } } } },
          },
        },
        put: {
          operationId: 'PutWidget',
          tags: ['Widget'],
          summary: 'Replace a widget',
          'x-sdk': { group: 'widgets', method: 'replace' },
          'x-idempotent': true,
          requestBody: { $ref: '#/components/requestBodies/Widget' },
          responses: { '204': { description: 'stored' } },
        },
      },
    },
    components: {
      schemas: {
        Widget: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' } } },
      },
      responses: {},
      headers: {},
      parameters: { WidgetId: { name: 'widgetId', in: 'path', required: true, schema: { type: 'string' } } },
      requestBodies: {
        Widget: {
          required: true,
          content: { 'application/json': { schema: { type: 'object' }, examples: { WidgetBody: { $ref: '#/components/examples/WidgetBody' } } } },
        },
      },
      examples: { WidgetBody: { value: { name: "Bob's widget" } }, GetWidgetOk: { value: { id: 'w-1', name: 'Spinner' } } },
      securitySchemes: { Bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
