/** A small OpenAPI document for unit tests, shaped like the bundles (local refs, path-level parameters). */
import type { OpenApiDocument } from '@astro-api/openapi';

export function tinyDocument(): OpenApiDocument {
  return {
    openapi: '3.1.0',
    info: { title: 'Tiny', version: '1.0' },
    servers: [{ url: 'https://api.example.test/v2/' }],
    security: [{ Bearer: [] }],
    paths: {
      '/widgets/{widgetId}': {
        parameters: [{ $ref: '#/components/parameters/WidgetId' }, { name: 'X-Trace', in: 'header', schema: { type: 'string' } }],
        get: {
          operationId: 'GetWidget',
          summary: 'Get a widget',
          parameters: [
            { name: 'tags', in: 'query', schema: { type: 'array', items: { type: 'string' }, example: ['a b', 'c:d'] } },
            { name: 'fields', in: 'query', explode: false, schema: { type: 'array', items: { type: 'string' }, default: ['id', 'name'] } },
            { name: 'verbose', in: 'query', schema: { type: 'boolean' } },
            { name: 'X-Trace', in: 'header', example: 'on', schema: { type: 'string' } },
          ],
          responses: { '200': { description: 'ok' } },
        },
        put: {
          operationId: 'PutWidget',
          summary: 'Replace a widget',
          requestBody: { $ref: '#/components/requestBodies/Widget' },
          responses: { '204': { description: 'stored' } },
        },
      },
    },
    components: {
      schemas: {},
      responses: {},
      headers: {},
      parameters: { WidgetId: { name: 'widgetId', in: 'path', required: true, schema: { type: 'string' } } },
      requestBodies: {
        Widget: {
          required: true,
          content: { 'application/json': { schema: { type: 'object' }, examples: { WidgetBody: { $ref: '#/components/examples/WidgetBody' } } } },
        },
      },
      examples: { WidgetBody: { value: { name: "Bob's widget" } } },
      securitySchemes: { Bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}
