import { checkResponse, type ResponseCheck } from './response-checker.ts';

export interface CheckedFetch {
  /** A `fetch` that checks every response it returns against the spec. */
  fetch: typeof fetch;
  /** Problems found so far, each prefixed with its request. */
  problems: string[];
  /** Responses checked, and responses whose body could not be read in full (cut by an injected fault). */
  checked: number;
  incomplete: number;
  checks: (ResponseCheck & { status: number; method: string; url: string })[];
  /** Resolves once every response seen so far has been checked. */
  settle(): Promise<void>;
}

/**
 * Wraps `fetch` for the contract tests: the caller (the client) gets the response untouched, while
 * a clone is read and checked. Problems are collected rather than thrown, so a test asserts on
 * them at the end without changing what the client sees.
 */
export function createCheckedFetch(inner: typeof fetch = fetch): CheckedFetch {
  const pending = new Set<Promise<void>>();
  const state: CheckedFetch = {
    fetch: undefined as unknown as typeof fetch,
    problems: [],
    checked: 0,
    incomplete: 0,
    checks: [],
    settle: async () => {
      while (pending.size) await Promise.all([...pending]);
    },
  };
  state.fetch = async (input, init) => {
    const request = new Request(input, init);
    const response = await inner(request.clone());
    const copy = response.clone();
    const checking = copy.arrayBuffer().then(
      (buffer) => {
        const check = checkResponse({
          method: request.method,
          url: request.url,
          status: response.status,
          headers: (name) => response.headers.get(name) ?? undefined,
          body: Buffer.from(buffer),
        });
        state.checked += 1;
        state.checks.push({ ...check, status: response.status, method: request.method, url: request.url });
        for (const problem of check.problems) state.problems.push(`${request.method} ${request.url} → ${response.status}: ${problem}`);
      },
      () => {
        state.incomplete += 1;
      },
    );
    pending.add(checking);
    void checking.finally(() => pending.delete(checking));
    return response;
  };
  return state;
}
