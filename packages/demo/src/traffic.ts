/** Counts the HTTP attempts the client makes (retries and uploads included), their statuses, and the API's request ids. */
export interface Traffic {
  fetch: (request: Request, init?: RequestInit) => Promise<Response>;
  requests(): number;
  /** Status → count, e.g. `{ 200: 31, 429: 1 }`; failed connections count as status 0. */
  statuses(): Record<number, number>;
  /** The `x-request-id` of every answer to a change (POST, PUT, DELETE) that succeeded: what the audit log should show. */
  changes(): ReadonlySet<string>;
}

export function countTraffic(inner: (request: Request, init?: RequestInit) => Promise<Response> = (request, init) => fetch(request, init)): Traffic {
  const statuses: Record<number, number> = {};
  const changes = new Set<string>();
  let requests = 0;
  return {
    async fetch(request, init) {
      requests += 1;
      try {
        const response = await inner(request, init);
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        const id = response.headers.get('x-request-id');
        if (id && request.method !== 'GET' && response.ok) changes.add(id);
        return response;
      } catch (error) {
        statuses[0] = (statuses[0] ?? 0) + 1;
        throw error;
      }
    },
    requests: () => requests,
    statuses: () => ({ ...statuses }),
    changes: () => changes,
  };
}
