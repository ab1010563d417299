import { callApi, type ApiResponse } from './call-api.ts';
import { findOperation } from './response-checker.ts';
import { API_TOKEN } from './tokens.ts';

export interface OrgApi {
  /** `path` is relative to the Organization (`/deployments`) unless it starts with `/v1/`. */
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse>;
  get(path: string, headers?: Record<string, string>): Promise<ApiResponse>;
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiResponse>;
  delete(path: string, headers?: Record<string, string>): Promise<ApiResponse>;
  /** The operationIds that answered with a 2xx so far. */
  succeeded: Set<string>;
}

/** Calls on one Organization of the v1 API, every answer checked against the spec (by `callApi`). */
export function orgApi(origin: string, organizationId: string, token = API_TOKEN): OrgApi {
  const succeeded = new Set<string>();
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const full = path.startsWith('/v1/') ? path : `/v1/organizations/${organizationId}${path}`;
    const response = await callApi(origin, {
      method,
      path: full,
      body: body === undefined ? undefined : JSON.stringify(body),
      headers: { authorization: `Bearer ${token}`, ...headers },
    });
    const operation = findOperation(method, new URL(full, 'http://local').pathname);
    if (response.status < 300 && operation) succeeded.add(operation.operation.operationId);
    return response;
  };
  return {
    call,
    get: (path, headers) => call('GET', path, undefined, headers),
    post: (path, body, headers) => call('POST', path, body, headers),
    delete: (path, headers) => call('DELETE', path, undefined, headers),
    succeeded,
  };
}

/** Polls until `check` holds (lifecycles settle after a short delay in tests). */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
