/** Options of createClient, their defaults and their checks (each bad value is a typed error; nothing is sent). */
import { AstroConfigError, AstroInputError } from '../errors.ts';
import type { FetchFunction } from '../http/transport.ts';
import { checkHeaders, checkId, optionsObject, show } from './checks.ts';

/** A token, or a function returning one; the function is called before every attempt, so tokens can rotate. */
export type TokenSource = string | (() => string | Promise<string>);

/** Requests per second per token, by HTTP method, as the API allows them (its documented limits are the default). */
export interface PacingLimits {
  GET?: number;
  POST?: number;
  DELETE?: number;
}

/** The numbers every call takes, as defaults at createClient and per call in the options argument. */
export interface CallLimits {
  /** Longest wait for the server per attempt, in ms: for the headers, and between chunks of the body. Default 60 000. */
  timeoutMs?: number;
  /** Further attempts after the first (0 to 10). Default 2. Operations that are not idempotent are retried only when the request cannot have been processed. */
  maxRetries?: number;
  /** Longest time for the whole call, in ms, retries, their waits and the reading of the body included. Default: none. */
  deadlineMs?: number;
}

export interface AstroClientOptions extends CallLimits {
  /** API token or personal access token. Default: the ASTRO_API_TOKEN environment variable, where one exists. */
  token?: TokenSource;
  /** Default: the ASTRO_API_BASE_URL environment variable, else the server of the API version, e.g. https://api.astronomer.io/v1. */
  baseUrl?: string;
  /** The Organization the helpers act on. Default: the ASTRO_ORGANIZATION_ID environment variable. */
  organizationId?: string;
  /** fetch implementation; it receives a Request and must honour its signal. Default: globalThis.fetch. */
  fetch?: FetchFunction;
  /** Headers sent with every request to the API (never to an upload URL, nor across origins). Authorization always comes from `token`. */
  headers?: Record<string, string>;
  /** Spacing of requests per token and method, shared by every client of the token in the process; `false` turns it off. Default: GET 25/s, POST 10/s, DELETE 5/s, paced at 80 % of each. */
  pacing?: false | PacingLimits;
  /** Largest JSON response body read, in bytes; a larger or endless one fails with AstroParseError. Default 32 MiB. */
  maxResponseBytes?: number;
  /** Longest line of a streamed NDJSON export (audit logs), in characters; a longer one fails with AstroParseError. Default 4 MiB. */
  maxLineLength?: number;
}

export interface Settings {
  baseUrl: string;
  /** Path part of baseUrl. */
  basePath: string;
  fetch: FetchFunction;
  token: () => string | Promise<string>;
  /** Checked and encoded. */
  organizationId?: string;
  timeoutMs: number;
  maxRetries: number;
  deadlineMs?: number;
  /** Milliseconds between request starts, by method; undefined when pacing is off. */
  gaps?: Record<string, number>;
  maxResponseBytes: number;
  maxLineLength: number;
}

export const CALL_LIMITS = ['timeoutMs', 'maxRetries', 'deadlineMs'] as const;
const CLIENT_OPTIONS = ['token', 'baseUrl', 'organizationId', 'fetch', 'headers', 'pacing', 'maxResponseBytes', 'maxLineLength', ...CALL_LIMITS];
/** The API's limits per token; the client stays at 80 % of them, so delays on the way cannot push a second over. */
export const API_RATE_LIMITS: Required<PacingLimits> = { GET: 25, POST: 10, DELETE: 5 };

const fail = (problem: string): never => {
  throw new AstroConfigError(`createClient: ${problem}`);
};

/** An environment variable, where the runtime has one; Deno without --allow-env throws on access. */
export function env(name: string): string | undefined {
  try {
    return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name] || undefined;
  } catch {}
}

