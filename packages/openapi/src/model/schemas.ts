/**
 * Reading the schemas of a bundled document: what an object schema declares, following `$ref`,
 * merging `allOf`, and choosing the branch of a discriminated `oneOf` for a given value. The
 * simulator shapes records and checks bodies with it; nobody else walks schemas by hand.
 */
import { componentName, resolveRef, type JsonObject } from './resolve.ts';

export interface SchemaShape {
  /** The component the schema names (`Deployment` for `{$ref: '#/components/schemas/Deployment'}`), if any. */
  name?: string;
  /** The node once `$ref`s are followed (before `allOf` is merged). */
  node: JsonObject;
  /** Declared JSON types, `null` included for nullable ones; empty when the schema states none. */
  types: string[];
  /** Declared members, in declaration order. A Map, so inherited names such as `constructor` are never members. */
  properties: Map<string, JsonObject>;
  required: string[];
  /** `additionalProperties` as declared (undefined when the schema leaves it open by default). */
  additionalProperties?: boolean | JsonObject;
  items?: JsonObject;
  enum?: unknown[];
  format?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  /** A discriminated union: the member that names the branch, and each branch by its tag value. */
  union?: { propertyName: string; branches: Map<string, JsonObject> };
}

const shapes = new WeakMap<object, WeakMap<object, SchemaShape>>();

function typesOf(node: JsonObject): string[] {
  if (Array.isArray(node.type)) return node.type;
  return typeof node.type === 'string' ? [node.type] : [];
}

function unionOf(document: unknown, node: JsonObject): SchemaShape['union'] {
  const branches = node.oneOf ?? node.anyOf;
  const propertyName = node.discriminator?.propertyName;
  if (!Array.isArray(branches) || typeof propertyName !== 'string') return undefined;
  const byTag = new Map<string, JsonObject>();
  for (const [tag, ref] of Object.entries<string>(node.discriminator.mapping ?? {})) byTag.set(tag, { $ref: ref });
  for (const branch of branches) {
    const member = schemaShape(document, branch).properties.get(propertyName);
    const resolved = member && resolveRef(document, member);
    const tags: unknown[] = resolved?.const !== undefined ? [resolved.const] : (resolved?.enum ?? []);
    for (const tag of tags) if (typeof tag === 'string' && !byTag.has(tag)) byTag.set(tag, branch);
  }
  return { propertyName, branches: byTag };
}

/** What a schema declares, with `$ref`s followed and `allOf` members merged in. Cached per node. */
export function schemaShape(document: unknown, node: unknown): SchemaShape {
  const key = (node && typeof node === 'object' ? node : {}) as object;
  let cache = shapes.get(document as object);
  if (!cache) shapes.set(document as object, (cache = new WeakMap()));
  const cached = cache.get(key);
  if (cached) return cached;

  const resolved = resolveRef(document, node) ?? {};
  const shape: SchemaShape = {
    ...(componentName(node) !== undefined && { name: componentName(node) }),
    node: resolved,
    types: typesOf(resolved),
    properties: new Map(Object.entries<JsonObject>(resolved.properties ?? {})),
    required: [...(resolved.required ?? [])],
    ...(resolved.additionalProperties !== undefined && { additionalProperties: resolved.additionalProperties }),
    ...(resolved.items !== undefined && { items: resolved.items }),
    ...(Array.isArray(resolved.enum) && { enum: resolved.enum }),
    ...(typeof resolved.format === 'string' && { format: resolved.format }),
    ...(resolved.default !== undefined && { default: resolved.default }),
    ...(typeof resolved.minimum === 'number' && { minimum: resolved.minimum }),
    ...(typeof resolved.maximum === 'number' && { maximum: resolved.maximum }),
  };
  cache.set(key, shape);
  for (const part of resolved.allOf ?? []) {
    const merged = schemaShape(document, part);
    for (const [name, member] of merged.properties) if (!shape.properties.has(name)) shape.properties.set(name, member);
    shape.required.push(...merged.required.filter((name) => !shape.required.includes(name)));
    if (shape.types.length === 0) shape.types = merged.types;
  }
  const union = unionOf(document, resolved);
  if (union) shape.union = union;
  return shape;
}

/**
 * The branch of a discriminated union that a value selects by its tag (`{type: 'HYBRID', …}` →
 * `CreateHybridDeploymentRequest`). Undefined when the schema is no such union, the value is not an
 * object, or its tag names no branch.
 */
export function unionBranch(document: unknown, node: unknown, value: unknown): JsonObject | undefined {
  const union = schemaShape(document, node).union;
  if (!union || !value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const tag = (value as JsonObject)[union.propertyName];
  return typeof tag === 'string' ? union.branches.get(tag) : undefined;
}

/**
 * The shape that describes a value: the union's branch chosen by the value's tag when the schema is
 * a discriminated union (the union itself when no branch matches), else the schema's own shape.
 */
export function shapeFor(document: unknown, node: unknown, value?: unknown): SchemaShape {
  const branch = unionBranch(document, node, value);
  return schemaShape(document, branch ?? node);
}
