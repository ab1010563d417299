/** Turns answers into data or typed errors for the helpers. Credentials are scrubbed before any text is cut short. */
import { AstroApiError, AstroParseError, callError, type CallSite, type FieldError } from '../errors.ts';
import { parseRetryAfter } from '../http/retry-policy.ts';
import { scrubDeep, type Scrub } from '../redact.ts';

/** The start of a text the client quotes in an error, scrubbed, then cut, then JSON-quoted. */
export const quote = (text: unknown, scrub: Scrub): string => JSON.stringify(scrub(String(text)).slice(0, 80));

/**
 * An AstroApiError from a non-2xx answer. `error` is what openapi-fetch read: parsed JSON, text
 * (gateways answer some errors in plain text or HTML), or undefined for an empty body.
 */
export function apiError(error: unknown, { status, headers }: Response, site: CallSite, scrub: Scrub): AstroApiError {
  const body = scrubDeep(error === '' ? undefined : error, scrub);
  const text = typeof body === 'string' ? body.trim() : JSON.stringify(body) ?? '';
  const { message = text, requestId, fieldErrors } = Object(body) as { message?: unknown; requestId?: unknown; fieldErrors?: FieldError[] };
  const retryAfterMs = parseRetryAfter(headers.get('retry-after'));
  const header = headers.get('x-request-id');
  // A request id is quoted to support and logged: the server's own text, so scrubbed like the body.
  const id = typeof requestId === 'string' ? requestId : header === null ? undefined : scrub(header).slice(0, 200);
  const problems = Array.isArray(fieldErrors) ? fieldErrors : undefined;
  return callError(
    AstroApiError,
    site,
    ` failed with ${status}: ${/^</.test(text) ? 'an HTML page (from a proxy or gateway)' : String(message).slice(0, 200) || 'an empty body'}` +
      (problems ? ` (${problems.map((problem) => `${problem?.field}: ${problem?.message}`).join('; ')})` : '') +
      (status === 401 ? '; check the token' : status === 403 ? '; the token lacks the permission, or the resource is outside its scope' : '') +
      (retryAfterMs === undefined ? '' : `; retry after ${Math.ceil(retryAfterMs / 1000)} s`) +
      (id ? ` (request id ${id})` : ''),
    { status, requestId: id, fieldErrors: problems, body, retryAfterMs },
  );
}

/** Parses a 2xx JSON body; an empty or malformed body is an AstroParseError, never undefined data. */
export function parseJson(text: string, status: number, site: CallSite, scrub: Scrub): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw callError(AstroParseError, site, ` answered ${status} with ${text ? `malformed JSON: ${quote(text, scrub)}` : 'an empty body'}.`, { status });
  }
}