/** Checks a token without ever quoting it (fetch's own header error would print it): visible ASCII except `"` and `\`, which no Astro token holds. */
function checkToken(value: unknown): string {
  const token = typeof value === 'string' ? value.trim() : '';
  return /^[!#-[\]-~]+$/.test(token) ? token : fail(`the token is ${token ? 'malformed (spaces, quotes or non-ASCII inside)' : 'empty'}.`);
}

/** The `token` option, or the environment, as a function yielding a checked token per attempt. */
export function tokenProvider(source: TokenSource | undefined): () => string | Promise<string> {
  source ??= env('ASTRO_API_TOKEN');
  if (typeof source === 'function') return async () => checkToken(await source());
  const token = checkToken(source ?? fail('no token: pass `token` or set ASTRO_API_TOKEN.'));
  return () => token;
}

/** `options[name]`: a whole number from `min` to `max`, or `fallback` when undefined. */
export function whole<T extends number | undefined>(where: string, options: object, name: string, fallback: T, max = 2 ** 31 - 1, min = 1): number | T {
  const value = (options as Record<string, unknown>)[name];
  if (value === undefined) return fallback;
  if (Number.isInteger(value) && (value as number) >= min && (value as number) <= max) return value as number;
  throw new AstroConfigError(`${where}: ${name} must be a whole number from ${min} to ${max}, got ${show(value)}.`);
}

/** The three call limits, checked; `defaults` fill what `limits` leaves out. */
export const callLimits = (where: string, limits: CallLimits, defaults: CallLimits = {}) => ({
  timeoutMs: whole(where, limits, 'timeoutMs', defaults.timeoutMs ?? 60_000),
  maxRetries: whole(where, limits, 'maxRetries', defaults.maxRetries ?? 2, 10, 0),
  deadlineMs: whole(where, limits, 'deadlineMs', defaults.deadlineMs),
});

/** Milliseconds between request starts per method: 80 % of each limit. */
function pacingGaps(pacing: unknown): Record<string, number> | undefined {
  if (pacing === false) return;
  const limits = { ...API_RATE_LIMITS, ...optionsObject<PacingLimits>('createClient: pacing', pacing, Object.keys(API_RATE_LIMITS)) };
  const gaps: Record<string, number> = {};
  for (const [method, perSecond] of Object.entries(limits))
    gaps[method] = perSecond > 0 && perSecond < Infinity ? 1250 / perSecond : fail(`pacing.${method} must be a positive number of requests per second, got ${show(perSecond)}.`);
  return gaps;
}

/** The base URL: absolute (or relative to the page in a browser), http(s), without credentials, query or fragment. */
function checkBaseUrl(value: unknown, serverUrl: string): [baseUrl: string, basePath: string] {
  let url: URL | undefined;
  try {
    url = new URL(value as string, (globalThis as { location?: { href: string } }).location?.href);
  } catch {}
  if (typeof value !== 'string' || !/^https?:$/.test(url?.protocol ?? '') || url!.search || url!.hash) return fail(`baseUrl must be an http(s) URL like ${serverUrl}, got ${show(value)}.`);
  if (url!.username || url!.password) throw new AstroInputError('createClient: baseUrl holds a user name or password; remove them (the client sends `token`, and credentials in a URL end up in logs).');
  return [value.replace(/\/+$/, ''), url!.pathname.replace(/\/+$/, '')];
}

export function resolveOptions(options: AstroClientOptions, serverUrl: string, extraNames: readonly string[] = []): Settings {
  optionsObject('createClient', options, [...CLIENT_OPTIONS, ...extraNames]);
  const [baseUrl, basePath] = checkBaseUrl(options.baseUrl ?? env('ASTRO_API_BASE_URL') ?? serverUrl, serverUrl);
  checkHeaders('createClient', options.headers);
  if (options.fetch && typeof options.fetch !== 'function') fail('fetch must be a function.');
  const organizationId = options.organizationId ?? env('ASTRO_ORGANIZATION_ID');
  return {
    baseUrl,
    basePath,
    fetch: options.fetch ?? ((request, init) => fetch(request, init)),
    token: tokenProvider(options.token),
    ...(organizationId !== undefined && { organizationId: checkId('createClient', 'organizationId', organizationId) }),
    ...callLimits('createClient', options),
    gaps: pacingGaps(options.pacing),
    maxResponseBytes: whole('createClient', options, 'maxResponseBytes', 32 * 2 ** 20),
    maxLineLength: whole('createClient', options, 'maxLineLength', 4 * 2 ** 20),
  };
}
