import type { OperationModel } from '@astro-api/openapi';
import type { ApiRoutes, PathRoute } from './api-routes.ts';

export type RouteMatch =
  | { kind: 'operation'; api: ApiRoutes; operation: OperationModel; rawPathParams: Record<string, string> }
  | { kind: 'method-not-allowed'; api: ApiRoutes; allow: string[] }
  | { kind: 'no-route' };

/**
 * Finds the operation for a raw (still percent-encoded) pathname. Literal segments win over
 * parameters, so `/users/self` beats `/users/{userId}`-like templates.
 */
export function matchRoute(apis: readonly ApiRoutes[], method: string, pathname: string): RouteMatch {
  const found = matchPath(apis, pathname);
  if (!found) return { kind: 'no-route' };
  const operation = found.path.operations.get(method);
  if (operation) return { kind: 'operation', api: found.api, operation, rawPathParams: found.params };
  return { kind: 'method-not-allowed', api: found.api, allow: [...found.path.operations.keys()] };
}

/** The path template a pathname matches, whatever the method. */
export function matchPath(apis: readonly ApiRoutes[], pathname: string): { api: ApiRoutes; path: PathRoute; params: Record<string, string> } | undefined {
  for (const api of apis) {
    if (pathname !== api.basePath && !pathname.startsWith(`${api.basePath}/`)) continue;
    const segments = pathname.slice(api.basePath.length).split('/').slice(1);
    let best: { path: PathRoute; params: Record<string, string>; literals: number } | undefined;
    for (const path of api.paths) {
      const params = matchSegments(path, segments);
      if (!params) continue;
      const literals = path.segments.filter((segment) => typeof segment === 'string').length;
      if (!best || literals > best.literals) best = { path, params, literals };
    }
    if (best) return { api, path: best.path, params: best.params };
  }
  return undefined;
}

function matchSegments(path: PathRoute, segments: string[]): Record<string, string> | undefined {
  if (path.segments.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, expected] of path.segments.entries()) {
    const actual = segments[index]!;
    if (typeof expected === 'string') {
      if (expected !== actual) return undefined;
    } else {
      if (actual === '') return undefined;
      params[expected.param] = actual;
    }
  }
  return params;
}
