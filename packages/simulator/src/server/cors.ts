/**
 * CORS for browser apps that call the simulator: requests from an allowed origin get the headers
 * that let the page read the answer, and preflights (`OPTIONS` with `Access-Control-Request-Method`)
 * are answered for the methods the path offers. By default the allowed origins are pages served
 * from this machine (`http://localhost:*`, `http://127.0.0.1:*`, `http://[::1]:*`).
 */
import type { IncomingMessage } from 'node:http';

export const LOCALHOST = 'localhost';
const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i;

/** Headers a page may read besides the safelisted ones. */
const EXPOSED = ['x-request-id', 'retry-after', 'www-authenticate', 'x-ms-version-id', 'x-ms-request-id', 'etag'].join(', ');

export interface CorsPolicy {
  allows(origin: string): boolean;
}

/** `origins`: exact origins (`https://app.example.com`) and/or `localhost` for any local page. */
export function corsPolicy(origins: readonly string[]): CorsPolicy {
  const exact = new Set(origins.filter((origin) => origin !== LOCALHOST).map((origin) => origin.toLowerCase()));
  const local = origins.includes(LOCALHOST);
  return { allows: (origin) => exact.has(origin.toLowerCase()) || (local && LOCAL_ORIGIN.test(origin)) };
}

const originOf = (request: IncomingMessage) => (typeof request.headers.origin === 'string' ? request.headers.origin : undefined);

export const isPreflight = (request: IncomingMessage) =>
  request.method === 'OPTIONS' && originOf(request) !== undefined && request.headers['access-control-request-method'] !== undefined;

/** Headers for an answer to an allowed origin (none for other origins or same-origin requests). */
export function corsHeaders(policy: CorsPolicy, request: IncomingMessage): Record<string, string> {
  const origin = originOf(request);
  if (!origin || !policy.allows(origin)) return {};
  return { 'access-control-allow-origin': origin, vary: 'Origin', 'access-control-expose-headers': EXPOSED };
}

/** Headers of a successful preflight for `methods`; undefined when the origin is not allowed. */
export function preflightHeaders(policy: CorsPolicy, request: IncomingMessage, methods: readonly string[]): Record<string, string> | undefined {
  const headers = corsHeaders(policy, request);
  if (!headers['access-control-allow-origin']) return undefined;
  const requested = request.headers['access-control-request-headers'];
  return {
    ...headers,
    'access-control-allow-methods': methods.join(', '),
    ...(typeof requested === 'string' && requested.trim() && { 'access-control-allow-headers': requested }),
    'access-control-max-age': '600',
  };
}
