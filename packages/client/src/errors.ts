/**
 * Every error the client throws. Each message says what went wrong, on which call, and what to do.
 * No error keeps a request, its headers or a credential: causes are copied field by field and scrubbed
 * (redact.ts), so logging, inspecting or serialising an error never reveals one.
 */

/** One problem with a request field, as the API reports it on a 400 (a type test keeps it equal to the spec's). */
export interface FieldError {
  code: string;
  field: string;
  message: string;
}

/**
 * The class brand, looked up with `Symbol.for`: when an application loads both the ESM and the CommonJS
 * build (one through `import`, one through `require`), each has its own classes, and `instanceof` still
 * holds across them because it compares brands, not constructors.
 */
const KIND = /* @__PURE__ */ Symbol.for('@astro-api/client:error-kind');

type Branded = { [KIND]?: string };

/** Base class of every error thrown by @astro-api/client. */
export class AstroError extends Error {
  override name = 'AstroError';
  /** HTTP method of the failed call, when a call was under way. */
  declare readonly method?: string;
  /** Path of the failed call, relative to the base URL, with its query. */
  declare readonly path?: string;
  /** operationId of the helper that made the call. */
  declare readonly operationId?: string;

  constructor(message: string, fields: object = {}, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    // Only defined fields become properties, so inspect() and JSON stay free of `undefined` noise.
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) (this as Record<string, unknown>)[key] = value;
  }

  get [KIND](): string {
    return 'AstroError';
  }

  /** True for errors of this class from any build of the package; subclasses of your own keep the usual rule. */
  static [Symbol.hasInstance](value: unknown): boolean {
    const prototype = this.prototype as Branded;
    if (!Object.prototype.hasOwnProperty.call(prototype, KIND)) return Function.prototype[Symbol.hasInstance].call(this, value);
    for (let link = value; link && (typeof link === 'object' || typeof link === 'function'); link = Object.getPrototypeOf(link))
      if (Object.prototype.hasOwnProperty.call(link, KIND) && (link as Branded)[KIND] === prototype[KIND]) return true;
    return false;
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
  /** The parsed JSON body, or the text (gateways answer some errors in plain text or HTML); scrubbed of credentials. */
  declare readonly body?: unknown;
  /** How long the server asked to wait (`Retry-After`), in milliseconds. */
  declare readonly retryAfterMs?: number;
  override get [KIND](): string {
    return 'AstroApiError';
  }
}

/** No usable response arrived: DNS, TCP or TLS failure, a reset connection, a body that broke off, too many redirects. */
export class AstroConnectionError extends AstroError {
  override name = 'AstroConnectionError';
  override get [KIND](): string {
    return 'AstroConnectionError';
  }
}

/** An attempt waited longer than `timeoutMs` for the server, or the call outlived its `deadlineMs`. */
export class AstroTimeoutError extends AstroConnectionError {
  override name = 'AstroTimeoutError';
  /** The limit that was reached, in milliseconds. */
  declare readonly timeoutMs: number;
  override get [KIND](): string {
    return 'AstroTimeoutError';
  }
}

/** The client is set up wrongly (no token, no Organization, an unknown or bad option); nothing was sent. */
export class AstroConfigError extends AstroError {
  override name = 'AstroConfigError';
  override get [KIND](): string {
    return 'AstroConfigError';
  }
}

/** A call got an argument it cannot send (a bad id, a string where an object goes, a bad header); nothing was sent. */
export class AstroInputError extends AstroError {
  override name = 'AstroInputError';
  override get [KIND](): string {
    return 'AstroInputError';
  }
}

/** A 2xx response could not be read as the spec promises: bad or oversized JSON, a bad NDJSON line, a walk that repeats itself. */
export class AstroParseError extends AstroError {
  override name = 'AstroParseError';
  declare readonly status?: number;
  /** 1-based line of the NDJSON stream that failed. */
  declare readonly line?: number;
  override get [KIND](): string {
    return 'AstroParseError';
  }
}

/** A waiter ended without the status it waited for: a `failOn` status was reached, or its deadline passed. */
export class AstroWaitError extends AstroError {
  override name = 'AstroWaitError';
  declare readonly reason: 'failed' | 'timeout';
  /** The last resource seen, if any (scrubbed of credentials). */
  declare readonly resource?: unknown;
  /** Its status. */
  declare readonly lastStatus?: string;
  override get [KIND](): string {
    return 'AstroWaitError';
  }
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
