import { parseArgs } from 'node:util';
import type { SimulatorOptions } from './options.ts';

export const USAGE = `Usage: astro-api-simulator [options]

A local Astro API (v1 and platform/v1beta1): every v1 operation, seeded Organizations (the first
ones filled with Workspaces, Deployments, tokens and the rest), every request validated against
the bundled spec.

Options:
  --port <n>              TCP port (default 4010; 0 picks a free one)
  --host <address>        interface to listen on (default 127.0.0.1)
  --seed <n>              seed of the generated data (default: random, printed at start)
  --organizations <n>     how many Organizations to seed (default 2500)
  --populate <n>          how many of them to fill with Workspaces, Deployments, tokens... (default 1)
  --reference-time <t>    the data's "now", an ISO date-time (default: start of the current UTC day)
  --audit-events <n>      audit events per Organization over 90 days (default: by plan)
  --lifecycle-delay <ms>  how long CREATING → HEALTHY and the like take (default 3000)
  --allow-origin <o>      a browser origin CORS allows, repeatable (default: pages on localhost)
  --upload-port <n>       port of the DAG upload endpoint (default: a free one)
  --no-rate-limit         turn off the per-token rate limits (GET 25/s, POST 10/s, DELETE 5/s)
  --quiet                 do not log each request
  -h, --help              show this help

Faults: send the header "x-simulator-fault: 503;times=2" (also 429;retry-after=1, latency=200,
reset, text-403, truncate, fail) or POST {"fault": "..."} to /__simulator/faults.`;

export class UsageError extends Error {
  override name = 'UsageError';
}

export type CliCommand = { help: true } | { help: false; options: SimulatorOptions; quiet: boolean };

function integer(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${flag} expects a whole number, got "${value}"`);
  return Number(value);
}

export function parseCliArguments(argv: string[]): CliCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        seed: { type: 'string' },
        organizations: { type: 'string' },
        'reference-time': { type: 'string' },
        'audit-events': { type: 'string' },
        populate: { type: 'string' },
        'lifecycle-delay': { type: 'string' },
        'allow-origin': { type: 'string', multiple: true },
        'upload-port': { type: 'string' },
        'no-rate-limit': { type: 'boolean' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return { help: true };
  const referenceTime = values['reference-time'];
  for (const origin of values['allow-origin'] ?? []) {
    if (origin !== 'localhost' && !/^https?:\/\/[^/\s]+$/.test(origin)) throw new UsageError(`--allow-origin expects an origin such as https://app.example.com or "localhost", got "${origin}"`);
  }
  if (referenceTime !== undefined && Number.isNaN(Date.parse(referenceTime))) {
    throw new UsageError(`--reference-time expects an ISO date-time, got "${referenceTime}"`);
  }
  return {
    help: false,
    quiet: values.quiet === true,
    options: {
      port: integer('port', values.port) ?? 4010,
      host: values.host ?? '127.0.0.1',
      seed: integer('seed', values.seed),
      organizations: integer('organizations', values.organizations),
      referenceTime,
      auditEventsPerOrganization: integer('audit-events', values['audit-events']),
      populate: integer('populate', values.populate) ?? 1,
      lifecycleDelayMs: integer('lifecycle-delay', values['lifecycle-delay']),
      uploadPort: integer('upload-port', values['upload-port']),
      ...(values['allow-origin'] && { allowedOrigins: values['allow-origin'] }),
      // The CLI behaves like the real API by default: rate limits on.
      rateLimit: values['no-rate-limit'] !== true,
    },
  };
}
