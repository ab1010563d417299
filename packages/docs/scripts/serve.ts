/** Serves the built site on 127.0.0.1 and prints its URL. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from '../src/paths.ts';
import { resolveServeOptions, UsageError } from '../src/serve-options.ts';
import { startStaticServer } from '../src/server.ts';

try {
  // pnpm passes a lone `--` through when called as `pnpm serve -- --port 0`.
  const { port } = resolveServeOptions(process.argv.slice(2).filter((arg) => arg !== '--'), process.env);
  if (!existsSync(join(distDir, 'index.html'))) throw new UsageError('dist/ has no site yet: run `pnpm --filter @astro-api/docs build` first');
  const running = await startStaticServer({ root: distDir, port });
  console.log(`Astro API docs: ${running.url}`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(error instanceof UsageError ? 2 : 1);
}
