import { parseArgs } from 'node:util';

export type ApiVersion = 'v1' | 'v1beta1';

export interface DemoOptions {
  /** `simulator`: start a local simulator; `remote`: call the API at `baseUrl` with `token`. */
  mode: 'simulator' | 'remote';
  apiVersion: ApiVersion;
  baseUrl?: string;
  token?: string;
  /** Remote mode only: allow the update step (it renames an Organization, then restores it). */
  allowWrites: boolean;
  organizations: number;
  seed: number;
  /** Simulator only: audit events per Organization over its 90-day window. */
  auditEvents: number;
  /** Length of the audit-log range, ending now. */
  auditDays: number;
  pageSize: number;
}

export const USAGE = `Usage: pnpm demo [options]     (or: tsx src/demo.ts [options])

Runs @astro-api/client end to end: lists every Organization (auto-pagination, a filter, a sort),
gets one, updates it and restores it, and streams its audit log. By default against a local
simulator it starts and stops itself.

Options:
  --api-version <v>      v1 (default) or v1beta1
  --organizations <n>    Organizations to seed in the simulator (default 2500)
  --seed <n>             seed of the simulator's data (default 42)
  --audit-events <n>     simulator audit events per Organization over 90 days (default 500000)
  --audit-days <n>       days of audit log to stream, ending now (1 to 90, default 7)
  --page-size <n>        page size of the paginated walks (1 to 1000, default 100)
  --base-url <url>       call this API instead of the simulator (or set ASTRO_API_BASE_URL);
                         needs ASTRO_API_TOKEN
  --allow-writes         with a real API: also run the update step (rename, then restore)
  -h, --help             show this help`;

export class UsageError extends Error {
  override name = 'UsageError';
}

function wholeNumber(flag: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) throw new UsageError(`--${flag} expects a whole number from ${min} to ${max}, got "${value}"`);
  return number;
}

/** Reads the command line and the environment (ASTRO_API_TOKEN, ASTRO_API_BASE_URL). */
export function parseDemoOptions(argv: string[], env: Record<string, string | undefined>): DemoOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        'api-version': { type: 'string' },
        organizations: { type: 'string' },
        seed: { type: 'string' },
        'audit-events': { type: 'string' },
        'audit-days': { type: 'string' },
        'page-size': { type: 'string' },
        'base-url': { type: 'string' },
        'allow-writes': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';

  const apiVersion = values['api-version'] ?? 'v1';
  if (apiVersion !== 'v1' && apiVersion !== 'v1beta1') throw new UsageError(`--api-version must be v1 or v1beta1, got "${apiVersion}"`);
  const baseUrl = values['base-url'] ?? (env.ASTRO_API_BASE_URL || undefined);
  const token = env.ASTRO_API_TOKEN || undefined;
  const remote = baseUrl !== undefined;

  if (remote) {
    if (!/^https?:\/\/\S+$/.test(baseUrl)) throw new UsageError(`the base URL must be an http(s) URL such as https://api.astronomer.io/v1, got "${baseUrl}"`);
    if (!token) throw new UsageError('a base URL was given but ASTRO_API_TOKEN is not set; the real API needs a token');
    for (const flag of ['organizations', 'seed', 'audit-events'] as const) {
      if (values[flag] !== undefined) throw new UsageError(`--${flag} only applies to the simulator, not to ${baseUrl}`);
    }
  } else if (values['allow-writes']) {
    throw new UsageError('--allow-writes only applies with --base-url; the simulator is always writable');
  }

  return {
    mode: remote ? 'remote' : 'simulator',
    apiVersion,
    baseUrl,
    token,
    allowWrites: values['allow-writes'] === true,
    organizations: wholeNumber('organizations', values.organizations, 2500, 1, 100_000),
    seed: wholeNumber('seed', values.seed, 42, 0, 0xffffffff),
    auditEvents: wholeNumber('audit-events', values['audit-events'], 500_000, 0, 10_000_000),
    auditDays: wholeNumber('audit-days', values['audit-days'], 7, 1, 90),
    pageSize: wholeNumber('page-size', values['page-size'], 100, 1, 1000),
  };
}
