/**
 * Query and header values arrive as strings. Coercion turns them into the JSON type the
 * parameter's schema declares, so the schema itself (Ajv) decides what is valid; a value that
 * cannot be converted stays a string and fails the schema's `type` check with a clear message.
 */
export function schemaTypes(schema: Record<string, any>): string[] {
  const { type } = schema;
  if (Array.isArray(type)) return type;
  return typeof type === 'string' ? [type] : [];
}

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

export function coerceScalar(value: string, schema: Record<string, any>): unknown {
  const types = schemaTypes(schema);
  if (types.includes('integer') && INTEGER.test(value)) return Number(value);
  if (types.includes('number') && NUMBER.test(value)) return Number(value);
  if (types.includes('boolean') && (value === 'true' || value === 'false')) return value === 'true';
  if (types.includes('null') && value === 'null') return null;
  return value;
}
