/**
 * Every error the client throws. Each message says what went wrong, on which call, and what to do.
 * No error keeps a request, its headers or the token: causes are copied field by field and scrubbed
 * (redact.ts), so logging, inspecting or serialising an error never reveals the credential.
 */

/** One problem with a request field, as the API reports it on a 400 (a type test keeps it equal to the spec's). */
export interface FieldError {
  code: string;
  field: string;
  message: string;
}

/** Base class of every error thrown by @astro-api/client. */
export class AstroError extends Error {
  override name = 'AstroError';
  /** HTTP method of the failed call, when a call was under way. */
  declare readonly method?: string;
  /** Path of the failed call, relative to the base URL, with its query. */
  declare readonly path?: string;
  /** operationId of the resource helper that made the call. */
  declare readonly operationId?: string;

  constructor(message: string, fields: object = {}, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    // Only defined fields become properties, so inspect() and JSON stay free of `undefined` noise.
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) (this as Record<string, unknown>)[key] = value;
  }

  /** Plain fields for loggers: name, message and the call details (the cause is left out). */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), name: this.name, message: this.message };
  }
}

/** The API answered with a non-2xx status. */
export class AstroApiError extends AstroError {
  override name = 'AstroApiError';
  declare readonly status: number;
  /** From the JSON body or the `x-request-id` header; quote it to Astronomer support. */
  declare readonly requestId?: string;
  /** Per-field problems of a 400 caused by request validation. */
  declare readonly fieldErrors?: FieldError[];
  /** The parsed JSON body, or the text (gateways answer some errors in plain text or HTML); scrubbed of the token. */
  declare readonly body?: unknown;
  /** How long the server asked to wait (`Retry-After`), in milliseconds. */
  declare readonly retryAfterMs?: number;
}

/** No response arrived: DNS, TCP or TLS failure, a reset connection, or a body that broke off. */
export class AstroConnectionError extends AstroError {
  override name = 'AstroConnectionError';
}

/** An attempt waited longer than `timeoutMs` for the server (for the headers, or between body chunks). */
export class AstroTimeoutError extends AstroConnectionError {
  override name = 'AstroTimeoutError';
  declare readonly timeoutMs: number;
}

/** The client is set up wrongly (no token, a bad option); nothing was sent. */
export class AstroConfigError extends AstroError {
  override name = 'AstroConfigError';
}

/** A call got an argument it cannot send (an empty id, an unknown filter, a bad page size); nothing was sent. */
export class AstroInputError extends AstroError {
  override name = 'AstroInputError';
}

/** A 2xx response could not be read as the spec promises: empty or malformed JSON, or a bad NDJSON line. */
export class AstroParseError extends AstroError {
  override name = 'AstroParseError';
  declare readonly status?: number;
  /** 1-based line of the NDJSON stream that failed to parse. */
  declare readonly line?: number;
}

/** The call an error belongs to. */
export interface CallSite {
  method: string;
  path: string;
  operationId?: string;
}

/**
 * An error about one call: its message starts with the call (`GET /organizations/x…`) and it carries
 * the call's fields. The one formatter behind every message that names a call.
 */
export const callError = <E extends AstroError>(
  Kind: new (message: string, fields: object, cause?: unknown) => E,
  site: CallSite,
  text: string,
  fields?: object,
  cause?: unknown,
): E => new Kind(`${site.method} ${site.path}${text}`, { ...site, ...fields }, cause);
