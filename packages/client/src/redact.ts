/**
 * Keeps credentials out of everything the client stores or reports. The client remembers the tokens
 * it sent (they may rotate) and the credentials of upload URLs, and scrubs them, and any `Bearer …`
 * value, from error messages, bodies, request ids and causes. Text is scrubbed before it is cut short,
 * and a cut that ends inside a credential drops that beginning too. Errors never hold the request or
 * its headers.
 */
import { AstroConnectionError, callError, type CallSite } from './errors.ts';

export type Scrub = (text: string) => string;

export interface Redactor {
  remember(secret: string): void;
  scrub: Scrub;
}

const MASK = '[REDACTED]';
/** Room for the recent tokens of a rotation and the credentials of a few uploads. */
const KEPT = 16;

export function createRedactor(): Redactor {
  const secrets: string[] = [];
  const remember = (secret: string) => {
    if (secret.length < 4 || secrets.includes(secret)) return;
    secrets.unshift(secret);
    if (secrets.length > KEPT) secrets.pop();
  };
  return {
    remember,
    scrub: (text) => {
      for (const secret of secrets) {
        text = text.split(secret).join(MASK);
        // A text cut short may end with the start of a credential.
        for (let length = secret.length - 1; length >= 4; length--)
          if (text.endsWith(secret.slice(0, length))) {
            text = text.slice(0, -length) + MASK;
            break;
          }
      }
      return text.replace(/(Bearer\s+)(?!\[REDACTED\])[^\s"',;)]+/gi, `$1${MASK}`);
    },
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
