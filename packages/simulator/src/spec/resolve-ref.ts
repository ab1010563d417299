import type { OpenApiDocument } from '@astro-api/openapi';

type Node = Record<string, any>;

/** Follows local `$ref`s (`#/components/...`) until a node without one is reached. */
export function resolveRef<T = Node>(document: OpenApiDocument, node: unknown): T {
  let current = node as Node;
  const seen = new Set<string>();
  while (current && typeof current === 'object' && typeof current.$ref === 'string') {
    const ref: string = current.$ref;
    if (seen.has(ref)) throw new Error(`Circular $ref ${ref}`);
    seen.add(ref);
    if (!ref.startsWith('#/')) throw new Error(`Only local $refs are expected in a bundle, got ${ref}`);
    const target = ref
      .slice(2)
      .split('/')
      .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((value, key) => (value as Node | undefined)?.[key], document);
    if (target === undefined) throw new Error(`Unresolvable $ref ${ref}`);
    current = target as Node;
  }
  return current as T;
}
