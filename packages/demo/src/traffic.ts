/** Counts the HTTP attempts the client makes (retries included) and their statuses. */
export interface Traffic {
  fetch: (request: Request, init?: RequestInit) => Promise<Response>;
  requests(): number;
  /** Status → count, e.g. `{ 200: 31, 429: 1 }`; failed connections count as status 0. */
  statuses(): Record<number, number>;
}

export function countTraffic(inner: (request: Request, init?: RequestInit) => Promise<Response> = (request, init) => fetch(request, init)): Traffic {
  const statuses: Record<number, number> = {};
  let requests = 0;
  return {
    async fetch(request, init) {
      requests += 1;
      try {
        const response = await inner(request, init);
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        return response;
      } catch (error) {
        statuses[0] = (statuses[0] ?? 0) + 1;
        throw error;
      }
    },
    requests: () => requests,
    statuses: () => ({ ...statuses }),
  };
}
