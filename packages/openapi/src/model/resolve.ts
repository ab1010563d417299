/** Following local references of a bundled document: the one `$ref` resolver of the project. */

export type JsonObject = Record<string, any>;

/** A JSON pointer segment, unescaped (`~1` → `/`, `~0` → `~`). */
const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** The node at a local JSON pointer (`#/components/schemas/Deployment`), or undefined. */
export function pointerTarget(document: unknown, pointer: string): unknown {
  if (!pointer.startsWith('#')) throw new Error(`Only local references are expected in a bundle, got "${pointer}"`);
  return pointer
    .slice(2)
    .split('/')
    .filter((segment, index, all) => segment !== '' || index < all.length - 1)
    .map(unescape)
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as JsonObject)[key] : undefined), document);
}

/**
 * Follows `$ref`s until a node without one is reached. In OpenAPI 3.1 a `$ref` may have siblings
 * (`description`, `summary`); they are laid over the target, as the specification says.
 */
export function resolveRef<T = JsonObject>(document: unknown, node: unknown): T {
  let current = node as JsonObject | undefined;
  let siblings: JsonObject | undefined;
  const seen = new Set<string>();
  while (current && typeof current === 'object' && typeof current.$ref === 'string') {
    const { $ref: ref, ...rest } = current;
    if (seen.has(ref)) throw new Error(`Circular $ref "${ref}"`);
    seen.add(ref);
    if (Object.keys(rest).length) siblings = { ...rest, ...siblings };
    const target = pointerTarget(document, ref);
    if (target === undefined) throw new Error(`The $ref "${ref}" points at nothing in the document`);
    current = target as JsonObject;
  }
  return (siblings && current && typeof current === 'object' ? { ...current, ...siblings } : current) as T;
}

/** The component name of a `#/components/<section>/<name>` reference, or undefined. */
export function componentName(node: unknown): string | undefined {
  const ref = (node as JsonObject | undefined)?.$ref;
  return typeof ref === 'string' ? /^#\/components\/[^/]+\/([^/]+)$/.exec(ref)?.[1] : undefined;
}
