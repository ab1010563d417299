#!/usr/bin/env node
// The command's entry point. It is committed (unlike dist/) so that installing the workspace can
// link the command before anything is built; it then runs the built CLI.
import('../dist/cli.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    process.stderr.write('astro-api-simulator: the package is not built yet; run `pnpm --filter @astro-api/simulator build` first\n');
    process.exitCode = 1;
    return;
  }
  throw error;
});
