/** The operations of a bundled document, in document order, with their path-level parameters merged in. */
import type { OpenApiDocument } from '@astro-api/openapi';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface SpecOperation {
  operationId: string;
  method: HttpMethod;
  path: string;
  /** The operation object itself (the live object of the document it came from). */
  operation: Record<string, any>;
  /** Path-level then operation-level parameters, `$ref`s resolved; an operation-level one overrides a path-level one. */
  parameters: Record<string, any>[];
}

/** Follows a local `#/...` reference; other values come back as they are. */
export function resolveRef<T = Record<string, any>>(document: OpenApiDocument, value: any): T {
  let current = value;
  const seen = new Set<string>();
  while (current && typeof current === 'object' && typeof current.$ref === 'string') {
    const ref: string = current.$ref;
    if (!ref.startsWith('#/')) throw new Error(`Only local references can be resolved, got "${ref}"`);
    if (seen.has(ref)) throw new Error(`Circular reference "${ref}"`);
    seen.add(ref);
    current = ref
      .slice(2)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<any>((node, key) => (node && typeof node === 'object' ? node[key] : undefined), document);
    if (current === undefined) throw new Error(`Reference "${ref}" points at nothing in the document`);
  }
  return current as T;
}

export function listOperations(document: OpenApiDocument): SpecOperation[] {
  const operations: SpecOperation[] = [];
  const ids = new Set<string>();
  for (const [path, pathItem] of Object.entries(document.paths ?? {})) {
    const shared = (pathItem.parameters ?? []).map((parameter: unknown) => resolveRef(document, parameter));
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      const where = `${method.toUpperCase()} ${path}`;
      if (typeof operation.operationId !== 'string' || !operation.operationId) {
        throw new Error(`${where} has no operationId; every operation needs one to get its code samples`);
      }
      if (ids.has(operation.operationId)) throw new Error(`operationId "${operation.operationId}" is used twice (again at ${where})`);
      ids.add(operation.operationId);
      const own = (operation.parameters ?? []).map((parameter: unknown) => resolveRef(document, parameter));
      const key = (parameter: Record<string, any>) => `${parameter.in}:${parameter.name}`;
      const ownKeys = new Set(own.map(key));
      const parameters = [...shared.filter((parameter: Record<string, any>) => !ownKeys.has(key(parameter))), ...own];
      operations.push({ operationId: operation.operationId, method, path, operation, parameters });
    }
  }
  return operations;
}
