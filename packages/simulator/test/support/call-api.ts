import { expect } from 'vitest';
import { rawRequest, type RawRequest } from './raw-request.ts';
import { checkResponse, type ObservedResponse } from './response-checker.ts';
import { AUTH } from './tokens.ts';

export interface ApiResponse extends ObservedResponse {
  json: any;
  documented: boolean;
}

/**
 * Sends one request (authenticated unless `headers.authorization` is given as `''`), asserts the
 * response passes the spec check, and parses a JSON body.
 */
export async function callApi(origin: string, input: Partial<RawRequest> & { path: string }): Promise<ApiResponse> {
  const headers: Record<string, string | string[]> = { ...AUTH, ...input.headers };
  if (headers.authorization === '') delete headers.authorization;
  if (input.body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
    headers['content-type'] = 'application/json';
  }
  const response = await rawRequest(origin, { method: input.method ?? 'GET', path: input.path, headers, body: input.body });
  const check = checkResponse(response);
  expect(check.problems, `${input.method ?? 'GET'} ${input.path}`).toEqual([]);
  let json: unknown;
  if (response.headers('content-type')?.startsWith('application/json')) json = JSON.parse(response.body.toString('utf8'));
  return { ...response, json, documented: check.documented };
}
