/** The User-Agent sent outside browsers, e.g. `@astro-api/client/0.1.0 (node 20.20.2)`. */
import { SDK_VERSION } from '../version.ts';

interface RuntimeGlobals {
  document?: unknown;
  process?: { versions?: Record<string, string | undefined> };
}

export function userAgent({ document, process }: RuntimeGlobals = globalThis as RuntimeGlobals): string | undefined {
  // Deno and Bun also report a Node version, so they are asked first; browsers set their own User-Agent.
  const runtime = ['deno', 'bun', 'node'].find((name) => process?.versions?.[name]);
  return runtime && !document ? `@astro-api/client/${SDK_VERSION} (${runtime} ${process!.versions![runtime]})` : undefined;
}
