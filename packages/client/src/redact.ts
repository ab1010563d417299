/**
 * Keeps the token out of everything the client stores or reports. The client remembers the last few
 * tokens it sent (they may rotate) and scrubs them, and any `Bearer …` value, from error messages,
 * bodies and causes. Errors never hold the request or its headers.
 */
import { AstroConnectionError, callError, type CallSite } from './errors.ts';

export type Scrub = (text: string) => string;

export interface Redactor {
  remember(secret: string): void;
  scrub: Scrub;
}

export function createRedactor(): Redactor {
  const secrets: string[] = [];
  return {
    // The four most recent tokens cover a rotation while a call is under way.
    remember: (secret) => secrets.includes(secret) || (secrets.unshift(secret) > 4 && secrets.pop()),
    scrub: (text) => secrets.reduce((result, secret) => result.split(secret).join('[REDACTED]'), text).replace(/(Bearer\s+)[^\s"',;)]+/gi, '$1[REDACTED]'),
  };
}

/** A scrubbed copy of a parsed body. Tokens never contain `"` or `\` (options.ts checks), so the JSON round trip is exact. */
export const scrubDeep = (value: unknown, scrub: Scrub): unknown => (value === undefined ? value : JSON.parse(scrub(JSON.stringify(value))));

/** An AstroConnectionError about a call, whose message quotes the safe cause of `error` through `text`. */
export function connectionError(error: unknown, site: CallSite, scrub: Scrub, text: (cause: string) => string): AstroConnectionError {
  const cause = safeCause(error, scrub);
  return callError(AstroConnectionError, site, text(cause.message), {}, cause);
}

/**
 * A safe cause for an error thrown by fetch or a stream: only the innermost message (which names the
 * real problem, e.g. ECONNREFUSED) and its code, scrubbed; the original error may hold the request.
 */
export function safeCause(error: unknown, scrub: Scrub): Error {
  while (error instanceof Error && error.cause) error = error.cause;
  const { message = error, code } = Object(error) as { message?: unknown; code?: unknown };
  return Object.assign(new Error(scrub(String(message))), typeof code === 'string' && { code });
}
