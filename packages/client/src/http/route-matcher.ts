/**
 * Finds the operation of the generated table a request belongs to, from its method and path, so the
 * retry layer can read the operation's `idempotent` flag (the spec's `x-idempotent`).
 */
export interface Route {
  method: string;
  path: string;
  idempotent: boolean;
}

export type RouteMatcher = (method: string, path: string) => Route | undefined;

const placeholders = (route: Route) => route.path.split('{').length;

export function createRouteMatcher(table: Record<string, Route>): RouteMatcher {
  // A literal segment wins over a placeholder: `/organizations/search` before `/organizations/{organizationId}`.
  const routes = Object.values(table).sort((a, b) => placeholders(a) - placeholders(b));
  // `{name}` matches one segment; templates hold no other regular-expression characters but `.` and `-`.
  return (method, path) =>
    routes.find((route) => route.method === method && new RegExp(`^${route.path.replace(/\./g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path));
}
