/** Options of createClient, their defaults and their checks (each bad value is an AstroConfigError). */
import { AstroConfigError } from '../errors.ts';
import type { FetchFunction } from '../http/retrying-fetch.ts';

/** A token, or a function returning one; the function is awaited before every attempt, so tokens can rotate. */
export type TokenSource = string | (() => string | Promise<string>);

export interface AstroClientOptions {
  /** API token or personal access token. Default: the ASTRO_API_TOKEN environment variable, where one exists. */
  token?: TokenSource;
  /** Default: the server of the API version, e.g. https://api.astronomer.io/v1. */
  baseUrl?: string;
  /** fetch implementation; it receives a Request and must honour its signal. Default: globalThis.fetch. */
  fetch?: FetchFunction;
  /** Headers sent with every request. Authorization is always set from `token`. */
  headers?: Record<string, string>;
  /** Longest wait for the server per attempt, in ms, for the headers and between body chunks. Default 60 000. */
  timeoutMs?: number;
  /** Further attempts after the first (0 to 10), for idempotent operations only. Default 2. */
  maxRetries?: number;
}

export interface ResolvedOptions {
  baseUrl: string;
  /** Path part of baseUrl. */
  basePath: string;
  fetch: FetchFunction;
  token: () => Promise<string>;
  timeoutMs: number;
  maxRetries: number;
}

const fail = (problem: string): never => {
  throw new AstroConfigError(`createClient: ${problem}`);
};

/** Checks a token without ever quoting it (fetch's own header error would print it). */
function checkToken(value: unknown): string {
  const token = typeof value === 'string' ? value.trim() : '';
  // Visible ASCII except `"` and `\`, which no Astro token contains.
  return /^[!#-[\]-~]+$/.test(token) ? token : fail(`the token is ${token ? 'malformed (spaces, quotes or non-ASCII inside)' : 'empty'}.`);
}

/** The `token` option, or the environment, as a function yielding a checked token per attempt. */
export function tokenProvider(source: TokenSource | undefined): () => Promise<string> {
  try {
    source ??= (globalThis as { process?: { env: Record<string, string> } }).process?.env.ASTRO_API_TOKEN;
  } catch {
    // Deno without --allow-env throws on access: then there is no environment token.
  }
  if (typeof source === 'function') return async () => checkToken(await source());
  const token = checkToken(source ?? fail('no token: pass `token` (an Astro API token) or set ASTRO_API_TOKEN.'));
  return async () => token;
}

/** An integer option from `min` to `max`, or its default. */
const whole = (name: string, value: number | undefined, fallback: number, min: number, max: number): number =>
  value === undefined ? fallback : Number.isInteger(value) && value >= min && value <= max ? value : fail(`${name} must be an integer from ${min} to ${max}, got ${JSON.stringify(value)}.`);

export function resolveOptions(options: AstroClientOptions, serverUrl: string): ResolvedOptions {
  const baseUrl = (options.baseUrl ?? serverUrl).replace(/\/+$/, '');
  let basePath = '';
  try {
    basePath = new URL(baseUrl, (globalThis as { location?: { href: string } }).location?.href).pathname.replace(/\/$/, '');
  } catch {
    fail(`baseUrl must be an absolute URL like ${serverUrl}, got "${baseUrl}".`);
  }
  return {
    baseUrl,
    basePath,
    fetch: options.fetch ?? ((request, init) => fetch(request, init)),
    token: tokenProvider(options.token),
    timeoutMs: whole('timeoutMs', options.timeoutMs, 60_000, 1, 2 ** 31 - 1),
    maxRetries: whole('maxRetries', options.maxRetries, 2, 0, 10),
  };
}
