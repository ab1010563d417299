import type { RateLimits } from './rate-limit/rate-limiter.ts';
import type { Logger } from './server/runtime.ts';

export interface SimulatorOptions {
  /** Seed of the generated data; the same seed and reference time give the same data. Default: random. */
  seed?: number;
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** How many Organizations to seed. Default 2,500. */
  organizations?: number;
  /**
   * How many of them (the first ones, in creation order) to fill with Workspaces, Clusters,
   * Deployments of each type, Deploys, API and agent tokens, Teams, users, environment objects,
   * roles, IP ranges and an invite. Default 0; the CLI fills 1.
   */
  populate?: number;
  /** Per-token rate limits: `true` for the vendor's (GET 25/s, POST 10/s, DELETE 5/s), or custom. Default off. */
  rateLimit?: boolean | RateLimits;
  /** Where request lines and errors go. Default: errors to the console, nothing else; `false` for silence. */
  logger?: Partial<Logger> | false;
  /** The seeded world's "now" (creation times precede it, audit logs end at it). Default: start of the current UTC day. */
  referenceTime?: Date | string;
  /** Gives every Organization exactly this many audit events (over 90 days) instead of a plan-based volume. */
  auditEventsPerOrganization?: number;
  /** Largest accepted request body in bytes; larger ones get 413. Default 1 MiB. */
  bodyLimit?: number;
  /** How long a status change takes (CREATING → HEALTHY, INITIALIZED → DEPLOYED), in ms. Default 3000. */
  lifecycleDelayMs?: number;
  /** Browser origins allowed by CORS: exact origins and/or `localhost` (any local page). Default `['localhost']`; `[]` for none. */
  allowedOrigins?: string[];
  /** Port of the DAG upload endpoint (its own origin). Default 0: a free one. */
  uploadPort?: number;
  /** Largest DAG tarball accepted, in bytes. Default 64 MiB. */
  uploadLimit?: number;
}

export const DEFAULT_ORGANIZATIONS = 2_500;
export const MAX_ORGANIZATIONS = 1_000_000;
export const DEFAULT_LIFECYCLE_DELAY_MS = 3_000;

function wholeNumber(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}, got ${String(value)}`);
  }
  return value;
}

function origins(value: unknown): string[] {
  if (value === undefined) return ['localhost'];
  if (!Array.isArray(value) || !value.every((origin) => typeof origin === 'string' && (origin === 'localhost' || /^https?:\/\/[^/\s]+$/.test(origin)))) {
    throw new RangeError(`allowedOrigins must list origins such as https://app.example.com (scheme and host, no path) or "localhost", got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Checks options up front so a typo fails with a clear message instead of a half-started server. */
export function checkOptions(options: SimulatorOptions) {
  const referenceTime = options.referenceTime === undefined ? undefined : new Date(options.referenceTime);
  if (referenceTime && Number.isNaN(referenceTime.getTime())) {
    throw new RangeError(`referenceTime must be a date, got ${String(options.referenceTime)}`);
  }
  const organizations = wholeNumber('organizations', options.organizations ?? DEFAULT_ORGANIZATIONS, 0, MAX_ORGANIZATIONS);
  return {
    seed: options.seed === undefined ? undefined : wholeNumber('seed', options.seed, 0, 0xffffffff),
    port: wholeNumber('port', options.port ?? 0, 0, 65_535),
    host: options.host ?? '127.0.0.1',
    organizations,
    populate: wholeNumber('populate', options.populate ?? 0, 0, Math.min(organizations, 100)),
    referenceTime,
    auditEventsPerOrganization:
      options.auditEventsPerOrganization === undefined
        ? undefined
        : wholeNumber('auditEventsPerOrganization', options.auditEventsPerOrganization, 0, 100_000_000),
    bodyLimit: wholeNumber('bodyLimit', options.bodyLimit ?? 1024 * 1024, 1, 1024 ** 3),
    lifecycleDelayMs: wholeNumber('lifecycleDelayMs', options.lifecycleDelayMs ?? DEFAULT_LIFECYCLE_DELAY_MS, 0, 3_600_000),
    allowedOrigins: origins(options.allowedOrigins),
    uploadPort: wholeNumber('uploadPort', options.uploadPort ?? 0, 0, 65_535),
    uploadLimit: wholeNumber('uploadLimit', options.uploadLimit ?? 64 * 1024 * 1024, 1, 1024 ** 3),
  };
}
