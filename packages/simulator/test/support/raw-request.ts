import { request as httpRequest, type Agent } from 'node:http';
import type { ObservedResponse } from './response-checker.ts';

export interface RawRequest {
  method: string;
  /** Path and query exactly as sent (may be malformed on purpose). */
  path: string;
  headers?: Record<string, string | string[]>;
  body?: Buffer | string;
}

/** One request over node:http, with no client-side normalisation; resolves with the raw response. */
export function rawRequest(origin: string, input: RawRequest, agent?: Agent): Promise<ObservedResponse> {
  const { hostname, port } = new URL(origin);
  // Node frames no body of GET/HEAD/DELETE/OPTIONS by itself: give every body its length.
  const headers = input.body === undefined ? input.headers : { 'content-length': String(Buffer.byteLength(input.body)), ...input.headers };
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: hostname, port, method: input.method, path: input.path, headers, agent },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () =>
          resolve({
            method: input.method,
            url: input.path,
            status: response.statusCode ?? 0,
            headers: (name) => {
              const value = response.headers[name.toLowerCase()];
              return Array.isArray(value) ? value.join(', ') : value;
            },
            body: Buffer.concat(chunks),
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(input.body);
  });
}
