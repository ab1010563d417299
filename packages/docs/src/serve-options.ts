/** Port of `pnpm serve`: `--port <n>` or `--port=<n>`, else the PORT variable, else 4173; 0 picks a free port. */
import { parseArgs } from 'node:util';
import { DEFAULT_PORT } from './server.ts';

export class UsageError extends Error {
  override name = 'UsageError';
}

export function parsePort(value: string, source: string): number {
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`${source} must be a whole number from 0 to 65535, got "${value}"`);
  const port = Number(value);
  if (port > 65535) throw new UsageError(`${source} must be a whole number from 0 to 65535, got ${port}`);
  return port;
}

export function resolveServeOptions(argv: string[], env: NodeJS.ProcessEnv): { port: number } {
  let values: { port?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: { port: { type: 'string', short: 'p' } }, allowPositionals: false, strict: true }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\nusage: serve [--port <n>]   (PORT=<n> works too; 0 picks a free port)`);
  }
  if (values.port !== undefined) return { port: parsePort(values.port, '--port') };
  if (env.PORT !== undefined && env.PORT !== '') return { port: parsePort(env.PORT, 'PORT') };
  return { port: DEFAULT_PORT };
}
