/** The operation a request made without a helper (`astro.GET(…)`) belongs to, for its retry rules and the `operationId` of its errors. */
import type { Operation } from '../resources/operations.ts';

type Matcher = (method: string, path: string) => Operation | undefined;
const compiled = new WeakMap<Operation[], Matcher>();

/** The operation of a method and a path below the base URL; the patterns of a table are compiled once. */
export function routeMatcher(operations: Operation[]): Matcher {
  let match = compiled.get(operations);
  if (match) return match;
  // A literal segment wins over a placeholder: `/organizations/search` before `/organizations/{organizationId}`.
  const routes = operations
    .map((operation) => [operation, new RegExp(`^${operation.path.replace(/[.+*?^$()[\]|\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`)] as const)
    .sort(([a], [b]) => a.path.split('{').length - b.path.split('{').length);
  compiled.set(operations, (match = (method, path) => routes.find(([operation, pattern]) => operation.method === method && pattern.test(path))?.[0]));
  return match;
}
