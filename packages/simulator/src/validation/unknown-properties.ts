import type { OpenApiDocument } from '@astro-api/openapi';
import { resolveRef } from '../spec/resolve-ref.ts';

/**
 * JSON pointers of object members the schema does not declare. The spec leaves
 * `additionalProperties` open, so Ajv accepts them; the simulator rejects them to catch clients
 * that send misspelt fields or fields of another API version. A schema that sets
 * `additionalProperties` itself is left to Ajv.
 */
export function findUnknownProperties(document: OpenApiDocument, schemaNode: unknown, value: unknown, pointer = ''): string[] {
  const schema = resolveRef<Record<string, any>>(document, schemaNode);
  if (!schema || typeof schema !== 'object') return [];
  if (Array.isArray(value)) {
    if (!schema.items) return [];
    return value.flatMap((item, index) => findUnknownProperties(document, schema.items, item, `${pointer}/${index}`));
  }
  if (!value || typeof value !== 'object' || !schema.properties) return [];
  const unknown: string[] = [];
  for (const [key, member] of Object.entries(value)) {
    const escaped = key.replace(/~/g, '~0').replace(/\//g, '~1');
    if (key in schema.properties) unknown.push(...findUnknownProperties(document, schema.properties[key], member, `${pointer}/${escaped}`));
    else if (schema.additionalProperties === undefined) unknown.push(`${pointer}/${escaped}`);
  }
  return unknown;
}
