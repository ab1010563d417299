/**
 * Local `$ref` resolution inside one bundled document. Bundles only hold `#/...` pointers; anything
 * else is reported as an error rather than silently compared as an opaque object.
 */
import type { Json } from './types.ts';

export interface Resolved {
  /** The node with its `$ref` chain followed and sibling keywords (3.1 allows them) laid over the target. */
  node: Json;
  /** The pointers followed to reach it, outermost first; empty for an inline node. */
  refs: string[];
}

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function pointerTarget(document: Json, ref: string): unknown {
  if (!ref.startsWith('#')) throw new Error(`Only local $refs are expected in a bundled spec, found "${ref}"`);
  if (ref === '#') return document;
  if (!ref.startsWith('#/')) throw new Error(`Unsupported $ref "${ref}": expected a JSON pointer like #/components/...`);
  let current: unknown = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    current = Array.isArray(current) ? current[Number(key)] : isObject(current) ? current[key] : undefined;
    if (current === undefined) throw new Error(`Unresolvable $ref "${ref}"`);
  }
  return current;
}

export type Resolver = (node: unknown) => Resolved;

export function createResolver(document: Json): Resolver {
  return (node) => {
    if (!isObject(node)) return { node: {}, refs: [] };
    const refs: string[] = [];
    let current: Json = node;
    let siblings: Json = {};
    while (typeof current.$ref === 'string') {
      const ref = current.$ref;
      // A ref chain that loops back on itself without any schema in between can never be resolved.
      if (refs.includes(ref)) throw new Error(`Circular $ref chain: ${[...refs, ref].join(' -> ')}`);
      refs.push(ref);
      const { $ref: _ignored, ...rest } = current;
      siblings = { ...rest, ...siblings };
      const target = pointerTarget(document, ref);
      if (!isObject(target)) throw new Error(`$ref "${ref}" does not point to an object`);
      current = target;
    }
    return { node: Object.keys(siblings).length ? { ...current, ...siblings } : current, refs };
  };
}

/** Escapes a key for use in a readable location (`a.b`), quoting keys that contain separators. */
export function locationKey(key: string): string {
  return /^[A-Za-z0-9_$@-]+$/.test(key) ? key : JSON.stringify(key);
}
