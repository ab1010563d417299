/** Turns openapi-fetch results into data or typed errors for the resource helpers. */
import { AstroApiError, AstroParseError, callError, type CallSite, type FieldError } from '../errors.ts';
import { parseRetryAfter } from '../http/retry-policy.ts';
import { scrubDeep, type Scrub } from '../redact.ts';

/** The start of a text the client quotes in an error, scrubbed and JSON-quoted. */
export const quote = (text: unknown, scrub: Scrub): string => JSON.stringify(scrub(String(text).slice(0, 80)));

/**
 * An AstroApiError from a non-2xx answer. `error` is what openapi-fetch read: parsed JSON, text
 * (gateways answer some errors in plain text or HTML), or undefined for an empty body.
 */
export function apiError(error: unknown, { status, headers }: Response, site: CallSite, scrub: Scrub): AstroApiError {
  const body = scrubDeep(error === '' ? undefined : error, scrub);
  const text = typeof body === 'string' ? body.trim() : JSON.stringify(body) ?? '';
  const { message = text, requestId, fieldErrors } = Object(body) as { message?: string; requestId?: string; fieldErrors?: FieldError[] };
  const retryAfterMs = parseRetryAfter(headers.get('retry-after'));
  const id = requestId ?? headers.get('x-request-id') ?? undefined;
  return callError(
    AstroApiError,
    site,
    ` failed with ${status}: ${/^</.test(text) ? 'an HTML page (from a proxy or gateway)' : String(message).slice(0, 200) || 'an empty body'}` +
      (fieldErrors ? ` (${fieldErrors.map((problem) => `${problem.field}: ${problem.message}`).join('; ')})` : '') +
      (status === 401 ? '; check the token' : status === 403 ? '; the token lacks the permission' : '') +
      (retryAfterMs === undefined ? '' : `; retry after ${Math.ceil(retryAfterMs / 1000)} s`) +
      (id ? ` (request id ${id})` : ''),
    { status, requestId: id, fieldErrors, body, retryAfterMs },
  );
}

/** Parses a 2xx JSON body read as text; an empty or malformed body is an AstroParseError, never undefined data. */
export function parseJson(text: unknown, { status }: Response, site: CallSite, scrub: Scrub): unknown {
  if (status === 204) return;
  try {
    return JSON.parse(text as string);
  } catch {
    throw callError(AstroParseError, site, ` answered ${status} with ${text ? `malformed JSON: ${quote(text, scrub)}` : 'an empty body'}.`, { status });
  }
}
