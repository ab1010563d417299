import { parseArgs } from 'node:util';

export interface DemoOptions {
  /** `simulator`: start a local simulator; `remote`: call the API at `baseUrl` with `token`. */
  mode: 'simulator' | 'remote';
  baseUrl?: string;
  token?: string;
  /** Remote mode: the Organization to act on (the simulator's is its populated one). */
  organizationId?: string;
  /** Remote mode only: allow the steps that create, change and delete. */
  allowWrites: boolean;
  organizations: number;
  seed: number;
  /** Simulator only: how long a status change takes (CREATING → HEALTHY). */
  lifecycleDelayMs: number;
  pageSize: number;
}

export const USAGE = `Usage: pnpm demo [options]     (or: tsx src/demo.ts [options])

Automates the Astro API with @astro-api/client as a team would: creates a Workspace and a
Deployment and waits for it to be HEALTHY, deploys DAGs from a tarball built on the fly, creates an
API token, uses it and rotates it, hibernates the Deployment, walks every Deployment and token,
exports the audit log of what it did, and cleans up. By default against a local simulator it
starts and stops itself.

Options:
  --organizations <n>     Organizations to seed in the simulator (default 100)
  --seed <n>              seed of the simulator's data (default 42)
  --lifecycle-delay <ms>  simulator: how long a Deployment or a Deploy takes to get ready (default 1500)
  --page-size <n>         page size of the walks (1 to 1000, default 100)
  --base-url <url>        call this API instead of the simulator (or set ASTRO_API_BASE_URL);
                          needs ASTRO_API_TOKEN
  --organization-id <id>  with --base-url: the Organization to act on (or set ASTRO_ORGANIZATION_ID)
  --allow-writes          with --base-url: also run the steps that create, change and delete
  -h, --help              show this help`;

export class UsageError extends Error {
  override name = 'UsageError';
}

function wholeNumber(flag: string, value: string | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) throw new UsageError(`--${flag} expects a whole number from ${min} to ${max}, got "${value}"`);
  return number;
}

/** Reads the command line and the environment (ASTRO_API_TOKEN, ASTRO_API_BASE_URL, ASTRO_ORGANIZATION_ID). */
export function parseDemoOptions(argv: string[], env: Record<string, string | undefined>): DemoOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        organizations: { type: 'string' },
        seed: { type: 'string' },
        'lifecycle-delay': { type: 'string' },
        'page-size': { type: 'string' },
        'base-url': { type: 'string' },
        'organization-id': { type: 'string' },
        'allow-writes': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';

  const baseUrl = values['base-url'] ?? (env.ASTRO_API_BASE_URL || undefined);
  const token = env.ASTRO_API_TOKEN || undefined;
  const organizationId = values['organization-id'] ?? (env.ASTRO_ORGANIZATION_ID || undefined);
  const remote = baseUrl !== undefined;

  if (remote) {
    if (!/^https?:\/\/\S+$/.test(baseUrl)) throw new UsageError(`the base URL must be an http(s) URL such as https://api.astronomer.io/v1, got "${baseUrl}"`);
    if (!token) throw new UsageError('a base URL was given but ASTRO_API_TOKEN is not set; the real API needs a token');
    if (!organizationId) throw new UsageError('a base URL was given but no Organization: pass --organization-id or set ASTRO_ORGANIZATION_ID');
    for (const flag of ['organizations', 'seed', 'lifecycle-delay'] as const) {
      if (values[flag] !== undefined) throw new UsageError(`--${flag} only applies to the simulator, not to ${baseUrl}`);
    }
  } else {
    if (values['allow-writes']) throw new UsageError('--allow-writes only applies with --base-url; the simulator is always writable');
    if (values['organization-id'] !== undefined) throw new UsageError('--organization-id only applies with --base-url; the demo uses the simulator\'s populated Organization');
  }

  return {
    mode: remote ? 'remote' : 'simulator',
    baseUrl,
    token,
    organizationId: remote ? organizationId : undefined,
    allowWrites: values['allow-writes'] === true,
    organizations: wholeNumber('organizations', values.organizations, 100, 1, 100_000),
    seed: wholeNumber('seed', values.seed, 42, 0, 0xffffffff),
    lifecycleDelayMs: wholeNumber('lifecycle-delay', values['lifecycle-delay'], 1500, 0, 600_000),
    pageSize: wholeNumber('page-size', values['page-size'], 100, 1, 1000),
  };
}
