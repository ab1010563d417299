import type { CompiledApi, OperationSpec, PathSpec } from './compile-api.ts';

export type RouteMatch =
  | { kind: 'operation'; api: CompiledApi; operation: OperationSpec; rawPathParams: Record<string, string> }
  | { kind: 'method-not-allowed'; api: CompiledApi; allow: string[] }
  | { kind: 'no-route' };

/**
 * Finds the operation for a raw (still percent-encoded) pathname. Literal segments win over
 * parameters, so `/organizations/search` would beat `/organizations/{organizationId}`.
 */
export function matchRoute(apis: readonly CompiledApi[], method: string, pathname: string): RouteMatch {
  for (const api of apis) {
    if (pathname !== api.basePath && !pathname.startsWith(`${api.basePath}/`)) continue;
    const segments = pathname.slice(api.basePath.length).split('/').slice(1);
    let best: { path: PathSpec; params: Record<string, string>; literals: number } | undefined;
    for (const path of api.paths) {
      const params = matchSegments(path, segments);
      if (!params) continue;
      const literals = path.segments.filter((segment) => typeof segment === 'string').length;
      if (!best || literals > best.literals) best = { path, params, literals };
    }
    if (!best) continue;
    const operation = best.path.operations.get(method);
    if (operation) return { kind: 'operation', api, operation, rawPathParams: best.params };
    return { kind: 'method-not-allowed', api, allow: [...best.path.operations.keys()] };
  }
  return { kind: 'no-route' };
}

function matchSegments(path: PathSpec, segments: string[]): Record<string, string> | undefined {
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
