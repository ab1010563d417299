import { shapeFor } from '@astro-api/openapi';

/**
 * The view of a stored value that an answer's schema declares: members the schema does not name
 * are left out, recursively (a list shows `Role` without the `permissions` of `RoleWithPermission`,
 * a create may answer with the id alone). Free-form objects pass unchanged.
 */
export function project(document: unknown, schema: unknown, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || schema === undefined) return value;
  const shape = shapeFor(document, schema, value);
  if (Array.isArray(value)) return shape.items ? value.map((item) => project(document, shape.items, item)) : value;
  if (shape.properties.size === 0) return value;
  const view: Record<string, unknown> = {};
  for (const [name, member] of shape.properties) {
    if (Object.hasOwn(value, name) && (value as Record<string, unknown>)[name] !== undefined) {
      view[name] = project(document, member, (value as Record<string, unknown>)[name]);
    }
  }
  return view;
}
