/**
 * Size budgets of the built package, minified and gzipped, openapi-fetch included.
 * The client loads its rarely used parts (waiters, deployDags, walks, audit-log streams, redirects,
 * requests made without a helper) on first use, through `import()`: the first entry measures what an
 * `import { createClient }` loads (every static import, no dynamic one); the second, the whole v1
 * runtime, those parts included (esbuild inlines a dynamic import when it does not split).
 */

/**
 * Leaves out what the measured module loads only through `import()`. As ES module output: esbuild's
 * default IIFE output adds an unused `require` shim as soon as an import is external, which no user loads.
 */
const staticImportsOnly = (config) => ({
  ...config,
  format: 'esm',
  plugins: [
    ...(config.plugins ?? []),
    {
      name: 'static-imports-only',
      setup(build) {
        build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
      },
    },
  ],
});

export default [
  {
    name: "import { createClient } from '@astro-api/client/v1': what loads at import (openapi-fetch included)",
    path: 'dist/v1.js',
    import: '{ createClient }',
    modifyEsbuildConfig: staticImportsOnly,
    limit: '10.4 kB',
    gzip: true,
  },
  {
    name: 'the whole v1 runtime: the above and every part loaded on first use',
    path: 'dist/v1.js',
    import: '{ createClient }',
    limit: '13.8 kB',
    gzip: true,
  },
  {
    name: "import { createClient } from '@astro-api/client/v1beta1': what loads at import (openapi-fetch included)",
    path: 'dist/v1beta1.js',
    import: '{ createClient }',
    modifyEsbuildConfig: staticImportsOnly,
    limit: '9.5 kB',
    gzip: true,
  },
  {
    name: "import { AstroApiError } from '@astro-api/client'",
    path: 'dist/index.js',
    import: '{ AstroApiError }',
    limit: '500 B',
    gzip: true,
  },
];
