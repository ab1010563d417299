import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  entry: { index: 'src/index.ts', v1: 'src/v1.ts', v1beta1: 'src/v1beta1.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  // Shared chunks in both formats, so `@astro-api/client` and `@astro-api/client/v1` share one AstroApiError class.
  splitting: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  sourcemap: false,
  define: { __SDK_VERSION__: JSON.stringify(version) },
});
